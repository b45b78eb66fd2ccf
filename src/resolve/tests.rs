use super::*;
use crate::sentence;

const GAZ: &str = r#"{"kind":"person","label":"William Ruto","offices":[{"title":"president","of":"Kenya","from":"2022-09-13"}]}
{"kind":"person","label":"Uhuru Kenyatta","offices":[{"title":"president","of":"Kenya","from":"2013-04-09","to":"2022-09-13"}]}
{"kind":"person","label":"Musalia Mudavadi","offices":[{"title":"foreign minister","of":"Kenya","from":"2024-07-01"}]}
{"kind":"place","label":"Kenya","type":"country","adjectives":["Kenyan"]}
{"kind":"place","label":"Nairobi","type":"city","country":"Kenya","capital":true}
{"kind":"organization","label":"State House","of":"Kenya","type":"government"}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"foreign minister","type":"minister"}
{"kind":"office","label":"spokesperson","aliases":["spokesman","spokeswoman"],"type":"spokesperson"}
"#;

fn run(text: &str, date: Option<Date>) -> (Resolved, Vec<String>) {
    let (gaz, d) = Gazetteer::builder().add_text(GAZ, "t.jsonl").build();
    assert!(d.is_empty(), "{d:?}");
    let sents = sentence::split(text, Span::new(0, text.len()));
    let r = resolve(text, &sents, &gaz, date);
    let shown = r
        .mentions
        .iter()
        .map(|m| {
            format!(
                "{}={}:{}",
                m.span.text(text),
                r.actors[m.actor].id,
                m.how.as_str()
            )
        })
        .collect();
    (r, shown)
}

#[test]
fn full_name_surname_and_title_are_one_person() {
    let (r, shown) = run(
        "Kenyan President William Ruto arrived. Ruto said he was glad.",
        None,
    );
    assert_eq!(
        shown,
        [
            "Kenyan President=president-of-kenya:office",
            "William Ruto=william-ruto:name",
            "Ruto=william-ruto:surname",
            "he=william-ruto:pronoun"
        ]
    );
    assert_eq!(r.offices.len(), 1);
    assert!(!r.offices[0].past);
}

#[test]
fn description_resolves_by_the_article_date() {
    let (_, then) = run(
        "The Kenyan president spoke.",
        Some(Date::constant(2020, 1, 1)),
    );
    assert!(
        then.contains(&"Kenyan president=uhuru-kenyatta:description".to_string()),
        "{then:?}"
    );
    let (_, now) = run(
        "The Kenyan president spoke.",
        Some(Date::constant(2024, 1, 1)),
    );
    assert!(
        now.contains(&"Kenyan president=william-ruto:description".to_string()),
        "{now:?}"
    );
}

#[test]
fn office_composes_before_and_after() {
    let (_, a) = run(
        "Kenya's foreign minister left.",
        Some(Date::constant(2025, 1, 1)),
    );
    let (_, b) = run(
        "The foreign minister of Kenya left.",
        Some(Date::constant(2025, 1, 1)),
    );
    assert!(
        a.contains(&"Kenya's foreign minister=foreign-minister-of-kenya:office".to_string()),
        "{a:?}"
    );
    assert!(
        b.contains(&"foreign minister of Kenya=foreign-minister-of-kenya:office".to_string()),
        "{b:?}"
    );
    assert!(
        b.contains(&"foreign minister of Kenya=musalia-mudavadi:description".to_string()),
        "{b:?}"
    );
}

#[test]
fn organization_titles_and_discovered_people() {
    let (r, shown) = run(
        "State House spokesman Hussein Mohamed told journalist Amina Yusuf that talks went well.",
        None,
    );
    assert!(
        shown.contains(&"State House spokesman=state-house-spokesperson:office".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Hussein Mohamed=hussein-mohamed:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Amina Yusuf=amina-yusuf:discovered".to_string()),
        "{shown:?}"
    );
    assert!(r.actors.iter().filter(|a| a.discovered).count() == 2);
}

#[test]
fn former_office_is_past() {
    let (r, _) = run("Former Kenyan President Uhuru Kenyatta spoke.", None);
    assert_eq!(r.offices.len(), 1);
    assert!(r.offices[0].past);
}

#[test]
fn city_before_an_unknown_capitalized_word_is_a_first_name() {
    let (_, shown) = run("Nairobi Mwangi wrote the report in Nairobi.", None);
    assert_eq!(
        shown,
        ["Nairobi=nairobi:name"],
        "only the second Nairobi is the city"
    );
}

#[test]
fn headlines_do_not_discover_people() {
    let (r, _) = run("Kenyan President Orders Release Of Prisoners", None);
    assert!(r.actors.iter().all(|a| !a.discovered), "{:?}", r.actors);
    let (r, _) = run(
        "The Kenyan president praised spokesman Hussein Mohamed for his work.",
        None,
    );
    assert!(
        r.actors
            .iter()
            .any(|a| a.discovered && a.label == "Hussein Mohamed")
    );
}
