//! The part-of-speech tagger: inference of an averaged perceptron.
//!
//! A port of the inference of the PyPI package `denckring-en-pos` 0.6.0
//! (`perceptron.py`, code Apache-2.0), with its weights (trained on UD
//! English-EWT v2.18, CC BY-SA 4.0) converted by `scripts/gen_tagger.py` into
//! `data/tagger/weights.tsv.gz` and compiled in. The features are those of
//! Honnibal's tagger (suffixes, prefix, shape, the word, its two neighbours
//! on each side, the two tags guessed before it), the prediction walks the
//! sentence left to right, and a word of the tag dictionary takes its tag
//! without scoring. Each label is a UPOS tag with a verb form (`VERB|Fin`).
//!
//! The port must give the Python tagger's answers exactly: scores are summed
//! in `f64` in the same order, and ties go to the greatest label, as
//! Python's `max` over the sorted labels with key `(score, label)` does.
//! Features are looked up by a 64-bit hash of their text computed piece by
//! piece, so no feature string is built per token; the load checks that no
//! two features of the table share a hash.
//!
//! The model never saw punctuation (it was dropped from the training
//! tokens), so [`tag_words`] is given the words of a sentence only;
//! [`super::tag_sentence`] tags punctuation itself.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read;
use std::sync::OnceLock;

use super::{Upos, VerbForm};

static WEIGHTS: &[u8] = include_bytes!("../../data/tagger/weights.tsv.gz");

const START: &str = "<s>";
const END: &str = "</s>";

/// A label of the model: a tag and, for verbs and auxiliaries, a verb form.
pub type Label = (Upos, Option<VerbForm>);

struct Model {
    /// Label names in sorted order, and what they mean.
    names: Vec<Box<str>>,
    labels: Vec<Label>,
    tagdict: HashMap<Box<str>, u8>,
    /// Feature hash -> range of `classes`/`weights`.
    features: HashMap<u64, (u32, u32), BuildHasherDefault<Passthrough>>,
    classes: Vec<u8>,
    weights: Vec<f64>,
    /// Feature lines read, to check that no two share a hash.
    rows: usize,
}

/// The hasher of a map whose keys are already well-mixed hashes.
#[derive(Default)]
struct Passthrough(u64);

impl Hasher for Passthrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a over the bytes of a feature's text, fed in pieces, with a final mix
/// so the low bits spread well in the map.
#[derive(Clone, Copy)]
struct FeatureHash(u64);

