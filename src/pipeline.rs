//! The pipeline: one article in, its part of the graph out.
//!
//! [`Pipeline::analyze`] runs every stage on one article and keeps the
//! intermediate results (for `explain`); [`Analysis::to_graph`] turns them into
//! a graph fragment (with the article's near-duplicate signature);
//! [`Pipeline::build`] merges the fragments of many articles, on every core,
//! into one graph that does not depend on the number of threads, and then
//! counts the distinct stories behind each edge ([`Graph::count_stories`]).

use crate::article::Article;
use crate::clean::dup::Signature;
use crate::clean::{self, Cleaned};
use crate::date::PartialDate;
use crate::gazetteer::Gazetteer;
use crate::graph::{DocInfo, Edge, EdgeKey, Evidence, Graph, Limits, MentionRef, Node};
use crate::relate::{self, Found, Rules};
use crate::resolve::Resolved;
use crate::sentence;
use crate::span::Span;
use jiff::civil::Date;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod settle;
pub use settle::{DateFrom, PlaceFrom, Settled};

/// The frozen inputs of the pipeline, shared by reference across threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    /// The gazetteer.
    pub gazetteer: Gazetteer,
    /// The relation rules.
    pub rules: Rules,
    /// Caps on evidence and mentions.
    pub limits: Limits,
    /// When and where [`Pipeline::build_paths`] writes relations to disk;
    /// `None` (the default) keeps them all in memory. The graph is the same
    /// either way.
    pub spill: Option<Spill>,
}

/// Bounded memory for [`Pipeline::build_paths`]: past `budget` bytes of
/// relations (as [`Graph::edge_bytes`] counts them) the graph writes them to
/// a sorted run in `dir` ([`Graph::spill`]), and merges the runs back into
/// one at the end ([`Graph::compact`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spill {
    /// Bytes of relations held in memory.
    pub budget: usize,
    /// The folder for the runs (the command line uses the system's
    /// temporary folder).
    pub dir: std::path::PathBuf,
}

impl Spill {
    /// The budget of `mib` MiB in the system's temporary folder, or `None`
    /// (everything in memory) for 0: the command line's `--edge-memory`.
    pub fn from_mib(mib: usize) -> Option<Spill> {
        (mib > 0).then(|| Spill {
            budget: mib.saturating_mul(1 << 20),
            dir: std::env::temp_dir(),
        })
    }

    /// Writes the relations of `g` to a run when they pass the budget. The
    /// error is the warning to give; `g` then still holds them.
    pub fn bound(&self, g: &mut Graph) -> Result<(), crate::diag::Diagnostic> {
        if g.edge_bytes() > self.budget {
            g.spill(&self.dir).map_err(|e| {
                self.warning(format!(
                    "cannot write relations to a temporary file ({e}); keeping them in memory"
                ))
            })?;
        }
        Ok(())
    }

    /// Counts the stories of the finished `g` and compacts its runs
    /// ([`Graph::count_stories_and_compact`]). The error is the warning to
    /// give; the stories are counted either way.
    pub fn finish(&self, g: &mut Graph) -> Result<(), crate::diag::Diagnostic> {
        g.count_stories_and_compact(&self.dir).map_err(|e| {
            self.warning(format!(
                "cannot merge the relations written to temporary files ({e})"
            ))
        })
    }

    fn warning(&self, message: String) -> crate::diag::Diagnostic {
        crate::diag::Diagnostic::warning(self.dir.display().to_string(), None, message)
    }
}

/// Everything the stages found in one article.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// The article.
    pub article: Article,
    /// Its body blocks and date.
    pub cleaned: Cleaned,
    /// The date used to resolve relative dates and offices.
    pub date: Option<Date>,
    /// Sentence spans of the body.
    pub sentences: Vec<Span>,
    /// Actors and mentions.
    pub resolved: Resolved,
    /// Relations.
    pub relations: Vec<Found>,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline {
            gazetteer: Gazetteer::default_gazetteer(),
            rules: Rules::default_rules(),
            limits: Limits::default(),
            spill: None,
        }
    }
}

