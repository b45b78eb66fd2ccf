//! Many machines: partial graphs merged from the command line give the graph
//! of one run, and the PySpark example (examples/spark) gives it too.
//!
//! The merge test needs only the binary. The Spark tests run the example in
//! Spark's local mode with the readers' Python (`common::python`, the
//! `.venv-readers/` of `.ci/install-readers.sh`) and skip, saying so, when it
//! cannot import pyspark or there is no `java`; in CI (`CI=true`), where the
//! install script has run, that is a failure. The id check needs only Python.

mod common;

use common::python;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

/// Our own short articles (id, date, title, text) about people in the
/// default gazetteer. Actors recur across the corpus, so that any split of
/// it puts parts of the same nodes and edges into different partial graphs.
const ARTICLES: [(&str, &str, &str, &str); 10] = [
    (
        "k-01",
        "2024-02-12",
        "Ruto hosts Scholz in Nairobi",
        "Kenyan President William Ruto hosted German Chancellor Olaf Scholz at State House \
         in Nairobi on Monday. The two leaders discussed geothermal power and labour migration.",
    ),
    (
        "k-02",
        "2024-03-05",
        "Kishida calls Widodo",
        "Japanese Prime Minister Fumio Kishida called Indonesian President Joko Widodo on \
         Tuesday to discuss fisheries and a new port in Sulawesi.",
    ),
    (
        "k-03",
        "2024-04-18",
        "Lula visits Berlin",
        "Brazilian President Lula visited Berlin on Thursday. Olaf Scholz met Lula at the \
         Chancellery, where they spoke about the Amazon fund.",
    ),
    (
        "k-04",
        "2024-05-09",
        "Widodo calls off trip",
        "Joko Widodo canceled a planned visit to Nairobi on Wednesday, citing floods at home. \
         William Ruto said the meeting would be rescheduled.",
    ),
    (
        "k-05",
        "2024-06-21",
        "Scholz faults Kishida",
        "Olaf Scholz criticized Fumio Kishida on Friday over whaling quotas, according to \
         officials in Berlin.",
    ),
    (
        "k-06",
        "2024-07-02",
        "Ruto in Tokyo",
        "William Ruto met Fumio Kishida in Tokyo on Tuesday. Kishida welcomed Ruto and the \
         two leaders signed a railway agreement.",
    ),
    (
        "k-07",
        "2024-08-15",
        "Lula and Widodo talk nickel",
        "Lula spoke to Joko Widodo by phone on Thursday about nickel prices and rainforest \
         protection.",
    ),
    (
        "k-08",
        "2024-09-30",
        "Scholz to visit Nairobi",
        "Olaf Scholz will visit Nairobi next month, a spokesman said on Monday. William Ruto \
         is expected to host the chancellor.",
    ),
    (
        "k-09",
        "2024-10-11",
        "Kishida hosts Lula",
        "Fumio Kishida hosted Lula in Tokyo on Friday. Lula later met William Ruto in Tokyo \
         on the sidelines of a trade forum.",
    ),
    (
        "k-10",
        "2024-11-04",
        "Kishida calls Widodo again",
        "Fumio Kishida called Joko Widodo on Monday about the port project, a week after \
         Widodo met William Ruto in Jakarta.",
    ),
];

/// One JSON Lines record per article; `with_ids` false leaves the id out.
fn jsonl(articles: &[(&str, &str, &str, &str)], with_ids: bool) -> String {
    let mut out = String::new();
    for (id, date, title, text) in articles {
        let mut rec = serde_json::json!({"date": date, "title": title, "text": text});
        if with_ids {
            rec["id"] = serde_json::Value::from(*id);
        }
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    out
}

fn show(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr (last 3000 bytes)\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        tail(&String::from_utf8_lossy(&o.stderr), 3000)
    )
}

