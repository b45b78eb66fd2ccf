//! Small word-level helpers over the original text; they return spans or
//! slices of it, never copies with other offsets. Also the rewrite of a
//! built-in pattern's `\b`s to ASCII word boundaries that every stage's
//! regexes go through.
//!
//! Below both [`crate::resolve`] and [`crate::relate`]: neither is
//! imported here.

use crate::span::Span;

/// `\b` written as `(?-u:\b)`, escaped backslashes left alone.
pub(crate) fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The next word (letters, digits, inner hyphens and apostrophes) at or after
/// byte `pos` of `s`, as a byte range.
pub fn next_word(s: &str, pos: usize) -> Option<(usize, usize)> {
    let rest = s.get(pos..)?;
    // Resolution walks every word of every sentence several times: ASCII
    // bytes are judged without decoding a char (same answer, fewer steps).
    let bytes = rest.as_bytes();
    let mut off = 0;
    while off < bytes.len() && bytes[off].is_ascii() && !bytes[off].is_ascii_alphanumeric() {
        off += 1;
    }
    let (off, _) = rest[off..]
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric())
        .map(|(k, c)| (off + k, c))?;
    let start = pos + off;
    let mut end = start;
    let word = &s.as_bytes()[start..];
    let mut k = 0;
    while k < word.len() && word[k].is_ascii_alphanumeric() {
        k += 1;
    }
    if k > 0 {
        end = start + k;
    }
    let mut it = s[start + k..]
        .char_indices()
        .map(|(j, c)| (j + k, c))
        .peekable();
    while let Some((k, c)) = it.next() {
        if c.is_alphanumeric() {
            end = start + k + c.len_utf8();
        } else if matches!(c, '-' | '\'' | '\u{2019}') {
            if !it.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
                break;
            }
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Every word of `s`, as repeated [`next_word`] calls from its start find
/// them, in order: `f` gets each word's byte range. Words of ASCII letters
/// and digits (with ASCII hyphens and apostrophes inside) are found byte by
/// byte; any other character near a word hands that word to [`next_word`].
pub fn for_each_word(s: &str, mut f: impl FnMut(usize, usize)) {
    let b = s.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        if b[pos].is_ascii() && !b[pos].is_ascii_alphanumeric() {
            pos += 1;
            continue;
        }
        let start = pos;
        let mut end = None;
        if b[pos].is_ascii() {
            // An ASCII letter or digit: the word runs on over ASCII ones,
            // and over a hyphen or apostrophe between two of them.
            loop {
                while pos < b.len() && b[pos].is_ascii_alphanumeric() {
                    pos += 1;
                }
                match (b.get(pos), b.get(pos + 1)) {
                    (Some(b'-' | b'\''), Some(n)) if n.is_ascii_alphanumeric() => pos += 1,
                    (Some(c), _) if !c.is_ascii() => break,
                    (Some(b'-' | b'\''), Some(n)) if !n.is_ascii() => break,
                    _ => {
                        end = Some(pos);
                        break;
                    }
                }
            }
        }
        let (start, end) = match end {
            Some(end) => (start, end),
            None => match next_word(s, start) {
                Some(word) => word,
                None => break,
            },
        };
        f(start, end);
        pos = end;
    }
}

/// Up to `n` words ending right before byte `pos` (only white space between),
/// nearest first.
pub fn words_before(text: &str, pos: usize, n: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut end = pos.min(text.len());
    while out.len() < n {
        let head = &text[..end];
        let trimmed = head.trim_end_matches([' ', '\t']);
        if trimmed.len() == head.len() && !out.is_empty() {
            break;
        }
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '-' || c == '.'))
            .map(|(k, c)| k + c.len_utf8())
            .unwrap_or(0);
        let w = &trimmed[start..];
        if w.is_empty() {
            break;
        }
        out.push(w);
        end = start;
    }
    out
}

/// The word right after byte `pos` (white space skipped), if any.
pub fn word_after(text: &str, pos: usize) -> Option<&str> {
    let rest = text.get(pos..)?;
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let (s, e) = next_word(trimmed, 0)?;
    (s == 0).then(|| &trimmed[s..e])
}