/// The rule id an edge records when its date is the article's, not the text's.
pub const ARTICLE_DATE_RULE: &str = "date.article";
/// The rule recorded on an edge dated by the sentences before its evidence
/// (the last date its paragraph named), not by its own sentence.
pub const CONTEXT_DATE_RULE: &str = "date.context";

impl Pipeline {
    /// A pipeline with the given gazetteer and rules.
    pub fn new(gazetteer: Gazetteer, rules: Rules) -> Pipeline {
        Pipeline {
            gazetteer,
            rules,
            limits: Limits::default(),
            spill: None,
        }
    }

    /// Runs every stage on one article.
    pub fn analyze(&self, article: Article) -> Analysis {
        self.analyze_with(article, false).0
    }

    /// [`Pipeline::analyze`], with the relation engine's decisions
    /// ([`relate::trace`]), for `explain`.
    pub fn analyze_traced(&self, article: Article) -> (Analysis, relate::trace::Trace) {
        let (a, t) = self.analyze_with(article, true);
        (a, t.unwrap_or_default())
    }

    fn analyze_with(
        &self,
        article: Article,
        traced: bool,
    ) -> (Analysis, Option<relate::trace::Trace>) {
        let cleaned = clean::clean(&article);
        let date = article.date.or(cleaned.date);
        let text = article.text.as_str();
        let sentences: Vec<Span> = cleaned
            .body()
            .flat_map(|b| sentence::split(text, b))
            .collect();
        let sentences =
            crate::parts::bounded_sentences(text, sentences, crate::parts::MAX_SENTENCE_BYTES);
        // A month or a year alone still says who held an office then: the
        // middle of it stands for it there, and nowhere else.
        let office_date = date.or_else(|| article.period.and_then(middle_of));
        // In windows of sentences, so that the work stays linear in a long
        // article's length.
        let (resolved, relations, trace) = crate::parts::resolve_and_relate(
            text,
            &sentences,
            (&self.gazetteer, &self.rules),
            office_date,
            date,
            traced,
        );
        let analysis = Analysis {
            article,
            cleaned,
            date,
            sentences,
            resolved,
            relations,
        };
        (analysis, trace)
    }

    /// Builds the graph of many articles on every core. The result is the
    /// same whatever the number of threads: fragments merge associatively
    /// and commutatively, and the stories are counted once, on the whole.
    pub fn build<I>(&self, articles: I) -> Graph
    where
        I: IntoParallelIterator<Item = Article>,
    {
        let limits = self.limits;
        let mut g = articles
            .into_par_iter()
            .map(|a| self.analyze(a).to_graph(limits))
            .reduce(
                || Graph::with_limits(limits),
                |mut a, b| {
                    a.merge(b);
                    a
                },
            );
        g.count_stories();
        g
    }
}

