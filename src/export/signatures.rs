//! The documents' near-duplicate signatures, in a file of their own beside
//! the graph JSON: `graph.json` keeps `graph.signatures.jsonl`.
//!
//! A signature is 128 bytes (256 hex digits) per document, most of a large
//! graph JSON, and only `merge` needs them (to find the stories shared by
//! two parts). The graph a user opens is the graph; the signatures file is
//! one JSON object a line, `{"id": DOC, "signature": HEX}`, in document
//! order, for each document long enough to compare. Graph JSON written to
//! standard output (a stream with no file beside it) keeps them inline.

use crate::clean::dup::{self, Signature};
use crate::error::{Error, Result};
use crate::graph::Graph;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

#[derive(Serialize, Deserialize)]
struct Line<'a> {
    id: std::borrow::Cow<'a, str>,
    signature: String,
}

/// The signatures file of the graph JSON at `graph`: `g.json` ->
/// `g.signatures.jsonl` (a name with no `.json` gets the suffix added).
pub fn path_for(graph: &Path) -> PathBuf {
    let name = graph
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    graph.with_file_name(format!("{stem}.signatures.jsonl"))
}

/// Writes the signatures of `g`'s documents, one line each.
pub fn write_to(g: &Graph, w: &mut dyn Write) -> std::io::Result<()> {
    for (id, d) in g.docs() {
        if let Some(sig) = &d.signature {
            let line = Line {
                id: id.into(),
                signature: sig.to_hex(),
            };
            serde_json::to_writer(&mut *w, &line)?;
            w.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// Reads a signatures file; a bad line is an error naming `file` and the line.
pub fn read(reader: impl BufRead, file: &str) -> Result<BTreeMap<String, Signature>> {
    let mut out = BTreeMap::new();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| {
            let why = format!("cannot read: {}", crate::ingest::io_message(&e));
            Error::parse(file, Some(i + 1), why)
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let bad = |m: String| Error::parse(file, Some(i + 1), m);
        let l: Line =
            serde_json::from_str(&line).map_err(|e| bad(format!("not a signatures line: {e}")))?;
        let sig = Signature::from_hex(&l.signature).ok_or_else(|| {
            bad(format!(
                "invalid signature in document '{}': expected {} hex digits",
                l.id,
                dup::SIG_LEN * 4
            ))
        })?;
        out.insert(l.id.into_owned(), sig);
    }
    Ok(out)
}

/// Reads the signatures file beside the graph JSON at `graph`, if there is
/// one: `Ok(None)` when there is none.
pub fn read_beside(graph: &Path) -> Result<Option<BTreeMap<String, Signature>>> {
    let path = path_for(graph);
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(path, e)),
    };
    let shown = path.display().to_string();
    read(std::io::BufReader::new(file), &shown).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_named_for_the_graph() {
        assert_eq!(
            path_for(Path::new("out/graph.json")),
            Path::new("out/graph.signatures.jsonl")
        );
        assert_eq!(
            path_for(Path::new("part")),
            Path::new("part.signatures.jsonl")
        );
    }
}