/// The length in bytes of a possessive right after `span` ("'s", "’s", or
/// a lone apostrophe after a final s: "Reuters' "), if there is one.
pub fn possessive_after(text: &str, span: Span) -> Option<usize> {
    let rest = text.get(span.end..)?;
    let plural = span.text(text).ends_with('s');
    if rest.starts_with("'s") {
        Some(2)
    } else if rest.starts_with("\u{2019}s") {
        Some(4)
    } else if plural && rest.starts_with("' ") {
        Some(1)
    } else if plural && rest.starts_with("\u{2019} ") {
        Some(3)
    } else {
        None
    }
}

/// Name particles that may stand in lower case inside a name.
const PARTICLES: &[&str] = &[
    "bin", "bint", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "van", "von", "der",
    "den", "la", "le", "di", "ibn", "abu",
];

/// Capitalized words that start sentences or clauses, not names.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "To",
    "For",
    "Of",
    "This",
    "That",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Said",
    "Says",
    "Told",
    "Also",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

/// True for capitalized words that open sentences or name days and months.
pub fn is_not_name(w: &str) -> bool {
    NOT_NAMES.contains(&w)
}

/// The most characters of one word of a discovered name: no language's
/// name part is longer; a longer run of letters is a mangled scrape (a name
/// glued to junk), not a name.
pub const MAX_NAME_WORD_CHARS: usize = 40;

/// The most characters of a discovered name (at most four words).
pub const MAX_NAME_CHARS: usize = 100;

/// Whether `w` can be a word of a name: at most [`MAX_NAME_WORD_CHARS`]
/// characters.
pub fn plausible_name_word(w: &str) -> bool {
    w.len() <= MAX_NAME_WORD_CHARS || w.chars().count() <= MAX_NAME_WORD_CHARS
}