impl Pipeline {
    /// Reads `paths` one article at a time and builds their graph on every
    /// core, stories counted as in [`Pipeline::build`]. `on_article` is
    /// called with the size in bytes of each article's text as it is read,
    /// `on_problem` for each input that was skipped or warned about.
    pub fn build_paths(
        &self,
        paths: &[std::path::PathBuf],
        opts: &crate::ingest::InputOptions,
        on_article: impl Fn(usize) + Sync,
        on_problem: impl Fn(crate::diag::Diagnostic) + Sync,
    ) -> Graph {
        use crate::ingest::Input;
        let limits = self.limits;
        // Articles go to the threads in batches: handing them over one by one
        // (a lock on the reader and a task per article) kept an idle thread
        // spinning on the lock and split the work into many small graphs to
        // merge. A batch is a few hundred kilobytes of text at most.
        let inputs = crate::ingest::read_inputs(paths, opts);
        let graph_of = |item: Input| match item {
            Input::Article(a) => {
                on_article(a.text.len());
                Some(self.analyze(a).to_graph(limits))
            }
            Input::Problem(d) => {
                on_problem(d);
                None
            }
        };
        // The large graph writes its relations to disk whenever they pass the
        // budget; if that fails (a full disk), it warns once and keeps them.
        let mut spill = self.spill.as_ref();
        let mut bound = |g: &mut Graph| {
            if let Some(sp) = spill
                && let Err(d) = sp.bound(g)
            {
                spill = None;
                on_problem(d);
            }
        };
        let mut g = if rayon::current_num_threads() <= 1 {
            // One thread does it all, so that "1 thread" means one core.
            let mut g = Graph::with_limits(limits);
            for part in inputs.filter_map(graph_of) {
                g.merge(part);
                bound(&mut g);
            }
            g
        } else {
            // The workers turn articles into small graphs; one merger folds
            // them into the only large graph, each once. Each worker keeping
            // a graph of its own and merging them at the end held one large
            // graph per thread and left a long merge on one core after the
            // last batch; merging a batch's graphs into one before sending it
            // merged every relation twice (a tenth more work in all).
            let mut inputs = inputs;
            let batches = std::iter::from_fn(move || {
                let batch: Vec<Input> = inputs.by_ref().take(BATCH).collect();
                (!batch.is_empty()).then_some(batch)
            });
            // Graphs of unmerged articles are larger than one merged graph
            // of them, and the merger folds a batch in a twentieth of the
            // time a worker takes to make it: one batch waiting per worker
            // keeps it fed.
            let (tx, rx) =
                std::sync::mpsc::sync_channel::<Vec<Graph>>(rayon::current_num_threads());
            std::thread::scope(|s| {
                let merger = s.spawn(move || {
                    let mut g = Graph::with_limits(limits);
                    for parts in rx {
                        for part in parts {
                            g.merge(part);
                            bound(&mut g);
                        }
                    }
                    g
                });
                batches.par_bridge().for_each_with(tx, |tx, batch| {
                    let parts = batch.into_iter().filter_map(graph_of).collect();
                    // The merger only stops once every sender is gone.
                    let _ = tx.send(parts);
                });
                match merger.join() {
                    Ok(g) => g,
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            })
        };
        // One run to read back, once per output format, and a known count.
        match &self.spill {
            Some(sp) => {
                if let Err(d) = sp.finish(&mut g) {
                    on_problem(d);
                }
            }
            None => g.count_stories(),
        }
        g
    }
}

/// Articles per batch handed to a thread by [`Pipeline::build_paths`].
const BATCH: usize = 64;

/// The graph of `paths` with the default gazetteer and rules, and the
/// problems met while reading them.
pub fn build_graph_from_paths(
    paths: &[std::path::PathBuf],
) -> (Graph, Vec<crate::diag::Diagnostic>) {
    let problems = std::sync::Mutex::new(Vec::new());
    let g = Pipeline::default().build_paths(
        paths,
        &crate::ingest::InputOptions::default(),
        |_| {},
        |d| {
            if let Ok(mut p) = problems.lock() {
                p.push(d);
            }
        },
    );
    let mut problems = problems.into_inner().unwrap_or_default();
    problems.sort_by(|a, b| (&a.source, a.line, &a.message).cmp(&(&b.source, b.line, &b.message)));
    (g, problems)
}

/// The middle of a month or a year: the day that stands for it.
fn middle_of(p: PartialDate) -> Option<jiff::civil::Date> {
    jiff::civil::Date::new(
        p.year?,
        p.month.unwrap_or(7),
        if p.month.is_some() { 15 } else { 1 },
    )
    .ok()
}

impl Analysis {
    /// The document's date at the precision known: the day, or the month
    /// or year given with the input.
    pub fn doc_date(&self) -> Option<PartialDate> {
        self.date
            .map(PartialDate::from_date)
            .or(self.article.period)
    }

