//! Sentence spans.
//!
//! A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after
//! it) followed by white space and the start of a new sentence, or at a line
//! break. Abbreviations ("U.S.", "Nov.", "Gen.", "Mr."), initials ("J. Smith")
//! and decimal numbers do not end a sentence. Spans are trimmed of white space
//! and lie inside the region they were cut from, in order, without overlap,
//! and together they cover every non-space character of the region.

use crate::span::Span;

/// Words that end with a period without ending the sentence, lowercase and without the period.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "ste", "mt", "ft", "jr",
    "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "assn", "est",
    "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "fig", "al", "ed", "op",
    "cf", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "n.y", "l.a",
];

/// Capitalized words that usually start a new sentence; after an abbreviation
/// such as "U.S." they mean the abbreviation did end the sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "Meanwhile",
    "However",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "Last",
    "Earlier",
    "Later",
    "Officials",
    "Both",
];

/// Splits `region` of `text` into sentence spans.
pub fn split(text: &str, region: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let region_text = region.text(text);
    if region_text.is_empty() {
        return out;
    }
    let base = region.start;
    let bytes = region_text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            push(text, base, start, i, &mut out);
            start = i + 1;
        } else if (b == b'.' || b == b'!' || b == b'?') && ends_sentence(region_text, i) {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while end < bytes.len() {
                let rest = &region_text[end..];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(
                    c,
                    '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}'
                ) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            push(text, base, start, end, &mut out);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push(text, base, start, bytes.len(), &mut out);
    out
}

fn push(text: &str, base: usize, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = Span::new(base + start, base + end).trim(text);
    if !s.is_empty() {
        out.push(s);
    }
}

/// Decides whether the terminator at byte `i` of `t` ends the sentence.
fn ends_sentence(t: &str, i: usize) -> bool {
    let term = t.as_bytes()[i];
    // What follows: closing quotes, then white space, then the next word.
    let mut j = i + 1;
    let after = &t[j..];
    let mut chars = after.char_indices().peekable();
    while let Some(&(_, c)) = chars.peek() {
        if matches!(
            c,
            '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}'
        ) {
            chars.next();
        } else {
            break;
        }
    }
    let mut saw_space = false;
    while let Some(&(k, c)) = chars.peek() {
        if c.is_whitespace() {
            saw_space = true;
            chars.next();
        } else {
            j = i + 1 + k;
            break;
        }
    }
    let Some(&(_, next)) = chars.peek() else {
        return true; // end of region
    };
    if !saw_space {
        return false; // "3.5", "U.S.-led", "example.com"
    }
    // A lowercase continuation means the sentence goes on ("U.S. officials").
    if next.is_lowercase() {
        return false;
    }
    if term != b'.' {
        return true;
    }
    let word = word_before(t, i);
    let lower = word.to_lowercase();
    // A single capital letter is an initial ("J. Smith"), unless it is "I".
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) && word != "I" {
        return false;
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "in the U.S. The talks ..." does end the sentence.
        let next_word: String = t[j..].chars().take_while(|c| c.is_alphanumeric()).collect();
        let dotted = lower.contains('.');
        return dotted && SENTENCE_STARTERS.contains(&next_word.as_str());
    }
    true
}

/// The word (letters and inner dots) that ends at byte `i` (a period).
fn word_before(t: &str, i: usize) -> &str {
    let head = &t[..i];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(k, c)| k + c.len_utf8())
        .unwrap_or(0);
    &head[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = split(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.text(text))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_on_terminators() {
        check(
            "Ruto met Lula. They spoke! Did they? Yes.",
            &["Ruto met Lula.", "They spoke!", "Did they?", "Yes."],
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "Gen. Tanaka met U.S. officials on Nov. 3 in Washington. Mr. Scholz left.",
            &[
                "Gen. Tanaka met U.S. officials on Nov. 3 in Washington.",
                "Mr. Scholz left.",
            ],
        );
        check(
            "Talks with the U.S. The minister left.",
            &["Talks with the U.S.", "The minister left."],
        );
        check(
            "Growth was 3.5 percent. J. K. Doe agreed.",
            &["Growth was 3.5 percent.", "J. K. Doe agreed."],
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        check(
            "\u{201C}We will meet.\u{201D} Widodo said so. \"Fine.\" Then he left.",
            &[
                "\u{201C}We will meet.\u{201D}",
                "Widodo said so.",
                "\"Fine.\"",
                "Then he left.",
            ],
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_spans_stay_in_region() {
        let text = "Headline here\n\nBody one. Body two";
        check(text, &["Headline here", "Body one.", "Body two"]);
        let spans = split(text, Span::new(15, text.len()));
        assert_eq!(spans[0].start, 15);
    }
}
