//! Whether a relation happened: occurred, planned, canceled, denied or
//! hypothetical, from the words of its clause before the trigger.

use crate::model::Status;
use crate::relate::Guarded;
use regex::Regex;
use std::sync::LazyLock;

static DENIED_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:denied|denies|deny|denying|dismissed\s+(?:reports?|claims?)|rejected\s+(?:reports?|claims?)|refuted)\b",
    )
});
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:not|never|no|didn't|did\s+not|won't|wouldn't|hasn't|haven't|hadn't|isn't|wasn't|weren't|doesn't|don't|cannot|can't|refused\s+to|declined\s+to|ruled\s+out|rules\s+out|ruling\s+out|without|skipped|skips|skipping|missed|boycotted|boycotts|snubbed|snubs)\b[^,;]{0,25}$",
    )
});
static HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:if|unless|whether|could|might|(?-i:may)\s+\p{Ll}+|possible|possibly|would\s+(?:mark|be)|(?:would|could|might)\s+(?:not\s+)?have|next\s+time|any\s+(?:future\s+)?(?:meeting|talks|summit)|in\s+case|prepared\s+to|ready\s+to|willing\s+to|either\s+of)\b",
    )
});
/// An offer or invitation refused, right before the trigger.
static REFUSED_OFFER: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:rejected|rejects|rejecting|turned\s+down|turns\s+down|declined|declines|refused|refuses|spurned|spurns|rebuffed|rebuffs)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:offers?|invitations?|proposals?|requests?|suggestions?)\s+(?:to|for)\s+(?:an?\s+)?$",
    )
});
/// A negation of saying or knowing, then "whether" or "if".
static NEGATED_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:not|never|didn't|doesn't|don't|won't|wouldn't|isn't|wasn't)\b[^,;]{0,30}\b(?:whether|if)\b",
    )
});
/// "may" the modal (lowercase, then a verb or the trigger), not "May 14".
static MAY: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"(?-i:\bmay)(?:\s*$|\s+\p{Ll})"));
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:will|'ll|would|shall|expected|expects|expect|plans?|planned|planning|hopes?|hoped|hoping|scheduled|schedule|upcoming|next|future|another|forthcoming|set\s+to|due\s+to|intends?|intended|intending|looks?\s+forward|looked\s+forward|looking\s+forward|proposed|proposes|propose|invited|invites|invitation|arrange|arranging|arranged|preparing|preparations?|wants?\s+to|wanted\s+to|agreed\s+to|seeks?\s+to|seeking|aims?\s+to|announced|possible|potential|eventual|prospective|necessary|needed|pending)\b",
    )
});
/// True when `s` has a word of [`PLANNED`] that is not the "next" of a
/// narrative day: "The next day, Berri met Ley" tells of the past.
fn plans(s: &str) -> bool {
    PLANNED.find_iter(s).any(|m| {
        let lower = m.as_str().to_ascii_lowercase();
        let day = s[m.end()..]
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches([',', '.']).to_ascii_lowercase());
        !(lower == "next"
            && s[..m.start()].to_ascii_lowercase().ends_with("the ")
            && day.is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "day" | "morning" | "evening" | "afternoon" | "night"
                )
            }))
    })
}

/// A clause of contrast opening: what follows has a status of its own.
static CONTRAST: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(r"(?i);|,?\s+but\s|,\s+(?:while|whereas|although|though)\s")
});
/// A preposition that brings in a party of another event ("a call with X").
static NEW_PARTY: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"(?i)\b(?:with|between|to|by|of|for)\b"));
static POSTPONED: LazyLock<Regex> =
    LazyLock::new(|| crate::relate::regex(r"(?i)\b(?:postponed|postpones|postpone|postponing)\b"));
/// A new date after a postponed event: "... to March", "until next week".
static RESCHEDULED: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)^[^.;]{0,60}?\b(?:until|till|to)\s+(?:next|later|a\s+later|early|late|mid|the\s+(?:end|start|beginning)|(?-i:\p{Lu}[a-z]+\s+\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)",
    )
});
/// A condition after the trigger, with the word before its "if" ("would meet
/// Modi if India agreed"; not "to see if", "even if").
static CONDITION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)^(?:[^.;:]{0,80}?\s)?([\w']+),?\s+(?:if|unless|provided(?:\s+that)?|providing|as\s+long\s+as|on\s+condition\s+that)\s",
    )
});

/// Words before an "if" that make it no condition: a question ("to see
/// if"), a concession ("even if"), a comparison ("as if").
const NOT_CONDITION: &[&str] = &[
    "as",
    "ask",
    "asked",
    "asking",
    "asks",
    "check",
    "decide",
    "determine",
    "even",
    "know",
    "see",
    "sure",
    "unclear",
    "wonder",
    "wondered",
];

