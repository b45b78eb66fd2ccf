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

/// The stories compared per band key: the newest this many sharing it.
///
/// Bodies that share boilerplate share band keys without being one story:
/// on a generated gigabyte of news (356,599 articles, no two the same story)
/// one key was shared by 23,576 articles, and comparing every pair that
/// shares a key was 384 million comparisons, half of the whole build's time
/// and growing with the square of the corpus. With the newest 64 per key it
/// is 16 million (44 an article), and the work per article is bounded
/// ([`BANDS`] × 64). A copy of a story is still found whenever one of the
/// bands it shares with it is not crowded by 64 newer stories, which only
/// boilerplate keys are; a story it shares only crowded keys with is missed.
pub const MAX_CANDIDATES: usize = 64;

/// The end of a list of [`DupIndex::chain`].
const NO_ENTRY: u32 = u32::MAX;

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

/// Calls `f` with the FNV-1a hash of each lowercased word of `text`, a word
/// being a run of alphanumeric characters (as `char::is_alphanumeric`), in
/// order. ASCII, most of every body, goes byte by byte; the lowercase copy
/// of a word is never built. Every word of every body is hashed.
fn word_hashes(text: &str, mut f: impl FnMut(u64)) {
    const START: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = text.as_bytes();
    let mut h = START;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (alnum, len) = if b.is_ascii() {
            let alnum = b.is_ascii_alphanumeric();
            if alnum {
                h = fnv(&[b.to_ascii_lowercase()], h);
            }
            (alnum, 1)
        } else {
            let c = text[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            let alnum = c.is_alphanumeric();
            if alnum {
                let mut buf = [0u8; 4];
                for l in c.to_lowercase() {
                    h = fnv(l.encode_utf8(&mut buf).as_bytes(), h);
                }
            }
            (alnum, c.len_utf8())
        };
        if alnum {
            in_word = true;
        } else if in_word {
            f(h);
            h = START;
            in_word = false;
        }
        i += len;
    }
    if in_word {
        f(h);
    }
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
        Signature::of_parts([body])
    }

    /// [`Signature::of`] the parts joined by a blank line, without joining
    /// them (the blocks of a cleaned body, say).
    pub fn of_parts<'a>(parts: impl IntoIterator<Item = &'a str>) -> Option<Signature> {
        // The last words, each in two slots, so that the shingle is always
        // one slice `window[oldest..oldest + SHINGLE]`, oldest word first.
        let mut window: [u64; 2 * SHINGLE] = [0; 2 * SHINGLE];
        let mut count = 0usize;
        let mut slot = 0usize;
        let mut bins = [u64::MAX; SIG_LEN];
        let mut add = |word: u64| {
            window[slot] = word;
            window[slot + SHINGLE] = word;
            slot = if slot + 1 == SHINGLE { 0 } else { slot + 1 };
            count += 1;
            if count < SHINGLE {
                return;
            }
            // The shingle's hash combines its words in order.
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for &w in &window[slot..slot + SHINGLE] {
                h = mix(h ^ w);
            }
            let bin = (h >> 58) as usize;
            let value = h & ((1 << 58) - 1);
            bins[bin] = bins[bin].min(value);
        };
        // A word never runs from one part into the next: the blank line
        // between them is not alphanumeric.
        for part in parts {
            word_hashes(part, &mut add);
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
        std::array::from_fn(|band| self.band_key(band))
    }

    /// The lookup key of one band: its rows hashed, seeded by the band.
    fn band_key(&self, band: usize) -> u64 {
        let mut h = mix(band as u64 + 1);
        for &v in &self.bins[band * ROWS..(band + 1) * ROWS] {
            h = mix(h ^ u64::from(v));
        }
        h
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
    /// Band key -> the newest entry of [`DupIndex::chain`] for that key.
    /// One list per key, chained through a single vector: a `Vec` per key
    /// cost an allocation and about 75 bytes per band of every story, the
    /// largest part of the memory of a corpus of a million articles.
    bands: HashMap<(u8, u64), u32>,
    /// The stories whose representative has a band key, newest first: the
    /// story and the index of the next (older) entry, or [`NO_ENTRY`].
    chain: Vec<(StoryId, u32)>,
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
        // The most similar candidate wins, ties to the oldest story: the
        // result does not depend on the order candidates are visited in.
        let mut best: Option<(f64, StoryId)> = None;
        for (band, key) in sig.band_keys().iter().enumerate() {
            let mut entry = self
                .bands
                .get(&(band as u8, *key))
                .copied()
                .unwrap_or(NO_ENTRY);
            let mut seen = 0;
            while let Some(&(story, next)) = self.chain.get(entry as usize) {
                if seen == MAX_CANDIDATES {
                    break;
                }
                seen += 1;
                entry = next;
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
        match best {
            Some((_, story)) => story,
            None => self.new_story(doc_id, Some(sig.clone())),
        }
    }

    fn new_story(&mut self, doc_id: &str, sig: Option<Signature>) -> StoryId {
        let id = StoryId(u32::try_from(self.reps.len()).unwrap_or(u32::MAX));
        if let Some(sig) = &sig {
            for (band, key) in sig.band_keys().iter().enumerate() {
                let entry = u32::try_from(self.chain.len()).unwrap_or(NO_ENTRY);
                let head = self.bands.entry((band as u8, *key)).or_insert(NO_ENTRY);
                self.chain.push((id, *head));
                *head = entry;
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

/// The stories of a whole set of articles at once: for each signature, the
/// index of the first article of its story (possibly its own), exactly as
/// [`DupIndex::insert`] would assign them inserting the articles in this
/// order (`None`, a body too short to compare, is a story of its own).
///
/// For a corpus in hand, cheaper in memory than the incremental index:
/// per article, the previous article sharing each of its band keys, linked
/// after sorting each band's keys, and stored only where there is one (an
/// offset per article and 8 bytes per link: about 4 bytes an article when
/// few bodies repeat, 130 when every one does; a dense table of one `u32`
/// per band was 64 bytes an article whatever the corpus). Articles found
/// not to start a story are unlinked from a chain the first time a later
/// article walks past them, so a chain only ever costs its stories (a
/// thousand copies of one body are not a thousand steps for each of them).
pub fn stories(sigs: &[Option<&Signature>]) -> Vec<usize> {
    let n = sigs.len();
    // (article, band, the article before it with its key in that band).
    let mut pairs: Vec<(u32, u8, u32)> = Vec::new();
    let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(n);
    for band in 0..BANDS {
        keyed.clear();
        keyed.extend(
            sigs.iter()
                .enumerate()
                .filter_map(|(i, s)| Some((s.as_ref()?.band_key(band), i as u32))),
        );
        keyed.sort_unstable();
        for w in keyed.windows(2) {
            if w[0].0 == w[1].0 {
                pairs.push((w[1].1, band as u8, w[0].1));
            }
        }
    }
    drop(keyed);
    pairs.sort_unstable();
    // Article i's links are links[start[i]..start[i + 1]], by band.
    let mut start: Vec<u32> = vec![0; n + 1];
    for &(i, _, _) in &pairs {
        start[i as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut links: Vec<(u8, u32)> = pairs.into_iter().map(|(_, b, j)| (b, j)).collect();
    let find = |links: &[(u8, u32)], i: usize, band: usize| -> Option<usize> {
        let (a, z) = (start[i] as usize, start[i + 1] as usize);
        (a..z).find(|&k| usize::from(links[k].0) == band)
    };
    let mut first: Vec<usize> = (0..n).collect();
    for i in 0..n {
        let Some(sig) = sigs[i] else {
            continue;
        };
        // As in `DupIndex::insert`: the most similar story wins, ties to the
        // oldest (stories are numbered in the order of their first article).
        let mut best: Option<(f64, usize)> = None;
        for band in 0..BANDS {
            let mut at = find(&links, i, band);
            let mut seen = 0;
            while let Some(k) = at {
                if seen == MAX_CANDIDATES {
                    break;
                }
                let Some(j) = (links[k].1 != NO_ENTRY).then_some(links[k].1 as usize) else {
                    break;
                };
                if first[j] != j {
                    // Not the first of a story: never a candidate again.
                    links[k].1 = find(&links, j, band).map_or(NO_ENTRY, |l| links[l].1);
                    continue;
                }
                seen += 1;
                if let Some(rep) = sigs[j] {
                    let sim = sig.similarity(rep);
                    let better = best.is_none_or(|(s, k)| sim > s || (sim == s && j < k));
                    if sim >= SIMILARITY && better {
                        best = Some((sim, j));
                    }
                }
                at = find(&links, j, band);
            }
        }
        if let Some((_, j)) = best {
            first[i] = j;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    /// Bodies made from a few base texts, each with some of its words
    /// replaced: near-duplicates, loose copies and unrelated bodies, with
    /// some too short to compare.
    fn bodies() -> impl Strategy<Value = Vec<String>> {
        let body = (
            0..4usize,
            prop::collection::vec((0..60usize, 0..8usize), 0..30),
            any::<bool>(),
        );
        prop::collection::vec(body, 0..40).prop_map(|docs| {
            let words = [
                "alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta",
            ];
            docs.into_iter()
                .map(|(base, edits, short)| {
                    let mut w: Vec<&str> = (0..60)
                        .map(|i| words[(i * (base + 3) + base) % 8])
                        .collect();
                    for (at, by) in edits {
                        w[at] = words[by];
                    }
                    w.truncate(if short { 6 } else { 60 });
                    w.join(" ")
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn stories_at_once_are_the_incremental_stories(bodies in bodies()) {
            let sigs: Vec<Option<Signature>> = bodies.iter().map(|b| Signature::of(b)).collect();
            let mut idx = DupIndex::new();
            let want: Vec<String> = sigs
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let story = idx.insert(&i.to_string(), s.as_ref());
                    idx.first_doc(story).unwrap().to_string()
                })
                .collect();
            let refs: Vec<Option<&Signature>> = sigs.iter().map(Option::as_ref).collect();
            let got: Vec<String> = stories(&refs).iter().map(|i| i.to_string()).collect();
            prop_assert_eq!(got, want);
        }
    }

    /// Signatures whose first band is the same for all (a boilerplate key)
    /// and whose other bins come from `0..3`: every pair shares a key, most
    /// pairs are not one story (a third of the other bins agree), some are.
    fn crowded() -> impl Strategy<Value = Vec<Signature>> {
        let sig = prop::collection::vec(0..3u16, SIG_LEN - ROWS).prop_map(|rest| {
            let mut bins = [7u16; SIG_LEN];
            bins[ROWS..].copy_from_slice(&rest);
            Signature { bins }
        });
        prop::collection::vec(sig, 0..(3 * MAX_CANDIDATES))
    }

    /// The stories of `sigs` as the incremental index assigns them: for
    /// each, the index of its story's first signature.
    fn incremental(sigs: &[Option<&Signature>]) -> Vec<usize> {
        let mut idx = DupIndex::new();
        sigs.iter()
            .enumerate()
            .map(|(i, s)| {
                let story = idx.insert(&i.to_string(), *s);
                idx.first_doc(story).unwrap().parse().unwrap()
            })
            .collect()
    }

    proptest! {
        #[test]
        fn crowded_keys_give_the_incremental_stories(sigs in crowded()) {
            let refs: Vec<Option<&Signature>> = sigs.iter().map(Some).collect();
            let got = stories(&refs);
            prop_assert_eq!(&got, &incremental(&refs));
            // Some merge and some do not: the strategy tests what it means to.
            if sigs.len() > MAX_CANDIDATES {
                prop_assert!(got.iter().enumerate().any(|(i, &f)| f == i));
            }
        }
    }

    /// A signature of distinct bins from `seed`, with its first band `key`.
    fn distinct(seed: u16, key: u16) -> Signature {
        let mut bins = [0u16; SIG_LEN];
        for (i, b) in bins.iter_mut().enumerate() {
            *b = seed.wrapping_mul(977).wrapping_add(i as u16 * 13 + 1);
        }
        bins[..ROWS].fill(key);
        Signature { bins }
    }

    #[test]
    fn a_crowded_key_compares_only_its_newest_stories() {
        // Story 0, then MAX_CANDIDATES unrelated stories sharing its first
        // band key, then two copies of story 0: one agreeing with it on
        // every bin, one on the first band and half of the others.
        let old = distinct(0, 9);
        let mut sigs: Vec<Signature> = vec![old.clone()];
        sigs.extend((1..=MAX_CANDIDATES as u16).map(|s| distinct(s, 9)));
        let mut half = distinct(500, 9);
        half.bins[..SIG_LEN / 2].copy_from_slice(&old.bins[..SIG_LEN / 2]);
        sigs.push(old.clone());
        sigs.push(half);
        // A copy that shares with story 0 only the crowded band.
        let mut only_key = old.clone();
        only_key.bins[ROWS..].fill(1);
        sigs.push(only_key.clone());
        assert!(only_key.similarity(&old) < SIMILARITY);
        let refs: Vec<Option<&Signature>> = sigs.iter().map(Some).collect();
        let first = stories(&refs);
        let n = MAX_CANDIDATES + 1;
        // Found through the bands they share with it that nobody crowds.
        assert_eq!(first[n], 0);
        assert_eq!(first[n + 1], 0);
        assert!((1..n).all(|i| first[i] == i));
        assert_eq!(first, incremental(&refs));
    }

    #[test]
    fn a_story_behind_a_crowded_key_only_is_missed() {
        // A body one story with story 0 by its bins (they agree on 34 of
        // 64), whose agreeing bins fall in the crowded first band and in
        // bands each split by one differing bin: only the first band's key
        // is shared, and 64 newer stories crowd it.
        let old = distinct(0, 9);
        let mut copy = old.clone();
        for band in 1..BANDS {
            copy.bins[band * ROWS] ^= 0x5555;
            if band > 10 {
                copy.bins[band * ROWS + 1..(band + 1) * ROWS].fill(3);
            }
        }
        assert!(
            copy.similarity(&old) >= SIMILARITY,
            "{}",
            copy.similarity(&old)
        );
        let mut sigs = vec![old];
        sigs.extend((1..=MAX_CANDIDATES as u16).map(|s| distinct(s, 9)));
        sigs.push(copy);
        let refs: Vec<Option<&Signature>> = sigs.iter().map(Some).collect();
        let first = stories(&refs);
        assert_eq!(first[MAX_CANDIDATES + 1], MAX_CANDIDATES + 1);
        assert_eq!(first, incremental(&refs));
        // With one newer story fewer it is found.
        let mut fewer = refs.clone();
        fewer.remove(1);
        assert_eq!(stories(&fewer)[MAX_CANDIDATES], 0);
    }

    #[test]
    fn a_thousand_copies_are_one_story() {
        let sig = Signature::of(WIRE).unwrap();
        let mut sigs = vec![Some(&sig); 1000];
        sigs.push(None);
        let first = stories(&sigs);
        assert!(first[..1000].iter().all(|&f| f == 0));
        assert_eq!(first[1000], 1000);
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

    /// The words of `text` hashed the plain way: split, lowercased, hashed.
    fn plain_word_hashes(text: &str) -> Vec<u64> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| {
                let lower: String = w.chars().flat_map(char::to_lowercase).collect();
                fnv(lower.as_bytes(), 0xcbf2_9ce4_8422_2325)
            })
            .collect()
    }

    fn fast_word_hashes(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        word_hashes(text, |h| out.push(h));
        out
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
            "Erdoğan's visit—to São Paulo, 3.5%",
        ] {
            assert_eq!(fast_word_hashes(w), plain_word_hashes(w), "{w}");
        }
    }

    proptest! {
        #[test]
        fn word_hashes_are_the_plain_word_hashes(text in "\\PC{0,80}|[a-zA-Z0-9 ,.İßΣ\u{212A}é'’—-]{0,80}") {
            prop_assert_eq!(fast_word_hashes(&text), plain_word_hashes(&text));
        }

        #[test]
        fn the_signature_of_parts_is_the_signature_of_their_join(
            parts in prop::collection::vec("[a-zA-Z ]{0,60}|\\PC{0,30}", 0..6)
        ) {
            let joined = parts.join("\n\n");
            prop_assert_eq!(
                Signature::of_parts(parts.iter().map(String::as_str)),
                Signature::of(&joined)
            );
        }
    }
}
