//! Words of the text for the matcher: where each starts and ends (Unicode
//! alphanumerics, with a shortcut for ASCII), and a filter of the first
//! words that names begin with.
//!
//! A name is kept only on word boundaries, so a name found at a word start
//! begins with that whole word: "Foreign Minister" with "foreign", never
//! with "fore". Most words of a text begin no name at all, and the filter
//! answers that from one hash of the word, before the trie is walked.

/// The words of a text, as (start, end): maximal runs of alphanumeric
/// characters.
///
/// The text is read in blocks of 64 bytes, each made into a mask of the
/// bytes inside words: ASCII classified eight bytes at a time ([`Swar`]),
/// and only the characters of two bytes or more decoded one by one. Words
/// start and end where the mask changes, so a word costs a few bit
/// operations instead of a test per byte.
pub(crate) struct Words<'a> {
    hay: &'a str,
    /// Where the block after the current one starts.
    next: usize,
    /// The bytes of the current block where a word starts or ends, not yet
    /// handed out.
    bounds: u64,
    /// The start of the word being read, when its end is not yet found.
    open: Option<usize>,
    /// Whether the last byte of the current block is inside a word.
    inside_last: bool,
    /// Bits of the next block's first bytes that belong to an alphanumeric
    /// character begun in the current one.
    carry: u64,
    /// Past the last character decoded: wide bytes before it are known.
    decoded: usize,
}

impl<'a> Words<'a> {
    pub(crate) fn new(hay: &'a str) -> Words<'a> {
        Words {
            hay,
            next: 0,
            bounds: 0,
            open: None,
            inside_last: false,
            carry: 0,
            decoded: 0,
        }
    }

    /// Reads the next block; false at the end of the text. Inlined, so
    /// that the iterator's state can stay in registers.
    #[inline(always)]
    fn refill(&mut self) -> bool {
        let bytes = self.hay.as_bytes();
        let base = self.next;
        if base >= bytes.len() {
            return false;
        }
        let (mut inside, mut wide) = match bytes.get(base..base + 64) {
            Some(block) => classify(block.try_into().expect("64 bytes")),
            None => {
                let mut block = [0u8; 64];
                block[..bytes.len() - base].copy_from_slice(&bytes[base..]);
                classify(&block)
            }
        };
        inside |= self.carry;
        self.carry = 0;
        while wide != 0 {
            let at = base + wide.trailing_zeros() as usize;
            wide &= wide - 1;
            if at < self.decoded {
                continue;
            }
            let c = self.hay[at..]
                .chars()
                .next()
                .expect("a character starts here");
            self.decoded = at + c.len_utf8();
            if c.is_alphanumeric() {
                let bits = ((1u128 << c.len_utf8()) - 1) << (at - base);
                inside |= bits as u64;
                self.carry = (bits >> 64) as u64;
            }
        }
        // A word starts where a byte inside one follows one outside, and
        // ends where it is the other way round.
        self.bounds = inside ^ (inside << 1 | u64::from(self.inside_last));
        self.inside_last = inside >> 63 != 0;
        self.next = base + 64;
        true
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            while self.bounds == 0 {
                if !self.refill() {
                    // Only a word that fills the last block to its end is
                    // still open: a shorter block ends with padding.
                    return self.open.take().map(|s| (s, self.hay.len()));
                }
            }
            let at = self.next - 64 + self.bounds.trailing_zeros() as usize;
            self.bounds &= self.bounds - 1;
            match self.open.take() {
                None => self.open = Some(at),
                Some(start) => return Some((start, at)),
            }
        }
    }
}

/// The bits of the bytes of `block` that are ASCII letters or digits, and
/// of those that are part of wider characters.
#[inline]
fn classify(block: &[u8; 64]) -> (u64, u64) {
    let mut alnum = 0;
    let mut any = 0;
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let w = Swar(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        alnum |= w.alnum_bits() << (8 * k);
        any |= w.0;
    }
    if any & Swar::HIGH == 0 {
        return (alnum, 0);
    }
    let mut wide = 0;
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let w = Swar(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        wide |= Swar::bits(w.wide()) << (8 * k);
    }
    (alnum, wide)
}

/// Eight bytes of text as one number, for classifying them at once: each
/// answer has the high bit of every byte it holds for set, and no other.
#[derive(Clone, Copy)]
struct Swar(u64);

