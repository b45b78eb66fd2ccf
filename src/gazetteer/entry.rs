//! Gazetteer entries and the two file formats they are read from.
//!
//! The formats are documented in `data/README.md`. Parsing reports every bad
//! line with its file and line number and keeps the good ones.

use crate::diag::Diagnostic;
use crate::model::{Kind, slug};
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A period in office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenure {
    /// The office's title as written in the file ("foreign minister").
    pub title: String,
    /// The place or organization whose office it is ("Russia"), if any.
    pub of: Option<String>,
    /// First day in office, when known.
    pub from: Option<Date>,
    /// Last day in office; `None` while in office.
    pub to: Option<Date>,
}

impl Tenure {
    /// True when the tenure covers `date`; with no date, only current tenures count.
    pub fn covers(&self, date: Option<Date>) -> bool {
        match date {
            Some(d) => self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t),
            None => self.to.is_none(),
        }
    }
}

/// Where an entry was read from, for error messages and overrides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file (`<default>/people.jsonl` for embedded data).
    pub file: String,
    /// The 1-based line.
    pub line: usize,
}

/// One actor the gazetteer knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Stable id, unique per kind.
    pub key: String,
    /// Canonical name.
    pub label: String,
    /// What it is.
    pub kind: Kind,
    /// Other names (the label is not repeated here).
    pub aliases: Vec<String>,
    /// External ids by scheme.
    pub ids: BTreeMap<String, String>,
    /// Offices held (people).
    pub offices: Vec<Tenure>,
    /// Subtype: country, city, government, minister, ...
    pub subtype: Option<String>,
    /// Adjectives and demonyms that stand for a place ("Russian").
    pub adjectives: Vec<String>,
    /// The country a place or organization belongs to (a place label).
    pub country: Option<String>,
    /// True for a national capital.
    pub capital: bool,
    /// The place an organization belongs to ("Kremlin" -> "Russia").
    pub of: Option<String>,
    /// True when the names may match in lower case (offices by default).
    pub lowercase: bool,
    /// True when a name is also a common word: exact case only, not sentence-initial.
    pub ambiguous: bool,
    /// Where it was read.
    pub origin: Origin,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    kind: String,
    label: String,
    #[serde(default)]
    key: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    ids: BTreeMap<String, String>,
    #[serde(default)]
    offices: Vec<RawTenure>,
    #[serde(default, rename = "type")]
    subtype: Option<String>,
    #[serde(default)]
    adjectives: Vec<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    capital: bool,
    #[serde(default)]
    of: Option<String>,
    #[serde(default)]
    lowercase: Option<bool>,
    #[serde(default)]
    ambiguous: bool,
    /// Free-text notes (sources, caveats); ignored.
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTenure {
    title: String,
    #[serde(default)]
    of: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    let s = s.trim();
    // Years and months alone are accepted as the first day of the period.
    let full = match s.len() {
        4 => format!("{s}-01-01"),
        7 => format!("{s}-01"),
        _ => s.to_string(),
    };
    full.parse::<Date>()
        .map_err(|_| format!("invalid date '{s}'; expected YYYY-MM-DD"))
}

fn build(raw: RawEntry, origin: Origin) -> Result<Entry, String> {
    let kind: Kind = raw.kind.parse()?;
    let label = raw.label.trim().to_string();
    if label.is_empty() {
        return Err("empty label".into());
    }
    let mut offices = Vec::with_capacity(raw.offices.len());
    for t in raw.offices {
        if kind != Kind::Person {
            return Err(format!(
                "'offices' is only for people, not for kind '{kind}'"
            ));
        }
        if t.title.trim().is_empty() {
            return Err("office with an empty title".into());
        }
        let from = t.from.as_deref().map(parse_date).transpose()?;
        let to = t.to.as_deref().map(parse_date).transpose()?;
        if let (Some(f), Some(e)) = (from, to)
            && e < f
        {
            return Err(format!(
                "office '{}' ends ({e}) before it starts ({f})",
                t.title
            ));
        }
        offices.push(Tenure {
            title: t.title.trim().to_string(),
            of: t.of.filter(|s| !s.trim().is_empty()),
            from,
            to,
        });
    }
    let key = raw
        .key
        .filter(|k| !k.trim().is_empty())
        .unwrap_or_else(|| slug(&label));
    let mut aliases: Vec<String> = raw
        .aliases
        .into_iter()
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty() && *a != label)
        .collect();
    aliases.sort();
    aliases.dedup();
    Ok(Entry {
        key,
        label,
        kind,
        aliases,
        ids: raw.ids,
        offices,
        subtype: raw.subtype,
        adjectives: raw.adjectives,
        country: raw.country,
        capital: raw.capital,
        of: raw.of,
        lowercase: raw.lowercase.unwrap_or(kind == Kind::Office),
        ambiguous: raw.ambiguous,
        origin,
    })
}