/// The plan in the clause depends on a condition after it.
fn conditioned(after: &str) -> bool {
    CONDITION_AFTER
        .captures(after)
        .and_then(|c| c.get(1))
        .is_some_and(|w| !NOT_CONDITION.contains(&w.as_str().to_ascii_lowercase().as_str()))
}

/// The condition word of [`CONDITION_AFTER`], for [`cue`].
static CONDITION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:if|unless|provided(?:\s+that)?|providing|as\s+long\s+as|on\s+condition\s+that)\b",
    )
});

/// The event is the subject of its cancellation ("... was called off").
static PASSIVE_CANCEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)^[^,;.]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?(?:canceled|cancelled|called\s+off|scrapped|postponed\s+indefinitely|shelved|put\s+on\s+hold)\b",
    )
});
/// An adjective of plans right before a nominal trigger ("his upcoming trip").
static PLAN_ADJECTIVE: LazyLock<Guarded> = LazyLock::new(|| {
    Guarded::new(
        r"upcoming|planned|scheduled|forthcoming|proposed|expected|impending",
        r"(?i)\b(?:upcoming|planned|scheduled|forthcoming|proposed|expected|impending)\s+(?:[\w-]+\s+)?$",
    )
});
static INFINITIVE: LazyLock<Regex> = LazyLock::new(|| crate::relate::regex(r"(?i)\bto\s*$"));
static CANCELED: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)\b(?:canceled|cancelled|cancels|cancel|called\s+off|calls\s+off|call\s+off|scrapped|scraps|postponed\s+indefinitely|put\s+on\s+hold|never\s+took\s+place)\b",
    )
});

/// The status of a relation whose trigger starts at `before.len()` in a
/// clause: `before` is the clause text up to the trigger, `after` the rest of
/// the clause, `sentence_before` the whole sentence before the trigger.
pub fn status(sentence_before: &str, before: &str, after: &str) -> Status {
    judge(sentence_before, before, after, None)
}

/// The words that set a status, for `explain`: the status [`status`] gives
/// for the same clause, the word that decided it and the test it passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The status the words set.
    pub status: Status,
    /// The deciding words, as the text has them ("denies", "called off").
    pub word: String,
    /// What the words are, in a few words ("a denial earlier in the sentence").
    pub test: &'static str,
}

/// [`status`] with the words that decided it; `None` when no word did (the
/// relation occurred).
pub fn cue(sentence_before: &str, before: &str, after: &str) -> Option<Cue> {
    let mut cue = None;
    let status = judge(sentence_before, before, after, Some(&mut cue));
    cue.map(|c| Cue { status, ..c })
}

