//! A page of a listing, as the query string asks for it: 1 to 10,000. Anything else (0, a
//! number past the documented maximum, text) is refused while the query is read, so no
//! handler sees it and the answer is the same JSON 400 as every malformed request.

use serde::Deserialize;

pub const MOST_PAGES: u32 = 10_000;

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(try_from = "u32")]
pub struct PageNumber(u32);

impl PageNumber {
    pub fn get(self) -> u32 {
        self.0
    }
}

impl Default for PageNumber {
    fn default() -> PageNumber {
        PageNumber(1)
    }
}

impl TryFrom<u32> for PageNumber {
    type Error = String;

    fn try_from(page: u32) -> Result<PageNumber, String> {
        if (1..=MOST_PAGES).contains(&page) {
            Ok(PageNumber(page))
        } else {
            Err(format!("page must be 1 to {MOST_PAGES}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_run_from_one_to_ten_thousand() {
        assert!(PageNumber::try_from(0).is_err());
        assert_eq!(PageNumber::try_from(1).unwrap().get(), 1);
        assert_eq!(PageNumber::try_from(MOST_PAGES).unwrap().get(), MOST_PAGES);
        assert!(PageNumber::try_from(MOST_PAGES + 1).is_err());
    }
}
