//! Words of the text for the matcher: where each starts and ends (Unicode
//! alphanumerics, with a shortcut for ASCII), and a filter of the first
//! words that names begin with.
//!
//! A name is kept only on word boundaries, so a name found at a word start
//! begins with that whole word: "Foreign Minister" with "foreign", never
//! with "fore". Most words of a text begin no name at all, and the filter
//! answers that from one hash of the word, before the trie is walked.

/// Calls `f(start, end)` for each word of `hay`: a maximal run of
/// alphanumeric characters.
pub(crate) fn for_each_word(hay: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = hay.as_bytes();
    let mut i = 0;
    loop {
        // Up to the next word: ASCII bytes one at a time, wider characters
        // decoded.
        loop {
            match bytes.get(i) {
                None => return,
                Some(&b) if ALNUM[b as usize] => break,
                Some(&b) if b < 0x80 => i += 1,
                Some(_) => match wide(hay, i) {
                    (true, _) => break,
                    (false, len) => i += len,
                },
            }
        }
        let start = i;
        // To its end.
        loop {
            while let Some(&b) = bytes.get(i)
                && ALNUM[b as usize]
            {
                i += 1;
            }
            match bytes.get(i) {
                Some(&b) if b >= 0x80 => match wide(hay, i) {
                    (true, len) => i += len,
                    (false, _) => break,
                },
                _ => break,
            }
        }
        f(start, i);
    }
}

/// ASCII letters and digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Whether the character at `i` of `hay` is alphanumeric, and its length.
fn wide(hay: &str, i: usize) -> (bool, usize) {
    let c = hay[i..].chars().next().expect("i is on a char boundary");
    (c.is_alphanumeric(), c.len_utf8())
}

/// The leading word of a name: its bytes up to the first character that is
/// not alphanumeric. Empty when the name does not start with one.
pub(crate) fn first_word(name: &str) -> &str {
    let end = name
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(name.len(), |(i, _)| i);
    &name[..end]
}

const BITS: u32 = 16;

/// A set of word hashes, with false positives but no false negatives; it
/// ignores ASCII letter case, so the same filter serves a lowercased search.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Box<[u64]>,
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter {
            bits: vec![0; 1 << (BITS - 6)].into_boxed_slice(),
        }
    }
}

impl WordFilter {
    pub(crate) fn insert(&mut self, word: &[u8]) {
        let h = WordHash::of(word).bit();
        self.bits[h >> 6] |= 1 << (h & 63);
    }

    /// False when no word inserted has this hash.
    #[inline]
    pub(crate) fn may_contain(&self, h: WordHash) -> bool {
        let h = h.bit();
        self.bits[h >> 6] & (1 << (h & 63)) != 0
    }
}

/// The first two bytes of words, ASCII-lowercased (one byte and a zero
/// for a word of one byte): a set cheaper to ask than a [`WordFilter`],
/// for the many words that begin few names.
#[derive(Clone, Debug)]
pub(crate) struct PairFilter {
    bits: Box<[u64]>,
}

impl Default for PairFilter {
    fn default() -> PairFilter {
        PairFilter {
            bits: vec![0; (1 << 16) / 64].into_boxed_slice(),
        }
    }
}

impl PairFilter {
    #[inline]
    fn pair(word: &[u8]) -> usize {
        let b = |k: usize| word.get(k).map_or(0, u8::to_ascii_lowercase) as usize;
        b(0) << 8 | b(1)
    }

    pub(crate) fn insert(&mut self, word: &[u8]) {
        let p = PairFilter::pair(word);
        self.bits[p >> 6] |= 1 << (p & 63);
    }

    /// False when no word inserted begins with the first two bytes of `word`.
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        let p = PairFilter::pair(word);
        self.bits[p >> 6] & (1 << (p & 63)) != 0
    }
}

/// A word's hash, ignoring ASCII case, for [`WordFilter`] and
/// [`WordIndex`]: computed once for every set asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordHash(u64);

impl WordHash {
    pub(crate) fn of(word: &[u8]) -> WordHash {
        WordHash(hash64(
            (word.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15),
            word,
        ))
    }

    fn bit(self) -> usize {
        (self.0 >> (64 - BITS)) as usize
    }
}

/// Words (as a trie reads them) to values: open addressing on their
/// [`WordHash`], which the search has already computed for the filters,
/// each hit checked against the word itself.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordIndex {
    /// One more than an index into `entries`, or 0 for none; a power of two long.
    slots: Vec<u32>,
    entries: Vec<IndexEntry>,
    bytes: Vec<u8>,
}

