//! Document dates in the header shapes news sites print: the table in
//! tests/data/dates/headers.tsv (text, expected date, expected source), run
//! through [`actorgraph::clean::date::document_date`], and one page through
//! the binary, whose edges are dated by the header it reads.

use actorgraph::clean::DateSource;
use actorgraph::clean::date::document_date;
use std::path::PathBuf;
use std::process::Command;

fn table() -> Vec<(usize, String, String, String)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/dates/headers.tsv");
    let text = std::fs::read_to_string(&path).expect("tests/data/dates/headers.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "headers.tsv:{}: three fields", n + 1);
            (
                n + 1,
                f[0].replace("\\n", "\n"),
                f[1].to_string(),
                f[2].to_string(),
            )
        })
        .collect()
}

fn source_name(s: DateSource) -> &'static str {
    match s {
        DateSource::Input => "input",
        DateSource::Header => "header",
        DateSource::Dateline => "dateline",
        DateSource::Byline => "byline",
        DateSource::Updated => "updated",
        DateSource::Url => "url",
        DateSource::DatelineWithUrlYear => "dateline-url-year",
    }
}

#[test]
fn every_header_shape_gives_its_date() {
    let cases = table();
    assert!(cases.len() >= 60, "only {} header shapes", cases.len());
    assert!(
        cases.iter().filter(|c| c.2 == "-").count() >= 10,
        "too few cases that must give no date"
    );
    let mut wrong = Vec::new();
    for (line, text, date, source) in &cases {
        let got = document_date(text, None, None)
            .map(|(d, s)| (d.to_string(), source_name(s).to_string()))
            .unwrap_or_else(|| ("-".into(), "-".into()));
        if got != (date.clone(), source.clone()) {
            wrong.push(format!(
                "headers.tsv:{line}: {text:?}: want {date} ({source}), got {} ({})",
                got.0, got.1
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_binary_dates_an_edge_by_the_header_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("page.txt");
    std::fs::write(
        &input,
        "Leaders Meet In Nairobi\nPublished 03/11/2022 17:02 CET\n\n\
         Kenyan President William Ruto met Brazilian President Luiz Inácio Lula da Silva \
         in Nairobi yesterday.\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["build", "-q", "-f", "json", "-o", "-"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("\"met\""), "{json}");
    // 3 November (the CET line is day first), and "yesterday" the day before.
    assert!(json.contains("\"2022-11-02\""), "{json}");
}

#[test]
fn a_month_given_as_metadata_dates_the_undated_events_at_that_precision() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("pages.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"date\":\"2017-11\",\"text\":\"Kenyan President William Ruto met \
         Brazilian President Luiz In\u{e1}cio Lula da Silva in Nairobi.\"}\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["build", "-q", "-f", "json", "-o", "-"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("\"met\""), "{json}");
    assert!(json.contains("\"2017-11\""), "{json}");
    assert!(!json.contains("\"2017-11-"), "{json}");
}
