//! Input records: one news article, as read.
//!
//! An [`Article`] holds the text exactly as read from its source, so that every
//! span of every later stage is a byte offset into that file (or, for JSON
//! Lines and HTML, into the decoded text field or the extracted text; see
//! `ingest`).

use crate::date::PartialDate;
use jiff::civil::Date;

/// One article as read from its source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The document id used in evidence: the file's path relative to the input
    /// argument it was found under (its file name for a file argument), or the
    /// JSON Lines `id` field, or `FILE:LINE` when that is missing.
    pub id: String,
    /// Where it came from: a path, `-` for standard input.
    pub source: String,
    /// The text, exactly as read (for a `.txt` file, the file's bytes).
    pub text: String,
    /// The publication date given with the input (a JSON field or `--date`),
    /// which takes precedence over a date found in the text.
    pub date: Option<Date>,
    /// A publication date given with the input only to the month or the year
    /// (a JSON Lines `date` of `"2017-11"` or `2017`), when `date` is unknown:
    /// it dates the document and the events reported as done that nothing
    /// else dates, at that precision, and gives offices their holders; it
    /// resolves no relative date ("yesterday" in November 2017 is no day).
    pub period: Option<PartialDate>,
    /// Source URL, when known.
    pub url: Option<String>,
    /// Title, when given apart from the text.
    pub title: Option<String>,
    /// Where `text` starts in the document as read: 0, except for the parts
    /// of an article too long to read whole (see `parts`), whose offsets are
    /// all moved by it into the original text.
    pub offset: usize,
}

impl Article {
    /// An article from a text with the given id and no metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        let id = id.into();
        Article {
            source: id.clone(),
            id,
            text: text.into(),
            ..Article::default()
        }
    }
}
