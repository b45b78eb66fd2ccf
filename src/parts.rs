//! Long articles in bounded pieces, so that every run ends.
//!
//! Two limits keep the work on an article linear in its length:
//!
//! - [`split`]: an article whose text passes [`MAX_ARTICLE_BYTES`] (5 MB) is
//!   read as parts of at most that size, cut at a paragraph break, else a
//!   line break, else a sentence end, else a space. Each part is a document
//!   of its own (the first keeps the id, the others are `ID#part2`,
//!   `ID#part3`...), and its [`Article::offset`] says where it starts in the
//!   original, so every offset it gives is one in the original text. The
//!   parts keep the article's date and metadata.
//! - [`windows`]: within an article, mentions are resolved and relations
//!   found in windows of at most [`WINDOW_BYTES`] (100 kB) of sentences and
//!   [`WINDOW_LINE_BYTES`] (10 kB) of one line, cut at a paragraph break
//!   where one lies in the window's second half. An
//!   article shorter than that (nearly every one) is one window, exactly as
//!   before; in a longer one, a pronoun or a short name does not reach back
//!   past its window. Those stages look back over the article's earlier
//!   mentions for each sentence, which made a one-paragraph article of
//!   300,000 sentences take hours.
//!
//! - [`bounded_sentences`]: a "sentence" of more than [`MAX_SENTENCE_BYTES`]
//!   (text with no sentence ends) is read in pieces cut at a comma or space,
//!   since relations look along a sentence from each of its words.
//!
//! [`merge_windows`] puts the windows' results together: actors by id, and
//! every index and offset moved to the whole article's.

use crate::article::Article;
use crate::gazetteer::Gazetteer;
use crate::relate::Found;
use crate::relate::Rules;
use crate::relate::trace::Trace;
use crate::resolve::Resolved;
use crate::span::Span;
use jiff::civil::Date;
use std::collections::HashMap;

/// The longest article text read as one document, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 5_000_000;

/// The most bytes of sentences resolved and related together.
pub const WINDOW_BYTES: usize = 100_000;

/// The most bytes of one line in a window: relations look back along the
/// line from each mention (for a dateline), so a window in a line of
/// megabytes is cut sooner. No paragraph of news is this long.
pub const WINDOW_LINE_BYTES: usize = 10_000;

/// `a` in parts of at most `max` bytes (one part, itself, when it is not
/// longer). `None` when no split was needed.
pub fn split(a: &Article, max: usize) -> Option<Vec<Article>> {
    if a.text.len() <= max {
        return None;
    }
    let text = a.text.as_str();
    let mut parts = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = cut(text, start, max);
        let k = parts.len() + 1;
        parts.push(Article {
            id: if k == 1 {
                a.id.clone()
            } else {
                format!("{}#part{k}", a.id)
            },
            source: a.source.clone(),
            text: text[start..end].to_string(),
            date: a.date,
            period: a.period,
            url: a.url.clone(),
            title: a.title.clone(),
            offset: a.offset + start,
        });
        start = end;
    }
    Some(parts)
}

/// Where the part that starts at `start` ends: at most `max` bytes on, at
/// the last paragraph break, line break, sentence end or space in its second
/// half, else at a character boundary.
fn cut(text: &str, start: usize, max: usize) -> usize {
    if text.len() - start <= max {
        return text.len();
    }
    let end = floor_boundary(text, start + max);
    let half = floor_boundary(text, start + max / 2);
    let window = &text[half..end];
    for sep in ["\n\n", "\n", ". ", " "] {
        if let Some(i) = window.rfind(sep) {
            return half + i + sep.len();
        }
    }
    end
}

/// The character boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The sentences in windows: ranges of indices into `sentences`, each
/// spanning at most `max` bytes of text and `max_line` bytes of one line (a
/// longer sentence is a window of its own), cut at the last paragraph break
/// in the window's second half when there is one.
pub fn windows(
    text: &str,
    sentences: &[Span],
    max: usize,
    max_line: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut first = 0;
    while first < sentences.len() {
        let base = sentences[first].start;
        let mut line = base;
        let mut last = first + 1;
        while last < sentences.len() {
            let (prev, next) = (sentences[last - 1], sentences[last]);
            if let Some(i) = text[prev.start..next.start].rfind('\n') {
                line = prev.start + i + 1;
            }
            if next.end - base > max || next.end - line > max_line {
                break;
            }
            last += 1;
        }
        if last < sentences.len() {
            // A paragraph break between two sentences: a line break between them.
            let paragraph = (first + 1..last).rev().find(|&i| {
                sentences[i].start - base >= max / 2
                    && text[sentences[i - 1].end..sentences[i].start].contains('\n')
            });
            if let Some(i) = paragraph {
                last = i;
            }
        }
        out.push(first..last);
        first = last;
    }
    out
}

