//! The words of a sentence, found once and shared by the walks over it,
//! each with the word lists it is in: one hashed look-up a word for the
//! site heads, organization heads, role nouns and kinship nouns.

use super::discovery::{KIN, ROLES};
use super::places::{ORG_HEADS, SITE_HEADS};
use crate::text;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The word lists that every word of every sentence is looked up in, as
/// one map from a word to the lists it is in (bit flags): one look-up a word
/// serves all the per-word walks of a sentence, where a linear scan of each
/// list per word was a large share of resolving. Hashed with FNV-1a, which
/// costs a few steps per byte of a short word where the default SipHash cost
/// as much as the scans it replaced.
pub(super) struct WordClasses {
    map: FnvMap<&'static str, u8>,
    /// For each byte, the lengths (bit n for n bytes) of the listed words
    /// that start with it, and of those that end with it: most words of a
    /// sentence fail these before any hashing.
    first: [u16; 256],
    last: [u16; 256],
}

impl WordClasses {
    /// The lists `w` is in (0 for none).
    pub(super) fn of(&self, w: &str) -> u8 {
        let (Some(&a), Some(&z)) = (w.as_bytes().first(), w.as_bytes().last()) else {
            return 0;
        };
        let len = u32::try_from(w.len())
            .ok()
            .and_then(|n| 1u16.checked_shl(n))
            .unwrap_or(0);
        if self.first[usize::from(a)] & self.last[usize::from(z)] & len == 0 {
            return 0;
        }
        self.map.get(w).copied().unwrap_or(0)
    }
}

/// A hash map with the [`Fnv`] hasher: for the word classes and for a
/// document's own small maps (words and ids as keys, looked up for every
/// word; none of them is iterated where its order could show).
pub(super) type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a, for short keys (no need for a keyed hash).
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A word in [`SITE_HEADS`].
pub(super) const SITE_HEAD: u8 = 1;
/// A word in [`ORG_HEADS`].
pub(super) const ORG_HEAD: u8 = 2;
/// A word in [`ROLES`].
pub(super) const ROLE: u8 = 4;
/// A word in [`KIN`].
pub(super) const KINSHIP: u8 = 8;

pub(super) static WORD_CLASSES: LazyLock<WordClasses> = LazyLock::new(|| {
    let mut classes = WordClasses {
        map: FnvMap::default(),
        first: [0; 256],
        last: [0; 256],
    };
    for (list, class) in [
        (SITE_HEADS, SITE_HEAD),
        (ORG_HEADS, ORG_HEAD),
        (ROLES, ROLE),
        (KIN, KINSHIP),
    ] {
        for &w in list {
            *classes.map.entry(w).or_insert(0) |= class;
            let len = 1u16
                .checked_shl(w.len() as u32)
                .expect("listed words are shorter than 16 bytes");
            let bytes = w.as_bytes();
            classes.first[usize::from(bytes[0])] |= len;
            classes.last[usize::from(bytes[bytes.len() - 1])] |= len;
        }
    }
    classes
});

/// A word of the sentence being resolved: its bytes within the sentence
/// (as [`text::next_word`] finds them) and the word lists it is in.
#[derive(Clone, Copy)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) class: u8,
}

/// Every word of sentence text `s`, in order, into `out` (cleared first):
/// found once and shared by the walks over a sentence's words.
pub(super) fn sentence_words(s: &str, out: &mut Vec<Word>) {
    out.clear();
    text::for_each_word(s, |start, end| {
        let w = &s[start..end];
        let mut class = WORD_CLASSES.of(w);
        // The sentence's first word is capitalized whatever it is
        // ("Broadcaster Anna Lind asked"): its lowercase form counts too.
        if out.is_empty() && class == 0 && w.as_bytes()[0].is_ascii_uppercase() && w.len() < 16 {
            class = WORD_CLASSES.of(&w.to_ascii_lowercase());
        }
        out.push(Word { start, end, class });
    });
}
