//! Upper and lower case of the letters the app's languages write: ASCII and Latin-1
//! (`é` ↔ `É`). `char::to_uppercase` and `str::to_lowercase` would bring Unicode's case
//! tables (12 KB for the capitals alone) into every browser bundle that uses them.

/// The capital of `c`, or `c` itself outside ASCII and Latin-1 (`ß` and `ÿ` have none there).
pub fn capital(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c,
    }
}

/// The small letter of `c`, or `c` itself outside ASCII and Latin-1.
pub fn small(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_1_letters_change_case_and_nothing_else_does() {
        assert_eq!(capital('é'), 'É');
        assert_eq!(capital('ò'), 'Ò');
        assert_eq!(capital('q'), 'Q');
        assert_eq!(capital('÷'), '÷');
        assert_eq!(capital('ß'), 'ß');
        assert_eq!(small('Ü'), 'ü');
        assert_eq!(small('Ç'), 'ç');
        assert_eq!(small('×'), '×');
        assert_eq!(small('Ω'), 'Ω');
        for c in ('\u{0}'..='\u{ff}').filter(|c| c.is_alphabetic()) {
            if capital(c) != c {
                assert_eq!(small(capital(c)), c, "{c}");
                assert_eq!(c.to_uppercase().to_string(), capital(c).to_string(), "{c}");
            }
        }
    }
}