/// Adds the results of one window to the article's: `base` is the byte
/// offset of the window's text and `first` the index of its first sentence.
pub fn merge_windows(
    all: &mut Resolved,
    relations: &mut Vec<Found>,
    ids: &mut HashMap<String, usize>,
    (r, found): (Resolved, Vec<Found>),
    base: usize,
    first: usize,
) {
    let map: Vec<usize> = r
        .actors
        .into_iter()
        .map(|a| {
            *ids.entry(a.id.clone()).or_insert_with(|| {
                all.actors.push(a);
                all.actors.len() - 1
            })
        })
        .collect();
    let shift = |s: Span| Span::new(s.start + base, s.end + base);
    all.mentions.extend(r.mentions.into_iter().map(|mut m| {
        m.span = shift(m.span);
        m.actor = map[m.actor];
        m.sentence += first;
        m
    }));
    all.offices.extend(r.offices.into_iter().map(|mut o| {
        o.span = shift(o.span);
        o.person = map[o.person];
        o.office = map[o.office];
        o.sentence += first;
        o
    }));
    relations.extend(found.into_iter().map(|mut f| {
        f.subject = map[f.subject];
        f.object = map[f.object];
        f.place = f.place.map(|p| map[p]);
        f.evidence = shift(f.evidence);
        f.trigger = shift(f.trigger);
        f.sentence += first;
        f
    }));
}

/// The longest sentence resolved and related as one, in bytes: far longer
/// than any sentence of news, which a text with no sentence ends passes
/// (relations look along a sentence from each of its words).
pub const MAX_SENTENCE_BYTES: usize = 1_500;

/// `sentences` with each one longer than `max` bytes cut into pieces of at
/// most `max`, at the last `, ` or `; ` in a piece's second half, else the
/// last space, else a character boundary.
pub fn bounded_sentences(text: &str, sentences: Vec<Span>, max: usize) -> Vec<Span> {
    if sentences.iter().all(|s| s.len() <= max) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut start = s.start;
        while s.end - start > max {
            let mut end = floor_boundary(text, start + max);
            let half = floor_boundary(text, start + max / 2);
            let piece = &text[half..end];
            let at = [", ", "; "]
                .iter()
                .filter_map(|sep| piece.rfind(sep).map(|i| i + 1))
                .max()
                .or_else(|| piece.rfind(' '));
            if let Some(i) = at {
                end = half + i;
            }
            out.push(Span::new(start, end));
            start = end;
            // The next piece starts at its first word.
            while start < s.end && text.as_bytes()[start] == b' ' {
                start += 1;
            }
        }
        if start < s.end {
            out.push(Span::new(start, s.end));
        }
    }
    out
}

