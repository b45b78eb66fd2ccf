//! Splitting a sentence into tokens, the way UD English tokenizes news.
//!
//! Words keep internal hyphens (`well-known`), internal periods of
//! abbreviations (`U.S.`, `a.m.`), and the period of a known abbreviation or an
//! initial (`Mr.`, `Jan.`, `F.`). Numbers keep their thousands commas and
//! decimals (`1,500`, `3.5`). Clitics are split off as UD does: `don't` ->
//! `do` `n't`, `cannot` -> `can` `not`, `Ukraine's` -> `Ukraine` `'s`, and the
//! apostrophe of a plural possessive (`allies'`). A URL or an e-mail address
//! is one token. Every other character that is not a letter, digit or space
//! is a token of its own, except runs of periods (`...`) and of hyphens
//! (`--`). Straight and typographic apostrophes are treated alike.

use std::ops::Range;

/// What a piece of text is, which decides whether the tagger reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters or digits (words, numbers, abbreviations, clitics).
    Word,
    /// A URL or an e-mail address.
    Address,
    /// A character UD tags as a word: `&`, the possessive apostrophe.
    WordSymbol,
    /// A symbol: `$`, `%`, `+`, `€`...
    Symbol,
    /// Punctuation.
    Punct,
}

impl Kind {
    /// True when the tagger reads this piece (its training data kept it).
    pub fn tagged(self) -> bool {
        matches!(self, Kind::Word | Kind::WordSymbol)
    }

    /// The tag of a piece the tagger does not read.
    pub fn fixed_tag(self) -> super::Upos {
        match self {
            // UD English-EWT tags addresses X.
            Kind::Address => super::Upos::X,
            Kind::Symbol => super::Upos::Sym,
            Kind::Punct => super::Upos::Punct,
            // Not reached: the tagger tags these.
            Kind::Word | Kind::WordSymbol => super::Upos::X,
        }
    }
}

/// One token: a byte range into the sentence and its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    pub kind: Kind,
}

/// Abbreviations that keep their period, lowercase and without it.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr",
    "e.g", "etc", "feb", "fig", "ft", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "lt",
    "ltd", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "nov", "oct", "pres", "prof", "rep",
    "reps", "rev", "sen", "sens", "sep", "sept", "sgt", "sr", "st", "supt", "vs",
];

/// The longest URL or e-mail address read as one token, in bytes.
const MAX_ADDRESS: usize = 512;

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Symbols tagged SYM.
fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '%'
            | '+'
            | '='
            | '<'
            | '>'
            | '#'
            | '@'
            | '°'
            | '€'
            | '£'
            | '¥'
            | '©'
            | '®'
            | '™'
            | '^'
            | '~'
            | '|'
            | '*'
            | '§'
            | '±'
            | '×'
    )
}

