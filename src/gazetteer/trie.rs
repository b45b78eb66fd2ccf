//! A byte trie over the gazetteer's names: the longest name the text at one
//! place begins with.
//!
//! Names start at word starts, so every search is anchored there, and an
//! anchored leftmost-longest Aho-Corasick search is a walk down a trie.
//! aho-corasick builds failure transitions for unanchored search even when
//! only anchored searches are asked for, and they were most of the
//! gazetteer's load time; this trie is the part of the automaton we use.

/// A pattern's index in the list the trie was built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PatternId(pub u32);

const NONE: u32 = u32::MAX;

/// Frozen: node `n`'s children are `labels[edges[n]..edges[n + 1]]`, leading
/// to `targets[..]` at the same places. The root's children are also in a
/// table by byte, since every search starts there.
#[derive(Clone, Debug)]
pub(crate) struct Trie {
    root: Box<[u32; 256]>,
    edges: Vec<u32>,
    labels: Vec<u8>,
    targets: Vec<u32>,
    /// The pattern that ends at each node, or `NONE`.
    pattern: Vec<u32>,
}

impl Trie {
    /// A trie over distinct `patterns`, each named by its index.
    pub(crate) fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        // Built as sibling lists (no allocation per node), then laid out so
        // that each node's children sit side by side for the search.
        let mut first_child: Vec<u32> = vec![NONE];
        let mut sibling: Vec<u32> = vec![NONE];
        let mut label: Vec<u8> = vec![0];
        let mut pattern: Vec<u32> = vec![NONE];
        let mut root = Box::new([NONE; 256]);
        for (id, p) in patterns.iter().enumerate() {
            let mut node = 0usize;
            for (depth, &b) in p.as_ref().iter().enumerate() {
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
            }
            if pattern[node] == NONE {
                pattern[node] = id as u32;
            }
        }
        let mut edges = Vec::with_capacity(pattern.len() + 1);
        let mut labels = Vec::with_capacity(pattern.len());
        let mut targets = Vec::with_capacity(pattern.len());
        for &first in &first_child {
            edges.push(labels.len() as u32);
            let mut c = first;
            while c != NONE {
                labels.push(label[c as usize]);
                targets.push(c);
                c = sibling[c as usize];
            }
        }
        edges.push(labels.len() as u32);
        Trie {
            root,
            edges,
            labels,
            targets,
            pattern,
        }
    }

    /// The longest pattern that `hay[at..]`, read through `map` byte by
    /// byte, starts with, and where it ends.
    pub(crate) fn longest(
        &self,
        hay: &[u8],
        at: usize,
        map: impl Fn(u8) -> u8,
    ) -> Option<(PatternId, usize)> {
        let mut node = self.root[map(*hay.get(at)?) as usize];
        let mut best = None;
        let mut end = at + 1;
        while node != NONE {
            let p = self.pattern[node as usize];
            if p != NONE {
                best = Some((PatternId(p), end));
            }
            let Some(&b) = hay.get(end) else { break };
            let b = map(b);
            let (s, e) = (
                self.edges[node as usize] as usize,
                self.edges[node as usize + 1] as usize,
            );
            node = match self.labels[s..e].iter().position(|&l| l == b) {
                Some(k) => self.targets[s + k],
                None => NONE,
            };
            end += 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_pattern_at_a_place() {
        let t = Trie::new(&["new", "new york", "york", "ne"]);
        let at = |hay: &str, i| t.longest(hay.as_bytes(), i, |b| b);
        assert_eq!(at("new york city", 0), Some((PatternId(1), 8)));
        assert_eq!(at("new yorkshire", 0), Some((PatternId(1), 8)));
        assert_eq!(at("new yo", 0), Some((PatternId(0), 3)));
        assert_eq!(at("nest", 0), Some((PatternId(3), 2)));
        assert_eq!(at("in york", 3), Some((PatternId(2), 7)));
        assert_eq!(at("in york", 2), None);
        assert_eq!(at("n", 0), None);
        assert_eq!(at("york", 4), None);
        assert_eq!(at("NEW YORK", 0), None);
        assert_eq!(
            t.longest(b"NEW YORK", 0, |b| b.to_ascii_lowercase()),
            Some((PatternId(1), 8))
        );
        assert_eq!(Trie::new::<&str>(&[]).longest(b"abc", 0, |b| b), None);
    }
}