/// Resolves the mentions of `sentences` and finds their relations, window
/// by window ([`windows`]): one call of each stage for an article of at most
/// [`WINDOW_BYTES`] of sentences. With `traced`, the engine's decisions
/// come back too (for `explain`); an article of several windows returns an
/// empty trace.
pub fn resolve_and_relate(
    text: &str,
    sentences: &[Span],
    (gaz, rules): (&Gazetteer, &Rules),
    office_date: Option<Date>,
    date: Option<Date>,
    traced: bool,
) -> (Resolved, Vec<Found>, Option<Trace>) {
    let run = |text: &str, sentences: &[Span]| {
        let r = crate::resolve::resolve(text, sentences, gaz, office_date);
        let found = crate::relate::relate(text, sentences, &r, rules, gaz, date);
        (r, found)
    };
    let ws = windows(text, sentences, WINDOW_BYTES, WINDOW_LINE_BYTES);
    if ws.len() <= 1 {
        if traced {
            // What explain asks for: the decisions, of one window.
            let r = crate::resolve::resolve(text, sentences, gaz, office_date);
            let (found, trace) =
                crate::relate::relate_traced(text, sentences, &r, rules, gaz, date);
            return (r, found, Some(trace));
        }
        let (r, found) = run(text, sentences);
        return (r, found, None);
    }
    let mut all = Resolved::default();
    let mut relations = Vec::new();
    let mut ids = HashMap::new();
    for w in ws {
        // The window's own text, so that no stage looks past it.
        let base = sentences[w.start].start;
        let end = sentences[w.end - 1].end;
        let local: Vec<Span> = sentences[w.clone()]
            .iter()
            .map(|s| Span::new(s.start - base, s.end - base))
            .collect();
        let one = run(&text[base..end], &local);
        merge_windows(&mut all, &mut relations, &mut ids, one, base, w.start);
    }
    // A trace of many windows would need its offsets moved too: the
    // decisions of an article this long are not recorded.
    (all, relations, traced.then(Trace::default))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_cover_the_text_and_keep_offsets() {
        let text = "One. Two.\n\nThree four. Five six seven.".repeat(50);
        let a = Article::new("doc", text.clone());
        let parts = split(&a, 100).expect("split");
        assert!(parts.iter().all(|p| p.text.len() <= 100));
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, text);
        for p in &parts {
            assert_eq!(&text[p.offset..p.offset + p.text.len()], p.text);
        }
        assert_eq!(parts[0].id, "doc");
        assert_eq!(parts[1].id, "doc#part2");
        assert!(split(&a, text.len()).is_none());
    }

    #[test]
    fn a_part_never_cuts_a_character() {
        let a = Article::new("d", "é".repeat(1000));
        let parts = split(&a, 101).expect("split");
        assert!(
            parts
                .iter()
                .all(|p| !p.text.is_empty() && p.text.len() <= 101)
        );
    }

    #[test]
    fn long_sentences_are_cut_at_commas_within_the_bound() {
        let text = "Aa bb, cc dd ee ff gg, hh ii jj kk ll mm nn.";
        let all = vec![Span::new(0, text.len())];
        let cut = bounded_sentences(text, all.clone(), 24);
        let pieces: Vec<&str> = cut.iter().map(|s| s.text(text)).collect();
        assert_eq!(pieces, ["Aa bb, cc dd ee ff gg,", "hh ii jj kk ll mm nn."]);
        let cut = bounded_sentences(text, all.clone(), 16);
        let pieces: Vec<&str> = cut.iter().map(|s| s.text(text)).collect();
        assert_eq!(
            pieces,
            ["Aa bb, cc dd ee", "ff gg, hh ii jj", "kk ll mm nn."]
        );
        assert_eq!(bounded_sentences(text, all.clone(), 100), all);
        for max in [14, 15, 16, 17] {
            let wide = format!("a{}", "é".repeat(100));
            let cut = bounded_sentences(&wide, vec![Span::new(0, wide.len())], max);
            assert!(cut.iter().all(|s| s.len() <= max && !s.is_empty()));
            assert_eq!(cut.last().unwrap().end, wide.len());
        }
    }

    #[test]
    fn windows_cover_every_sentence_once_and_prefer_paragraphs() {
        let text = "Aa bb. Cc dd.\nEe ff. Gg hh. Ii jj.";
        let sentences: Vec<Span> = [(0, 6), (7, 13), (14, 20), (21, 27), (28, 34)]
            .iter()
            .map(|&(a, b)| Span::new(a, b))
            .collect();
        // The break after "Cc dd." is in the first window's second half.
        assert_eq!(windows(text, &sentences, 26, 26), vec![0..2, 2..5]);
        assert_eq!(windows(text, &sentences, 30, 30), vec![0..4, 4..5]);
        assert_eq!(windows(text, &sentences, 1000, 1000), vec![0..5]);
        // Lines of at most 14 bytes: "Ii jj." would make the second 20.
        assert_eq!(windows(text, &sentences, 1000, 14), vec![0..4, 4..5]);
        assert_eq!(
            windows(text, &sentences, 1000, 8),
            vec![0..1, 1..3, 3..4, 4..5]
        );
    }
}
