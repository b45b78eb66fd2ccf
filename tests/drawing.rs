//! The pictures, through the binary: the DOT legend is a small table, the
//! drawing flags (`--no-legend`, `--relation`, `--status`, `--drop-isolated`,
//! `--offices label`) change what is drawn and nothing else, canceled and
//! denied look different in DOT and GEXF, and Graphviz renders the sample and
//! a 200-actor ego graph to PNG without a word on stderr.
//!
//! Graphviz (`dot`) is installed by `.ci/install-readers.sh`; without it the
//! rendering tests fail with that advice, unless `ACTORGRAPH_SKIP_READERS=1`
//! skips them on purpose (as for the other readers).

use actorgraph::gazetteer::Gazetteer;
use actorgraph::model::Kind;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_actorgraph");

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("actorgraph-drawing-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn actorgraph(args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("run actorgraph");
    assert!(
        out.status.success(),
        "actorgraph {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The sample's DOT built with extra flags.
fn sample_dot(dir: &Path, name: &str, flags: &[&str]) -> String {
    let file = dir.join(name);
    let mut args = vec!["build", "-q", "-f", "dot", "-o", file.to_str().unwrap()];
    args.extend_from_slice(flags);
    actorgraph(&args);
    std::fs::read_to_string(&file).unwrap()
}

/// Runs Graphviz; `None` only when the readers are skipped on purpose.
fn graphviz(args: &[&str]) -> Option<Output> {
    if std::env::var("ACTORGRAPH_SKIP_READERS").is_ok_and(|v| v == "1") {
        eprintln!("ACTORGRAPH_SKIP_READERS=1: not running dot");
        return None;
    }
    match Command::new("dot").args(args).output() {
        Ok(out) => Some(out),
        Err(e) => panic!(
            "cannot run dot ({e}); install Graphviz with .ci/install-readers.sh \
             (or set ACTORGRAPH_SKIP_READERS=1 to skip)"
        ),
    }
}

/// The edge lines of a DOT document (`"a" -> "b" [...]`), legend excluded.
fn edge_lines(dot: &str) -> Vec<&str> {
    dot.lines()
        .filter(|l| l.contains(" -> ") && !l.contains("legend:"))
        .collect()
}

/// The node ids of a DOT document, legend excluded.
fn node_ids(dot: &str) -> BTreeSet<String> {
    dot.lines()
        .filter(|l| l.starts_with("  \"") && !l.contains(" -> ") && !l.contains("legend:"))
        .map(|l| l.trim().split('"').nth(1).unwrap().to_string())
        .collect()
}

/// The value of attribute `name` in a DOT line.
fn attr<'a>(line: &'a str, name: &str) -> &'a str {
    let at = line
        .find(&format!(" {name}=\""))
        .or_else(|| line.find(&format!("[{name}=\"")))
        .unwrap_or_else(|| panic!("no {name} in {line}"));
    let rest = &line[at + name.len() + 3..];
    &rest[..rest.find('"').unwrap()]
}

#[test]
fn the_legend_is_a_small_table_that_can_be_left_out() {
    let dir = scratch("legend");
    let with = sample_dot(&dir, "with.dot", &[]);
    assert_eq!(with.matches("legend:").count(), 1, "one legend node");
    assert!(with.contains("<TABLE"), "the legend is an HTML-like table");
    let without = sample_dot(&dir, "without.dot", &["--no-legend"]);
    assert!(!without.contains("legend"), "--no-legend leaves it out");
    assert_eq!(edge_lines(&with), edge_lines(&without), "the same edges");
    assert_eq!(node_ids(&with), node_ids(&without), "the same actors");

    // Its share of the drawn picture, from Graphviz's own layout.
    let file = dir.join("with.dot");
    let Some(out) = graphviz(&["-Tplain", file.to_str().unwrap()]) else {
        return;
    };
    assert!(out.status.success() && out.stderr.is_empty());
    let plain = String::from_utf8(out.stdout).unwrap();
    let num = |l: &str, i: usize| -> f64 { l.split(' ').nth(i).unwrap().parse().unwrap() };
    let g = plain.lines().find(|l| l.starts_with("graph ")).unwrap();
    let legend = plain
        .lines()
        .find(|l| l.starts_with("node \"legend:table\""))
        .unwrap();
    let share = num(legend, 4) * num(legend, 5) / (num(g, 2) * num(g, 3));
    assert!(share <= 0.2, "the legend takes {share:.2} of the picture");
}