fn tail(s: &str, n: usize) -> &str {
    let mut start = s.len().saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

fn run(cmd: &mut Command) -> Output {
    let o = cmd.output().expect("cannot run command");
    assert!(o.status.success(), "{cmd:?} failed: {}", show(&o));
    o
}

/// `actorgraph build FILE -f json -o OUT`: the reference graph of one run.
fn build_file(file: &Path, out: &Path) -> Vec<u8> {
    run(Command::new(BIN)
        .args(["build", "-f", "json", "-q", "-o"])
        .arg(out)
        .arg(file));
    fs::read(out).expect("build wrote no graph")
}

/// `actorgraph build - --format json -o -` with `records` on stdin, as each
/// Spark partition is built.
fn build_stdin(records: &str) -> Vec<u8> {
    let mut child = Command::new(BIN)
        .args(["build", "-", "--format", "json", "-o", "-", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start actorgraph");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(records.as_bytes())
        .expect("cannot write to actorgraph");
    let o = child.wait_with_output().expect("actorgraph did not finish");
    assert!(o.status.success(), "build - failed: {}", show(&o));
    o.stdout
}

fn merge(dir: &Path, inputs: &[&Path], name: &str) -> Vec<u8> {
    let out = dir.join(name);
    run(Command::new(BIN)
        .arg("merge")
        .args(inputs)
        .arg("-o")
        .arg(&out));
    fs::read(out).expect("merge wrote no graph")
}

fn graph(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("graph JSON")
}

/// The ids of the documents some mention of node `id` comes from.
fn mention_docs(g: &serde_json::Value, id: &str) -> Vec<String> {
    let node = g["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"));
    let mut docs: Vec<String> = node["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .map(|m| m["doc"].as_str().expect("doc").to_string())
        .collect();
    docs.sort();
    docs.dedup();
    docs
}

#[test]
fn merging_parts_in_any_order_gives_the_graph_of_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus.jsonl");
    fs::write(&corpus, jsonl(&ARTICLES, true)).expect("write corpus");
    let whole = build_file(&corpus, &dir.path().join("whole.json"));
    let g = graph(&whole);
    assert_eq!(g["documents"].as_array().expect("documents").len(), 10);
    assert!(g["edges"].as_array().expect("edges").len() >= 10, "{g}");

    // Three unequal parts; each built from stdin as a Spark partition is.
    let parts = [&ARTICLES[..4], &ARTICLES[4..7], &ARTICLES[7..]];
    let mut files: Vec<PathBuf> = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let bytes = build_stdin(&jsonl(part, true));
        assert_ne!(bytes, whole, "part {i} alone gives the whole graph");
        let f = dir.path().join(format!("part{i}.json"));
        fs::write(&f, bytes).expect("write part");
        files.push(f);
    }
    // The split is not trivial: one actor's mentions are spread over all
    // three parts, so their partial nodes must be merged.
    let ruto = mention_docs(&g, "william-ruto");
    for part in parts {
        assert!(
            part.iter().any(|a| ruto.contains(&a.0.to_string())),
            "william-ruto is not mentioned in part {:?}: {ruto:?}",
            part.iter().map(|a| a.0).collect::<Vec<_>>()
        );
    }

    let [a, b, c] = [&files[0], &files[1], &files[2]].map(PathBuf::as_path);
    let abc = merge(dir.path(), &[a, b, c], "abc.json");
    let cab = merge(dir.path(), &[c, a, b], "cab.json");
    let bc = dir.path().join("bc.json");
    merge(dir.path(), &[b, c], "bc.json");
    let a_bc = merge(dir.path(), &[&bc, a], "a_bc.json");
    assert!(abc == whole, "merge a b c differs from one run");
    assert!(cab == whole, "merge c a b differs from one run");
    assert!(a_bc == whole, "merge (b c) a differs from one run");
}

/// Why the Spark tests cannot run here, if they cannot.
fn spark_missing() -> Option<String> {
    let why = spark_missing_here()?;
    // CI has run the install script: a missing PySpark there is a broken
    // install, not a machine without Spark.
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "{why}: in CI the Spark example must run"
    );
    Some(why)
}

