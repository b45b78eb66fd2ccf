//! Tests of counterparts, capitals and plural titles.

use super::*;

#[test]
fn a_counterpart_holds_the_same_office_in_the_other_country() {
    let gaz_text = r#"{"kind":"person","label":"Musalia Mudavadi","offices":[{"title":"foreign minister","of":"Kenya","from":"2024-07-01"}]}
{"kind":"person","label":"Mauro Vieira","offices":[{"title":"foreign minister","of":"Brazil","from":"2023-01-01"}]}
{"kind":"person","label":"William Ruto","offices":[{"title":"president","of":"Kenya","from":"2022-09-13"}]}
{"kind":"person","label":"Luiz Inácio Lula da Silva","aliases":["Lula"],"offices":[{"title":"president","of":"Brazil","from":"2023-01-01"}]}
{"kind":"place","label":"Kenya","type":"country","adjectives":["Kenyan"]}
{"kind":"place","label":"Brazil","type":"country","adjectives":["Brazilian"]}
{"kind":"office","label":"president","type":"head_of_state"}
{"kind":"office","label":"foreign minister","type":"minister"}
"#;
    let (gaz, d) = Gazetteer::builder().add_text(gaz_text, "t.jsonl").build();
    assert!(d.is_empty(), "{d:?}");
    let who = |text: &str| {
        let sents = sentence::split(text, Span::new(0, text.len()));
        let r = resolve(text, &sents, &gaz, Some(Date::constant(2025, 3, 1)));
        r.mentions
            .iter()
            .filter(|m| m.how == How::Description)
            .map(|m| format!("{}={}", m.span.text(text), r.actors[m.actor].id))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        who("Mudavadi met his Brazilian counterpart in Nairobi."),
        ["Brazilian counterpart=mauro-vieira"]
    );
    assert_eq!(
        who("William Ruto called his Brazilian counterpart."),
        ["Brazilian counterpart=luiz-inacio-lula-da-silva"]
    );
    // Named right after, the name is the mention.
    assert!(who("Ruto called his Brazilian counterpart Lula.").is_empty());
}

#[test]
fn the_capital_of_a_country_is_its_capital_city_unless_named() {
    let (_, shown) = run(
        "Lula arrived in the Kenyan capital on Monday. He flew on from Kenya's capital.",
        None,
    );
    assert!(
        shown.contains(&"Kenyan capital=nairobi:description".to_string()),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"Kenya's capital=nairobi:description".to_string()),
        "{shown:?}"
    );
    // Named right after, the city is its own mention and the phrase none.
    let (_, named) = run("Lula arrived in the Kenyan capital, Nairobi.", None);
    assert!(
        named.iter().all(|m| !m.starts_with("Kenyan capital")),
        "{named:?}"
    );
    assert!(
        named.contains(&"Nairobi=nairobi:name".to_string()),
        "{named:?}"
    );
}

#[test]
fn plural_titles_give_each_person_the_office_of_the_place_in_the_same_position() {
    let (r, _) = run(
        "The presidents of Kenya and Uganda, William Ruto and Yoweri Museveni, met.",
        None,
    );
    let links: Vec<(String, String)> = r
        .offices
        .iter()
        .map(|l| (r.actors[l.person].id.clone(), r.actors[l.office].id.clone()))
        .collect();
    assert_eq!(
        links,
        [
            ("william-ruto".to_string(), "president-of-kenya".to_string()),
            (
                "yoweri-museveni".to_string(),
                "president-of-uganda".to_string()
            ),
        ]
    );
    // Not a list of two places and two people: nothing.
    let (r, _) = run("The presidents of Kenya and Uganda met William Ruto.", None);
    assert!(r.offices.is_empty(), "{:?}", r.offices);
}
