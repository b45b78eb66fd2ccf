//! SVG: our DOT drawn by Graphviz.
//!
//! Owns running `dot -Tsvg` (found on `PATH`) on the DOT from [`super::dot`]
//! and turning its failures into errors a user can act on: Graphviz missing
//! is a [`Error::Usage`] naming the package to install.

use crate::error::{Error, Result};
use std::io::Write;
use std::process::{Command, Stdio};

/// The Graphviz program that lays out and draws.
const DOT: &str = "dot";

/// `dot_source` drawn as SVG by Graphviz's `dot`.
pub fn render(dot_source: &str) -> Result<Vec<u8>> {
    render_with(DOT, dot_source)
}

/// As [`render`], with the path or name of the `dot` program.
pub fn render_with(program: &str, dot_source: &str) -> Result<Vec<u8>> {
    let mut child = Command::new(program)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::Usage(format!(
                    "--format svg needs Graphviz, but '{program}' is not on PATH; install \
                     Graphviz (apt-get install graphviz, brew install graphviz) or write \
                     --format dot and render it elsewhere"
                ))
            } else {
                Error::io(program, e)
            }
        })?;
    // Feed stdin from a thread: dot may write warnings while it reads, and a
    // full stderr pipe must not block it while we are still writing.
    let mut stdin = child.stdin.take().expect("stdin was piped");
    let input = dot_source.as_bytes().to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| Error::io(program, e))?;
    let written = writer.join();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::Usage(format!(
            "graphviz '{program} -Tsvg' failed ({}): {}",
            output.status,
            stderr.trim()
        )));
    }
    if let Ok(Err(e)) = written {
        return Err(Error::io(program, e));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_graphviz_is_a_usage_error_that_says_what_to_install() {
        let err = render_with("/nonexistent/actorgraph-test/dot", "digraph {}").unwrap_err();
        assert!(matches!(err, Error::Usage(_)), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains("install Graphviz"), "{msg}");
        assert!(msg.contains("--format dot"), "{msg}");
    }

    #[test]
    fn a_failing_program_reports_its_status() {
        // `false` exists on every Unix and exits 1 without reading its input.
        if cfg!(unix) {
            let err = render_with("false", "digraph {}").unwrap_err().to_string();
            assert!(err.contains("failed"), "{err}");
        }
    }
}
