//! Tests of names and surnames.

use super::*;

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
fn city_before_an_unknown_capitalized_word_is_a_first_name() {
    let (_, shown) = run("Nairobi Mwangi wrote the report in Nairobi.", None);
    assert_eq!(
        shown,
        ["Nairobi=nairobi:name"],
        "only the second Nairobi is the city"
    );
}

#[test]
fn common_word_surnames_need_the_full_name() {
    let (_, shown) = run("Talks began on May 16. May is a busy month.", None);
    assert!(shown.is_empty(), "{shown:?}");
    let (_, shown) = run("Grace May arrived. May said talks began on May 16.", None);
    assert_eq!(shown, ["Grace May=grace-may:name", "May=grace-may:surname"]);
}

#[test]
fn a_first_name_alone_is_the_person_named_in_full() {
    let (_, shown) = run(
        "Victoria Kamau met Ruto. Later, Victoria said the talks went well.",
        None,
    );
    assert!(
        shown.contains(&"Victoria=victoria-kamau:name".to_string()),
        "{shown:?}"
    );
    let (_, shown) = run("Ruto flew to Victoria.", None);
    assert!(
        shown.contains(&"Victoria=victoria:name".to_string()),
        "{shown:?}"
    );
}

#[test]
fn an_unknown_first_name_before_a_known_surname_is_someone_else() {
    let (r, shown) = run(
        "Mudavadi told Kenya Times reporter Achieng Mudavadi nothing.",
        None,
    );
    assert!(
        shown.contains(&"Achieng Mudavadi=achieng-mudavadi:discovered".to_string()),
        "{shown:?}"
    );
    assert!(r.actors.iter().any(|a| a.id == "musalia-mudavadi"));
}

#[test]
fn administrations_and_longer_names_are_not_the_person() {
    let (r, shown) = run(
        "The Ruto administration praised Kenyatta Mwangi Otieno.",
        None,
    );
    assert!(
        shown.contains(&"Ruto administration=ruto-administration:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        r.actors
            .iter()
            .any(|a| a.kind == Kind::Organization && a.label == "Ruto administration")
    );
    assert!(
        !shown.iter().any(|m| m.contains("uhuru-kenyatta")),
        "{shown:?}"
    );
}

#[test]
fn one_word_name_opening_a_longer_one_is_someone_else() {
    // "Kenyatta" is known; "Kenyatta Odhiambo Otieno" is not Uhuru Kenyatta.
    let (_, shown) = run(
        "Deputy Foreign Minister Kenyatta Odhiambo Otieno spoke.",
        None,
    );
    assert!(
        shown.contains(&"Kenyatta Odhiambo Otieno=kenyatta-odhiambo-otieno:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        !shown.iter().any(|s| s.contains("uhuru-kenyatta")),
        "{shown:?}"
    );
}

#[test]
fn a_role_word_used_as_a_verb_does_not_hide_the_name_after_it() {
    // "host" is a role noun ("TV host X"), but here a verb.
    let (_, shown) = run(
        "Uhuru Kenyatta will host Ruto in Nairobi.",
        Some(Date::constant(2020, 3, 1)),
    );
    assert!(
        shown.contains(&"Ruto=william-ruto:surname".to_string()),
        "{shown:?}"
    );
}

#[test]
fn a_place_name_that_is_the_surname_of_someone_named_is_that_person() {
    let (_, shown) = run(
        "Luís Montenegro welcomed Ruto. Montenegro and Ruto discussed energy.",
        None,
    );
    assert!(
        shown.contains(&"Montenegro=luis-montenegro:surname".to_string()),
        "{shown:?}"
    );
    // With no such person in the document, the country.
    let (_, country) = run("Ruto flew to Montenegro.", None);
    assert!(
        country.contains(&"Montenegro=montenegro:name".to_string()),
        "{country:?}"
    );
}