impl Swar {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;

    /// The bytes of wider characters (0x80 and up).
    #[inline]
    fn wide(self) -> u64 {
        self.0 & Swar::HIGH
    }

    /// The ASCII letters and digits.
    #[inline]
    fn alnum(self) -> u64 {
        // On seven-bit bytes, adding 0x80 - lo sets the high bit exactly
        // when the byte is at least lo, and adding 0x7F - hi leaves it
        // clear exactly when the byte is at most hi; no sum carries into
        // the next byte.
        let c = self.0 & !Swar::HIGH;
        let within = |x: u64, lo: u8, hi: u8| {
            x.wrapping_add(u64::from(0x80 - lo) * Swar::ONES)
                & !x.wrapping_add(u64::from(0x7F - hi) * Swar::ONES)
        };
        // Setting bit 5 lowercases ASCII letters and makes nothing else
        // fall within a..z.
        let letters = within(c | (0x20 * Swar::ONES), b'a', b'z');
        (within(c, b'0', b'9') | letters) & !self.0 & Swar::HIGH
    }

    /// [`Swar::alnum`] as one bit per byte.
    #[inline]
    fn alnum_bits(self) -> u64 {
        Swar::bits(self.alnum())
    }

    /// The high bits of `mask`'s bytes gathered into its lowest eight bits:
    /// the multiplication moves the high bit of byte k to bit 56 + k, and
    /// no two partial products meet there.
    #[inline]
    fn bits(mask: u64) -> u64 {
        mask.wrapping_mul(0x0002_0408_1020_4081) >> 56
    }
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

/// Four sets of word hashes side by side, with false positives but no false
/// negatives: for each hash, four bits, one per set, so that one look-up
/// answers for all four. It ignores ASCII letter case, so the same filter
/// serves a lowercased search.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Box<[u64]>,
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter {
            bits: vec![0; 1 << (BITS - 4)].into_boxed_slice(),
        }
    }
}

impl WordFilter {
    /// Adds `word` to the sets whose bits `sets` has (the lowest four).
    pub(crate) fn insert(&mut self, word: &[u8], sets: u8) {
        let h = WordHash::of(word).bit();
        self.bits[h >> 4] |= u64::from(sets & 0xF) << (4 * (h & 15));
    }

    /// The sets that may hold a word with hash `h`, as bits (0 when none
    /// does): those it was added to, and some others.
    #[inline]
    pub(crate) fn sets(&self, h: WordHash) -> u8 {
        let h = h.bit();
        (self.bits[h >> 4] >> (4 * (h & 15))) as u8 & 0xF
    }
}

/// A word's hash, ignoring ASCII case, for [`WordFilter`] and
/// [`WordIndex`]: computed once for every set asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordHash(u64);

impl WordHash {
    pub(crate) fn of(word: &[u8]) -> WordHash {
        WordHash::in_text(word, 0, word.len())
    }

    /// [`WordHash::of`] the word `text[start..end]`, which may read the
    /// text after it.
    #[inline(always)]
    pub(crate) fn in_text(text: &[u8], start: usize, end: usize) -> WordHash {
        let seed = ((end - start) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // Most words have eight bytes or fewer: one number.
        if end - start <= 8 && start < end {
            return WordHash(mix(seed, eight_at(text, start, end)));
        }
        WordHash(hash64_in(seed, text, start, end))
    }

    fn bit(self) -> usize {
        (self.0 >> (64 - BITS)) as usize
    }

    /// The hash itself.
    #[inline]
    pub(crate) fn value(self) -> u64 {
        self.0
    }
}

/// How a search reads the text: as written, or ASCII-lowercased; a byte at
/// a time, or eight.
pub(crate) trait Read: Copy {
    fn byte(self, b: u8) -> u8;
    fn eight(self, x: u64) -> u64;
}

/// The text as written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AsWritten;

impl Read for AsWritten {
    #[inline]
    fn byte(self, b: u8) -> u8 {
        b
    }

    #[inline]
    fn eight(self, x: u64) -> u64 {
        x
    }
}

/// The text ASCII-lowercased (offsets unchanged).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lowercased;

impl Read for Lowercased {
    #[inline]
    fn byte(self, b: u8) -> u8 {
        b.to_ascii_lowercase()
    }

