//! `actorgraph explain` shows the decisions behind each sentence's
//! relations, through the binary: the readings dropped and why, the cue of
//! each status, where dates and places came from; `--json` says the same as
//! JSON Lines, one sentence a line.

use std::path::Path;
use std::process::{Command, Output};

const ARTICLE: &str =
    "TOKYO, Oct. 3, 2023 - Kishida met Scholz in Berlin on Tuesday and spoke with him about trade.

Brasília denies Lula will meet Kishida in June.

Kishida phoned Tokyo on Monday.

Ruto spoke to Scholz.
";

fn explain(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .current_dir(dir)
        .arg("explain")
        .args(args)
        .output()
        .unwrap()
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    dir
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "{:?}: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn a_spoke_to_absorbed_by_a_meeting_is_shown_dropped() {
    let dir = setup();
    let out = stdout(&explain(dir.path(), &["a.txt"]));
    let line = out
        .lines()
        .find(|l| l.contains("dropped Fumio Kishida spoke_to Olaf Scholz"))
        .unwrap_or_else(|| panic!("no dropped spoke_to in\n{out}"));
    assert!(line.contains("absorbed by a met or called"), "{line}");
    assert!(line.contains("Fumio Kishida met Olaf Scholz"), "{line}");
    // The meeting is kept, its date and place traced to their words.
    assert!(
        out.contains("relation Fumio Kishida met Olaf Scholz [occurred]"),
        "{out}"
    );
    assert!(out.contains("date 2023-10-03: from \"Tuesday\""), "{out}");
    assert!(out.contains("place Berlin: from \"in Berlin\""), "{out}");
}

#[test]
fn a_denied_relation_shows_its_cue_and_a_type_check_its_drop() {
    let dir = setup();
    let out = stdout(&explain(dir.path(), &["a.txt"]));
    assert!(
        out.contains("status denied: \"denies\" (a denial earlier in the sentence)"),
        "{out}"
    );
    assert!(
        out.contains("dropped Fumio Kishida called Tokyo")
            && out.contains("type check: called does not take a person and a place"),
        "{out}"
    );
    // An event with no date of its own takes the document's, from its dateline.
    assert!(
        out.contains("the document's date, from its dateline (rule date.article"),
        "{out}"
    );
}

#[test]
fn a_user_rule_that_replaces_a_built_in_shows_what_the_built_in_read() {
    let dir = setup();
    std::fs::write(
        dir.path().join("r.jsonl"),
        r#"{"id":"met.verb","relation":"met","verbs":["greet"]}"#,
    )
    .unwrap();
    let out = stdout(&explain(dir.path(), &["--rules", "r.jsonl", "a.txt"]));
    let line = out
        .lines()
        .find(|l| l.contains("dropped Fumio Kishida met Olaf Scholz (rule met.verb"))
        .unwrap_or_else(|| panic!("no replaced rule in\n{out}"));
    assert!(
        line.contains("a rule of yours with its id replaces it"),
        "{line}"
    );
}

#[test]
fn explain_json_is_one_sentence_a_line_with_the_decisions() {
    let dir = setup();
    let out = stdout(&explain(dir.path(), &["--json", "a.txt"]));
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), 4, "{out}");
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["doc"], "a.txt");
        assert_eq!(l["sentence"], i + 1);
        assert_eq!(l["doc_date"], "2023-10-03");
        assert_eq!(l["doc_date_from"], "dateline");
        for key in [
            "start",
            "end",
            "text",
            "tokens",
            "mentions",
            "relations",
            "dropped",
        ] {
            assert!(l.get(key).is_some(), "no {key} in {l}");
        }
    }
    let first = &lines[0];
    let dropped = first["dropped"].as_array().unwrap();
    assert!(
        dropped.iter().any(|d| d["reason"] == "absorbed"
            && d["relation"] == "spoke_to"
            && d["subject"] == "Fumio Kishida"
            && d["object"] == "Olaf Scholz"),
        "{first}"
    );
    let met = &first["relations"][0];
    assert_eq!(met["relation"], "met");
    assert_eq!(met["date_from"]["from"], "sentence");
    assert_eq!(met["date_from"]["text"], "Tuesday");
    assert_eq!(met["place_from"]["text"], "in Berlin");
    assert_eq!(met["place_id"], "berlin");
    assert_eq!(met["status_cue"]["from"], "default");
    let denied = &lines[1]["relations"][0];
    assert_eq!(denied["status"], "denied");
    assert_eq!(denied["status_cue"]["from"], "words");
    assert_eq!(denied["status_cue"]["word"], "denies");
    assert_eq!(denied["date_from"]["text"], "in June");
    let third = lines[2]["dropped"].as_array().unwrap();
    assert!(
        third.iter().any(|d| d["reason"] == "type_check"),
        "{}",
        lines[2]
    );
    let ruto = &lines[3]["relations"][0];
    assert_eq!(ruto["date_from"]["from"], "article");
    // --skipped shows blocks that are no sentences: not a JSON option.
    let o = explain(dir.path(), &["--json", "--skipped", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_reading_shadowed_by_a_longer_trigger_is_shown_dropped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Trump called off the Singapore summit with Kim Jong Un.\n",
    )
    .unwrap();
    let out = stdout(&explain(dir.path(), &["b.txt"]));
    assert!(
        out.contains("relation Donald Trump met Kim Jong Un [canceled]"),
        "{out}"
    );
    let line = out
        .lines()
        .find(|l| l.contains("dropped Donald Trump met Kim Jong Un (rule met.noun"))
        .unwrap_or_else(|| panic!("no shadowed reading in\n{out}"));
    assert!(line.contains("shadowed by a longer trigger"), "{line}");
    // The place inside the trigger, traced to its word.
    assert!(out.contains("place Singapore: from \"Singapore\""), "{out}");
}
