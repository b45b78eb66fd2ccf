//! Checks the embedded default gazetteer under `data/gazetteer`: every file
//! parses cleanly, the promised coverage is there, keys are unique, every
//! office title and every `of`/`country` reference points at an entry that
//! exists, and a few well-known facts read back as written.

use actorgraph::gazetteer::entry::{Entry, parse_jsonl, parse_tsv};
use actorgraph::model::Kind;
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every entry of every gazetteer file, with the diagnostics they produced.
fn load_all() -> (Vec<Entry>, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/gazetteer exists")
        .map(|e| e.expect("readable directory entry").path())
        .collect();
    // Sorted so that failures name files in a stable order.
    files.sort();
    let mut entries = Vec::new();
    let mut diags = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("utf-8 gazetteer file");
        let (es, ds) = match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl") => parse_jsonl(&text, &name),
            Some("tsv") => parse_tsv(&text, &name),
            _ => continue,
        };
        entries.extend(es);
        diags.extend(ds.iter().map(|d| d.to_string()));
    }
    (entries, diags)
}

fn of_kind(entries: &[Entry], kind: Kind) -> Vec<&Entry> {
    entries.iter().filter(|e| e.kind == kind).collect()
}

fn names(e: &Entry) -> impl Iterator<Item = &str> {
    std::iter::once(e.label.as_str()).chain(e.aliases.iter().map(String::as_str))
}

fn find<'a>(entries: &'a [Entry], kind: Kind, label: &str) -> &'a Entry {
    entries
        .iter()
        .find(|e| e.kind == kind && e.label == label)
        .unwrap_or_else(|| panic!("no {kind} labelled '{label}'"))
}

fn date(y: i16, m: i8, d: i8) -> Option<Date> {
    Some(Date::new(y, m, d).expect("valid test date"))
}

/// Who holds `title` of `of` on `day`, by label, sorted.
fn holders(entries: &[Entry], title: &str, of: &str, day: Option<Date>) -> Vec<String> {
    let mut out: Vec<String> = of_kind(entries, Kind::Person)
        .into_iter()
        .filter(|p| {
            p.offices.iter().any(|t| {
                t.title.eq_ignore_ascii_case(title) && t.of.as_deref() == Some(of) && t.covers(day)
            })
        })
        .map(|p| p.label.clone())
        .collect();
    out.sort();
    out
}

#[test]
fn every_file_parses_without_diagnostics() {
    let (entries, diags) = load_all();
    assert!(
        diags.is_empty(),
        "{} problems:\n{}",
        diags.len(),
        diags.join("\n")
    );
    assert!(!entries.is_empty());
}

#[test]
fn coverage_meets_the_promised_counts() {
    let (entries, _) = load_all();
    let count = |k| of_kind(&entries, k).len();
    assert!(
        count(Kind::Person) >= 1500,
        "people: {}",
        count(Kind::Person)
    );
    assert!(
        count(Kind::Office) >= 150,
        "offices: {}",
        count(Kind::Office)
    );
    assert!(
        count(Kind::Organization) >= 300,
        "organizations: {}",
        count(Kind::Organization)
    );
    let places = of_kind(&entries, Kind::Place);
    let iso: BTreeSet<&str> = places
        .iter()
        .filter_map(|p| p.ids.get("iso3166").map(String::as_str))
        .collect();
    // ISO 3166-1 has 249 codes; Kosovo (XK) is added on top.
    assert!(iso.len() >= 249, "countries and territories: {}", iso.len());
    for code in [
        "US", "RU", "UA", "CN", "KE", "BR", "JP", "ID", "DE", "XK", "PS", "TW",
    ] {
        assert!(iso.contains(code), "no place with ISO code {code}");
    }
    let capitals = places.iter().filter(|p| p.capital).count();
    assert!(capitals >= 190, "capitals: {capitals}");
    let cities = places
        .iter()
        .filter(|p| p.subtype.as_deref() == Some("city"))
        .count();
    assert!(cities >= 4000, "cities: {cities}");
}

#[test]
fn keys_are_unique_per_kind() {
    let (entries, _) = load_all();
    let mut seen: BTreeMap<(Kind, &str), &Entry> = BTreeMap::new();
    let mut dups = Vec::new();
    for e in &entries {
        if let Some(first) = seen.insert((e.kind, e.key.as_str()), e) {
            dups.push(format!(
                "{} '{}' ({}:{}) and '{}' ({}:{})",
                e.key,
                first.label,
                first.origin.file,
                first.origin.line,
                e.label,
                e.origin.file,
                e.origin.line
            ));
        }
    }
    assert!(dups.is_empty(), "duplicate keys:\n{}", dups.join("\n"));
}