    #[inline]
    fn eight(self, x: u64) -> u64 {
        // Bit 5 set on the bytes A..Z.
        let c = x & !Swar::HIGH;
        let upper = c.wrapping_add(u64::from(0x80 - b'A') * Swar::ONES)
            & !c.wrapping_add(u64::from(0x7F - b'Z') * Swar::ONES)
            & !x
            & Swar::HIGH;
        x | (upper >> 2)
    }
}

/// The bytes `text[start..end]` (eight or fewer) as one number, the first
/// in the lowest byte and zeros after the last: read as one number with
/// the bytes after the word masked off when the text is long enough.
#[inline(always)]
fn eight_at(text: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    match text.get(start..start + 8) {
        Some(eight) if (1..=8).contains(&len) => {
            u64::from_le_bytes(eight.try_into().expect("eight bytes"))
                & (u64::MAX >> (64 - 8 * len))
        }
        _ => eight_near_end(&text[start..end]),
    }
}

/// [`eight_at`] of a word with fewer than eight bytes after its start.
#[cold]
#[inline(never)]
fn eight_near_end(word: &[u8]) -> u64 {
    word.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b))
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
    /// The first eight bytes of the word, as [`eight_at`] reads them.
    head: u64,
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
                head: eight_at(w, 0, w.len().min(8)),
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

    /// The value of the word `text[start..end]` read through `read`, whose
    /// hash is `h`.
    #[inline]
    pub(crate) fn get(
        &self,
        text: &[u8],
        (start, end): (usize, usize),
        h: WordHash,
        read: impl Read,
    ) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut slot = h.0 as usize & mask;
        let len = end - start;
        loop {
            let k = self.slots[slot].checked_sub(1)? as usize;
            let e = self.entries[k];
            if e.hash == h && e.len as usize == len {
                let head = read.eight(eight_at(text, start, end.min(start + 8)));
                if head == e.head
                    && (len <= 8
                        || self.bytes[e.start as usize + 8..][..len - 8]
                            .iter()
                            .zip(&text[start + 8..end])
                            .all(|(&s, &w)| s == read.byte(w)))
                {
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
fn hash64(h: u64, word: &[u8]) -> u64 {
    hash64_in(h, word, 0, word.len())
}

/// [`hash64`] of `text[start..end]`. The last bytes of the word are read
/// as one number with the text after them masked off, when the text is
/// long enough, and one at a time otherwise: the same number either way.
#[inline]
fn hash64_in(mut h: u64, text: &[u8], start: usize, end: usize) -> u64 {
    let word = &text[start..end];
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        h = mix(h, u64::from_le_bytes(c.try_into().expect("eight bytes")));
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        h = mix(h, eight_at(text, end - tail.len(), end));
    }
    h
}

/// One step of [`hash64`]: eight bytes `x` into `h`.
#[inline]
fn mix(h: u64, x: u64) -> u64 {
    let h = (h ^ x | 0x2020_2020_2020_2020).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^ h >> 32
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
        words.extend(Words::new(text).map(|(s, e)| &text[s..e]));
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

    /// What [`Words`] stands for: maximal runs of alphanumeric
    /// characters, one character at a time.
    fn words_by_chars(hay: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        let mut start = None;
        for (i, c) in hay.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                v.push((s, i));
            }
        }
        v.extend(start.map(|s| (s, hay.len())));
        v
    }

    fn words_of(hay: &str) -> Vec<(usize, usize)> {
        Words::new(hay).collect()
    }

    #[test]
    fn eight_bytes_classified_as_one_at_a_time() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                for fill in [b' ', b'a', b'Z', 0x80, 0xFF, b'@'] {
                    let mut chunk = [fill; 8];
                    chunk[pos] = b;
                    let w = Swar(u64::from_le_bytes(chunk));
                    for (k, &x) in chunk.iter().enumerate() {
                        let bit = 0x80u64 << (8 * k);
                        assert_eq!(w.alnum() & bit != 0, x.is_ascii_alphanumeric(), "{x:#x}");
                        assert_eq!(w.wide() & bit != 0, x >= 0x80, "{x:#x}");
                        assert_eq!(w.alnum_bits() >> k & 1 != 0, x.is_ascii_alphanumeric());
                        assert_eq!(Swar::bits(w.wide()) >> k & 1 != 0, x >= 0x80);
                        let lower = Lowercased.eight(w.0).to_le_bytes()[k];
                        assert_eq!(lower, x.to_ascii_lowercase(), "{x:#x}");
                    }
                    assert!(w.alnum_bits() < 256 && Swar::bits(w.wide()) < 256);
                }
            }
        }
    }

    #[test]
    fn words_across_blocks() {
        for pad in 0..70 {
            for tail in ["ğan", "—x", "São Paulo", "a\u{300}b", "٣٣", "x"] {
                let hay = format!("{}{tail} z", ".".repeat(pad));
                assert_eq!(words_of(&hay), words_by_chars(&hay), "{hay}");
                let hay = format!("{}{tail}", "a".repeat(pad));
                assert_eq!(words_of(&hay), words_by_chars(&hay), "{hay}");
            }
        }
        assert_eq!(words_of(""), []);
    }

    proptest::proptest! {
        #[test]
        fn hash_in_text_is_hash_of_word(
            text in "([a-zA-Z .]|\\PC){0,40}",
            a in 0usize..100,
            b in 0usize..100,
        ) {
            let text = text.as_bytes();
            let (s, e) = (a % (text.len() + 1), b % (text.len() + 1));
            let (s, e) = (s.min(e), s.max(e));
            // Read inside the text and inside a copy of the word alone.
            let alone = text[s..e].to_vec();
            proptest::prop_assert_eq!(WordHash::in_text(text, s, e), WordHash::of(&alone));
            // And as the byte-at-a-time fold read it before.
            if (1..=8).contains(&(e - s)) {
                let x = alone.iter().rev().fold(0u64, |x, &b| x << 8 | u64::from(b));
                let seed = ((e - s) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                let h = (seed ^ x | 0x2020_2020_2020_2020).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
                proptest::prop_assert_eq!(WordHash::of(&alone), WordHash(h ^ h >> 32));
            }
        }

        #[test]
        fn words_match_char_by_char(
            hay in "([a-zA-Z0-9 .,'@`{}\\[\\]/:_-]|ğ|ã|é|ß|—|“|’|\u{a0}|\u{300}|٣|\\PC){0,200}",
            any in "\\PC{0,30}",
        ) {
            proptest::prop_assert_eq!(words_of(&hay), words_by_chars(&hay));
            proptest::prop_assert_eq!(words_of(&any), words_by_chars(&any));
        }
    }

    #[test]
    fn filter_ignores_ascii_case_only() {
        let mut f = WordFilter::default();
        f.insert(b"foreign", 0b0011);
        f.insert("são".as_bytes(), 0b0100);
        f.insert(b"foreign", 0b1000);
        let sets = |w: &str| f.sets(WordHash::of(w.as_bytes()));
        assert_eq!(sets("Foreign"), 0b1011);
        assert_eq!(sets("FOREIGN"), 0b1011);
        assert_eq!(sets("São"), 0b0100);
        assert_eq!(sets("SãO"), 0b0100);
        assert_eq!(sets("sao"), 0);
        assert_eq!(sets("foreig") | sets("foreigner"), 0);
        let long = "internationalisation";
        let ix = WordIndex::new([(&b"foreign"[..], 7), (&b"us"[..], 2), (long.as_bytes(), 3)]);
        let get = |w: &str, lowercased: bool| {
            let w = w.as_bytes();
            let (at, h) = ((0, w.len()), WordHash::of(w));
            if lowercased {
                ix.get(w, at, h, Lowercased)
            } else {
                ix.get(w, at, h, AsWritten)
            }
        };
        assert_eq!(get("foreign", false), Some(7));
        assert_eq!(get("FOREIGN", false), None);
        assert_eq!(get("FOREIGN", true), Some(7));
        assert_eq!(get("uk", false), None);
        assert_eq!(get("INTERNATIONALISATION", true), Some(3));
        assert_eq!(get("internationalisatioN", false), None);
        // Inside a longer text, whose next bytes are read and masked off.
        let text = b"the US said";
        assert_eq!(
            ix.get(text, (4, 6), WordHash::of(b"US"), Lowercased),
            Some(2)
        );
        assert_eq!(
            WordIndex::default().get(b"us", (0, 2), WordHash::of(b"us"), AsWritten),
            None
        );
    }
}