/// [`status`], which also fills `cue` when asked: the match is looked for
/// only then, right before the decision returns, so [`status`] costs what
/// it did.
fn judge(
    sentence_before: &str,
    before: &str,
    after: &str,
    mut cue: Option<&mut Option<Cue>>,
) -> Status {
    let mut say = |re: &Regex, s: &str, test: &'static str| {
        if let Some(c) = cue.as_deref_mut() {
            *c = re.find(s).map(|m| Cue {
                status: Status::Occurred,
                word: m.as_str().trim().to_string(),
                test,
            });
        }
    };
    // "met Ruto, but a planned call with Lula was canceled": a cancellation
    // after a contrast is another clause's, unless that clause speaks of
    // this event again ("were to meet in May, but the plans were called
    // off": no new party between the contrast and the cancelling verb).
    let own = match CONTRAST.find(after) {
        Some(c) => {
            let rest = &after[c.end()..];
            let back = CANCELED
                .find(rest)
                .is_some_and(|k| !NEW_PARTY.is_match(&rest[..k.start()]));
            if back { after } else { &after[..c.start()] }
        }
        None => after,
    };
    // A match that starts early is a match: one search, and none on a long rest.
    if own.len() < 200 && CANCELED.find(own).is_some_and(|m| m.start() < 80) {
        // "the summit ... was called off", "plans ... were canceled", "his
        // trip to Tokyo was postponed indefinitely".
        if PLANNED.is_match(before)
            || after.to_lowercase().contains("plan")
            || PASSIVE_CANCEL.is_match(after)
        {
            say(&CANCELED, own, "a cancelling verb after the trigger");
            return Status::Canceled;
        }
    }
    // "canceled his planned visit to", "called off the summit with".
    let near: String = tail_words(before, 5);
    if CANCELED.is_match(&near) {
        say(&CANCELED, &near, "a cancelling verb before the trigger");
        return Status::Canceled;
    }
    // "postponed a visit to Pretoria": planned, then not held; "postponed
    // the summit to March" moves a plan.
    if POSTPONED.is_match(&near) {
        return if RESCHEDULED.is_match(after) {
            say(&POSTPONED, &near, "postponed to a new date");
            Status::Planned
        } else {
            say(&POSTPONED, &near, "postponed with no new date");
            Status::Canceled
        };
    }
    if DENIED_ANYWHERE.is_match(sentence_before) {
        say(
            &DENIED_ANYWHERE,
            sentence_before,
            "a denial earlier in the sentence",
        );
        return Status::Denied;
    }
    // "rejected an offer to meet", "turned down an invitation to visit".
    if REFUSED_OFFER.is_match(&near) {
        say(&REFUSED_OFFER, &near, "a refused offer or invitation");
        return Status::Denied;
    }
    if NEGATED.is_match(&near) {
        // "did not say whether he would meet X": the question is open.
        if NEGATED_QUESTION.is_match(&near) {
            say(&NEGATED_QUESTION, &near, "an open question");
            return Status::Hypothetical;
        }
        say(&NEGATED, &near, "a negation before the trigger");
        return Status::Denied;
    }
    // "he may meet X after his upcoming trip to Y": the trip is a plan,
    // whatever the clause around it hedges.
    if PLAN_ADJECTIVE.is_match(&tail_words(before, 3)) {
        say(
            &PLAN_ADJECTIVE.needs,
            &tail_words(before, 3),
            "a plan adjective before the noun",
        );
        return Status::Planned;
    }
    if HYPOTHETICAL.is_match(before) || MAY.is_match(before) {
        if HYPOTHETICAL.is_match(before) {
            say(
                &HYPOTHETICAL,
                before,
                "a hedge or condition before the trigger",
            );
        } else {
            say(&MAY, before, "the modal 'may'");
        }
        return Status::Hypothetical;
    }
    let window = tail_words(before, 14);
    if INFINITIVE.is_match(before) || plans(&window) {
        // "canceled his visit to Berlin, where he was due to meet Scholz".
        if CANCELED.is_match(sentence_before) {
            say(
                &CANCELED,
                sentence_before,
                "a cancellation earlier in the sentence",
            );
            return Status::Canceled;
        }
        // "Erdogan would meet Modi if India agreed": a plan on a condition.
        if conditioned(after) {
            say(
                &CONDITION_WORD,
                after,
                "a plan on a condition after the trigger",
            );
            return Status::Hypothetical;
        }
        if INFINITIVE.is_match(before) {
            say(
                &INFINITIVE,
                before,
                "an infinitive ('to') before the trigger",
            );
        } else {
            say(&PLANNED, &window, "a word of plans before the trigger");
        }
        return Status::Planned;
    }
    Status::Occurred
}

static NOUN_THEN_HYPOTHETICAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)^,?[^.;,]{0,40}?\b(?:would\s+have|would\s+(?:also\s+)?(?:mark|be)|should\s+have|could|might|(?-i:may))\b",
    )
});
static NOUN_THEN_PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    crate::relate::regex(
        r"(?i)^,?[^.;,]{0,40}?\b(?:will|would|should|must|(?:is|are)\s+(?:expected|scheduled|set|planned|due|necessary|needed)|needs?\s+to|to\s+be\s+held|has\s+yet\s+to)\b",
    )
});

/// For a nominal trigger ("such a meeting would mark ..."), the status the
/// verb after the noun gives, if any.
pub fn after_noun(after: &str) -> Option<Status> {
    if NOUN_THEN_HYPOTHETICAL.is_match(after) {
        Some(Status::Hypothetical)
    } else if NOUN_THEN_PLANNED.is_match(after) {
        Some(Status::Planned)
    } else {
        None
    }
}