#[test]
fn drawing_filters_change_the_picture_and_not_the_data() {
    let dir = scratch("filters");
    let all = sample_dot(&dir, "all.dot", &[]);
    let met = sample_dot(
        &dir,
        "met.dot",
        &["--relation", "met", "--status", "occurred"],
    );
    let kept = edge_lines(&met);
    assert!(!kept.is_empty(), "the sample has occurred meetings");
    assert!(kept.len() < edge_lines(&all).len());
    for l in &kept {
        assert!(attr(l, "label").starts_with("met"), "{l}");
        assert!(!attr(l, "label").contains('('), "only occurred: {l}");
    }
    // The data formats keep everything.
    let json = dir.join("json");
    let j = dir.join("j");
    actorgraph(&["build", "-q", "-f", "json", "-o", json.to_str().unwrap()]);
    actorgraph(&[
        "build",
        "-q",
        "-f",
        "json",
        "-o",
        j.to_str().unwrap(),
        "--relation",
        "met",
    ]);
    assert_eq!(
        std::fs::read(&json).unwrap(),
        std::fs::read(&j).unwrap(),
        "--relation draws; it does not filter graph.json"
    );

    // Every drawn actor touches a drawn edge once isolated ones are dropped.
    let lean = sample_dot(&dir, "lean.dot", &["--relation", "met", "--drop-isolated"]);
    let touched: BTreeSet<String> = edge_lines(&lean)
        .iter()
        .flat_map(|l| {
            l.trim()
                .split('"')
                .enumerate()
                .filter(|(i, _)| *i == 1 || *i == 3)
                .map(|(_, s)| s.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!touched.is_empty());
    assert_eq!(node_ids(&lean), touched);
    assert!(node_ids(&all).len() > touched.len());
}

#[test]
fn offices_fold_into_the_holders_label() {
    let dir = scratch("offices");
    let edges = sample_dot(&dir, "edges.dot", &[]);
    let label = sample_dot(&dir, "label.dot", &["--offices", "label"]);
    let holds = |d: &str| {
        edge_lines(d)
            .iter()
            .filter(|l| attr(l, "label").starts_with("holds_office"))
            .count()
    };
    assert!(holds(&edges) > 0, "the sample has offices");
    assert_eq!(
        holds(&label),
        0,
        "no holds_office edges with --offices label"
    );
    // Each office held is named under its holder instead.
    let office_labels: Vec<String> = edges
        .lines()
        .filter(|l| l.contains("shape=\"hexagon\"") && !l.contains("legend:"))
        .map(|l| attr(l, "label").to_string())
        .collect();
    assert!(!office_labels.is_empty());
    for o in &office_labels {
        let under = label
            .lines()
            .filter(|l| l.contains("shape=\"ellipse\""))
            .any(|l| attr(l, "label").contains(&format!("\\n{o}")));
        assert!(under, "office {o} is named under its holder");
        let node = label
            .lines()
            .any(|l| l.contains("shape=\"hexagon\"") && attr(l, "label") == o);
        assert!(!node, "office {o}, touched by nothing else, is not drawn");
    }
}

/// An article in which a cancellation and a denial are both reported.
const STATUSES: &str = "GENEVA (Reuters) - Olaf Scholz met Joko Widodo in Geneva on Monday.\n\n\
    A planned meeting between Olaf Scholz and William Ruto was canceled on Tuesday.\n\n\
    Fumio Kishida denied that he had met William Ruto.\n";

#[test]
fn canceled_and_denied_look_different_from_each_other_and_from_occurred() {
    let dir = scratch("statuses");
    let article = dir.join("statuses.txt");
    std::fs::write(&article, STATUSES).unwrap();
    let out = dir.join("out");
    // Several formats go into a folder: the trailing `/` makes it.
    let out_arg = format!("{}/", out.display());
    actorgraph(&["build", "-q", article.to_str().unwrap(), "-o", &out_arg]);
    let dot = std::fs::read_to_string(out.join("graph.dot")).unwrap();
    let look = |status: &str| -> Option<(String, String)> {
        edge_lines(&dot)
            .into_iter()
            .find(|l| {
                let label = attr(l, "label");
                label.starts_with("met")
                    && (status == "occurred" && !label.contains('(')
                        || label.contains(&format!("({status})")))
            })
            .map(|l| (attr(l, "color").to_string(), attr(l, "style").to_string()))
    };
    let occurred = look("occurred").expect("an occurred meeting");
    let canceled = look("canceled").expect("a canceled meeting");
    let denied = look("denied").expect("a denied meeting");
    assert_ne!(canceled, denied);
    assert_ne!(occurred, canceled);
    assert_ne!(occurred, denied);

    // GEXF: the colour follows the status too.
    let gexf = std::fs::read_to_string(out.join("graph.gexf")).unwrap();
    let mut colours = BTreeSet::new();
    for edge in gexf.split("<edge ").skip(1) {
        let edge = &edge[..edge.find("</edge>").unwrap()];
        if !edge.contains("label=\"met\"") {
            continue;
        }
        let status = edge.split("for=\"status\" value=\"").nth(1).unwrap();
        let status = &status[..status.find('"').unwrap()];
        let color = edge.split("<viz:color ").nth(1).unwrap();
        let color = &color[..color.find("/>").unwrap()];
        colours.insert((status.to_string(), color.to_string()));
    }
    let statuses: BTreeSet<&str> = colours.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        statuses,
        BTreeSet::from(["canceled", "denied", "occurred"]),
        "{colours:?}"
    );
    let distinct: BTreeSet<&str> = colours.iter().map(|(_, c)| c.as_str()).collect();
    assert_eq!(distinct.len(), 3, "one colour per status: {colours:?}");
}

/// Checks a PNG rendered by `dot`: a PNG signature, a picture of some size,
/// and nothing on stderr.
fn assert_renders(dot_file: &Path, png: &Path) {
    let Some(out) = graphviz(&[
        "-Tpng",
        dot_file.to_str().unwrap(),
        "-o",
        png.to_str().unwrap(),
    ]) else {
        return;
    };
    assert!(out.status.success(), "dot failed on {}", dot_file.display());
    assert!(
        out.stderr.is_empty(),
        "dot printed on stderr for {}: {}",
        dot_file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert!(width > 200 && height > 100, "{width}x{height}");
}

#[test]
fn the_sample_renders_to_png() {
    let dir = scratch("sample-png");
    sample_dot(&dir, "sample.dot", &[]);
    assert_renders(&dir.join("sample.dot"), &dir.join("sample.png"));
    sample_dot(
        &dir,
        "clean.dot",
        &["--drop-isolated", "--offices", "label"],
    );
    assert_renders(&dir.join("clean.dot"), &dir.join("clean.png"));
}

/// Articles in which one person meets, calls or hosts each of `others`, a few
/// to an article, with datelines, asides and a second clause.
fn hub_articles(hub: &str, others: &[&str]) -> Vec<String> {
    let forms = [
        "{h} met {x} in Geneva on Monday, officials said.",
        "{x} called {h} on Tuesday, according to a statement.",
        "{h} hosted {x} in Berlin, where the two discussed trade.",
        "{h}, speaking after the summit, met {x} on Friday.",
    ];
    others
        .chunks(5)
        .enumerate()
        .map(|(i, group)| {
            let mut text = "BRUSSELS (Wire) - Talks went on for a day.\n\n".to_string();
            for (k, x) in group.iter().enumerate() {
                let s = forms[(i + k) % forms.len()]
                    .replace("{h}", hub)
                    .replace("{x}", x);
                text.push_str(&s);
                text.push_str("\n\n");
            }
            text
        })
        .collect()
}

#[test]
fn a_200_actor_ego_graph_renders_to_png() {
    let dir = scratch("ego-png");
    // Gazetteer people with a two-word name no other entry shares a word of.
    let gz = Gazetteer::default_gazetteer();
    let mut words: std::collections::HashMap<String, usize> = Default::default();
    for e in gz.entries() {
        for w in e.label.split_whitespace() {
            *words.entry(w.to_lowercase()).or_default() += 1;
        }
    }
    let people: Vec<&str> = gz
        .entries()
        .iter()
        .filter(|e| e.kind == Kind::Person && e.aliases.iter().all(|a| a.contains(' ')))
        .map(|e| e.label.as_str())
        .filter(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            w.len() == 2
                && l.chars().all(|c| c.is_alphabetic() || c == ' ')
                && w.iter().all(|w| words[&w.to_lowercase()] == 1)
        })
        .filter(|l| *l != "Olaf Scholz")
        .take(260)
        .collect();
    assert!(people.len() >= 230, "only {} usable people", people.len());
    let input = dir.join("news");
    std::fs::create_dir_all(&input).unwrap();
    for (i, a) in hub_articles("Olaf Scholz", &people).iter().enumerate() {
        std::fs::write(input.join(format!("{i:03}.txt")), a).unwrap();
    }
    let out = dir.join("out");
    actorgraph(&[
        "build",
        "-q",
        "-f",
        "json",
        input.to_str().unwrap(),
        "-o",
        out.join("graph.json").to_str().unwrap(),
    ]);
    let ego = dir.join("ego.dot");
    actorgraph(&[
        "query",
        "--graph",
        out.join("graph.json").to_str().unwrap(),
        "ego",
        "Olaf Scholz",
        "-o",
        ego.to_str().unwrap(),
        "--offices",
        "label",
        "--drop-isolated",
    ]);
    let dot = std::fs::read_to_string(&ego).unwrap();
    let n = node_ids(&dot).len();
    assert!(n >= 200, "the ego graph has {n} actors");
    assert_renders(&ego, &dir.join("ego.png"));
    // scripts/pictures.sh draws the README's picture from this file.
    if let Some(keep) = std::env::var_os("ACTORGRAPH_KEEP_EGO_DOT") {
        std::fs::copy(&ego, keep).unwrap();
    }

    // Its JSON form says the same actors.
    let json = dir.join("ego.json");
    actorgraph(&[
        "query",
        "--graph",
        out.join("graph.json").to_str().unwrap(),
        "ego",
        "Olaf Scholz",
        "-o",
        json.to_str().unwrap(),
    ]);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(v["nodes"].as_array().unwrap().len() >= n);
}
