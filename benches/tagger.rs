//! Tokenizer and tagger throughput on one core, on real text.
//!
//! usage: cargo bench --bench tagger [-- [CORPUS.jsonl | DIR]]
//!
//! Without an argument the text is the development set's articles, read
//! from `../shared/eval/dev/docs` (never copied into the repository), and
//! the embedded sample articles; a JSON Lines corpus (`text` fields) or a
//! folder of `.txt` files can be given instead. Articles are cleaned and
//! split into sentences first (not timed); then every sentence is split
//! into tokens alone, and tokenized, tagged and lemmatized by
//! `token::tag_sentence`. The text is read several times over (at least
//! one second and five passes a stage) and the median pass reported.
//! Figures, not a test.

use actorgraph::article::Article;
use actorgraph::span::Span;
use actorgraph::{clean, sentence, token};
use std::path::Path;
use std::time::Instant;

fn articles() -> Vec<Article> {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let mut out = Vec::new();
    let read_dir = |dir: &Path, out: &mut Vec<Article>| {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "txt"))
        {
            if let Ok(text) = std::fs::read_to_string(f) {
                out.push(Article::new(f.display().to_string(), text));
            }
        }
    };
    match arg {
        Some(a) if a.ends_with(".jsonl") => {
            let text = std::fs::read_to_string(&a).expect("read the corpus");
            for (i, l) in text.lines().enumerate() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(l) {
                    out.push(Article::new(
                        i.to_string(),
                        v["text"].as_str().unwrap_or(""),
                    ));
                }
            }
        }
        Some(a) => read_dir(Path::new(&a), &mut out),
        None => {
            read_dir(
                &Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev/docs"),
                &mut out,
            );
            out.extend(actorgraph::sample::articles());
        }
    }
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Runs `pass` until a second has gone and at least five times; the median
/// seconds per pass.
fn time(mut pass: impl FnMut() -> usize) -> f64 {
    let start = Instant::now();
    let mut secs = Vec::new();
    while secs.len() < 5 || start.elapsed().as_secs_f64() < 1.0 {
        let t = Instant::now();
        std::hint::black_box(pass());
        secs.push(t.elapsed().as_secs_f64());
    }
    median(secs)
}

fn main() {
    let articles = articles();
    let mut sentences: Vec<(usize, Span)> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let cleaned = clean::clean(a);
        for region in cleaned.body() {
            sentences.extend(sentence::split(&a.text, region).into_iter().map(|s| (i, s)));
        }
    }
    let bytes: usize = sentences.iter().map(|(_, s)| s.len()).sum();
    let t = Instant::now();
    let first = token::tag_sentence("Putin met Xi.", Span::new(0, 13));
    let load = t.elapsed().as_secs_f64();
    std::hint::black_box(first);
    let tokens: usize = sentences
        .iter()
        .map(|(i, s)| token::split::split(s.text(&articles[*i].text)).len())
        .sum();
    println!(
        "{} articles, {} sentences, {:.2} MB of sentence text, {} tokens; tagger loaded in {:.0} ms",
        articles.len(),
        sentences.len(),
        bytes as f64 / 1e6,
        tokens,
        load * 1000.0
    );
    if sentences.is_empty() {
        println!("no text: give a corpus (.jsonl) or a folder of .txt files");
        return;
    }
    let report = |name: &str, secs: f64| {
        println!(
            "{name:<28} {:>8.2} MB/s {:>12.0} tokens/s {:>10.0} sentences/s",
            bytes as f64 / 1e6 / secs,
            tokens as f64 / secs,
            sentences.len() as f64 / secs
        );
    };
    let split = time(|| {
        sentences
            .iter()
            .map(|(i, s)| token::split::split(s.text(&articles[*i].text)).len())
            .sum()
    });
    report("tokenizer", split);
    let tagged = time(|| {
        sentences
            .iter()
            .map(|(i, s)| token::tag_sentence(&articles[*i].text, *s).len())
            .sum()
    });
    report("tokenizer+tagger+lemmas", tagged);
}