/// Parses a JSON Lines gazetteer. Bad lines become diagnostics; good lines entries.
pub fn parse_jsonl(text: &str, file: &str) -> (Vec<Entry>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut diags = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let origin = Origin {
            file: file.to_string(),
            line: i + 1,
        };
        let result = serde_json::from_str::<RawEntry>(line)
            .map_err(|e| format!("invalid gazetteer entry: {e}"))
            .and_then(|raw| build(raw, origin));
        match result {
            Ok(e) => entries.push(e),
            Err(msg) => diags.push(Diagnostic::error(file, Some(i + 1), msg)),
        }
    }
    (entries, diags)
}

/// Parses a TSV gazetteer with a header line. Bad lines become diagnostics.
pub fn parse_tsv(text: &str, file: &str) -> (Vec<Entry>, Vec<Diagnostic>) {
    let mut entries = Vec::new();
    let mut diags = Vec::new();
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((hline, header)) = lines.next() else {
        return (entries, diags);
    };
    let cols: Vec<String> = header
        .split('\t')
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    const KNOWN: [&str; 12] = [
        "kind",
        "label",
        "key",
        "aliases",
        "ids",
        "offices",
        "type",
        "adjectives",
        "country",
        "capital",
        "of",
        "ambiguous",
    ];
    for c in &cols {
        if !KNOWN.contains(&c.as_str()) {
            diags.push(Diagnostic::error(
                file,
                Some(hline + 1),
                format!(
                    "unknown column '{c}'; expected some of: {}",
                    KNOWN.join(", ")
                ),
            ));
            return (entries, diags);
        }
    }
    if !cols.iter().any(|c| c == "kind") || !cols.iter().any(|c| c == "label") {
        diags.push(Diagnostic::error(
            file,
            Some(hline + 1),
            "the header must name the columns 'kind' and 'label'",
        ));
        return (entries, diags);
    }
    for (i, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if cells.len() > cols.len() {
            diags.push(Diagnostic::error(
                file,
                Some(i + 1),
                format!(
                    "{} cells but the header has {} columns",
                    cells.len(),
                    cols.len()
                ),
            ));
            continue;
        }
        let get = |name: &str| -> &str {
            cols.iter()
                .position(|c| c == name)
                .and_then(|p| cells.get(p))
                .map(|s| s.trim())
                .unwrap_or("")
        };
        let list = |name: &str| -> Vec<String> {
            get(name)
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect()
        };
        let opt = |name: &str| -> Option<String> {
            Some(get(name).to_string()).filter(|s| !s.is_empty())
        };
        let result = (|| -> Result<Entry, String> {
            let mut ids = BTreeMap::new();
            for pair in list("ids") {
                let (k, v) = pair
                    .split_once('=')
                    .ok_or_else(|| format!("id '{pair}' is not scheme=value"))?;
                ids.insert(k.trim().to_string(), v.trim().to_string());
            }
            let mut offices = Vec::new();
            for spec in list("offices") {
                offices.push(parse_tenure_spec(&spec)?);
            }
            let flag = |name: &str| -> Result<bool, String> {
                match get(name).to_ascii_lowercase().as_str() {
                    "" | "false" | "no" | "0" => Ok(false),
                    "true" | "yes" | "1" => Ok(true),
                    other => Err(format!("'{name}' is '{other}'; expected true or false")),
                }
            };
            let raw = RawEntry {
                kind: get("kind").to_string(),
                label: get("label").to_string(),
                key: opt("key"),
                aliases: list("aliases"),
                ids,
                offices,
                subtype: opt("type"),
                adjectives: list("adjectives"),
                country: opt("country"),
                capital: flag("capital")?,
                of: opt("of"),
                lowercase: None,
                ambiguous: flag("ambiguous")?,
                note: None,
            };
            build(
                raw,
                Origin {
                    file: file.to_string(),
                    line: i + 1,
                },
            )
        })();
        match result {
            Ok(e) => entries.push(e),
            Err(msg) => diags.push(Diagnostic::error(file, Some(i + 1), msg)),
        }
    }
    (entries, diags)
}

/// The place types the resolver knows (`data/README.md`); any other is a
/// typo that silently makes a city no city.
pub const PLACE_TYPES: [&str; 5] = ["country", "territory", "city", "region", "site"];