    /// This article's part of the graph, the article its own story (its
    /// signature is recorded; [`Graph::count_stories`] groups the stories
    /// once the graph is whole).
    pub fn to_graph(&self, limits: Limits) -> Graph {
        let mut g = Graph::with_limits(limits);
        let doc: Arc<str> = self.article.id.as_str().into();
        let text = self.article.text.as_str();
        // Offsets in the document as read (a part of a long one starts later).
        let offset = self.article.offset;
        let at = |s: Span| Span::new(s.start + offset, s.end + offset);
        g.add_doc(
            &doc,
            DocInfo {
                date: self.doc_date(),
                title: self.article.title.as_deref().map(Box::from),
                url: self.article.url.as_deref().map(Box::from),
                signature: Signature::of_parts(self.cleaned.body().map(|s| s.text(text))),
                story: None,
            },
        );
        let r = &self.resolved;
        let mut nodes: Vec<Node> = r
            .actors
            .iter()
            .map(|a| {
                let mut n = Node::new(&a.id, &a.label, a.kind);
                n.ids = a.ids.clone();
                n.discovered = a.discovered;
                n.aliases.insert(a.label.clone());
                n
            })
            .collect();
        for m in &r.mentions {
            if !m.how.is_naming() {
                continue;
            }
            let n = &mut nodes[m.actor];
            let t = m.span.text(text);
            n.mention_count += 1;
            // The first mention of each surface form in each article is kept
            // (its offsets are the proof); repeats are counted, not stored.
            if n.aliases.insert(t.to_string()) || !n.mentions.iter().any(|x| &*x.text == t) {
                n.mentions.push(MentionRef {
                    doc: doc.clone(),
                    span: at(m.span),
                    text: t.into(),
                });
            }
        }
        // Actors named only by pronouns still need a node when an edge uses them.
        let used: BTreeSet<usize> = self
            .relations
            .iter()
            .flat_map(|f| [f.subject, f.object])
            .collect();
        for (i, n) in nodes.into_iter().enumerate() {
            if n.mention_count > 0 || used.contains(&i) {
                g.add_node(n);
            }
        }
        let settled = self.settle();
        let mut sentences: BTreeMap<Span, Arc<str>> = BTreeMap::new();
        for (f, st) in self.relations.iter().zip(&settled) {
            let date = st.date;
            let rule: Arc<str> = f.rule.as_str().into();
            let mut rules = crate::graph::SmallSet::from([rule.clone()]);
            if st.date_from == DateFrom::Article {
                rules.insert(ARTICLE_DATE_RULE.into());
            }
            if st.date_from == DateFrom::Paragraph {
                rules.insert(CONTEXT_DATE_RULE.into());
            }
            let place = st.place;

            let (s, o) = (&r.actors[f.subject].id, &r.actors[f.object].id);
            let mut places = crate::graph::SmallMap::new();
            if let Some(p) = place {
                places.insert(r.actors[p].id.as_str().into(), 1);
            }
            // One sentence supporting several edges is stored once.
            let sentence = sentences
                .entry(f.evidence)
                .or_insert_with(|| f.evidence.text(text).into())
                .clone();
            g.add_edge(Edge {
                key: EdgeKey::new(s, f.relation, f.status, o, date),
                weight: 1,
                sentences: 1,
                places,
                evidence: smallvec::smallvec![Evidence {
                    doc: doc.clone(),
                    span: at(f.evidence),
                    text: sentence,
                    rule,
                    initiator: Some(s.as_str().into()),
                }],
                rules,
                docs: [doc.clone()].into(),
                more_docs: None,
                doc_count: 1,
            });
        }
        g
    }
}

impl Pipeline {
    /// Runs every rule's example sentences through the whole pipeline and
    /// returns one message per example whose relations differ from what it
    /// expects. Relations are written "Subject relation Object status \[date\]
    /// \[place\]" with labels, the two labels of a symmetric relation in
    /// alphabetical order; `holds_office` is left out.
    pub fn check_examples(&self) -> Vec<String> {
        let rules = self
            .rules
            .iter()
            .map(|r| (&r.id, &r.origin, &r.examples, "rule"));
        self.check(rules)
    }

    /// Runs the built-in entailments' example sentences (with this
    /// pipeline's rules, which must find the frames they read) and returns
    /// one message per example that differs, as [`Pipeline::check_examples`].
    pub fn check_entailment_examples(&self) -> Vec<String> {
        let entailments = relate::entail::builtin()
            .iter()
            .map(|e| (&e.id, &e.origin, &e.examples, "entailment"));
        self.check(entailments)
    }