/// Splits `s` into tokens; whitespace separates and is never part of one.
pub fn split(s: &str) -> Vec<Piece> {
    let cs: Vec<(usize, char)> = s.char_indices().collect();
    let n = cs.len();
    let at = |i: usize| if i < n { cs[i].0 } else { s.len() };
    let ch = |i: usize| cs.get(i).map(|x| x.1);
    let mut out = Vec::with_capacity(n / 4 + 1);
    let mut i = 0;
    let mut chunk_end = 0;
    let mut chunk_has_at = false;
    while i < n {
        let c = cs[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // The run of non-space characters around `i`, found once per run,
        // for URLs and e-mail addresses; longer runs are no address, which
        // bounds the work on text without spaces.
        if i >= chunk_end {
            chunk_end = i;
            while chunk_end < n && !cs[chunk_end].1.is_whitespace() {
                chunk_end += 1;
            }
            chunk_has_at = s[at(i)..at(chunk_end)].contains('@');
        }
        let chunk = &s[at(i)..at(chunk_end)];
        let maybe_address =
            chunk.len() <= MAX_ADDRESS && (matches!(c, 'h' | 'H' | 'w' | 'W') || chunk_has_at);
        if let Some(len) = maybe_address.then(|| address(chunk)).flatten() {
            let end = at(i) + len;
            out.push(Piece {
                range: at(i)..end,
                kind: Kind::Address,
            });
            while i < n && cs[i].0 < end {
                i += 1;
            }
            continue;
        }
        if c.is_alphanumeric() {
            i = word(s, &cs, i, &mut out);
            continue;
        }
        // Runs of periods or hyphens are one token; any other character is
        // a token of its own.
        let mut j = i + 1;
        if c == '.' || c == '-' {
            while ch(j) == Some(c) {
                j += 1;
            }
        }
        let kind = if c == '&' {
            Kind::WordSymbol
        } else if is_symbol(c) {
            Kind::Symbol
        } else {
            Kind::Punct
        };
        out.push(Piece {
            range: at(i)..at(j),
            kind,
        });
        i = j;
    }
    out
}

/// Reads the word starting at char `i`, pushes it (split into clitics), and
/// returns the char index after it.
fn word(s: &str, cs: &[(usize, char)], i: usize, out: &mut Vec<Piece>) -> usize {
    let n = cs.len();
    let at = |i: usize| if i < n { cs[i].0 } else { s.len() };
    let ch = |i: usize| cs.get(i).map(|x| x.1);
    let mut j = i;
    // Start of the current period-separated segment, for `U.S`.
    let mut segment = i;
    let mut has_period = false;
    loop {
        while j < n && cs[j].1.is_alphanumeric() {
            j += 1;
        }
        let (Some(c), Some(next)) = (ch(j), ch(j + 1)) else {
            break;
        };
        let prev = cs[j - 1].1;
        let joins = if is_hyphen(c) {
            next.is_alphanumeric()
        } else if c == '.' {
            (prev.is_ascii_digit() && next.is_ascii_digit())
                || (j - segment == 1 && prev.is_alphabetic() && next.is_alphabetic() && {
                    // `U.S`, `a.m`: the next segment is one letter as well.
                    ch(j + 2).is_none_or(|c| !c.is_alphanumeric())
                })
                || (has_period && prev.is_alphabetic() && next.is_alphabetic())
        } else if c == ',' {
            // Thousands: `1,500` but not `1,2` or `1999,2000`.
            prev.is_ascii_digit()
                && (1..=3).all(|k| ch(j + k).is_some_and(|c| c.is_ascii_digit()))
                && ch(j + 4).is_none_or(|c| !c.is_ascii_digit())
        } else if is_apostrophe(c) {
            prev.is_alphabetic() && next.is_alphabetic()
        } else if c == '&' {
            prev.is_uppercase() && next.is_uppercase()
        } else {
            false
        };
        if !joins {
            break;
        }
        if c == '.' {
            has_period = true;
            segment = j + 1;
        }
        j += 1;
    }
    let mut end = j;
    if ch(end) == Some('.') {
        let lower = s[at(i)..at(end)].to_lowercase();
        let single_letter = end - i == 1 && cs[i].1.is_uppercase();
        let keeps = single_letter
            || (has_period && end - segment == 1)
            || ABBREVIATIONS.contains(&lower.as_str());
        if keeps {
            end += 1;
        }
    }
    push_with_clitics(s, at(i), at(end), out);
    // The apostrophe of a plural possessive: `the allies' talks`.
    if ch(end).is_some_and(is_apostrophe)
        && cs[end - 1].1.eq_ignore_ascii_case(&'s')
        && ch(end + 1).is_none_or(|c| !c.is_alphanumeric())
    {
        out.push(Piece {
            range: at(end)..at(end + 1),
            kind: Kind::WordSymbol,
        });
        end += 1;
    }
    end
}

const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

/// Pushes `s[start..end]`, splitting `n't`, `cannot` and `'s`-like clitics.
fn push_with_clitics(s: &str, start: usize, end: usize, out: &mut Vec<Piece>) {
    let w = &s[start..end];
    let word = |r: Range<usize>| Piece {
        range: r,
        kind: Kind::Word,
    };
    for nt in ["n't", "n’t"] {
        let cut = w.len().saturating_sub(nt.len());
        if cut > 0 && w.is_char_boundary(cut) && w[cut..].eq_ignore_ascii_case(nt) {
            out.push(word(start..start + cut));
            out.push(word(start + cut..end));
            return;
        }
    }
    if w.eq_ignore_ascii_case("cannot") {
        out.push(word(start..start + 3));
        out.push(word(start + 3..end));
        return;
    }
    if let Some(pos) = w.rfind(['\'', '’']) {
        let apostrophe = w[pos..].chars().next().map_or(1, char::len_utf8);
        let rest = &w[pos + apostrophe..];
        if pos > 0 && CLITICS.iter().any(|c| c.eq_ignore_ascii_case(rest)) {
            out.push(word(start..start + pos));
            out.push(word(start + pos..end));
            return;
        }
    }
    out.push(word(start..end));
}

/// The length of the URL or e-mail address at the start of `chunk`, a run of
/// non-space characters, if it starts with one; trailing punctuation is not
/// part of it.
fn address(chunk: &str) -> Option<usize> {
    let trimmed = chunk.trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'', '”', '’', '»',
    ]);
    let lower = trimmed.to_ascii_lowercase();
    if ["http://", "https://", "www."]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len())
    {
        return Some(trimmed.len());
    }
    let (local, domain) = trimmed.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.starts_with(|c: char| c.is_ascii_alphanumeric())
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && domain.ends_with(|c: char| c.is_ascii_alphabetic())
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    (local_ok && domain_ok).then_some(trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|p| &s[p.range]).collect()
    }

    #[test]
    fn empty_and_spaces() {
        assert!(split("").is_empty());
        assert!(split(" \n\t ").is_empty());
    }

    #[test]
    fn clitic_at_word_start_is_not_split() {
        assert_eq!(words("'s"), ["'", "s"]);
        assert_eq!(words("n't"), ["n't"]);
    }
}
