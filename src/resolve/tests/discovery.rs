//! Tests of people the gazetteer lacks, and of the word lists.

use super::*;
use crate::resolve::discovery::{KIN, ROLES};
use crate::resolve::places::{ORG_HEADS, SITE_HEADS};
use crate::resolve::words::{KINSHIP, ORG_HEAD, ROLE, SITE_HEAD, WORD_CLASSES};

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

#[test]
fn people_introduced_by_roles_before_and_after_their_names() {
    let (_, shown) = run(
        "Earlier, Wanjiku Njoroge, a correspondent for a Nairobi daily, asked Ruto. \
         Ruto thanked his wife, Rachel Chebet, and the athletes, marathon star Faith Kipyegon and Eliud Kipchoge.",
        None,
    );
    for who in [
        "wanjiku-njoroge",
        "rachel-chebet",
        "faith-kipyegon",
        "eliud-kipchoge",
    ] {
        assert!(
            shown
                .iter()
                .any(|s| s.ends_with(&format!("={who}:discovered"))),
            "{who}: {shown:?}"
        );
    }
}

#[test]
fn a_town_inside_a_name_after_a_role_is_part_of_the_name() {
    // "Victoria" is a city in the test gazetteer.
    let (_, shown) = run(
        "William Ruto told correspondent Amina Victoria that he would stay.",
        Some(Date::constant(2024, 3, 1)),
    );
    assert!(
        shown.contains(&"Amina Victoria=amina-victoria:discovered".to_string()),
        "{shown:?}"
    );
    assert!(
        !shown.iter().any(|s| s.starts_with("Victoria=")),
        "{shown:?}"
    );
    // The teller speaks of himself.
    assert!(
        shown.contains(&"he=william-ruto:pronoun".to_string()),
        "{shown:?}"
    );
}

#[test]
fn word_classes_find_every_listed_word_and_no_other() {
    for (list, class) in [
        (SITE_HEADS, SITE_HEAD),
        (ORG_HEADS, ORG_HEAD),
        (ROLES, ROLE),
        (KIN, KINSHIP),
    ] {
        for w in list {
            assert!(WORD_CLASSES.of(w) & class != 0, "{w}");
        }
    }
    let listed = |w: &str| {
        [SITE_HEADS, ORG_HEADS, ROLES, KIN]
            .iter()
            .any(|l| l.contains(&w))
    };
    for w in [
        "",
        "the",
        "a",
        "Minister",
        "ministers",
        "é",
        "Ministère",
        "x",
        "journalistic",
        "abcdefghijklmnopqrstuvwxyz",
    ] {
        assert_eq!(WORD_CLASSES.of(w) != 0, listed(w), "{w}");
    }
}

#[test]
fn a_first_and_last_name_after_an_outlets_possessive_is_one_of_its_people() {
    let (_, shown) = run("Reuters' Ana Lima asked Ruto about the deal.", None);
    assert!(
        shown.contains(&"Ana Lima=ana-lima:discovered".to_string()),
        "{shown:?}"
    );
    // Three words, an organization's head noun: no one.
    let (_, shown) = run("The UN's World Food Programme said aid was blocked.", None);
    assert!(
        !shown.iter().any(|m| m.contains(":discovered")),
        "{shown:?}"
    );
}

#[test]
fn a_role_noun_opening_the_sentence_introduces_a_person_as_it_does_inside() {
    for role in ["Broadcaster", "Politician", "Journalist", "Lawmaker"] {
        let text = format!("{role} Anna Lindqvist interviewed Ruto on Friday.");
        let (_, shown) = run(&text, None);
        assert!(
            shown
                .iter()
                .any(|s| s.ends_with("=anna-lindqvist:discovered")),
            "{role}: {shown:?}"
        );
    }
    // A capitalized word that is no role stays no role.
    let (_, shown) = run("Yesterday Anna Lindqvist interviewed Ruto.", None);
    assert!(!shown.iter().any(|s| s.contains("yesterday")), "{shown:?}");
}

#[test]
fn an_abbreviated_title_introduces_its_holder() {
    let gaz = Gazetteer::default_gazetteer();
    let text = "Afghan FM Salahuddin Rabbani held talks with Lavrov.";
    let sents = sentence::split(text, Span::new(0, text.len()));
    let r = resolve(text, &sents, &gaz, None);
    let labels: Vec<&str> = r.actors.iter().map(|a| a.label.as_str()).collect();
    assert!(
        labels.contains(&"Foreign Minister of Afghanistan"),
        "{labels:?}"
    );
    assert!(
        r.actors
            .iter()
            .any(|a| a.discovered && a.label == "Salahuddin Rabbani"),
        "{labels:?}"
    );
}