#[test]
fn office_titles_and_references_resolve() {
    let (entries, _) = load_all();
    let titles: BTreeSet<String> = of_kind(&entries, Kind::Office)
        .into_iter()
        .flat_map(names)
        .map(str::to_lowercase)
        .collect();
    let places: BTreeSet<&str> = of_kind(&entries, Kind::Place)
        .into_iter()
        .flat_map(names)
        .collect();
    let orgs: BTreeSet<&str> = of_kind(&entries, Kind::Organization)
        .into_iter()
        .flat_map(names)
        .collect();
    let mut bad = Vec::new();
    for e in &entries {
        for t in &e.offices {
            if !titles.contains(&t.title.to_lowercase()) {
                bad.push(format!("{}: unknown office title '{}'", e.label, t.title));
            }
            if let Some(of) = &t.of
                && !places.contains(of.as_str())
                && !orgs.contains(of.as_str())
            {
                bad.push(format!("{}: office of unknown '{of}'", e.label));
            }
        }
        if let Some(c) = &e.country
            && !places.contains(c.as_str())
        {
            bad.push(format!("{}: unknown country '{c}'", e.label));
        }
        if let Some(of) = &e.of
            && !places.contains(of.as_str())
            && !orgs.contains(of.as_str())
        {
            bad.push(format!("{}: belongs to unknown '{of}'", e.label));
        }
    }
    assert!(
        bad.is_empty(),
        "{} broken references:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn office_holders_follow_the_article_date() {
    let (entries, _) = load_all();
    assert_eq!(
        holders(
            &entries,
            "secretary of state",
            "United States",
            date(2023, 6, 1)
        ),
        ["Antony Blinken"]
    );
    assert_eq!(
        holders(
            &entries,
            "secretary of state",
            "United States",
            date(2025, 6, 1)
        ),
        ["Marco Rubio"]
    );
    assert_eq!(
        holders(&entries, "president", "United States", date(2019, 3, 1)),
        ["Donald Trump"]
    );
    assert_eq!(
        holders(&entries, "president", "United States", date(2022, 3, 1)),
        ["Joe Biden"]
    );
    assert_eq!(
        holders(&entries, "president", "Kenya", date(2024, 1, 1)),
        ["William Ruto"]
    );
    assert_eq!(
        holders(&entries, "chancellor", "Germany", date(2023, 1, 1)),
        ["Olaf Scholz"]
    );
    assert_eq!(
        holders(&entries, "spokesperson", "Kremlin", date(2024, 1, 1)),
        ["Dmitry Peskov"]
    );
    assert_eq!(
        holders(
            &entries,
            "secretary-general",
            "United Nations",
            date(2020, 1, 1)
        ),
        ["António Guterres"]
    );
    // Without a date only people still in office count.
    let rubio = find(&entries, Kind::Person, "Marco Rubio");
    assert!(
        rubio
            .offices
            .iter()
            .any(|t| t.title == "secretary of state" && t.covers(None))
    );
}

#[test]
fn aliases_adjectives_and_metonyms_read_back() {
    let (entries, _) = load_all();
    let kyiv = find(&entries, Kind::Place, "Kyiv");
    assert!(kyiv.aliases.iter().any(|a| a == "Kiev"));
    assert!(kyiv.capital);
    assert_eq!(kyiv.country.as_deref(), Some("Ukraine"));
    let russia = find(&entries, Kind::Place, "Russia");
    assert!(russia.adjectives.iter().any(|a| a == "Russian"));
    assert!(russia.aliases.iter().any(|a| a == "Russian Federation"));
    let us = find(&entries, Kind::Place, "United States");
    for alias in ["U.S.", "USA", "America", "United States of America"] {
        assert!(us.aliases.iter().any(|a| a == alias), "{alias}");
    }
    let sao_paulo = find(&entries, Kind::Place, "São Paulo");
    assert!(sao_paulo.aliases.iter().any(|a| a == "Sao Paulo"));
    assert!(find(&entries, Kind::Place, "Chad").ambiguous);
    assert!(find(&entries, Kind::Place, "Turkey").ambiguous);
    assert!(!find(&entries, Kind::Place, "France").ambiguous);
    let kremlin = find(&entries, Kind::Organization, "Kremlin");
    assert_eq!(kremlin.of.as_deref(), Some("Russia"));
    let reuters = find(&entries, Kind::Organization, "Reuters");
    assert_eq!(reuters.of, None, "media do not speak for a state");
    let zelenskyy = find(&entries, Kind::Person, "Volodymyr Zelenskyy");
    for alias in ["Zelensky", "Zelenskiy"] {
        assert!(zelenskyy.aliases.iter().any(|a| a == alias), "{alias}");
    }
    let erdogan = find(&entries, Kind::Person, "Recep Tayyip Erdoğan");
    assert!(erdogan.aliases.iter().any(|a| a == "Recep Tayyip Erdogan"));
    let fm = find(&entries, Kind::Office, "foreign minister");
    assert!(fm.lowercase);
    assert!(
        fm.aliases
            .iter()
            .any(|a| a == "minister of foreign affairs")
    );
    assert!(!find(&entries, Kind::Office, "general").lowercase);
}

/// Mentions of one text by the whole default pipeline, as "text=id".
fn mentions(text: &str, day: (i16, i8, i8)) -> Vec<String> {
    use actorgraph::article::Article;
    use actorgraph::pipeline::Pipeline;
    let mut a = Article::new("t.txt", text);
    a.date = date(day.0, day.1, day.2);
    let an = Pipeline::default().analyze(a);
    let r = &an.resolved;
    r.mentions
        .iter()
        .map(|m| format!("{}={}", m.span.text(text), r.actors[m.actor].id))
        .collect()
}

#[test]
fn chinese_and_korean_names_shorten_to_the_family_name() {
    let got = mentions(
        "Chinese Foreign Minister Wang Yi met Cho Tae-yul in Seoul. Wang said Cho was a friend.\n",
        (2024, 5, 13),
    );
    assert!(got.contains(&"Wang=wang-yi".to_string()), "{got:?}");
    assert!(got.contains(&"Cho=cho-tae-yul".to_string()), "{got:?}");
    // The given name alone names no one.
    let got = mentions("Yi said the talks were useful.\n", (2024, 5, 13));
    assert!(!got.iter().any(|m| m.ends_with("=wang-yi")), "{got:?}");
}

#[test]
fn a_shared_family_name_alone_is_the_most_prominent_holder() {
    // No Kim is named in full: the head of state of the day.
    let got = mentions("Kim oversaw the missile launch.\n", (2024, 5, 13));
    assert_eq!(got, ["Kim=kim-jong-un"]);
}
