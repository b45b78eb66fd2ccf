//! Tokens of a sentence, each with its part of speech and lemma.
//!
//! This module owns the word level of the pipeline: a sentence is split once
//! into [`Token`]s ([`split`]), each token is given a universal part of
//! speech by an averaged-perceptron tagger ([`tagger`], weights trained on UD
//! English-EWT and shipped in `data/tagger/`), and a lemma from an inflection
//! table shipped as data ([`lemma`], `data/lemmas.tsv`). Later stages (noun
//! and verb groups, clauses, frames) read tokens, never the raw string.
//!
//! Every token's [`Token::span`] is a byte range into the original document
//! text, like every other annotation. Forms that differ from the text (the
//! lowercase form, the lemma) live in one string per sentence
//! ([`Tokens::lower`], [`Tokens::lemma`]), so tagging allocates per sentence,
//! not per token. Tokenization follows UD English where the tagger needs it:
//! `don't` is `do` + `n't`, `Ukraine's` is `Ukraine` + `'s`, `U.S.` and `Mr.`
//! keep their period, and punctuation is a token of its own.
//!
//! Analysis cannot fail: any text gives tokens, and the tagger, whose data is
//! compiled in, is loaded once at first use.

pub mod lemma;
pub mod split;
pub mod tagger;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::span::Span;

/// A universal part of speech (UD's UPOS tags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// The UD name of the tag, as in `PROPN`.
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// The tag named `s` (`"PROPN"`), if it is one of UD's seventeen.
    pub fn parse(s: &str) -> Option<Upos> {
        Some(match s {
            "ADJ" => Upos::Adj,
            "ADP" => Upos::Adp,
            "ADV" => Upos::Adv,
            "AUX" => Upos::Aux,
            "CCONJ" => Upos::Cconj,
            "DET" => Upos::Det,
            "INTJ" => Upos::Intj,
            "NOUN" => Upos::Noun,
            "NUM" => Upos::Num,
            "PART" => Upos::Part,
            "PRON" => Upos::Pron,
            "PROPN" => Upos::Propn,
            "PUNCT" => Upos::Punct,
            "SCONJ" => Upos::Sconj,
            "SYM" => Upos::Sym,
            "VERB" => Upos::Verb,
            "X" => Upos::X,
            _ => return None,
        })
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// UD's `VerbForm` of a verb or auxiliary, as the tagger predicts it jointly
/// with the tag: what tells "met" in "Putin met Xi" (finite) from "the
/// leaders met by reporters" (participle).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VerbForm {
    Fin,
    Inf,
    Part,
    Ger,
}

impl VerbForm {
    /// The UD name, as in `Fin`.
    pub fn as_str(self) -> &'static str {
        match self {
            VerbForm::Fin => "Fin",
            VerbForm::Inf => "Inf",
            VerbForm::Part => "Part",
            VerbForm::Ger => "Ger",
        }
    }
}

/// How a token is capitalized, which news text uses to mark names, headlines
/// and datelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// No uppercase letter: `met`.
    Lower,
    /// An uppercase letter, then only lowercase ones: `Putin`, `A`.
    Capitalized,
    /// Two or more letters, all uppercase: `KYIV`, `U.S.`, `AP`.
    Upper,
    /// Any other mix of cases: `iPhone`, `McDonald`.
    Mixed,
    /// Starts with a digit: `2,000`, `3.5`, `1990s`.
    Numeric,
    /// No letter or digit: `,`, `—`, `“`.
    Punct,
}

impl Shape {
    /// The shape of `s`.
    pub fn of(s: &str) -> Shape {
        let Some(first) = s.chars().find(|c| c.is_alphanumeric()) else {
            return Shape::Punct;
        };
        if first.is_numeric() {
            return Shape::Numeric;
        }
        let mut letters = 0usize;
        let mut upper = 0usize;
        let mut upper_after_first = false;
        for c in s.chars().filter(|c| c.is_alphabetic()) {
            if c.is_uppercase() {
                upper += 1;
                if letters > 0 {
                    upper_after_first = true;
                }
            }
            letters += 1;
        }
        if upper == 0 {
            Shape::Lower
        } else if upper == letters && letters >= 2 {
            Shape::Upper
        } else if first.is_uppercase() && !upper_after_first {
            Shape::Capitalized
        } else {
            Shape::Mixed
        }
    }
}

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range of the token in the document text.
    pub span: Span,
    /// The part of speech.
    pub tag: Upos,
    /// For verbs and auxiliaries, the verb form the tagger chose with the tag.
    pub verb_form: Option<VerbForm>,
    /// Capitalization.
    pub shape: Shape,
    lower: Range<u32>,
    lemma: Range<u32>,
}

/// The tokens of one sentence with their forms. Index it like a slice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    tokens: Vec<Token>,
    /// Lowercase forms and lemmas, back to back, that tokens point into.
    forms: String,
}

