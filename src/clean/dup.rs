//! Near-duplicate articles: the same wire story on several sites.
//!
//! A repeated story is one piece of evidence, not several, so the graph counts
//! distinct stories. Each article's cleaned body gets a MinHash signature of
//! its word 5-shingles, built by one-permutation hashing (one pass over the
//! shingles, [`SIG_LEN`] bins, empty bins filled from their right neighbour),
//! so a 50 MB article costs one pass and every signature has the same fixed
//! size. Each bin keeps 16 bits of its minimum (b-bit MinHash): a signature is
//! 128 bytes, small enough to travel with the document in the graph JSON, and
//! two unrelated bins agree by chance once in 65,536, which barely moves the
//! estimate. Signatures are banded for locality-sensitive lookup ([`BANDS`]
//! bands of [`ROWS`] rows); a candidate whose signatures agree on at least
//! [`SIMILARITY`] of their bins (the estimated Jaccard similarity of the
//! shingle sets) is the same story.
//!
//! Everything is deterministic: a fixed hash function (FNV-1a and a fixed
//! mixer, no random seeds), and the story of an article depends only on the
//! articles inserted before it. Memory: one signature ([`SIG_LEN`] × 2 bytes)
//! and [`BANDS`] table entries per distinct story, plus the story id of each
//! article.

use std::collections::HashMap;

/// Bins in a signature.
pub const SIG_LEN: usize = 64;
/// Bands for candidate lookup.
pub const BANDS: usize = 16;
/// Rows (bins) per band.
pub const ROWS: usize = SIG_LEN / BANDS;
/// Estimated Jaccard similarity from which two bodies are one story.
pub const SIMILARITY: f64 = 0.5;
/// Words per shingle.
const SHINGLE: usize = 5;
/// Bodies with fewer shingles are too short to compare; each is its own story.
const MIN_SHINGLES: usize = 8;

/// A story: articles with near-identical bodies share one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StoryId(pub u32);

/// The MinHash signature of one body: 16 bits of each bin's minimum.
///
/// Ordered (by its bins) so that merging two records of one document can
/// keep the smaller signature whatever the merge order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Signature {
    bins: [u16; SIG_LEN],
}

fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `fnv` of the lowercased word, without building the lowercase copy: every
/// word of every body is hashed, and the copy was most of the cost.
fn fnv_lowercase(w: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325;
    for c in w.chars() {
        if c.is_ascii() {
            h = fnv(&[c.to_ascii_lowercase() as u8], h);
        } else {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                h = fnv(l.encode_utf8(&mut buf).as_bytes(), h);
            }
        }
    }
    h
}

/// A fixed 64-bit finaliser (splitmix64), so nearby FNV values spread over all bins.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Signature {
    /// The signature of a body text: lowercased words (letters and digits
    /// only), shingled by five. `None` when the body is too short to compare
    /// (fewer than eight shingles): such an article is its own story.
    pub fn of(body: &str) -> Option<Signature> {
        let mut window: [u64; SHINGLE] = [0; SHINGLE];
        let mut count = 0usize;
        let mut bins = [u64::MAX; SIG_LEN];
        let words = body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        for w in words {
            window[count % SHINGLE] = fnv_lowercase(w);
            count += 1;
            if count < SHINGLE {
                continue;
            }
            // The shingle's hash combines its words in order.
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for k in 0..SHINGLE {
                h = mix(h ^ window[(count + k) % SHINGLE]);
            }
            let bin = (h >> 58) as usize;
            let value = h & ((1 << 58) - 1);
            bins[bin] = bins[bin].min(value);
        }
        let shingles = count.saturating_sub(SHINGLE - 1);
        if shingles < MIN_SHINGLES {
            return None;
        }
        densify(&mut bins);
        // A minimum has few high bits set; mixing it first makes the 16 bits
        // kept uniform.
        Some(Signature {
            bins: bins.map(|v| (mix(v) >> 48) as u16),
        })
    }

    /// The estimated Jaccard similarity of two bodies.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self
            .bins
            .iter()
            .zip(&other.bins)
            .filter(|(x, y)| x == y)
            .count();
        same as f64 / SIG_LEN as f64
    }

    /// The signature as 256 lowercase hex digits, four per bin, for files.
    pub fn to_hex(&self) -> String {
        let mut s = String::with_capacity(SIG_LEN * 4);
        // By hand: a `format!` per bin made this a visible share of writing
        // the graph JSON, which holds one signature per document.
        const HEX: &[u8; 16] = b"0123456789abcdef";
        for b in self.bins {
            for shift in [12, 8, 4, 0] {
                s.push(char::from(HEX[usize::from((b >> shift) & 0xf)]));
            }
        }
        s
    }

    /// Reads [`Signature::to_hex`]'s output; `None` unless `s` is exactly
    /// 256 hex digits.
    pub fn from_hex(s: &str) -> Option<Signature> {
        if s.len() != SIG_LEN * 4 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut bins = [0u16; SIG_LEN];
        for (i, bin) in bins.iter_mut().enumerate() {
            *bin = u16::from_str_radix(&s[i * 4..i * 4 + 4], 16).ok()?;
        }
        Some(Signature { bins })
    }

    fn band_keys(&self) -> [u64; BANDS] {
        let mut keys = [0u64; BANDS];
        for (band, key) in keys.iter_mut().enumerate() {
            let mut h = mix(band as u64 + 1);
            for &v in &self.bins[band * ROWS..(band + 1) * ROWS] {
                h = mix(h ^ u64::from(v));
            }
            *key = h;
        }
        keys
    }
}