/// The last `n` words of `s`, one space between each, and a space after
/// them when `s` ends in white space.
fn tail_words(s: &str, n: usize) -> String {
    // Split from the end only as far as the words kept: the clause before a
    // trigger may be long.
    let from = s
        .split_whitespace()
        .rev()
        .take(n)
        .last()
        .map_or(s.len(), |w| w.as_ptr() as usize - s.as_ptr() as usize);
    let tail = &s[from..];
    let mut out = String::with_capacity(tail.len() + 1);
    for w in tail.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if s.ends_with(char::is_whitespace) {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(sentence: &str, trigger: &str) -> Status {
        let at = sentence.find(trigger).unwrap();
        let before = &sentence[..at];
        let after = &sentence[at + trigger.len()..];
        let got = status(before, before, after);
        // `explain`'s cue gives the same status, from words of the sentence.
        let cue = cue(before, before, after);
        assert_eq!(
            cue.as_ref().map_or(Status::Occurred, |c| c.status),
            got,
            "{sentence}"
        );
        if let Some(c) = cue {
            let one = |s: &str| {
                s.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            };
            assert!(
                !c.word.is_empty() && one(sentence).contains(&one(&c.word)),
                "{sentence}: {c:?}"
            );
        }
        got
    }

    /// The definition `tail_words` must agree with.
    fn tail_words_whole(s: &str, n: usize) -> String {
        let words: Vec<&str> = s.split_whitespace().collect();
        let from = words.len().saturating_sub(n);
        let mut out = words[from..].join(" ");
        if s.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        out
    }

    #[test]
    fn tail_words_agree_with_splitting_the_whole_text() {
        for s in [
            "",
            " ",
            "one",
            "  he  said\tthat he\u{a0}would\n ",
            "Ruto, who had planned to meet  Lula ",
            "a b c d e f g h i j k l m n o p",
        ] {
            for n in [0, 1, 3, 5, 14, 30] {
                assert_eq!(tail_words(s, n), tail_words_whole(s, n), "{s:?} {n}");
            }
        }
    }

    #[test]
    fn a_plan_on_a_condition_after_it_is_hypothetical() {
        for (sentence, trigger) in [
            ("Ruto would meet Lula only if the ceasefire holds.", "meet"),
            ("Ruto would meet Lula if Brazil agreed.", "meet"),
            ("Ruto will phone Lula unless the talks collapse.", "phone"),
            ("Ruto would host Lula, but only if the vote passes.", "host"),
            (
                "Ruto will phone Lula provided that the talks resume.",
                "phone",
            ),
            ("Ruto will meet Lula as long as the truce holds.", "meet"),
            (
                "Ruto would visit Lula on condition that he is received.",
                "visit",
            ),
        ] {
            assert_eq!(st(sentence, trigger), Status::Hypothetical, "{sentence}");
        }
        for (sentence, trigger) in [
            ("Ruto will meet Lula even if the talks collapse.", "meet"),
            ("Ruto will meet Lula to see if a deal is possible.", "meet"),
        ] {
            assert_eq!(st(sentence, trigger), Status::Planned, "{sentence}");
        }
    }

    #[test]
    fn the_next_day_of_a_story_is_past_and_the_next_visit_a_plan() {
        assert_eq!(st("The next day, Berri met Ley.", "met"), Status::Occurred);
        assert_eq!(
            st(
                "The following morning, the next morning Ruto met Lula.",
                "met"
            ),
            Status::Occurred
        );
        assert_eq!(
            st("Ruto will meet Lula next week.", "meet"),
            Status::Planned
        );
        assert_eq!(
            st("At the next summit Ruto meets Lula.", "meets"),
            Status::Planned
        );
    }

    #[test]
    fn statuses_from_the_clause() {
        assert_eq!(st("Ruto met Lula on Monday.", "met"), Status::Occurred);
        assert_eq!(st("Ruto will meet Lula.", "meet"), Status::Planned);
        // A counterfactual did not happen and was no plan either.
        assert_eq!(
            st(
                "Ruto skipped the summit, where he would have met Lula.",
                "met"
            ),
            Status::Hypothetical
        );
        assert_eq!(
            st("Ruto is expected to meet Lula.", "meet"),
            Status::Planned
        );
        assert_eq!(
            st("Ruto hopes for another summit with Lula.", "summit with"),
            Status::Planned
        );
        assert_eq!(
            st("If Ruto and Lula meet, it will be historic.", "meet"),
            Status::Hypothetical
        );
        assert_eq!(
            st("Ruto denied reports that he plans to meet Lula.", "meet"),
            Status::Denied
        );
        assert_eq!(st("Ruto has never met Lula.", "met"), Status::Denied);
        assert_eq!(
            st("Ruto skipped the summit with Lula.", "summit with"),
            Status::Denied
        );
        assert_eq!(
            st(
                "Ruto said he may meet Lula after his upcoming trip to Brazil.",
                "trip to"
            ),
            Status::Planned
        );
        assert_eq!(
            st("His trip to Tokyo was postponed indefinitely.", "trip to"),
            Status::Canceled
        );
        assert_eq!(
            st("Ruto denied his planned trip to Brazil.", "trip to"),
            Status::Denied
        );
        assert_eq!(
            st(
                "Ruto and Lula were to meet in May, but the plans were called off.",
                "meet"
            ),
            Status::Canceled
        );
        // Another event's cancellation after a contrast is its own.
        for (text, trig) in [
            (
                "Ruto met Lula on Monday, but a planned call with Kagame was canceled.",
                "met",
            ),
            ("Ruto met Lula; a visit to Kigali was called off.", "met"),
            (
                "Ruto phoned Lula, while the summit with Kagame was scrapped.",
                "phoned",
            ),
        ] {
            assert_eq!(st(text, trig), Status::Occurred, "{text}");
        }
    }
}