impl Tokens {
    /// The tokens in text order.
    pub fn as_slice(&self) -> &[Token] {
        &self.tokens
    }

    /// The lowercase form of token `i`, with typographic apostrophes made
    /// straight (`n’t` is `n't`). Empty when `i` is out of range.
    pub fn lower(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.forms.get(t.lower.start as usize..t.lower.end as usize))
            .unwrap_or("")
    }

    /// The lemma of token `i` (`met` -> `meet`, `n't` -> `not`, `talks` as a
    /// noun -> `talks`); lowercase. Empty when `i` is out of range.
    pub fn lemma(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.forms.get(t.lemma.start as usize..t.lemma.end as usize))
            .unwrap_or("")
    }

    /// One compact line, `Putin/PROPN met/VERB Xi/PROPN ./PUNCT`, for
    /// `explain`: each token's text in `text` and its tag.
    pub fn describe(&self, text: &str) -> String {
        let mut s = String::new();
        for t in &self.tokens {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(t.span.text(text));
            s.push('/');
            s.push_str(t.tag.as_str());
        }
        s
    }
}

impl std::ops::Deref for Tokens {
    type Target = [Token];
    fn deref(&self) -> &[Token] {
        &self.tokens
    }
}

/// Tokenizes, tags and lemmatizes the sentence at `span` of `text`.
///
/// A span out of range or off character boundaries gives no tokens.
pub fn tag_sentence(text: &str, span: Span) -> Tokens {
    let Some(sentence) = text.get(span.start..span.end) else {
        return Tokens::default();
    };
    let pieces = split::split(sentence);
    // The tagger reads words, numbers and the few symbols UD tags as words
    // ('&', the possessive apostrophe); punctuation is tagged here, as the
    // model was trained without it.
    let words: Vec<Cow<str>> = pieces
        .iter()
        .filter(|p| p.kind.tagged())
        .map(|p| {
            let w = &sentence[p.range.clone()];
            if w.contains('’') {
                Cow::Owned(w.replace('’', "'"))
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    let labels = tagger::tag_words(&words);
    let mut labels = labels.into_iter();
    let mut tokens = Vec::with_capacity(pieces.len());
    let mut forms = String::with_capacity(sentence.len() * 2);
    let mut scratch = String::new();
    for p in &pieces {
        let raw = &sentence[p.range.clone()];
        let (tag, verb_form) = if p.kind.tagged() {
            labels.next().unwrap_or((Upos::X, None))
        } else {
            (p.kind.fixed_tag(), None)
        };
        let lower_start = forms.len();
        for c in raw.chars() {
            if c == '’' {
                forms.push('\'');
            } else {
                forms.extend(c.to_lowercase());
            }
        }
        let lower_end = forms.len();
        // Through a scratch string: the lemma may borrow from `forms`.
        let lower = &forms[lower_start..lower_end];
        let lemma = lemma::lemma(lower, tag);
        let same = lemma == lower;
        if !same {
            scratch.clear();
            scratch.push_str(&lemma);
        }
        let lemma_range = if same {
            lower_start..lower_end
        } else {
            let start = forms.len();
            forms.push_str(&scratch);
            start..forms.len()
        };
        tokens.push(Token {
            span: Span::new(span.start + p.range.start, span.start + p.range.end),
            tag,
            verb_form,
            shape: Shape::of(raw),
            lower: lower_start as u32..lower_end as u32,
            lemma: lemma_range.start as u32..lemma_range.end as u32,
        });
    }
    Tokens { tokens, forms }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for (s, want) in [
            ("met", Shape::Lower),
            ("Putin", Shape::Capitalized),
            ("A", Shape::Capitalized),
            ("KYIV", Shape::Upper),
            ("U.S.", Shape::Upper),
            ("iPhone", Shape::Mixed),
            ("McDonald", Shape::Mixed),
            ("2,000", Shape::Numeric),
            ("—", Shape::Punct),
        ] {
            assert_eq!(Shape::of(s), want, "{s}");
        }
    }

    #[test]
    fn spans_are_document_offsets_and_forms_are_kept() {
        let text = "Intro. Putin didn’t meet Xi.";
        let t = tag_sentence(text, Span::new(7, text.len()));
        let words: Vec<&str> = t.iter().map(|t| t.span.text(text)).collect();
        assert_eq!(words, ["Putin", "did", "n’t", "meet", "Xi", "."]);
        assert_eq!(t.lower(2), "n't");
        assert_eq!(t.lemma(2), "not");
        assert_eq!(t.lemma(1), "do");
        assert_eq!(t[0].tag, Upos::Propn);
        assert_eq!(t[5].tag, Upos::Punct);
        assert_eq!(t.lower(99), "");
    }

    #[test]
    fn a_bad_span_gives_no_tokens() {
        assert!(tag_sentence("é", Span::new(1, 2)).is_empty());
        assert!(tag_sentence("abc", Span::new(2, 9)).is_empty());
    }
}
