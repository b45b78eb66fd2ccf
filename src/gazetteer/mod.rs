//! The gazetteer: the actors actorgraph knows by name, and finding them in text.
//!
//! Entries come from the embedded default (`data/gazetteer/*.jsonl`) and from
//! the user's own files; a user entry with the same kind and key as a default
//! one replaces it.

pub mod entry;

pub use entry::{Entry, Origin, Tenure};
