//! Byte spans into the original document text.
//!
//! Every annotation in actorgraph (a paragraph kept by cleaning, a sentence, a
//! mention, the evidence of a relation) is a [`Span`] into the text exactly as
//! it was read. No stage rewrites the offsets of an earlier one, so evidence
//! always selects the same bytes in the file on disk.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so that it is never before `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span selects no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span selects. Returns `""` when the span is out of range or
    /// not on character boundaries, so a bad span can never panic.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span shrunk to exclude leading and trailing whitespace.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.text(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_out_of_range_or_off_boundary_is_empty() {
        let t = "Erdoğan met";
        assert_eq!(Span::new(0, 7).text(t), "Erdoğa");
        assert_eq!(Span::new(0, 5).text(t), "");
        assert_eq!(Span::new(5, 99).text(t), "");
    }

    #[test]
    fn trim_drops_surrounding_whitespace() {
        let t = "  Putin \n";
        assert_eq!(Span::new(0, t.len()).trim(t).text(t), "Putin");
        assert!(Span::new(0, 2).trim(t).is_empty());
    }

    #[test]
    fn overlap_and_containment() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 5)));
        assert!(!a.contains(Span::new(5, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
    }
}