#[derive(Clone, Copy, Debug)]
struct IndexEntry {
    hash: WordHash,
    start: u32,
    len: u32,
    value: u32,
}

impl WordIndex {
    /// An index of distinct `words` with their values.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = (&'w [u8], u32)>) -> WordIndex {
        let mut ix = WordIndex::default();
        for (w, value) in words {
            ix.entries.push(IndexEntry {
                hash: WordHash::of(w),
                start: ix.bytes.len() as u32,
                len: w.len() as u32,
                value,
            });
            ix.bytes.extend_from_slice(w);
        }
        // At most half full, so probes stay short.
        ix.slots = vec![0; (ix.entries.len() * 2).next_power_of_two().max(2)];
        let mask = ix.slots.len() - 1;
        for (k, e) in ix.entries.iter().enumerate() {
            let mut slot = e.hash.0 as usize & mask;
            while ix.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            ix.slots[slot] = k as u32 + 1;
        }
        ix
    }

    /// The value of `word` read through `map`, whose hash is `h`.
    #[inline]
    pub(crate) fn get(&self, word: &[u8], h: WordHash, map: impl Fn(u8) -> u8) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut slot = h.0 as usize & mask;
        loop {
            let k = self.slots[slot].checked_sub(1)? as usize;
            let e = self.entries[k];
            if e.hash == h && e.len as usize == word.len() {
                let stored = &self.bytes[e.start as usize..][..word.len()];
                if stored.iter().zip(word).all(|(&s, &w)| s == map(w)) {
                    return Some(e.value);
                }
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// Mixes `word` into `h` eight bytes at a time, ignoring ASCII case: setting
/// bit 5 of every byte lowercases ASCII letters and leaves digits alone; it
/// also merges some other bytes, which only adds collisions.
fn hash64(mut h: u64, word: &[u8]) -> u64 {
    let mix = |h: u64, x: u64| {
        let h = (h ^ x | 0x2020_2020_2020_2020).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
        h ^ h >> 32
    };
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().expect("eight bytes")));
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        let x = tail.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b));
        h = mix(h, x);
    }
    h
}

/// A hasher for maps keyed by words: a few multiplications per word, where
/// the standard one (SipHash, made to resist chosen keys, which names from
/// the gazetteer files are not) costs more than the rest of a lookup.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash64(self.0, bytes);
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_unicode_alphanumeric_runs() {
        let text = "Erdoğan's aides, 3 of them, met in São Paulo—again.";
        let mut words = Vec::new();
        for_each_word(text, |s, e| words.push(&text[s..e]));
        assert_eq!(
            words,
            [
                "Erdoğan", "s", "aides", "3", "of", "them", "met", "in", "São", "Paulo", "again"
            ]
        );
        assert_eq!(first_word("U.S."), "U");
        assert_eq!(first_word("São Paulo"), "São");
        assert_eq!(first_word("'s"), "");
    }

    #[test]
    fn filter_ignores_ascii_case_only() {
        let mut f = WordFilter::default();
        f.insert(b"foreign");
        f.insert("são".as_bytes());
        let mut pairs = PairFilter::default();
        pairs.insert(b"foreign");
        pairs.insert(b"u");
        assert!(pairs.may_contain(b"FOrum") && pairs.may_contain(b"u"));
        assert!(!pairs.may_contain(b"fr") && !pairs.may_contain(b"us"));
        let has = |w: &str| f.may_contain(WordHash::of(w.as_bytes()));
        assert!(has("Foreign") && has("FOREIGN") && has("São"));
        assert!(has("SãO") && !has("sao"));
        assert!(!has("foreig") && !has("foreigner"));
        let ix = WordIndex::new([(&b"foreign"[..], 7), (&b"us"[..], 2)]);
        let get =
            |w: &str, map: fn(u8) -> u8| ix.get(w.as_bytes(), WordHash::of(w.as_bytes()), map);
        assert_eq!(get("foreign", |b| b), Some(7));
        assert_eq!(get("FOREIGN", |b| b), None);
        assert_eq!(get("FOREIGN", |b| b.to_ascii_lowercase()), Some(7));
        assert_eq!(get("uk", |b| b), None);
        assert_eq!(
            WordIndex::default().get(b"us", WordHash::of(b"us"), |b| b),
            None
        );
    }
}
