//! What the portal keeps in this browser's storage: each form's draft (saved as people
//! type, so a reload, a crash or a new sign-in loses nothing) with the request being sent,
//! and a short history of what was sent. Keys carry the account id, so on a shared device
//! one person's drafts never show for another; "Clear my data on this device" removes all.

use leptos::prelude::window;
use navigator_domain::form_draft::Draft;
use serde::{Deserialize, Serialize, de::DeserializeOwned};

const PREFIX: &str = "navigator.portal.";
const HISTORY_LENGTH: usize = 20;

/// A request that was sent (or tried) and may not have been answered: sending again uses
/// the same Idempotency-Key, so the server stores it once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub key: String,
    pub body: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedForm {
    pub draft: Draft,
    pub pending: Option<Pending>,
}

/// One thing sent, as its confirmation page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// The form it came from (its draft key), so the confirmation page finds it.
    pub form: String,
    pub title: String,
    /// Whose record was changed, when not the person's own (`FormSpec::subject`).
    #[serde(default)]
    pub subject: Option<String>,
    /// What sending did not do (a demonstration did not tell ICE). Absent in what older
    /// versions stored.
    #[serde(default)]
    pub warning: Option<String>,
    pub reference: String,
    pub sent_at: String,
    pub answers: Vec<(String, String)>,
    /// The heading of `next` when it is not "What happens next".
    #[serde(default)]
    pub next_heading: Option<String>,
    pub next: Vec<NextStep>,
}

/// A line of "What happens next", with an official link where there is one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub text: String,
    pub link: Option<(String, String)>,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

fn write<T: Serialize>(key: &str, value: &T) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(value)) {
        // Storage may be full or disabled (private browsing): the page keeps working,
        // only without the safety net.
        let _ = storage.set_item(key, &text);
    }
}

fn form_key(account: &str, form: &str) -> String {
    [PREFIX, account, ".form.", form].concat()
}

fn history_key(account: &str) -> String {
    [PREFIX, account, ".sent"].concat()
}

pub fn load_form(account: &str, form: &str) -> Option<SavedForm> {
    read(&form_key(account, form))
}

pub fn save_form(account: &str, form: &str, saved: &SavedForm) {
    write(&form_key(account, form), saved);
}

pub fn remove_form(account: &str, form: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&form_key(account, form));
    }
}

/// What was sent, newest first.
pub fn history(account: &str) -> Vec<Sent> {
    read(&history_key(account)).unwrap_or_default()
}

pub fn add_to_history(account: &str, sent: Sent) {
    let mut list = history(account);
    list.insert(0, sent);
    list.truncate(HISTORY_LENGTH);
    write(&history_key(account), &list);
}

/// Removes every draft and history of every account from this browser.
pub fn clear_all() {
    let Some(storage) = storage() else { return };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