impl FeatureHash {
    fn new() -> FeatureHash {
        FeatureHash(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(mut self, s: &[u8]) -> FeatureHash {
        for &b in s {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
    fn str(self, s: &str) -> FeatureHash {
        self.bytes(s.as_bytes())
    }
    /// A space, then `s`: how the feature strings join their parts.
    fn then(self, s: &str) -> FeatureHash {
        self.bytes(b" ").str(s)
    }
    fn finish(self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

fn parse_label(name: &str) -> Label {
    let (upos, form) = name.split_once('|').unwrap_or((name, "-"));
    let form = match form {
        "Fin" => Some(VerbForm::Fin),
        "Inf" => Some(VerbForm::Inf),
        "Part" => Some(VerbForm::Part),
        "Ger" => Some(VerbForm::Ger),
        _ => None,
    };
    (Upos::parse(upos).unwrap_or(Upos::X), form)
}

impl Model {
    /// Reads the compiled-in table. The table is checked by the tests; a
    /// line it cannot read is skipped rather than failing analysis.
    fn load() -> Model {
        let mut text = String::new();
        let _ = flate2::read::GzDecoder::new(WEIGHTS).read_to_string(&mut text);
        let mut m = Model {
            names: Vec::new(),
            labels: Vec::new(),
            tagdict: HashMap::new(),
            features: HashMap::default(),
            classes: Vec::new(),
            weights: Vec::new(),
            rows: 0,
        };
        for line in text.lines() {
            let mut cols = line.split('\t');
            match cols.next() {
                Some("classes") => {
                    for name in cols {
                        m.names.push(name.into());
                        m.labels.push(parse_label(name));
                    }
                }
                Some("tagdict") => {
                    if let (Some(word), Some(Ok(class))) =
                        (cols.next(), cols.next().map(str::parse))
                    {
                        m.tagdict.insert(word.into(), class);
                    }
                }
                Some("w") => {
                    let (Some(feat), Some(cells)) = (cols.next(), cols.next()) else {
                        continue;
                    };
                    let start = m.classes.len() as u32;
                    for cell in cells.split(',') {
                        let Some((class, millis)) = cell.split_once(':') else {
                            continue;
                        };
                        let (Ok(class), Ok(millis)) = (class.parse::<u8>(), millis.parse::<i64>())
                        else {
                            continue;
                        };
                        m.classes.push(class);
                        // Exactly the double nearest the decimal weight, as
                        // Python's float() of the JSON number gives.
                        m.weights.push(millis as f64 / 1000.0);
                    }
                    let end = m.classes.len() as u32;
                    m.rows += 1;
                    m.features
                        .insert(FeatureHash::new().str(feat).finish(), (start, end));
                }
                _ => {}
            }
        }
        m
    }

    fn add(&self, scores: &mut [f64; 32], any: &mut bool, h: FeatureHash) {
        if let Some(&(start, end)) = self.features.get(&h.finish()) {
            *any = true;
            for k in start as usize..end as usize {
                if let Some(s) = scores.get_mut(self.classes[k] as usize) {
                    *s += self.weights[k];
                }
            }
        }
    }

    fn predict(&self, index: usize, word: &str, context: &Context, prev: &str, prev2: &str) -> u8 {
        let lower = context.get(index).unwrap_or("");
        // The last k characters (Python's `lower[-k:]`).
        let suffix = |k: usize| {
            let start = lower.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i);
            &lower[start..]
        };
        let prefix = &lower[..lower.chars().next().map_or(0, char::len_utf8)];
        let upper = word.chars().next().is_some_and(char::is_uppercase);
        let digit = word.chars().any(is_digit);
        let shape = match (upper, digit) {
            (true, true) => "Xd",
            (true, false) => "X",
            (false, true) => "xd",
            (false, false) => "x",
        };
        let at = |i: Option<usize>, edge: &'static str| -> &str {
            i.and_then(|i| context.get(i)).unwrap_or(edge)
        };
        let h = FeatureHash::new();
        let mut scores = [0.0f64; 32];
        let mut any = false;
        for f in [
            h.str("bias"),
            h.str("suf3").then(suffix(3)),
            h.str("suf2").then(suffix(2)),
            h.str("suf1").then(suffix(1)),
            h.str("pre1").then(prefix),
            h.str("shape").then(shape),
            h.str("w").then(lower),
            h.str("t-1").then(prev),
            h.str("t-2").then(prev2),
            h.str("t-1t-2").then(prev).then(prev2),
            h.str("w-1").then(at(index.checked_sub(1), START)),
            h.str("w-2").then(at(index.checked_sub(2), START)),
            h.str("w+1").then(at(Some(index + 1), END)),
            h.str("w+2").then(at(Some(index + 2), END)),
            h.str("t-1 w").then(prev).then(lower),
        ] {
            self.add(&mut scores, &mut any, f);
        }
        let n = self.labels.len().min(scores.len());
        if !any || n == 0 {
            return n.saturating_sub(1) as u8;
        }
        // The greatest score; among equal scores the greatest label, which
        // is the later one in sorted order.
        let mut best = 0;
        for (c, &s) in scores.iter().enumerate().take(n).skip(1) {
            if s >= scores[best] {
                best = c;
            }
        }
        best as u8
    }
}

/// Python's `str.isdigit` for the characters news text has: ASCII digits,
/// other decimal digits and the superscripts; not fractions like `½`.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && c.is_numeric()
            && !matches!(c, '¼' | '½' | '¾' | '⅓' | '⅔' | '⅕'..='⅞' | 'Ⅰ'..='ↈ'))
}

/// The lowercase words of a sentence in one string (Python's `context`).
struct Context {
    text: String,
    ends: Vec<usize>,
}

impl Context {
    fn new<S: AsRef<str>>(words: &[S]) -> Context {
        let mut text = String::new();
        let mut ends = Vec::with_capacity(words.len());
        for w in words {
            let w = w.as_ref();
            if w.is_ascii() {
                text.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                // The whole word, for the final sigma, as Python's lower().
                text.push_str(&w.to_lowercase());
            }
            ends.push(text.len());
        }
        Context { text, ends }
    }

    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(Model::load)
}

/// The label of each word, left to right, exactly as `denckring-en-pos`
/// 0.6.0's `Tagger.tag` gives it for the same words.
pub fn tag_words<S: AsRef<str>>(words: &[S]) -> Vec<Label> {
    tag_indices(words)
        .into_iter()
        .map(|c| {
            model()
                .labels
                .get(c as usize)
                .copied()
                .unwrap_or((Upos::X, None))
        })
        .collect()
}

/// The label names (`VERB|Fin`), as the Python tagger prints them.
pub fn tag_names<S: AsRef<str>>(words: &[S]) -> Vec<&'static str> {
    tag_indices(words)
        .into_iter()
        .map(|c| model().names.get(c as usize).map_or("X|-", |n| &**n))
        .collect()
}

fn tag_indices<S: AsRef<str>>(words: &[S]) -> Vec<u8> {
    let m = model();
    let context = Context::new(words);
    let mut out = Vec::with_capacity(words.len());
    let (mut prev, mut prev2) = (START, START);
    for (i, w) in words.iter().enumerate() {
        let class = match m.tagdict.get(context.get(i).unwrap_or("")) {
            Some(&c) => c,
            None => m.predict(i, w.as_ref(), &context, prev, prev2),
        };
        out.push(class);
        prev2 = prev;
        prev = m.names.get(class as usize).map_or("X|-", |n| &**n);
    }
    out
}

/// The number of feature lines in the table, of distinct feature hashes, and
/// of labels: the hashes must not collide.
pub fn table_counts() -> (usize, usize, usize) {
    let m = model();
    (m.rows, m.features.len(), m.labels.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_whole_without_hash_collisions() {
        let (features, distinct, labels) = table_counts();
        // The counts in the package's metadata.json.
        assert_eq!(labels, 20);
        assert_eq!(features, 66441);
        assert_eq!(distinct, features);
        assert_eq!(model().tagdict.len(), 480);
    }

    #[test]
    fn empty_sentence() {
        assert!(tag_words::<&str>(&[]).is_empty());
    }
}
