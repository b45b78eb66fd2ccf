//! Input readers: files, folders, JSON Lines and standard input, one article
//! at a time.
//!
//! A first version: `.txt` files (the bytes as on disk), folders walked in
//! sorted order, `.jsonl` with a `text` field and optional `id`, `date`,
//! `url`, `title`, and `-` for standard input (plain text).

use crate::article::Article;
use crate::diag::Diagnostic;
use jiff::civil::Date;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// How to read inputs.
#[derive(Clone, Debug, Default)]
pub struct InputOptions {
    /// The date for articles that carry none (`--date`).
    pub date: Option<Date>,
}

/// One item read: an article, or a problem with an input.
#[derive(Clone, Debug)]
pub enum Input {
    /// An article.
    Article(Article),
    /// A skipped input or record, or a warning.
    Problem(Diagnostic),
}

/// Reads every path, lazily, one article at a time.
pub fn read_inputs(paths: &[PathBuf], opts: &InputOptions) -> impl Iterator<Item = Input> {
    let mut out = Vec::new();
    for p in paths {
        read_path(p, opts, &mut out);
    }
    out.into_iter()
}

fn read_path(p: &Path, opts: &InputOptions, out: &mut Vec<Input>) {
    let shown = p.display().to_string();
    if shown == "-" {
        let mut s = String::new();
        match std::io::stdin().read_to_string(&mut s) {
            Ok(_) => {
                let mut a = Article::new("stdin", s);
                a.source = "-".into();
                a.date = opts.date;
                out.push(Input::Article(a));
            }
            Err(e) => out.push(Input::Problem(Diagnostic::error(
                "-",
                None,
                format!("cannot read: {e}"),
            ))),
        }
        return;
    }
    let meta = match std::fs::metadata(p) {
        Ok(m) => m,
        Err(e) => {
            out.push(Input::Problem(Diagnostic::error(
                &shown,
                None,
                format!("cannot read: {e}"),
            )));
            return;
        }
    };
    if meta.is_dir() {
        let mut files = Vec::new();
        walk(p, &mut files);
        files.sort();
        for f in files {
            let id = f.strip_prefix(p).unwrap_or(&f).display().to_string();
            read_file(&f, id, opts, out);
        }
    } else {
        let id = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| shown.clone());
        read_file(p, id, opts, out);
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, files);
        } else if matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("txt" | "jsonl")
        ) {
            files.push(p);
        }
    }
}

fn read_file(p: &Path, id: String, opts: &InputOptions, out: &mut Vec<Input>) {
    let shown = p.display().to_string();
    if p.extension().and_then(|x| x.to_str()) == Some("jsonl") {
        let f = match std::fs::File::open(p) {
            Ok(f) => f,
            Err(e) => {
                out.push(Input::Problem(Diagnostic::error(
                    &shown,
                    None,
                    format!("cannot read: {e}"),
                )));
                return;
            }
        };
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    out.push(Input::Problem(Diagnostic::error(
                        &shown,
                        Some(i + 1),
                        format!("cannot read: {e}"),
                    )));
                    break;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = match serde_json::from_str(&line) {
                Ok(v) => v,
                Err(e) => {
                    out.push(Input::Problem(Diagnostic::error(
                        &shown,
                        Some(i + 1),
                        format!("invalid JSON: {e}"),
                    )));
                    continue;
                }
            };
            let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
                out.push(Input::Problem(Diagnostic::error(
                    &shown,
                    Some(i + 1),
                    "missing or non-string field 'text'",
                )));
                continue;
            };
            let rid = v
                .get("id")
                .and_then(|t| t.as_str())
                .map(str::to_string)
                .unwrap_or(format!("{id}:{}", i + 1));
            let mut a = Article::new(rid, text);
            a.source = shown.clone();
            a.date = v
                .get("date")
                .and_then(|d| d.as_str())
                .and_then(|d| d.get(..10))
                .and_then(|d| d.parse().ok())
                .or(opts.date);
            a.url = v.get("url").and_then(|t| t.as_str()).map(str::to_string);
            a.title = v.get("title").and_then(|t| t.as_str()).map(str::to_string);
            out.push(Input::Article(a));
        }
        return;
    }
    match std::fs::read(p) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => {
                let mut a = Article::new(id, text);
                a.source = shown;
                a.date = opts.date;
                out.push(Input::Article(a));
            }
            Err(_) => out.push(Input::Problem(Diagnostic::error(
                &shown,
                None,
                "not UTF-8 text",
            ))),
        },
        Err(e) => out.push(Input::Problem(Diagnostic::error(
            &shown,
            None,
            format!("cannot read: {e}"),
        ))),
    }
}
