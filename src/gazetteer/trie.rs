//! A byte trie over the gazetteer's names: the longest name the text at one
//! place begins with.
//!
//! Names start at word starts, so every search is anchored there, and an
//! anchored leftmost-longest Aho-Corasick search is a walk down a trie.
//! aho-corasick builds failure transitions for unanchored search even when
//! only anchored searches are asked for, and they were most of the
//! gazetteer's load time; this trie is the part of the automaton we use.

use super::words::{self, Read, WordHash, WordIndex};

/// A pattern's index in the list the trie was built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PatternId(pub u32);

const NONE: u32 = u32::MAX;

/// Frozen: node `n`'s children are `labels[nodes[n].edge..nodes[n + 1].edge]`,
/// leading to `targets[..]` at the same places. Searches start at the node
/// of a first word, never at the root.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    /// One per node, and one more whose `edge` ends the last node's children.
    nodes: Vec<Node>,
    /// Followed by eight bytes of padding, so that any node's labels can be
    /// read eight at a time.
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The node reached by each pattern's first word, where searches start.
    words: WordIndex,
    /// Which searches can find anything, before they start ([`Trie::may_match`]).
    starts: Starts,
}

/// For each first word, the two bytes that may follow it in a pattern: most
/// first words begin no name where they stand ("the" before "president",
/// though "the Kremlin" is one), and the bytes after the word tell so
/// without walking the trie. Filters, with false positives only.
#[derive(Clone, Debug)]
struct Starts {
    /// First words (by hash) followed by at most one byte in some pattern:
    /// whatever follows them, the walk is made.
    short: Box<[u64]>,
    /// First words (by hash) with the two bytes after them, as patterns have them.
    next: Box<[u64]>,
}

const SHORT_BITS: u32 = 16;
const NEXT_BITS: u32 = 18;

impl Starts {
    fn new() -> Starts {
        Starts {
            short: vec![0; 1 << (SHORT_BITS - 6)].into_boxed_slice(),
            next: vec![0; 1 << (NEXT_BITS - 6)].into_boxed_slice(),
        }
    }

    #[inline]
    fn short_bit(h: WordHash) -> usize {
        (h.value() >> (64 - SHORT_BITS)) as usize
    }

    #[inline]
    fn next_bit(h: WordHash, b1: u8, b2: u8) -> usize {
        let x = h.value() ^ u64::from(b1) << 48 ^ u64::from(b2) << 56;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - NEXT_BITS)) as usize
    }

    /// Adds a pattern whose first word, of `first` bytes, has hash `h`.
    fn add(&mut self, pattern: &[u8], first: usize, h: WordHash) {
        let k = match pattern.get(first..first + 2) {
            Some(&[b1, b2]) => Starts::next_bit(h, b1, b2),
            _ => {
                let k = Starts::short_bit(h);
                self.short[k >> 6] |= 1 << (k & 63);
                return;
            }
        };
        self.next[k >> 6] |= 1 << (k & 63);
    }
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// Where its children start in `labels` and `targets`.
    edge: u32,
    /// The pattern that ends here, or `NONE`.
    pattern: u32,
}

