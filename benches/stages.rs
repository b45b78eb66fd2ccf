//! Per-stage throughput, in MB/s on one core, over a generated corpus
//! (`scripts/gen_corpus.py`), and the default gazetteer's load time.
//!
//! usage: cargo bench --bench stages [-- [CORPUS.jsonl] [gazetteer]]
//! (without a corpus, 20 MB is generated into the system temp folder;
//! `python3 scripts/gen_corpus.py 100 /tmp/c100.jsonl` makes 100 MB;
//! `gazetteer` stops after the gazetteer's figures)
//!
//! Issue 3's targets: load under 50 ms, matching at least 200 MB/s.
//! Figures, not a test.

use actorgraph::article::Article;
use actorgraph::clean;
use actorgraph::gazetteer::Gazetteer;
use actorgraph::graph::{Graph, Limits};
use actorgraph::pipeline::Pipeline;
use actorgraph::relate;
use actorgraph::resolve;
use actorgraph::sentence;
use actorgraph::span::Span;
use std::time::Instant;

fn corpus() -> Vec<Article> {
    let path = std::env::args()
        .skip(1)
        .find(|a| a.ends_with(".jsonl"))
        .unwrap_or_else(|| {
            let p = std::env::temp_dir().join("actorgraph-bench-20MB.jsonl");
            if !p.exists() {
                let status = std::process::Command::new("python3")
                    .args(["scripts/gen_corpus.py", "20"])
                    .arg(&p)
                    .status()
                    .expect("python3 runs scripts/gen_corpus.py");
                assert!(status.success());
            }
            p.display().to_string()
        });
    let text = std::fs::read_to_string(&path).expect("read the corpus");
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let mut a = Article::new(
                v["id"].as_str().unwrap_or(""),
                v["text"].as_str().unwrap_or(""),
            );
            a.date = v["date"].as_str().and_then(|d| d.parse().ok());
            a
        })
        .collect()
}

fn report(name: &str, bytes: usize, secs: f64) {
    println!(
        "{name:<22} {:>9.1} MB/s  ({secs:.2} s)",
        bytes as f64 / 1e6 / secs
    );
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let only_gazetteer = std::env::args().skip(1).any(|a| a == "gazetteer");
    const LOADS: usize = 21;
    let mut times = Vec::new();
    for _ in 0..LOADS {
        let t = Instant::now();
        let g = Gazetteer::default_gazetteer();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(g);
    }
    let mut parse = Vec::new();
    let mut n = 0;
    for _ in 0..LOADS {
        let t = Instant::now();
        n = 0;
        for (name, text) in actorgraph::gazetteer::DEFAULT_FILES {
            n += actorgraph::gazetteer::entry::parse_jsonl(text, name)
                .0
                .len();
        }
        parse.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let p = Pipeline::default();
    let stats = p.gazetteer.stats();
    let kinds: Vec<String> = stats.iter().map(|(k, n)| format!("{n} {k}")).collect();
    println!(
        "default gazetteer load  {:>9.1} ms    (median of {LOADS}; target < 50 ms)",
        median(times)
    );
    println!(
        "  of which parsing      {:>9.1} ms    (median of {LOADS})",
        median(parse)
    );
    println!("  entries: {n} ({})", kinds.join(", "));

    let arts = corpus();
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    println!(
        "corpus: {} articles, {:.1} MB",
        arts.len(),
        bytes as f64 / 1e6
    );

    // The best of three passes, each over every article on this thread.
    let mut secs = Vec::new();
    let mut hits = 0;
    for _ in 0..3 {
        let t = Instant::now();
        hits = 0;
        for a in &arts {
            hits += p.gazetteer.find(&a.text, Span::new(0, a.text.len())).len();
        }
        secs.push(t.elapsed().as_secs_f64());
    }
    let best = secs.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "gazetteer match         {:>9.1} MB/s  (one core, best of 3 passes of {best:.2} s; {hits} hits; target >= 200 MB/s)",
        bytes as f64 / 1e6 / best
    );
    if only_gazetteer {
        return;
    }

    let t = Instant::now();
    let cleaned: Vec<_> = arts.iter().map(clean::clean).collect();
    report("clean", bytes, t.elapsed().as_secs_f64());

    let t = Instant::now();
    let sents: Vec<Vec<Span>> = arts
        .iter()
        .zip(&cleaned)
        .map(|(a, c)| c.body().flat_map(|b| sentence::split(&a.text, b)).collect())
        .collect();
    report("sentences", bytes, t.elapsed().as_secs_f64());

    let t = Instant::now();
    let resolved: Vec<_> = arts
        .iter()
        .zip(&sents)
        .map(|(a, s)| resolve::resolve(&a.text, s, &p.gazetteer, a.date))
        .collect();
    report("resolve (with match)", bytes, t.elapsed().as_secs_f64());

    let t = Instant::now();
    let mut n = 0;
    for ((a, s), r) in arts.iter().zip(&sents).zip(&resolved) {
        n += relate::relate(&a.text, s, r, &p.rules, &p.gazetteer, a.date).len();
    }
    report("relate", bytes, t.elapsed().as_secs_f64());
    std::hint::black_box(n);

    let t = Instant::now();
    let analyses: Vec<_> = arts.iter().cloned().map(|a| p.analyze(a)).collect();
    report("analyze (all stages)", bytes, t.elapsed().as_secs_f64());

    let t = Instant::now();
    let parts: Vec<Graph> = analyses
        .iter()
        .map(|a| a.to_graph(Limits::default()))
        .collect();
    report("to_graph", bytes, t.elapsed().as_secs_f64());

    let t = Instant::now();
    let mut g = Graph::default();
    for part in parts {
        g.merge(part);
    }
    report("merge", bytes, t.elapsed().as_secs_f64());

    let t = Instant::now();
    g.count_stories();
    report("count_stories", bytes, t.elapsed().as_secs_f64());
    println!(
        "graph: {} nodes, {} edges, {} documents in {} stories",
        g.node_count(),
        g.edge_count(),
        g.docs().count(),
        g.story_count()
    );
}