/// What a well-formed file can still get wrong, for `gazetteer check`: a
/// place type the resolver does not know, and a second entry with the kind
/// and key of an earlier one in the same file (the later replaces it).
/// Warnings, in the entries' order.
pub fn lint(entries: &[Entry]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut seen: BTreeMap<(Kind, &str, &str), usize> = BTreeMap::new();
    for e in entries {
        let at = |msg: String| Diagnostic::warning(&e.origin.file, Some(e.origin.line), msg);
        if e.kind == Kind::Place
            && let Some(t) = e.subtype.as_deref()
            && !PLACE_TYPES.contains(&t)
        {
            diags.push(at(format!(
                "unknown place type '{t}' for '{}'; expected one of: {}",
                e.label,
                PLACE_TYPES.join(", ")
            )));
        }
        let key = (e.kind, e.origin.file.as_str(), e.key.as_str());
        if let Some(first) = seen.insert(key, e.origin.line) {
            diags.push(at(format!(
                "duplicate {} '{}' (key '{}'): line {first} has the same; the later replaces it",
                e.kind, e.label, e.key
            )));
        }
    }
    diags
}

/// `title@of:from..to`, every part after the title optional.
fn parse_tenure_spec(spec: &str) -> Result<RawTenure, String> {
    let (head, range) = match spec.split_once(':') {
        Some((h, r)) => (h, Some(r)),
        None => (spec, None),
    };
    let (title, of) = match head.split_once('@') {
        Some((t, o)) => (t.trim(), Some(o.trim().to_string())),
        None => (head.trim(), None),
    };
    let (from, to) = match range {
        None => (None, None),
        Some(r) => {
            let (f, t) = r
                .split_once("..")
                .ok_or_else(|| format!("office '{spec}': dates must be FROM..TO"))?;
            let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
            (some(f), some(t))
        }
    };
    Ok(RawTenure {
        title: title.to_string(),
        of,
        from,
        to,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_person_with_offices_and_bad_lines() {
        let text = r#"{"kind":"person","label":"William Ruto","aliases":["Ruto"],"ids":{"wikidata":"Q1372385"},"offices":[{"title":"president","of":"Kenya","from":"2022-09-13"}]}
# a comment
{"kind":"persn","label":"X"}
{"kind":"place","label":"Nairobi","colour":"red"}
{"kind":"person","label":"Y","offices":[{"title":"president","from":"2020-01-01","to":"2019-01-01"}]}
{"kind":"place","label":"Nairobi"
"#;
        let (entries, diags) = parse_jsonl(text, "mine.jsonl");
        assert_eq!(entries.len(), 1);
        let ruto = &entries[0];
        assert_eq!(
            (ruto.key.as_str(), ruto.kind, ruto.aliases.as_slice()),
            ("william-ruto", Kind::Person, &["Ruto".to_string()][..])
        );
        assert!(ruto.offices[0].covers(Some(Date::constant(2024, 1, 1))));
        assert!(!ruto.offices[0].covers(Some(Date::constant(2021, 1, 1))));
        let msgs: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(msgs.len(), 4, "{msgs:?}");
        assert!(
            msgs[0]
                .starts_with("mine.jsonl:3: unknown kind 'persn'; expected one of: person, place"),
            "{}",
            msgs[0]
        );
        assert!(
            msgs[1].starts_with("mine.jsonl:4: invalid gazetteer entry: unknown field `colour`"),
            "{}",
            msgs[1]
        );
        assert!(
            msgs[2].contains(":5: office 'president' ends"),
            "{}",
            msgs[2]
        );
        assert!(
            msgs[3].starts_with("mine.jsonl:6: invalid gazetteer entry"),
            "{}",
            msgs[3]
        );
    }

    #[test]
    fn tsv_person_and_place() {
        let text = "kind\tlabel\taliases\tids\toffices\nperson\tWilliam Ruto\tRuto\twikidata=Q1372385\tpresident@Kenya:2022-09-13..\nplace\tNairobi\tNairobi City\t\t\nperson\tBad\t\t\tpresident@Kenya:2022\n";
        let (entries, diags) = parse_tsv(text, "mine.tsv");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].offices[0].of.as_deref(), Some("Kenya"));
        assert_eq!(entries[0].ids["wikidata"], "Q1372385");
        assert_eq!(entries[1].aliases, ["Nairobi City"]);
        assert_eq!(diags.len(), 1);
        assert_eq!(
            diags[0].to_string(),
            "mine.tsv:4: office 'president@Kenya:2022': dates must be FROM..TO"
        );
    }

    #[test]
    fn tsv_unknown_column_is_reported_on_the_header() {
        let (entries, diags) = parse_tsv("kind\tlabel\tcolour\nplace\tOslo\tred\n", "x.tsv");
        assert!(entries.is_empty());
        assert!(
            diags[0]
                .to_string()
                .starts_with("x.tsv:1: unknown column 'colour'")
        );
    }
}