    fn check<'a>(
        &self,
        sources: impl Iterator<Item = (&'a String, &'a String, &'a Vec<relate::Example>, &'a str)>,
    ) -> Vec<String> {
        let mut failures = Vec::new();
        for (id, origin, examples, what) in sources {
            for (i, ex) in examples.iter().enumerate() {
                let mut article = Article::new(format!("{id}#{}", i + 1), ex.text.clone());
                article.date = ex.date.as_deref().and_then(|d| d.parse().ok());
                let a = self.analyze(article);
                let got: BTreeSet<String> = a.describe_relations().into_iter().collect();
                let want: BTreeSet<String> = ex.expect.iter().cloned().collect();
                if got != want {
                    failures.push(format!(
                        "{what} {id} ({origin}) example {}: {:?}\n  expected: {:?}\n  got:      {:?}",
                        i + 1,
                        ex.text,
                        want,
                        got
                    ));
                }
            }
        }
        failures
    }
}

impl Analysis {
    /// The relations as "Subject relation Object status \[date\] \[place\]" lines
    /// (labels; symmetric pairs in alphabetical order; no holds_office).
    pub fn describe_relations(&self) -> Vec<String> {
        let r = &self.resolved;
        let mut out: Vec<String> = self
            .relations
            .iter()
            .filter(|f| f.relation != crate::model::Relation::HoldsOffice)
            .map(|f| {
                let (mut s, mut o) = (
                    r.actors[f.subject].label.as_str(),
                    r.actors[f.object].label.as_str(),
                );
                if f.relation.is_symmetric() && o < s {
                    std::mem::swap(&mut s, &mut o);
                }
                let mut line = format!("{s} {} {o} {}", f.relation, f.status);
                if let Some(d) = f.date {
                    line.push_str(&format!(" {d}"));
                }
                if let Some(p) = f.place {
                    line.push_str(&format!(" {}", r.actors[p].label));
                }
                line
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relation, Status};

    #[test]
    fn undated_events_take_their_pairs_date_then_the_articles() {
        let p = Pipeline::default();
        let mut a = Article::new(
            "a.txt",
            "Ruto and Lula met in Nairobi on Monday. Ruto hosted Lula at State House.\n\n\
             Lula criticized Milei. Lula will meet Milei.\n",
        );
        a.date = Some(jiff::civil::Date::constant(2024, 3, 6));
        let g = p.analyze(a).to_graph(Limits::default());
        let find = |r: Relation| {
            g.edges()
                .find(|e| e.key.relation == r)
                .unwrap_or_else(|| panic!("no {r:?} edge"))
        };
        let date = |r: Relation| find(r).key.date.map(|d| d.to_string());
        // The hosting is the meeting of Monday.
        assert_eq!(date(Relation::Hosted).as_deref(), Some("2024-03-04"));
        assert!(!find(Relation::Hosted).rules.contains(ARTICLE_DATE_RULE));
        // Nothing dates the criticism: the article's date, and the edge says so.
        assert_eq!(date(Relation::Criticized).as_deref(), Some("2024-03-06"));
        assert!(find(Relation::Criticized).rules.contains(ARTICLE_DATE_RULE));
        // A plan is not dated by the day it was reported.
        let planned: Vec<_> = g
            .edges()
            .filter(|e| e.key.status == Status::Planned)
            .collect();
        assert!(
            !planned.is_empty() && planned.iter().all(|e| e.key.date.is_none()),
            "{planned:?}"
        );
    }

    #[test]
    fn what_did_not_happen_is_dated_ahead_of_the_article() {
        let p = Pipeline::default();
        let mut a = Article::new(
            "a.txt",
            "Ruto denied reports that he plans to travel to Brasilia to meet Lula on May 9.\n",
        );
        a.date = Some(jiff::civil::Date::constant(2025, 11, 22));
        let g = p.analyze(a).to_graph(Limits::default());
        let met = g
            .edges()
            .find(|e| e.key.relation == Relation::Met)
            .expect("a met edge");
        assert_eq!(met.key.status, Status::Denied);
        assert_eq!(
            met.key.date.map(|d| d.to_string()).as_deref(),
            Some("2026-05-09")
        );
    }

    /// The dated edges of one article, as "relation date [rules]".
    fn dated(text: &str, date: (i16, i8, i8)) -> Vec<String> {
        let p = Pipeline::default();
        let mut a = Article::new("a.txt", text);
        a.date = Some(jiff::civil::Date::constant(date.0, date.1, date.2));
        let g = p.analyze(a).to_graph(Limits::default());
        g.edges()
            .filter(|e| e.key.relation != Relation::HoldsOffice)
            .map(|e| {
                let date = e.key.date.map(|d| d.to_string()).unwrap_or("-".into());
                let rules: Vec<&str> = e.rules.iter().map(|r| &**r).collect();
                format!("{} {} {}", e.key.relation.as_str(), date, rules.join(","))
            })
            .collect()
    }

    #[test]
    fn an_undated_event_takes_the_last_date_of_its_paragraph() {
        // 2024-03-08 was a Friday: Tuesday is the 5th.
        let got = dated(
            "Lula arrived in Mombasa on Tuesday. Ruto flew into Mombasa late the same day.\n\n\
             Scholz criticized Kishida over the trade talks, and Kishida said little.\n",
            (2024, 3, 8),
        );
        assert!(
            got.contains(&"visited 2024-03-05 date.context,visited.verb".to_string()),
            "{got:?}"
        );
        // "the next morning" is the day after the paragraph's last date.
        let next = dated(
            "Kishida arrived in Seoul on Sunday. Yoon welcomed him at the presidential office \
             the next morning.\n",
            (2024, 6, 12),
        );
        assert!(
            next.contains(&"hosted 2024-06-10 date.context,hosted.verb".to_string()),
            "{next:?}"
        );
        // What is yet to come tells no story so far.
        let ahead = dated(
            "Kishida will host Widodo next month. Lula was hosted by Ruto at State House.\n",
            (2024, 3, 8),
        );
        assert!(
            ahead.contains(&"hosted 2024-03-08 date.article,hosted.verb".to_string()),
            "{ahead:?}"
        );
        // A new paragraph is a new scene: the article's date.
        assert!(
            got.contains(&"criticized 2024-03-08 criticized.verb,date.article".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn a_cancellation_is_dated_by_the_act_not_by_the_plan() {
        let got = dated(
            "Ruto on Thursday canceled his planned June 12 summit with Museveni.\n",
            (2024, 5, 25),
        );
        assert!(
            got.contains(&"canceled 2024-05-23 canceled.verb".to_string()),
            "{got:?}"
        );
        // The summit that will not take place keeps the date it had.
        assert!(
            got.contains(&"met 2024-06-12 met.canceled".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn an_undated_report_takes_the_date_of_the_articles_one_dated_report() {
        let p = Pipeline::default();
        let mut a = Article::new(
            "a.txt",
            "Ruto meets Lula in Nairobi\n\nRuto met Lula in Nairobi on Monday.\n",
        );
        a.date = Some(jiff::civil::Date::constant(2024, 3, 6));
        let g = p.analyze(a).to_graph(Limits::default());
        let met: Vec<_> = g
            .edges()
            .filter(|e| e.key.relation == crate::model::Relation::Met)
            .collect();
        assert_eq!(met.len(), 1, "{met:?}");
        assert_eq!(
            met[0].key.date.map(|d| d.to_string()).as_deref(),
            Some("2024-03-04")
        );
        // Two sentences of one article: one story.
        assert_eq!((met[0].sentences, met[0].weight), (2, 1));
    }

    #[test]
    fn every_rule_example_holds() {
        let p = Pipeline::default();
        let mut failures = p.check_examples();
        failures.extend(p.check_entailment_examples());
        assert!(
            failures.is_empty(),
            "{} failing examples:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn the_same_input_gives_the_same_graph_whatever_the_order() {
        let p = Pipeline::default();
        let arts = |rev: bool| {
            let mut v = vec![
                Article::new("a.txt", "Ruto met Lula in Nairobi. Scholz phoned Kishida."),
                Article::new(
                    "b.txt",
                    "Lula and Ruto met again. Widodo criticized Scholz.",
                ),
            ];
            if rev {
                v.reverse();
            }
            v
        };
        let one = crate::export::json::to_string(&p.build(arts(false)));
        let two = crate::export::json::to_string(&p.build(arts(true)));
        assert_eq!(one, two);
        assert!(one.contains("\"relation\": \"met\""));
    }
}