/// Fills empty bins from the next non-empty bin to the right (wrapping), with
/// an offset per distance so that filled bins of different bodies only agree
/// when their sources agree (densified one-permutation hashing).
fn densify(bins: &mut [u64; SIG_LEN]) {
    if bins.iter().all(|&b| b == u64::MAX) {
        return;
    }
    let original = *bins;
    for i in 0..SIG_LEN {
        if original[i] != u64::MAX {
            continue;
        }
        let mut d = 1;
        while original[(i + d) % SIG_LEN] == u64::MAX {
            d += 1;
        }
        bins[i] = mix(original[(i + d) % SIG_LEN] ^ (d as u64).wrapping_mul(0x9e37_79b9));
    }
}

/// Assigns each article a story, grouping near-duplicate bodies.
#[derive(Debug, Default)]
pub struct DupIndex {
    /// Band key -> stories whose representative has that key, in story order.
    bands: HashMap<(u8, u64), Vec<StoryId>>,
    /// The representative signature of each story (its first article's), if
    /// it has one.
    reps: Vec<Option<Signature>>,
    /// The first document of each story.
    first_docs: Vec<String>,
}

impl DupIndex {
    /// An empty index.
    pub fn new() -> DupIndex {
        DupIndex::default()
    }

    /// The story of an article from its cleaned body (see
    /// [`super::Cleaned::body_text`]): an earlier story whose body is similar
    /// enough, or a new one. Insert articles in a fixed order (sorted by
    /// document id) for deterministic ids.
    pub fn story_id(&mut self, doc_id: &str, body: &str) -> StoryId {
        self.insert(doc_id, Signature::of(body).as_ref())
    }

    /// Like [`DupIndex::story_id`] with a signature computed beforehand (in
    /// parallel, say); `None` (a body too short to compare) is a new story.
    pub fn insert(&mut self, doc_id: &str, sig: Option<&Signature>) -> StoryId {
        let Some(sig) = sig else {
            return self.new_story(doc_id, None);
        };
        // The most similar candidate wins; ties go to the oldest story, and
        // candidates are visited in story order, so the result is fixed.
        let mut best: Option<(f64, StoryId)> = None;
        for (band, key) in sig.band_keys().iter().enumerate() {
            if let Some(stories) = self.bands.get(&(band as u8, *key)) {
                for &story in stories {
                    let Some(rep) = &self.reps[story.0 as usize] else {
                        continue;
                    };
                    let sim = sig.similarity(rep);
                    let better = match best {
                        None => true,
                        Some((s, id)) => sim > s || (sim == s && story < id),
                    };
                    if sim >= SIMILARITY && better {
                        best = Some((sim, story));
                    }
                }
            }
        }
        match best {
            Some((_, story)) => story,
            None => self.new_story(doc_id, Some(sig.clone())),
        }
    }

    fn new_story(&mut self, doc_id: &str, sig: Option<Signature>) -> StoryId {
        let id = StoryId(u32::try_from(self.reps.len()).unwrap_or(u32::MAX));
        if let Some(sig) = &sig {
            for (band, key) in sig.band_keys().iter().enumerate() {
                self.bands.entry((band as u8, *key)).or_default().push(id);
            }
        }
        self.reps.push(sig);
        self.first_docs.push(doc_id.to_string());
        id
    }