impl Trie {
    /// A trie over distinct `patterns`, each named by its index.
    pub(crate) fn new<P: AsRef<str>>(patterns: &[P]) -> Trie {
        // Built as sibling lists (no allocation per node), then laid out so
        // that each node's children sit side by side for the search.
        let mut first_child: Vec<u32> = vec![NONE];
        let mut sibling: Vec<u32> = vec![NONE];
        let mut label: Vec<u8> = vec![0];
        let mut pattern: Vec<u32> = vec![NONE];
        let mut root = Box::new([NONE; 256]);
        let mut words: Vec<(&[u8], u32)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut starts = Starts::new();
        for (id, p) in patterns.iter().enumerate() {
            let first = words::first_word(p.as_ref()).len();
            let p = p.as_ref().as_bytes();
            if first > 0 {
                starts.add(p, first, WordHash::of(&p[..first]));
            }
            let mut node = 0usize;
            for (depth, &b) in p.iter().enumerate() {
                let found = if depth == 0 {
                    root[b as usize]
                } else {
                    let mut c = first_child[node];
                    while c != NONE && label[c as usize] != b {
                        c = sibling[c as usize];
                    }
                    c
                };
                node = if found != NONE {
                    found as usize
                } else {
                    let new = pattern.len() as u32;
                    first_child.push(NONE);
                    label.push(b);
                    pattern.push(NONE);
                    if depth == 0 {
                        sibling.push(NONE);
                        root[b as usize] = new;
                    } else {
                        sibling.push(first_child[node]);
                        first_child[node] = new;
                    }
                    new as usize
                };
                if depth + 1 == first && seen.insert(node) {
                    words.push((&p[..first], node as u32));
                }
            }
            if pattern[node] == NONE {
                pattern[node] = id as u32;
            }
        }
        let mut nodes = Vec::with_capacity(pattern.len() + 1);
        let mut labels = Vec::with_capacity(pattern.len() + 8);
        let mut targets = Vec::with_capacity(pattern.len());
        for (&first, &pattern) in first_child.iter().zip(&pattern) {
            nodes.push(Node {
                edge: labels.len() as u32,
                pattern,
            });
            let mut c = first;
            while c != NONE {
                labels.push(label[c as usize]);
                targets.push(c);
                c = sibling[c as usize];
            }
        }
        nodes.push(Node {
            edge: labels.len() as u32,
            pattern: NONE,
        });
        labels.extend([0; 8]);
        Trie {
            nodes,
            labels,
            targets,
            words: WordIndex::new(words),
            starts,
        }
    }

    /// False when no pattern can begin with the word that ends at `end` of
    /// `hay` (whose hash is `h`), read through `read`, from the bytes after
    /// it: then [`Trie::longest_from_word`] finds nothing there.
    #[inline]
    pub(crate) fn may_match(&self, hay: &[u8], end: usize, h: WordHash, read: impl Read) -> bool {
        let k = Starts::short_bit(h);
        if self.starts.short[k >> 6] & 1 << (k & 63) != 0 {
            return true;
        }
        // With fewer than two bytes after the word, only patterns with at
        // most one byte after their first word fit, and those are short.
        let Some(&[b1, b2]) = hay.get(end..end + 2) else {
            return false;
        };
        let k = Starts::next_bit(h, read.byte(b1), read.byte(b2));
        self.starts.next[k >> 6] & 1 << (k & 63) != 0
    }

