//! Cleaning: which parts of an article are its body.
//!
//! Placeholder: every paragraph is kept.

use crate::article::Article;
use crate::span::Span;
use jiff::civil::Date;

/// A paragraph-like block of the original text and whether it is body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Its bytes in the original text.
    pub span: Span,
    /// Why it was skipped; `None` when it is kept as body.
    pub skipped: Option<&'static str>,
}

/// The result of cleaning one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Every block, in text order.
    pub blocks: Vec<Block>,
    /// The publication date found in the text or given with the input.
    pub date: Option<Date>,
}

impl Cleaned {
    /// The spans kept as body, in text order.
    pub fn body(&self) -> impl Iterator<Item = Span> + '_ {
        self.blocks
            .iter()
            .filter(|b| b.skipped.is_none())
            .map(|b| b.span)
    }
}

/// Splits the article into blocks and decides which are body.
pub fn clean(article: &Article) -> Cleaned {
    let text = &article.text;
    let mut blocks = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        let s = Span::new(start, i).trim(text);
        if !s.is_empty() {
            blocks.push(Block {
                span: s,
                skipped: None,
            });
        }
        start = i + 1;
    }
    let s = Span::new(start, text.len()).trim(text);
    if !s.is_empty() {
        blocks.push(Block {
            span: s,
            skipped: None,
        });
    }
    Cleaned {
        blocks,
        date: article.date,
    }
}