    /// The document that started a story.
    pub fn first_doc(&self, story: StoryId) -> Option<&str> {
        self.first_docs.get(story.0 as usize).map(String::as_str)
    }

    /// How many distinct stories were seen.
    pub fn len(&self) -> usize {
        self.reps.len()
    }

    /// True when nothing was inserted.
    pub fn is_empty(&self) -> bool {
        self.reps.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "The foreign ministers of Portugal and Norway met in Lisbon on Monday to discuss fishing quotas in the North Atlantic, officials said. The two ministers agreed to meet again in Oslo in the spring. Neither side gave details of the proposals exchanged during the four-hour session. A spokesman for the Norwegian ministry said the talks had been constructive and that a joint statement would follow later in the week.";

    #[test]
    fn the_same_story_on_two_sites_is_one_story() {
        let mut idx = DupIndex::new();
        let a = idx.story_id("a.txt", WIRE);
        // Another site: its own last sentence and some changed words.
        let other = WIRE.replace(
            "a joint statement would follow later in the week.",
            "further meetings were planned. Reporting by a staff writer.",
        );
        let b = idx.story_id("b.txt", &other);
        let c = idx.story_id(
            "c.txt",
            "The president of Chile visited Buenos Aires on Friday for a summit on lithium exports, the first such visit in a decade, and signed three agreements with his host.",
        );
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(idx.len(), 2);
        assert_eq!(idx.first_doc(a), Some("a.txt"));
    }

    #[test]
    fn case_and_punctuation_do_not_matter() {
        let s1 = Signature::of(WIRE).unwrap();
        let s2 = Signature::of(&WIRE.to_uppercase().replace(',', "")).unwrap();
        assert_eq!(s1.similarity(&s2), 1.0);
    }

    #[test]
    fn unrelated_bodies_share_few_bins() {
        let a = Signature::of(WIRE).unwrap();
        let b = Signature::of("Heavy rain flooded the lower town of Braga overnight and the river rose above the old stone bridge for the first time since records began, the mayor said on Tuesday morning.").unwrap();
        assert!(a.similarity(&b) < 0.2, "{}", a.similarity(&b));
    }

    #[test]
    fn hex_round_trips_and_rejects_bad_text() {
        let s = Signature::of(WIRE).unwrap();
        let hex = s.to_hex();
        assert_eq!(hex.len(), SIG_LEN * 4);
        assert_eq!(Signature::from_hex(&hex), Some(s));
        assert_eq!(Signature::from_hex(&hex[1..]), None);
        assert_eq!(Signature::from_hex(&format!("{}g", &hex[1..])), None);
        assert_eq!(Signature::from_hex(&"é".repeat(128)), None);
        assert_eq!(Signature::from_hex(""), None);
    }

    #[test]
    fn short_bodies_are_each_their_own_story() {
        let mut idx = DupIndex::new();
        let a = idx.story_id("a", "Talks ended.");
        let b = idx.story_id("b", "Talks ended.");
        let c = idx.story_id("c", "");
        assert_eq!(Signature::of("Talks ended."), None);
        assert_ne!(a, b);
        assert_ne!(b, c);
    }

    #[test]
    fn ids_depend_only_on_insertion_order() {
        let bodies = [
            WIRE,
            "Another story entirely about a visit by the prime minister of Kenya to Addis Ababa for talks on trade corridors and power lines.",
            WIRE,
        ];
        let run = || {
            let mut idx = DupIndex::new();
            bodies
                .iter()
                .enumerate()
                .map(|(i, b)| idx.story_id(&i.to_string(), b))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(), run());
        assert_eq!(run(), vec![StoryId(0), StoryId(1), StoryId(0)]);
    }

    #[test]
    fn word_hash_is_the_hash_of_the_lowercased_word() {
        for w in [
            "Putin",
            "ÉLYSÉE",
            "İstanbul",
            "Straße",
            "ΣΊΣΥΦΟΣ",
            "KELVIN\u{212A}",
            "2024",
            "x",
        ] {
            let lower: String = w.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(
                fnv_lowercase(w),
                fnv(lower.as_bytes(), 0xcbf2_9ce4_8422_2325),
                "{w}"
            );
        }
    }
}
