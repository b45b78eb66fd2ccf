//! The command line never loses a user's files, and its counts and messages
//! are right: one regression test per bug of issues 28 and 29, each through
//! the binary, checking the files on disk, the exit code and the message.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

/// A fresh folder under the target directory for one test, removed first if
/// an earlier run left it.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli_files")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the binary in `dir` with `args`.
fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The names in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The sample built as the user's earlier run, in `dir/output/`.
fn earlier_run(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let o = run(dir, &["build", "-q"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = dir.join("output");
    let files: Vec<(String, Vec<u8>)> = listing(&out)
        .into_iter()
        .map(|n| {
            let bytes = fs::read(out.join(&n)).unwrap();
            (n, bytes)
        })
        .collect();
    // Four formats and the signatures beside graph.json.
    assert_eq!(files.len(), 5, "{files:?}");
    assert!(files.iter().all(|(_, b)| b.len() > 1000));
    files
}

#[test]
fn misspelt_input_path_does_not_replace_output_with_an_empty_graph() {
    let dir = scratch("misspelt");
    let before = earlier_run(&dir);
    for args in [
        vec!["build", "nwes/"],
        vec!["build", "nwes/", "-f", "json", "-o", "output/graph.json"],
    ] {
        let o = run(&dir, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("actorgraph: error: nwes/: no such file or directory"),
            "{err}"
        );
        assert!(err.contains("nothing written"), "{err}");
        assert!(!err.contains("os error"), "{err}");
        let after: Vec<(String, Vec<u8>)> = before
            .iter()
            .map(|(n, _)| (n.clone(), fs::read(dir.join("output").join(n)).unwrap()))
            .collect();
        assert!(after == before, "{args:?} changed output/");
        assert_eq!(
            listing(&dir.join("output")).len(),
            5,
            "no temporary file left"
        );
    }
    // A fresh folder gets no output folder at all.
    let fresh = scratch("misspelt-fresh");
    let o = run(&fresh, &["build", "nwes.txt"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(listing(&fresh).is_empty(), "{:?}", listing(&fresh));
}

#[test]
fn empty_folder_as_input_writes_nothing() {
    let dir = scratch("empty-folder");
    let before = earlier_run(&dir);
    fs::create_dir(dir.join("empty")).unwrap();
    fs::write(dir.join("empty/notes.pdf"), "not an article").unwrap();
    let o = run(&dir, &["build", "empty"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "actorgraph: error: no article in empty; output/graph.json, output/graph.graphml, \
             output/graph.gexf, output/graph.dot not replaced with an empty graph"
        ),
        "{}",
        stderr(&o)
    );
    let json = fs::read(dir.join("output/graph.json")).unwrap();
    assert!(json == before.iter().find(|(n, _)| n == "graph.json").unwrap().1);
    // Where no file is yet, the graph of no article is written (the Spark
    // example's empty partition), and only there.
    let args = ["build", "-", "--stdin-format", "jsonl", "-f", "json", "-o"];
    let o = run(&dir, &[&args[..], &["new.json"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let empty: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("new.json")).unwrap()).unwrap();
    assert_eq!(empty["nodes"].as_array().map(Vec::len), Some(0));
    let o = run(&dir, &[&args[..], &["output/graph.json"]].concat());
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(fs::read(dir.join("output/graph.json")).unwrap() == json);
}

#[test]
fn build_without_input_says_it_built_the_embedded_sample() {
    let dir = scratch("sample-note");
    // Even with -q, since it writes output/ the user did not name.
    for args in [vec!["build"], vec!["build", "-q"]] {
        let o = run(&dir, &args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("actorgraph: no PATH given: building the embedded sample (6 articles)"),
            "{args:?}: {err}"
        );
    }
    let o = run(
        &dir,
        &["build", "-q", "-f", "json", "-o", "mine.json", "mine.json"],
    );
    // An input given: no word of the sample (mine.json is not an input
    // format, so nothing is read either).
    assert!(!stderr(&o).contains("embedded sample"), "{}", stderr(&o));
}

#[test]
fn dash_o_with_one_format_writes_standard_output_in_build_and_merge() {
    let dir = scratch("dash-o");
    let o = run(&dir, &["build", "-f", "json", "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let built: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert!(!built["nodes"].as_array().unwrap().is_empty());
    assert!(listing(&dir).is_empty(), "{:?}", listing(&dir));

    fs::write(dir.join("a.json"), &o.stdout).unwrap();
    let o = run(&dir, &["merge", "a.json", "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let merged: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert_eq!(merged["nodes"], built["nodes"]);
    assert_eq!(listing(&dir), ["a.json"], "merge wrote a file named -");

    let o = run(&dir, &["merge", "a.json", "-f", "dot", "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("digraph"));
    assert_eq!(listing(&dir), ["a.json"]);
}

#[test]
fn several_formats_with_dash_o_or_a_file_name_are_an_error() {
    let dir = scratch("several");
    for (args, says) in [
        (
            vec!["build", "-o", "-"],
            "-o - writes one format to standard output, and 4 are asked for",
        ),
        (
            vec!["build", "-f", "json,dot", "-o", "-"],
            "-o - writes one format to standard output, and 2 are asked for (json, dot)",
        ),
        (
            vec!["build", "-f", "json,dot", "-o", "g.json"],
            "-o g.json: 2 formats (json, dot) go into a folder, and g.json is not one",
        ),
        (
            vec!["build", "-o", "out"],
            "-o out: 4 formats (json, graphml, gexf, dot) go into a folder",
        ),
    ] {
        let o = run(&dir, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(&format!("actorgraph: error: {says}")),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(o.stdout.is_empty());
        assert!(listing(&dir).is_empty(), "{args:?}: {:?}", listing(&dir));
    }
}

#[test]
fn a_folder_is_made_only_for_an_existing_folder_or_a_trailing_slash() {
    let dir = scratch("folders");
    let o = run(&dir, &["build", "-q", "-f", "json,dot", "-o", "new/"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        listing(&dir.join("new")),
        ["graph.dot", "graph.json", "graph.signatures.jsonl"]
    );

    fs::create_dir(dir.join("existing")).unwrap();
    let o = run(&dir, &["build", "-q", "-f", "gexf", "-o", "existing"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(listing(&dir.join("existing")), ["graph.gexf"]);

    // One format named by the file's extension when no -f is given.
    let o = run(&dir, &["build", "-q", "-o", "g.gexf"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("g.gexf").is_file());
    assert!(
        fs::read_to_string(dir.join("g.gexf"))
            .unwrap()
            .contains("<gexf")
    );
    assert_eq!(listing(&dir), ["existing", "g.gexf", "new"]);
}

/// A rule file with one bad line and one rule with a built-in id, and a
/// gazetteer file with one bad line, in `dir`.
fn bad_user_files(dir: &Path) {
    fs::write(
        dir.join("mine.jsonl"),
        "{\"id\":\"met.verb\",\"relation\":\"met\",\"trigger\":\"\\\\bconferred\\\\b\"}\nnot a rule\n",
    )
    .unwrap();
    fs::write(dir.join("gaz.jsonl"), "not an entry\n").unwrap();
}

#[test]
fn bad_rule_and_gazetteer_lines_are_counted_in_the_build_summary() {
    let dir = scratch("counted");
    bad_user_files(&dir);
    let o = run(
        &dir,
        &[
            "build",
            "--rules",
            "mine.jsonl",
            "--gazetteer",
            "gaz.jsonl",
            "-f",
            "json",
            "-o",
            "g.json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("actorgraph: warning: gaz.jsonl:1: invalid gazetteer entry"),
        "{err}"
    );
    assert!(
        err.contains("actorgraph: warning: mine.jsonl:2: invalid rule"),
        "{err}"
    );
    assert!(
        err.contains(
            "actorgraph: warning: mine.jsonl:1: rule 'met.verb' replaces the built-in rule of that id"
        ),
        "{err}"
    );
    assert!(err.contains("-> g.json (0 skipped, 3 warnings)"), "{err}");
    assert!(dir.join("g.json").is_file());
}

#[test]
fn rules_check_reports_a_rule_that_replaces_a_built_in_one() {
    let dir = scratch("rules-replace");
    bad_user_files(&dir);
    let o = run(&dir, &["rules", "check", "mine.jsonl"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "1 rule, 0 examples, 0 failing, 1 problem, 1 replaces a built-in rule\n"
    );
    assert!(
        stderr(&o).contains("mine.jsonl:1: rule 'met.verb' replaces the built-in rule"),
        "{}",
        stderr(&o)
    );
    // A rule of its own id is no finding.
    fs::write(
        dir.join("own.jsonl"),
        "{\"id\":\"met.conferred\",\"relation\":\"met\",\"trigger\":\"\\\\bconferred\\\\b\"}\n",
    )
    .unwrap();
    let o = run(&dir, &["rules", "check", "own.jsonl"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "1 rule, 0 examples, 0 failing, 0 problems\n"
    );
}

#[test]
fn rules_check_warns_of_a_trigger_searched_in_every_sentence() {
    let dir = scratch("rules-unindexed");
    fs::write(
        dir.join("slow.jsonl"),
        concat!(
            "{\"id\":\"met.starts\",\"relation\":\"met\",\"trigger\":\"\\\\b(?:conferred|huddled)\\\\s+with\\\\b\"}\n",
            "{\"id\":\"met.anyword\",\"relation\":\"met\",\"trigger\":\"\\\\b(?:\\\\w+\\\\s+)?summit\\\\s+with\\\\b\",",
            "\"examples\":[{\"text\":\"Ruto held a summit with Lula.\",",
            "\"expect\":[\"Luiz Inácio Lula da Silva met William Ruto occurred\"]}]}\n",
        ),
    )
    .unwrap();
    let o = run(&dir, &["rules", "check", "slow.jsonl"]);
    let err = stderr(&o);
    // A warning, not a problem: the rule works, only slowly.
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("slow.jsonl:2: rule met.anyword: its trigger has no fixed starting words"),
        "{err}"
    );
    assert!(!err.contains("met.starts"), "{err}");
}

#[test]
fn gazetteer_check_reports_unknown_place_types_and_duplicates_in_file_order() {
    let dir = scratch("gazetteer-check");
    fs::write(
        dir.join("places.jsonl"),
        concat!(
            "{\"kind\":\"place\",\"label\":\"Zedville\",\"type\":\"cty\"}\n",
            "{\"kind\":\"place\",\"label\":\"Ovaton\",\"type\":\"city\"}\n",
            "not json\n",
            "{\"kind\":\"place\",\"label\":\"Ovaton\",\"type\":\"city\"}\n",
        ),
    )
    .unwrap();
    let o = run(&dir, &["gazetteer", "check", "places.jsonl"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "3 entries, 3 problems\n"
    );
    let lines: Vec<String> = stderr(&o).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].starts_with(
            "actorgraph: warning: places.jsonl:1: unknown place type 'cty' for 'Zedville'; expected one of: country"
        ),
        "{lines:?}"
    );
    assert!(lines[1].starts_with("actorgraph: error: places.jsonl:3: invalid gazetteer entry"));
    assert_eq!(
        lines[2],
        "actorgraph: warning: places.jsonl:4: duplicate place 'Ovaton' (key 'ovaton'): line 2 has the same; the later replaces it"
    );
}

/// A sample article, copied into `dir` as `name`.
fn sample_article(dir: &Path, name: &str) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sample/01-nairobi-summit.txt");
    fs::copy(src, dir.join(name)).unwrap();
}

#[test]
fn query_input_does_not_swallow_the_subcommand() {
    let dir = scratch("query-input");
    sample_article(&dir, "a.txt");
    let o = run(&dir, &["query", "--input", "a.txt", "spoke-to", "Ruto"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(table.contains("Lula"), "{table}");
    // Several inputs: the flag again.
    let o = run(
        &dir,
        &[
            "query", "--input", "a.txt", "--input", "a.txt", "top", "--limit", "1",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Nothing to read is an input error, not an unknown actor in an empty graph.
    let o = run(
        &dir,
        &["query", "--input", "nosuch.txt", "spoke-to", "Ruto"],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("actorgraph: error: no article could be read from nosuch.txt"));
    // A folder of articles, named before the subcommand.
    fs::create_dir_all(dir.join("news")).unwrap();
    sample_article(&dir.join("news"), "b.txt");
    let o = run(&dir, &["query", "--input", "news", "spoke-to", "Ruto"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(table.contains("Lula") && table.contains("b.txt"), "{table}");
}

#[test]
fn explain_and_rules_check_refuse_options_that_do_nothing() {
    let dir = scratch("no-op-options");
    sample_article(&dir, "a.txt");
    for args in [
        vec!["explain", "--max-evidence", "3", "a.txt"],
        vec!["explain", "--edge-memory", "1", "a.txt"],
        vec!["rules", "check", "--rules", "a.txt"],
        vec!["rules", "check", "--max-evidence", "3"],
    ] {
        let o = run(&dir, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).starts_with("actorgraph: error: unexpected argument '--"),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(o.stdout.is_empty());
    }
    // The options that do something are still there.
    let o = run(&dir, &["explain", "--no-default-gazetteer", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&dir, &["rules", "check", "--no-default-gazetteer"]);
    assert!(o.status.code() != Some(2), "{}", stderr(&o));
}

#[test]
fn build_help_names_the_default_output_folder() {
    let o = Command::new(BIN)
        .args(["build", "--help"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    let help = String::from_utf8_lossy(&o.stdout);
    let line = help
        .lines()
        .find(|l| l.contains("--output <PATH>"))
        .expect("-o in the help");
    assert!(line.contains("[default: output/]"), "{line}");
}

#[test]
fn a_missing_file_is_one_message_and_exit_2_in_every_command() {
    let dir = scratch("missing-file");
    sample_article(&dir, "a.txt");
    for args in [
        vec!["build", "nosuch.txt"],
        vec!["build", "a.txt", "--rules", "nosuch.txt"],
        vec!["build", "a.txt", "--gazetteer", "nosuch.txt"],
        vec!["explain", "nosuch.txt"],
        vec!["merge", "nosuch.txt", "-o", "m.json"],
        vec!["query", "--graph", "nosuch.txt", "top"],
        vec!["gazetteer", "check", "nosuch.txt"],
        vec!["gazetteer", "stats", "nosuch.txt"],
        vec!["rules", "check", "nosuch.txt"],
    ] {
        let o = run(&dir, &args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("actorgraph: error: "), "{args:?}: {err}");
        assert!(
            err.contains("nosuch.txt: no such file or directory"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("os error"), "{args:?}: {err}");
        for line in err.lines() {
            assert!(
                line.starts_with("actorgraph: error: ")
                    || line.starts_with("actorgraph: warning: "),
                "{args:?}: {line}"
            );
        }
    }
    assert_eq!(listing(&dir), ["a.txt"], "nothing written");
}

#[test]
fn files_of_other_types_in_a_folder_are_counted_and_counts_are_singular() {
    let dir = scratch("other-types");
    fs::create_dir(dir.join("news")).unwrap();
    sample_article(&dir, "news/a.txt");
    fs::write(dir.join("news/notes.pdf"), "%PDF").unwrap();
    fs::create_dir(dir.join("news/sub")).unwrap();
    fs::write(dir.join("news/sub/table.csv"), "a,b").unwrap();
    fs::write(dir.join("news/.hidden.txt"), "hidden files are no input").unwrap();
    let o = run(&dir, &["build", "news", "-f", "json", "-o", "g.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("actorgraph: warning: news: skipped 2 files of other types"),
        "{err}"
    );
    assert!(err.contains("actorgraph: 1 article (1 story), "), "{err}");
    assert!(err.contains("-> g.json (0 skipped, 1 warning)"), "{err}");
    assert!(
        !err.contains("1 articles") && !err.contains("1 warnings"),
        "{err}"
    );
}

#[test]
fn graphml_and_gexf_name_id_columns_readably_and_give_the_place_name() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &["build", "-q", "-f", "graphml,gexf", "-o", "out/"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let graphml = fs::read_to_string(dir.path().join("out/graph.graphml")).unwrap();
    let gexf = fs::read_to_string(dir.path().join("out/graph.gexf")).unwrap();
    assert!(
        graphml.contains(
            r#"<key id="n_id_iso3166_alpha3" for="node" attr.name="id_iso3166_alpha3" attr.type="string"/>"#
        ),
        "{graphml}"
    );
    assert!(
        gexf.contains(
            r#"<attribute id="id_iso3166_alpha3" title="id_iso3166_alpha3" type="string"/>"#
        ),
        "{gexf}"
    );
    for text in [&graphml, &gexf] {
        assert!(!text.contains("_5f_"), "an escaped underscore is left");
    }
    // Key ids stay XML NMTOKENs.
    for id in graphml.split("<key id=\"").skip(1) {
        let id = &id[..id.find('"').unwrap()];
        assert!(
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c)),
            "{id}"
        );
    }
    // The place of the Tokyo meeting: its id, and its name beside it.
    assert!(
        graphml.contains(r#"<data key="e_place">tokyo</data>"#)
            && graphml.contains(r#"<data key="e_place_label">Tokyo</data>"#),
        "{graphml}"
    );
    assert!(
        gexf.contains(r#"<attvalue for="place" value="tokyo"/>"#)
            && gexf.contains(r#"<attvalue for="place_label" value="Tokyo"/>"#),
        "{gexf}"
    );
}