/// Two to four capitalized words starting right after byte `pos` (after white
/// space), name particles allowed inside: a person's name the gazetteer lacks.
pub fn capitalized_run(text: &str, pos: usize, limit: usize) -> Option<Span> {
    let limit = limit.min(text.len());
    let region = text.get(..limit)?;
    let mut cur = pos;
    let rest = region.get(cur..)?;
    let lead = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if lead == 0 {
        return None;
    }
    cur += lead;
    let start = cur;
    let mut end = cur;
    let mut words = 0;
    while let Some((ws, we)) = next_word(region, cur) {
        if ws != cur {
            break;
        }
        let w = &region[ws..we];
        let first = w.chars().next().unwrap_or(' ');
        // A middle initial ("George W. Bush", "John F. Kennedy"): the run
        // goes on across its period when a capitalized word follows.
        if words > 0
            && w.len() == 1
            && first.is_ascii_uppercase()
            && region[we..].starts_with(". ")
            && region[we + 2..].starts_with(|c: char| c.is_uppercase())
        {
            end = we + 1;
            words += 1;
            if words == 4 {
                break;
            }
            cur = we + 2;
            continue;
        }
        let is_particle = PARTICLES.contains(&w) && words > 0;
        if !(first.is_uppercase() || is_particle)
            || NOT_NAMES.contains(&w)
            || w.chars().all(|c| c.is_uppercase()) && w.len() > 1 && words == 0 && w.len() > 3
        {
            break;
        }
        // A name glued to junk is no name at all.
        if !plausible_name_word(w) {
            return None;
        }
        if !is_particle {
            end = we;
        }
        words += 1;
        if words == 4 {
            break;
        }
        // Continue only across a single space.
        if region[we..].starts_with(' ') && !region[we + 1..].starts_with(' ') {
            cur = we + 1;
        } else {
            break;
        }
    }
    let span = Span::new(start, end);
    let n = span.text(text).split_whitespace().count();
    (1..=4)
        .contains(&n)
        .then_some(span)
        .filter(|s| !s.is_empty() && s.text(text).chars().count() <= MAX_NAME_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_runs() {
        let t = "said journalist Pavel Zarubin of Rossiya on Monday";
        let (s, e) = next_word(t, 4).unwrap();
        assert_eq!(&t[s..e], "journalist");
        let run = capitalized_run(t, e, t.len()).unwrap();
        assert_eq!(run.text(t), "Pavel Zarubin");
        assert_eq!(words_before(t, 16, 2), ["journalist", "said"]);
        assert_eq!(word_after(t, 4), Some("journalist"));
        let t2 = "crown prince Mohammed bin Salman said";
        assert_eq!(
            capitalized_run(t2, 12, t2.len()).unwrap().text(t2),
            "Mohammed bin Salman"
        );
        assert_eq!(capitalized_run("envoy The talks", 5, 15), None);
        let glued = format!("envoy Anna Kow{} said", "x".repeat(20_000));
        assert_eq!(capitalized_run(&glued, 5, glued.len()), None);
        for (t, want) in [
            ("President George W. Bush said", "George W. Bush"),
            ("senator John F. Kennedy met", "John F. Kennedy"),
            ("envoy Anna K. said", "Anna K"),
            (
                "envoy Anna Kowalski xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx said",
                "Anna Kowalski",
            ),
        ] {
            let at = t.find(' ').unwrap();
            assert_eq!(
                capitalized_run(t, at, t.len()).unwrap().text(t),
                want,
                "{t}"
            );
        }
    }

    /// The char-by-char definition `next_word`'s ASCII fast path must agree with.
    fn next_word_by_chars(s: &str, pos: usize) -> Option<(usize, usize)> {
        let rest = s.get(pos..)?;
        let (off, _) = rest.char_indices().find(|&(_, c)| c.is_alphanumeric())?;
        let start = pos + off;
        let mut end = start;
        let mut it = s[start..].char_indices().peekable();
        while let Some((k, c)) = it.next() {
            if c.is_alphanumeric() {
                end = start + k + c.len_utf8();
            } else if matches!(c, '-' | '\'' | '\u{2019}') {
                if !it.peek().is_some_and(|&(_, n)| n.is_alphanumeric()) {
                    break;
                }
            } else {
                break;
            }
        }
        Some((start, end))
    }

    /// Texts for the fast paths to agree on.
    const TRICKY: &[&str] = &[
        "",
        "  ",
        "Ana met Bo.",
        "  \"Zelensky's\" visit -- in Kyiv-based co-op, O'Neil\u{2019}s x- y' 'z",
        "Київ, Łódź and São Paulo; Erdoğan\u{2019}s aide – 2024年 ٣٤",
        "¿Qué? ¡Sí! ¹²³ Ⅻ e\u{301}",
        "end-",
        "a-é b'é c-\u{2019} d\u{2019}e f-- g'' h-i-j k'l'm",
        "x-",
        "x'",
        "-x",
        "é-",
        "aé",
        "éa",
        "a\u{a0}b",
    ];

    /// Words as byte ranges.
    type Words = Vec<(usize, usize)>;

    /// The words of `t` by [`for_each_word`] and by repeated [`next_word`].
    fn words_both_ways(t: &str) -> (Words, Words) {
        let mut fast = Vec::new();
        for_each_word(t, |s, e| fast.push((s, e)));
        let mut slow = Vec::new();
        let mut pos = 0;
        while let Some((s, e)) = next_word(t, pos) {
            slow.push((s, e));
            pos = e;
        }
        (fast, slow)
    }

    #[test]
    fn for_each_word_agrees_with_repeated_next_word() {
        for t in TRICKY {
            let (fast, slow) = words_both_ways(t);
            assert_eq!(fast, slow, "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn for_each_word_agrees_with_repeated_next_word_on_any_text(
            t in "[a-zA-Z0-9 '\u{2019}.,-]{0,40}|[a-zé'\u{2019}\u{a0} -]{0,30}|\\PC{0,40}"
        ) {
            let (fast, slow) = words_both_ways(&t);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn next_word_fast_path_agrees_with_the_char_by_char_definition() {
        for t in TRICKY {
            for pos in (0..=t.len() + 1).filter(|&p| p > t.len() || t.is_char_boundary(p)) {
                assert_eq!(
                    next_word(t, pos),
                    next_word_by_chars(t, pos),
                    "{t:?} at {pos}"
                );
            }
        }
    }
}