    /// The child of `node` along the byte `b`, if any: its labels compared
    /// with `b` eight at a time, so that most nodes take no branch per label.
    #[inline(always)]
    fn child(&self, node: usize, b: u8) -> Option<u32> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let (mut k, e) = (
            self.nodes[node].edge as usize,
            self.nodes[node + 1].edge as usize,
        );
        while k < e {
            let eight = &self.labels[k..k + 8];
            let x =
                u64::from_le_bytes(eight.try_into().expect("eight bytes")) ^ (ONES * u64::from(b));
            // The lowest byte flagged is the first that is zero, so the
            // first label equal to `b`; flags above it may be wrong, and
            // those past the node's labels are masked off.
            let n = (e - k).min(8);
            let zero = x.wrapping_sub(ONES) & !x & (HIGH >> (64 - 8 * n));
            if zero != 0 {
                return Some(self.targets[k + zero.trailing_zeros() as usize / 8]);
            }
            k += 8;
        }
        None
    }

    /// The longest pattern that begins with the whole word `hay[start..end]`
    /// (whose hash is `h`) and that `hay[start..]` begins with, all read
    /// through `read`, and where it ends. Patterns that end inside the word
    /// are left out: they are not on a word boundary, and only count when
    /// they are the longest.
    pub(crate) fn longest_from_word(
        &self,
        hay: &[u8],
        (start, end): (usize, usize),
        h: WordHash,
        read: impl Read,
    ) -> Option<(PatternId, usize)> {
        let mut node = self.words.get(hay, (start, end), h, read)? as usize;
        let mut best = None;
        let mut end = end;
        loop {
            let p = self.nodes[node].pattern;
            if p != NONE {
                best = Some((PatternId(p), end));
            }
            let Some(&b) = hay.get(end) else { break };
            match self.child(node, read.byte(b)) {
                Some(c) => node = c as usize,
                None => break,
            }
            end += 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::words::{AsWritten, Lowercased};
    use proptest::prelude::*;

    /// What the trie stands for: the longest pattern the text at a word
    /// start begins with, unless it ends inside that word.
    fn brute(patterns: &[&str], hay: &str, start: usize, end: usize) -> Option<(PatternId, usize)> {
        let (id, p) = patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| hay[start..].starts_with(**p))
            .max_by_key(|(_, p)| p.len())?;
        (start + p.len() >= end).then_some((PatternId(id as u32), start + p.len()))
    }

    fn look(
        t: &Trie,
        hay: &str,
        s: usize,
        e: usize,
        read: impl Read,
    ) -> Option<(PatternId, usize)> {
        let h = WordHash::of(&hay.as_bytes()[s..e]);
        let found = t.longest_from_word(hay.as_bytes(), (s, e), h, read);
        // The filter before the search never hides a match.
        assert!(t.may_match(hay.as_bytes(), e, h, read) || found.is_none());
        found
    }

    fn words_of(hay: &str) -> Vec<(usize, usize)> {
        words::Words::new(hay).collect()
    }

    #[test]
    fn longest_pattern_from_a_word() {
        let pats = ["new", "new york", "york", "ne", "new yo", "u.s.", "u.s"];
        let t = Trie::new(&pats);
        let at = |hay: &str, s, e| look(&t, hay, s, e, AsWritten);
        assert_eq!(at("new york city", 0, 3), Some((PatternId(1), 8)));
        // Both end inside "yorkshire"; the longest is reported, and the
        // caller rejects it.
        assert_eq!(at("new yorkshire", 0, 3), Some((PatternId(1), 8)));
        assert_eq!(at("new yoke", 0, 3), Some((PatternId(4), 6)));
        assert_eq!(at("new delhi", 0, 3), Some((PatternId(0), 3)));
        assert_eq!(at("nest", 0, 4), None);
        assert_eq!(at("in york", 3, 7), Some((PatternId(2), 7)));
        assert_eq!(at("u.s. aid", 0, 1), Some((PatternId(5), 4)));
        assert_eq!(at("NEW YORK", 0, 3), None);
        assert_eq!(
            look(&t, "NEW YORK", 0, 3, Lowercased),
            Some((PatternId(1), 8))
        );
        assert_eq!(look(&Trie::new::<&str>(&[]), "abc", 0, 3, AsWritten), None);
    }

    proptest! {
        #[test]
        fn trie_matches_brute_force(
            pats in proptest::collection::btree_set("[ab]{1,3}([ .][ab]{1,3}){0,2}", 1..12),
            hay in "([ab]{1,4}[ .]{1,2}){1,6}",
        ) {
            let pats: Vec<&str> = pats.iter().map(String::as_str).collect();
            let t = Trie::new(&pats);
            for (s, e) in words_of(&hay) {
                prop_assert_eq!(
                    look(&t, &hay, s, e, AsWritten),
                    brute(&pats, &hay, s, e)
                );
            }
        }

        /// Nodes with many children, whose labels are searched eight at a
        /// time, ASCII-lowercased or not.
        #[test]
        fn wide_nodes_match_brute_force(
            pats in proptest::collection::btree_set("x[a-t0-9 ]{0,3}", 1..40),
            hay in "(x[a-uA-U0-9 ]{0,4} ){1,8}",
        ) {
            let pats: Vec<&str> = pats.iter().map(String::as_str).collect();
            let t = Trie::new(&pats);
            let lower = hay.to_ascii_lowercase();
            for (s, e) in words_of(&hay) {
                prop_assert_eq!(look(&t, &hay, s, e, AsWritten), brute(&pats, &hay, s, e));
                prop_assert_eq!(look(&t, &hay, s, e, Lowercased), brute(&pats, &lower, s, e));
            }
        }
    }
}
