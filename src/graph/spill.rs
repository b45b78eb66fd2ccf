//! Edges on disk: sorted runs that bound a build's memory, and the stream
//! that merges them back.
//!
//! A large corpus has more relations than fit in a small memory: each new
//! event is a new edge, each with its evidence sentences. [`Graph::spill`]
//! writes the edges held in memory, in key order, to a temporary file (a
//! *run*) and forgets them; [`Graph::edge_stream`] merges the runs and what is
//! still in memory back into one stream in key order, folding the parts of
//! one edge together with the same merge as [`Graph::add_edge`]. Merging is
//! associative and commutative, so the stream is the same edges, byte for
//! byte, whenever and however often the graph spilled. This is the external
//! sort of a database's `GROUP BY`, nothing more.
//!
//! A run is a sequence of records, each a little-endian `u32` length and the
//! edge in `postcard`, in an anonymous temporary file of the folder the
//! caller names: the file has no name (it is unlinked as soon as it is
//! made, or made without one), so it is gone when the process ends however
//! it ends, even killed; readers share the open file through positional
//! reads.

use super::{Edge, EdgeKey, Graph, merge_edge};
use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::sync::Arc;

/// One sorted run of edges in an anonymous temporary file.
#[derive(Debug)]
pub(crate) struct Run {
    file: std::fs::File,
    edges: usize,
}

impl Run {
    /// Writes `edges`, which must come in key order, to a new run in `dir`.
    pub(crate) fn write<'e>(
        dir: &Path,
        edges: impl Iterator<Item = io::Result<Cow<'e, Edge>>>,
    ) -> io::Result<Run> {
        let file = tempfile::tempfile_in(dir)?;
        let mut w = BufWriter::with_capacity(1 << 16, &file);
        let mut buf = Vec::new();
        let mut count = 0;
        for e in edges {
            buf.clear();
            buf = postcard::to_extend(&*e?, buf).map_err(io::Error::other)?;
            let len = u32::try_from(buf.len())
                .map_err(|_| io::Error::other("an edge too large for a run record"))?;
            w.write_all(&len.to_le_bytes())?;
            w.write_all(&buf)?;
            count += 1;
        }
        w.flush()?;
        drop(w);
        Ok(Run { file, edges: count })
    }

    /// The number of edges in the run.
    pub(crate) fn len(&self) -> usize {
        self.edges
    }

    fn reader(&self) -> RunReader<At<'_>> {
        RunReader::new(At {
            file: &self.file,
            pos: 0,
        })
    }
}