fn spark_missing_here() -> Option<String> {
    let works = |cmd: &mut Command| {
        cmd.stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !works(Command::new(python()).args(["-c", "import pyspark"])) {
        return Some("PySpark is not installed (python -c 'import pyspark' failed; run .ci/install-readers.sh)".into());
    }
    if !works(Command::new("java").arg("-version")) {
        return Some("PySpark is installed but java is missing".into());
    }
    None
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/spark/actorgraph_spark.py")
}

/// Runs the Spark example in local mode with 3 partitions; returns the
/// merged graph and the partial graphs.
fn spark_build(dir: &Path, corpus: &Path, extra: &[&str]) -> (Vec<u8>, Vec<Vec<u8>>) {
    let out = dir.join("spark.json");
    let partials = dir.join("partials");
    let o = Command::new(python())
        .arg(example())
        .arg("--input")
        .arg(corpus)
        .arg("--output")
        .arg(&out)
        .args(["--partitions", "3", "--master", "local[2]"])
        .arg("--actorgraph")
        .arg(BIN)
        .arg("--partials")
        .arg(&partials)
        .args(extra)
        // Spark leaves its scratch files in the working folder.
        .current_dir(dir)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        // Spark's workers run this Python too, which has PySpark.
        .env("PYSPARK_PYTHON", python())
        .output()
        .expect("cannot run python3");
    assert!(o.status.success(), "the Spark example failed: {}", show(&o));
    let mut names: Vec<PathBuf> = fs::read_dir(&partials)
        .expect("no partials folder")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    let parts = names
        .iter()
        .map(|p| fs::read(p).expect("partial graph"))
        .collect();
    (fs::read(out).expect("the example wrote no graph"), parts)
}

#[test]
fn spark_local_mode_gives_the_graph_of_one_run() {
    if let Some(why) = spark_missing() {
        println!("SKIPPED: {why}; the Spark example was not run");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus.jsonl");
    fs::write(&corpus, jsonl(&ARTICLES, true)).expect("write corpus");
    let whole = build_file(&corpus, &dir.path().join("whole.json"));
    let (merged, parts) = spark_build(dir.path(), &corpus, &[]);
    // Every partition was built and none alone is the whole graph.
    assert_eq!(parts.len(), 3, "expected 3 partial graphs");
    let mut docs = 0;
    for p in &parts {
        assert_ne!(p, &whole, "one partition holds the whole corpus");
        docs += graph(p)["documents"].as_array().expect("documents").len();
    }
    assert_eq!(docs, ARTICLES.len(), "documents lost or doubled");
    assert!(merged == whole, "the Spark graph differs from one run");
}

#[test]
fn spark_numbers_records_without_ids_as_one_run_does() {
    if let Some(why) = spark_missing() {
        println!("SKIPPED: {why}; the Spark example was not run");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("noids.jsonl");
    fs::write(&corpus, jsonl(&ARTICLES, false)).expect("write corpus");
    let whole = build_file(&corpus, &dir.path().join("whole.json"));
    // One run names them FILE:LINE; so must the partitions.
    let ids: Vec<String> = graph(&whole)["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["id"].as_str().expect("id").to_string())
        .collect();
    assert!(ids.contains(&"noids.jsonl:10".to_string()), "{ids:?}");
    let (merged, parts) = spark_build(dir.path(), &corpus, &["--number-lines"]);
    assert_eq!(parts.len(), 3, "expected 3 partial graphs");
    assert!(merged == whole, "the Spark graph differs from one run");
}

/// The example refuses records without ids unless told to number them; its
/// test of "has an id" must agree with actorgraph's, which names a record
/// without one `FILE:LINE` (here `-:LINE`).
#[test]
fn the_examples_id_check_agrees_with_actorgraph() {
    let records = [
        r#"{"id":"a1","text":"Olaf Scholz met Lula in Berlin."}"#,
        r#"{"id":"  ","text":"Olaf Scholz met Lula in Berlin."}"#,
        r#"{"id":17,"text":"Olaf Scholz met Lula in Berlin."}"#,
        r#"{"id":true,"text":"Olaf Scholz met Lula in Berlin."}"#,
        r#"{"id":null,"text":"Olaf Scholz met Lula in Berlin."}"#,
        r#"{"id":["x"],"text":"Olaf Scholz met Lula in Berlin."}"#,
        r#"{"text":"Olaf Scholz met Lula in Berlin."}"#,
    ];
    let probe = format!(
        "import json, sys\n\
         sys.path.insert(0, {dir:?})\n\
         import actorgraph_spark as m\n\
         for line in sys.stdin:\n    \
             print(m.has_id(json.loads(line), 'id'))\n",
        dir = example().parent().expect("folder").display().to_string()
    );
    let mut child = match Command::new(python())
        .args(["-c", &probe])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            println!("SKIPPED: {} cannot be run ({e})", python());
            return;
        }
    };
    let input = records.join("\n") + "\n";
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write to python3");
    let o = child.wait_with_output().expect("python3 did not finish");
    assert!(o.status.success(), "{}", show(&o));
    let python: Vec<bool> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| l == "True")
        .collect();

    let g = graph(&build_stdin(&input));
    let ids: Vec<&str> = g["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    let rust: Vec<bool> = (1..=records.len())
        .map(|line| !ids.contains(&format!("-:{line}").as_str()))
        .collect();
    assert_eq!(
        python, rust,
        "python has_id vs actorgraph, by line; ids {ids:?}"
    );
    assert_eq!(python, [true, false, true, false, false, false, false]);
}