/// A reader of a shared file from its own position, so that the writers of
/// several formats read one run side by side.
struct At<'f> {
    file: &'f std::fs::File,
    pos: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, buf, self.pos)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(self.file, buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

struct RunReader<R> {
    r: BufReader<R>,
    buf: Vec<u8>,
}

impl<R: Read> RunReader<R> {
    fn new(r: R) -> RunReader<R> {
        RunReader {
            r: BufReader::with_capacity(1 << 16, r),
            buf: Vec::new(),
        }
    }

    fn next_edge(&mut self) -> io::Result<Option<Edge>> {
        let mut len = [0u8; 4];
        // End of file before a record starts is the end of the run; within
        // one it is an error (`read_exact` reports it).
        let mut got = 0;
        while got < len.len() {
            match self.r.read(&mut len[got..]) {
                Ok(0) if got == 0 => return Ok(None),
                Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.buf.resize(u32::from_le_bytes(len) as usize, 0);
        self.r.read_exact(&mut self.buf)?;
        postcard::from_bytes(&self.buf)
            .map(Some)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}

/// Every edge of a graph in key order, from memory and from its runs: see
/// [`Graph::edge_stream`].
pub struct EdgeStream<'g>(Inner<'g>);

enum Inner<'g> {
    /// Nothing on disk: the edges in memory, as they are.
    Memory(Box<dyn Iterator<Item = &'g Edge> + 'g>),
    Merge(Box<Merge<'g>>),
    /// The first edge of a run could not be read: the error, once.
    Failed(Option<io::Error>),
}

struct Merge<'g> {
    graph: &'g Graph,
    memory: Box<dyn Iterator<Item = &'g Edge> + 'g>,
    /// The runs' readers; source `runs.len()` is the memory.
    runs: Vec<RunReader<At<'g>>>,
    /// The next edge of each source, keyed in `heap`.
    heads: Vec<Option<Edge>>,
    heap: BinaryHeap<Reverse<(EdgeKey, usize)>>,
    done: bool,
}

impl<'g> Merge<'g> {
    /// Reads the next edge of source `i` into its head.
    fn pull(&mut self, i: usize) -> io::Result<()> {
        let next = match self.runs.get_mut(i) {
            Some(r) => r.next_edge()?,
            None => self.memory.next().cloned(),
        };
        if let Some(e) = next {
            self.heap.push(Reverse((e.key.clone(), i)));
            self.heads[i] = Some(e);
        }
        Ok(())
    }

    fn next_edge(&mut self) -> io::Result<Option<Edge>> {
        let Some(Reverse((key, i))) = self.heap.pop() else {
            return Ok(None);
        };
        let Some(mut edge) = self.heads[i].take() else {
            return Err(io::Error::other("edge stream out of step"));
        };
        self.pull(i)?;
        let mut whole = true;
        while self.heap.peek().is_some_and(|Reverse((k, _))| *k == key) {
            let Some(Reverse((_, j))) = self.heap.pop() else {
                break;
            };
            if let Some(part) = self.heads[j].take() {
                merge_edge(&mut edge, part, self.graph.limits);
                whole = false;
            }
            self.pull(j)?;
        }
        // An edge read whole from a run written with the current story
        // weights (the compacted run of a build) already has its weight.
        let weighed = whole && i < self.runs.len() && self.graph.runs_weighed;
        if self.graph.stories_counted && !weighed {
            edge.weight = self.graph.story_weight(&edge);
        }
        Ok(Some(edge))
    }
}

impl<'g> EdgeStream<'g> {
    pub(crate) fn new(graph: &'g Graph) -> EdgeStream<'g> {
        let memory = Box::new(graph.edges());
        if graph.runs.is_empty() {
            return EdgeStream(Inner::Memory(memory));
        }
        let runs: Vec<_> = graph.runs.iter().map(|r| r.reader()).collect();
        let sources = runs.len() + 1;
        let mut m = Merge {
            graph,
            memory,
            runs,
            heads: (0..sources).map(|_| None).collect(),
            heap: BinaryHeap::with_capacity(sources),
            done: false,
        };
        for i in 0..sources {
            if let Err(e) = m.pull(i) {
                return EdgeStream(Inner::Failed(Some(e)));
            }
        }
        EdgeStream(Inner::Merge(Box::new(m)))
    }
}

impl<'g> Iterator for EdgeStream<'g> {
    type Item = io::Result<Cow<'g, Edge>>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.0 {
            Inner::Memory(it) => it.next().map(|e| Ok(Cow::Borrowed(e))),
            Inner::Failed(e) => e.take().map(Err),
            Inner::Merge(m) => {
                if m.done {
                    return None;
                }
                match m.next_edge() {
                    Ok(Some(e)) => Some(Ok(Cow::Owned(e))),
                    Ok(None) => {
                        m.done = true;
                        None
                    }
                    Err(e) => {
                        m.done = true;
                        Some(Err(e))
                    }
                }
            }
        }
    }
}

impl Graph {
    /// Writes the edges held in memory to a sorted run, a temporary file in
    /// `dir`, and drops them from memory. The graph's edges stay the same
    /// (see [`Graph::edge_stream`]); only [`Graph::edges`] no longer lists
    /// them.
    pub fn spill(&mut self, dir: &Path) -> io::Result<()> {
        if self.edges.is_empty() {
            return Ok(());
        }
        let run = Run::write(dir, self.edges().map(|e| Ok(Cow::Borrowed(e))))?;
        self.runs.push(Arc::new(run));
        self.forget_edges();
        self.run_edges = None;
        self.runs_weighed = false;
        Ok(())
    }

    /// Drops the edges held in memory (they are on disk).
    fn forget_edges(&mut self) {
        self.inner.clear_edges();
        self.edges.clear();
        self.edge_bytes = 0;
    }

    /// Merges the runs and the edges in memory into one run in `dir`, so
    /// that each later [`Graph::edge_stream`] reads one file in order, and
    /// [`Graph::edge_count`] knows the count. Nothing to do for a graph that
    /// never spilled.
    pub fn compact(&mut self, dir: &Path) -> io::Result<()> {
        if self.runs.is_empty() || (self.runs.len() == 1 && self.edges.is_empty()) {
            if let [run] = &self.runs[..] {
                self.run_edges = Some(run.len());
            }
            return Ok(());
        }
        let run = Run::write(dir, self.edge_stream())?;
        self.run_edges = Some(run.len());
        self.runs = vec![Arc::new(run)];
        self.forget_edges();
        // The stream wrote each edge with its story weight, if counted.
        self.runs_weighed = self.stories_counted;
        Ok(())
    }

    /// [`Graph::count_stories`] and [`Graph::compact`] at once, on two
    /// threads of the current rayon pool: the story count reads the
    /// documents and compaction the edges, and both take a pass over
    /// everything at the end of a build. The compacted run then holds the
    /// edges without their story weights, which each [`Graph::edge_stream`]
    /// works out as it reads (an edge's documents' stories, a few look-ups).
    /// On an error from compaction the stories are counted and the graph is
    /// as before it.
    pub fn count_stories_and_compact(&mut self, dir: &Path) -> io::Result<()> {
        if self.runs.is_empty() || (self.runs.len() == 1 && self.edges.is_empty()) {
            self.count_stories();
            return self.compact(dir);
        }
        let (first, run) = rayon::join(
            || self.story_firsts(),
            || Run::write(dir, self.edge_stream()),
        );
        let run = match run {
            Ok(run) => run,
            Err(e) => {
                self.set_stories(first);
                return Err(e);
            }
        };
        self.run_edges = Some(run.len());
        self.runs = vec![Arc::new(run)];
        self.forget_edges();
        self.set_stories(first);
        Ok(())
    }

    /// Every edge in key order: the edges in memory and those spilled to
    /// disk, the parts of one edge merged. Borrows the edges when nothing is
    /// on disk. An item is an error when a run cannot be read back; the
    /// stream ends after it.
    pub fn edge_stream(&self) -> EdgeStream<'_> {
        EdgeStream::new(self)
    }

    /// True when some edges are on disk.
    pub fn has_spilled(&self) -> bool {
        !self.runs.is_empty()
    }

    /// A rough count of the heap bytes held by the edges in memory (what
    /// [`Graph::spill`] gives back), for deciding when to spill.
    pub fn edge_bytes(&self) -> usize {
        self.edge_bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::dup::Signature;
    use crate::graph::{DocInfo, Evidence, Limits, Node, SmallMap};
    use crate::model::{Kind, Relation, Status};
    use crate::span::Span;
    use proptest::prelude::*;

    /// One report: (source, target, relation, document, offset, place).
    type Report = (u8, u8, bool, u8, u16, Option<u8>);

    /// Adds a report from document `d{doc}` (the report's own document
    /// number is for the caller to use or not).
    fn add(g: &mut Graph, &(s, t, called, _, at, place): &Report, doc: usize) {
        let (s, t) = (format!("n{s}"), format!("n{t}"));
        let doc = format!("d{doc}");
        for id in [&s, &t] {
            g.add_node(Node::new(id.as_str(), id.as_str(), Kind::Person));
        }
        let relation = if called {
            Relation::Called
        } else {
            Relation::Met
        };
        let at = usize::from(at);
        g.add_edge(Edge {
            key: EdgeKey::new(&s, relation, Status::Occurred, &t, None),
            weight: 1,
            sentences: 1,
            places: place
                .map(|p| SmallMap::from([(format!("p{p}").into(), 1)]))
                .unwrap_or_default(),
            evidence: smallvec::smallvec![Evidence {
                doc: doc.as_str().into(),
                span: Span::new(at, at + 7),
                text: format!("report {at}").into(),
                rule: if called { "r.call" } else { "r.meet" }.into(),
                initiator: None,
            }],
            rules: [if called { "r.call" } else { "r.meet" }.into()].into(),
            docs: [doc.as_str().into()].into(),
            more_docs: None,
            doc_count: 1,
        });
    }

    fn limits() -> Limits {
        Limits {
            max_evidence: 2,
            max_mentions: 3,
            max_docs: 3,
        }
    }

    fn streamed(g: &Graph) -> Vec<Edge> {
        g.edge_stream()
            .map(|e| e.map(Cow::into_owned))
            .collect::<io::Result<_>>()
            .unwrap()
    }

    fn report() -> impl Strategy<Value = Report> {
        (
            0..6u8,
            0..6u8,
            any::<bool>(),
            0..8u8,
            0..40u16,
            proptest::option::of(0..3u8),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Spilling at any points gives back exactly the edges of a graph
        /// that kept them in memory: the same edges, merged the same way,
        /// with the same counts, caps and story weights, before and after
        /// compaction.
        #[test]
        fn spilled_graphs_stream_the_edges_of_one_in_memory(
            reports in proptest::collection::vec(report(), 1..60),
            spill_after in proptest::collection::vec(any::<bool>(), 60),
        ) {
            let mut kept = Graph::with_limits(limits());
            let mut spilled = Graph::with_limits(limits());
            // As in a build, a document's reports (three here) make one
            // small graph, merged whole; a spill comes between documents.
            for (i, (part, &s)) in reports.chunks(3).zip(&spill_after).enumerate() {
                let mut doc = Graph::with_limits(limits());
                for r in part {
                    add(&mut doc, r, i);
                }
                kept.merge(doc.clone());
                spilled.merge(doc);
                if s {
                    spilled.spill(&std::env::temp_dir()).unwrap();
                }
            }
            // Two documents tell one story, so the weights differ from the
            // document counts.
            let body = "The two ministers met at the border crossing on a cold Sunday morning to open the new bridge";
            for g in [&mut kept, &mut spilled] {
                for d in ["d1", "d2"] {
                    g.add_doc(d, DocInfo { signature: Signature::of(body), ..DocInfo::default() });
                }
            }
            let want: Vec<Edge> = kept.edges().cloned().collect();
            prop_assert_eq!(&streamed(&spilled), &want);
            prop_assert_eq!(spilled.edge_count(), want.len());
            // Both at once, as a build ends, is the count then compaction.
            let mut both = spilled.clone();
            kept.count_stories();
            both.count_stories_and_compact(&std::env::temp_dir()).unwrap();
            spilled.count_stories();
            let want: Vec<Edge> = kept.edges().cloned().collect();
            prop_assert_eq!(&streamed(&spilled), &want);
            let on_disk = spilled.has_spilled();
            spilled.compact(&std::env::temp_dir()).unwrap();
            // Compacting leaves nothing in memory, or a graph that never
            // spilled as it was.
            prop_assert_eq!(spilled.edges().count() == 0, on_disk || want.is_empty());
            prop_assert_eq!(spilled.edge_count(), want.len());
            prop_assert_eq!(&streamed(&spilled), &want);
            prop_assert_eq!(both.edge_count(), want.len());
            prop_assert_eq!(both.edges().count() == 0, on_disk || want.is_empty());
            prop_assert_eq!(&streamed(&both), &want);
            prop_assert_eq!(both.story_count(), kept.story_count());
        }

        /// Graphs that spilled merge like graphs that did not: the runs
        /// travel with the graph.
        #[test]
        fn merging_spilled_graphs_keeps_every_run(
            a in proptest::collection::vec(report(), 1..30),
            b in proptest::collection::vec(report(), 1..30),
        ) {
            // Graphs of different inputs: their documents are disjoint.
            let build = |rs: &[Report], spill: bool, docs: usize| {
                let mut g = Graph::with_limits(limits());
                for r in rs {
                    add(&mut g, r, docs + usize::from(r.3));
                }
                if spill {
                    g.spill(&std::env::temp_dir()).unwrap();
                }
                g
            };
            let mut kept = build(&a, false, 0);
            kept.merge(build(&b, false, 100));
            let mut spilled = build(&a, true, 0);
            spilled.merge(build(&b, true, 100));
            prop_assert!(spilled.has_spilled());
            let want: Vec<Edge> = kept.edges().cloned().collect();
            prop_assert_eq!(streamed(&spilled), want);
        }
    }

    #[test]
    fn a_cut_run_is_an_error_not_a_shorter_graph() {
        let mut g = Graph::with_limits(limits());
        add(&mut g, &(1, 2, false, 1, 0, None), 1);
        add(&mut g, &(2, 3, true, 1, 9, Some(1)), 1);
        let mut bytes = Vec::new();
        let run = Run::write(
            &std::env::temp_dir(),
            g.edges().map(|e| Ok(Cow::Borrowed(e))),
        )
        .unwrap();
        run.reader().r.read_to_end(&mut bytes).unwrap();
        let read = |b: &[u8]| {
            let mut r = RunReader::new(b);
            let mut edges = Vec::new();
            while let Some(e) = r.next_edge()? {
                edges.push(e);
            }
            io::Result::Ok(edges)
        };
        let all: Vec<Edge> = g.edges().cloned().collect();
        assert_eq!(read(&bytes).unwrap(), all);
        for cut in [1, 4, 5, bytes.len() - 1] {
            assert!(read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn runs_leave_no_file_in_their_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut g = Graph::with_limits(limits());
        add(&mut g, &(1, 2, false, 1, 0, None), 1);
        g.spill(dir.path()).unwrap();
        add(&mut g, &(1, 2, false, 2, 0, None), 2);
        g.spill(dir.path()).unwrap();
        assert_eq!(g.runs.len(), 2);
        let copy = g.clone();
        drop(g);
        assert_eq!(copy.edge_count(), 1);
        assert_eq!(copy.edge_stream().next().unwrap().unwrap().doc_count, 2);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
