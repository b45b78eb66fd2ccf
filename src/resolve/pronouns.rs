//! Pronouns and plurals: "he", "him", "his", "they" and "the two leaders"
//! resolved to the people the document has named. Owns the antecedent
//! rules (the nearest person, the subject of a sentence, the teller or the
//! one asked), the fronted phrases that hide a subject, and which people
//! "the two diplomats" or "the two ministers" can be.

use super::places::SAYS;
use super::words::Word;
use super::{ActorIdx, Ctx, How, Mention, pattern};
use crate::model::Kind;
use crate::span::Span;

/// Words that open a clause of their own between a person and a pronoun
/// ("X said that Y had invited him" binds nothing to X's clause).
static CLAUSE_OPENER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(?:that|who|whom|which|said|says|after|before|when|while|because|and|but)\b")
        .expect("a valid pattern")
});

/// "... that" right before a pronoun.
static TOLD_THAT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"(?i)^[^.;,]{0,30}?\bthat\s+$").expect("a valid pattern"));
/// A verb of telling someone something.
static TELLS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(?:told|tells|tell|telling|assured|assures|informed|informs|warned|warns|reminded|promised|promises)\b")
        .expect("a valid pattern")
});
/// "Zelensky, who held a call with him": the relative clause's subject is
/// the person before "who", and its object someone else.
static RELATIVE_SUBJECT: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"(?i)^,\s+who\s+[^,;.]*$").expect("a valid pattern"));

/// A plural noun of people in the sentence before "they" ("officials said
/// they"): the group, not the two people named.
static GROUP_NEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)\b(?:officials|aides|diplomats|ministers|leaders|delegations|sides|countries|nations|governments|reporters|journalists|analysts|lawmakers|people|negotiators|envoys|allies|members|troops|forces|sources|critics|experts|protesters|residents|others)\b")
        .expect("a valid pattern")
});

/// Between the asker and a pronoun: "whether he", "if she".
static ASKED_WHETHER: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| pattern(r"^,?\s+(?:whether|if)\s+$").expect("a valid pattern"));
/// Between the one asked and the asker: "was asked by reporter".
static PASSIVE_ASKED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    pattern(r"(?i)^\s+(?:was|were|is|being|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:asked|pressed|questioned)\s+by\b")
        .expect("a valid pattern")
});

/// Ministers who are diplomats ("the two diplomats met").
const DIPLOMATIC_MINISTERS: &[&str] = &["foreign minister", "secretary of state"];

/// Pronouns that stand for a person.
const PERSON_PRONOUNS: &[&str] = &[
    "he", "him", "his", "she", "her", "hers", "himself", "herself",
];

impl Ctx<'_> {
    /// The person a pronoun at `span` in sentence `si` stands for: the
    /// nearest person named before it in its own sentence, else the subject
    /// (first person named) of the latest sentence that names one.
    fn antecedent(&self, si: usize, span: Span) -> Option<ActorIdx> {
        let people = |m: &&Mention| {
            self.out.actors[m.actor].kind == Kind::Person
                && (m.how.is_naming() || m.how == How::Description)
        };
        // Not someone named in a verbless phrase that the pronoun follows
        // ("Speaking with Kim, he said": he is not Kim).
        let (phrase_end, verbless) = self.fronted[si];
        let outside =
            |m: &&Mention| !(verbless && span.start >= phrase_end && m.span.start < phrase_end);
        let same: Option<&Mention> = self
            .out
            .mentions
            .iter()
            .filter(people)
            .filter(|m| m.sentence == si && m.span.end <= span.start)
            .filter(outside)
            .max_by_key(|m| m.span.start);
        // A possessive ("his upcoming trip") most often belongs to the
        // sentence's subject, the first person it names; but in "blasted
        // Orban for his visit" to the one blamed, named right before.
        let possessive = matches!(span.text(self.text).to_lowercase().as_str(), "his" | "her");
        if possessive
            && let Some(local) = same
            && local.span.end <= span.start
            && matches!(
                self.text[local.span.end..span.start]
                    .trim()
                    .to_lowercase()
                    .as_str(),
                "for" | "over"
            )
        {
            return Some(local.actor);
        }
        if possessive
            && let Some(a) = self.subject(
                self.out
                    .mentions
                    .iter()
                    .filter(people)
                    .filter(|m| m.sentence == si && m.span.end <= span.start),
            )
        {
            return Some(a);
        }
        // "the Kenyan leader welcomed him": an object pronoun is not the
        // subject of its own clause, but someone named before that subject.
        if span.text(self.text).eq_ignore_ascii_case("him")
            && let Some(local) = same
            && (RELATIVE_SUBJECT.is_match(&self.text[local.span.end..span.start])
                || (!self.text[local.span.end..span.start].contains([',', ';', '"', '\u{201c}'])
                    && !CLAUSE_OPENER.is_match(&self.text[local.span.end..span.start])))
        {
            let mut earlier: Vec<&Mention> = self
                .out
                .mentions
                .iter()
                .filter(people)
                .filter(|m| m.span.end <= local.span.start && m.actor != local.actor)
                .collect();
            // The nearest in its own sentence, else the subject (first
            // person) of the latest sentence before.
            earlier.sort_by_key(|m| m.span.start);
            let pick = earlier.iter().rev().find(|m| m.sentence == si);
            return pick.map(|m| m.actor).or_else(|| {
                let last = earlier.last()?.sentence;
                self.subject(earlier.iter().copied().filter(|m| m.sentence == last))
            });
        }
        // "X told Y that he would ...": the teller speaks of himself; "X was
        // asked by Y whether he would ...": the question is about the one
        // asked. Each reading: what stands between Y and the pronoun, and
        // between X and Y.
        if let Some(local) = same
            && let Some(first) = self
                .out
                .mentions
                .iter()
                .filter(people)
                .filter(|m| m.sentence == si && m.span.end <= local.span.start)
                .min_by_key(|m| m.span.start)
            && first.actor != local.actor
            && [(&*TOLD_THAT, &*TELLS), (&*ASKED_WHETHER, &*PASSIVE_ASKED)]
                .iter()
                .any(|(to_pronoun, to_local)| {
                    to_pronoun.is_match(&self.text[local.span.end..span.start])
                        && to_local.is_match(&self.text[first.span.end..local.span.start])
                })
        {
            return Some(first.actor);
        }
        if let Some(m) = same {
            return Some(m.actor);
        }
        let last_sentence = self
            .out
            .mentions
            .iter()
            .filter(people)
            .filter(|m| m.sentence < si)
            .map(|m| m.sentence)
            .max()?;
        self.subject(
            self.out
                .mentions
                .iter()
                .filter(people)
                .filter(|m| m.sentence == last_sentence),
        )
    }

    /// The subject among people named in one sentence: the first named
    /// after the sentence's fronted phrase, if any is, else the first.
    fn subject<'m>(&self, people: impl Iterator<Item = &'m Mention>) -> Option<ActorIdx> {
        let mut first: Option<&Mention> = None;
        let mut after: Option<&Mention> = None;
        for m in people {
            if first.is_none_or(|f| m.span.start < f.span.start) {
                first = Some(m);
            }
            if m.span.start >= self.fronted[m.sentence].0
                && after.is_none_or(|f| m.span.start < f.span.start)
            {
                after = Some(m);
            }
        }
        after.or(first).map(|m| m.actor)
    }

    /// True when the person is a head of state or government on the article's
    /// date, by the gazetteer or by an office the article gives them.
    fn is_head(&self, a: ActorIdx) -> bool {
        self.holds_office_that(a, |o| {
            matches!(
                o.subtype.as_deref(),
                Some("head_of_state" | "head_of_government")
            )
        })
    }

    /// True when the person holds, on the article's date, an office that
    /// `fits` (given the office entry), by the gazetteer or by the article.
    fn holds_office_that(
        &self,
        a: ActorIdx,
        fits: impl Fn(&crate::gazetteer::Entry) -> bool,
    ) -> bool {
        let by_gaz = self.out.actors[a].entry.is_some_and(|e| {
            self.gaz
                .offices_of(e, self.date)
                .iter()
                .any(|(o, _)| fits(self.gaz.entry(*o)))
        });
        by_gaz
            || self.out.offices.iter().any(|l| {
                l.person == a
                    && !l.past
                    && self.out.actors[l.office]
                        .entry
                        .is_some_and(|o| fits(self.gaz.entry(o)))
            })
    }

    /// "the two diplomats": foreign ministers, envoys and ambassadors.
    fn is_diplomat(&self, a: ActorIdx) -> bool {
        self.holds_office_that(a, |o| {
            o.subtype.as_deref() == Some("diplomat")
                || DIPLOMATIC_MINISTERS.contains(&o.label.as_str())
        })
    }

    /// "the two ministers": holders of a ministry.
    fn is_minister(&self, a: ActorIdx) -> bool {
        self.holds_office_that(a, |o| o.subtype.as_deref() == Some("minister"))
    }

    /// The people a plural at `span` of sentence `si` stands for: walking
    /// back from it, sentence by sentence (at most three back), the people
    /// named or described, until there are `count` of them (two for
    /// "they", which stands for a pair). A sentence before the plural's own
    /// that brings more than `count` makes the plural ambiguous unless
    /// exactly `count` of all fit its noun
    /// ("the two presidents" among two presidents and a minister): then
    /// the plural stands for no one (an empty set). With too few, `None`.
    /// `agent` is not one of them ("Lula telephoned both leaders").
    fn plural_group(
        &self,
        si: usize,
        span: Span,
        count: Option<usize>,
        agent: Option<ActorIdx>,
        fits: impl Fn(ActorIdx) -> bool,
    ) -> Option<Vec<ActorIdx>> {
        // "both leaders have expressed their willingness": a plural of this
        // sentence is who "their" and "they" are.
        if count.is_none() {
            let mut last: Option<Span> = None;
            for m in &self.out.mentions {
                if m.sentence == si && m.how == How::Plural && m.span.end <= span.start {
                    last =
                        Some(last.map_or(
                            m.span,
                            |l: Span| if m.span.start > l.start { m.span } else { l },
                        ));
                }
            }
            if let Some(l) = last {
                let people: Vec<ActorIdx> = self
                    .out
                    .mentions
                    .iter()
                    .filter(|m| m.span == l && m.how == How::Plural)
                    .map(|m| m.actor)
                    .collect();
                return Some(people);
            }
        }
        let mut group: Vec<ActorIdx> = Vec::new();
        for sj in (si.saturating_sub(3)..=si).rev() {
            let mut here: Vec<&Mention> = self
                .out
                .mentions
                .iter()
                .filter(|m| {
                    m.sentence == sj
                        && m.span.end <= span.start
                        && self.out.actors[m.actor].kind == Kind::Person
                        && (m.how.is_naming() || m.how == How::Description)
                        && Some(m.actor) != agent
                        && !group.contains(&m.actor)
                })
                .collect();
            here.sort_by_key(|m| m.span.start);
            let mut new: Vec<ActorIdx> = Vec::new();
            for m in here {
                if !new.contains(&m.actor) {
                    new.push(m.actor);
                }
            }
            if new.is_empty() {
                continue;
            }
            let before = group.len();
            group.extend(new);
            match count {
                // More in the plural's own sentence: the nearest (below).
                Some(n) if group.len() > n && sj == si && before == 0 => return None,
                Some(n) if group.len() > n => {
                    let fitting: Vec<ActorIdx> =
                        group.iter().copied().filter(|&a| fits(a)).collect();
                    return Some(if fitting.len() == n {
                        fitting
                    } else if before == n {
                        group.truncate(n);
                        group
                    } else {
                        Vec::new()
                    });
                }
                Some(n) if group.len() == n => return Some(group),
                // "they" is a pair: a third person leaves it open.
                None if group.len() == 2 => return Some(group),
                None if group.len() > 2 => return Some(Vec::new()),
                _ => {}
            }
        }
        None
    }

    pub(super) fn pronouns(&mut self, si: usize, sent: Span, words: &[Word], covered: &[Span]) {
        let text = self.text;
        let s = sent.text(text);
        let mut found: Vec<(Span, How)> = Vec::new();
        for (
            wi,
            &Word {
                start: ws, end: we, ..
            },
        ) in words.iter().enumerate()
        {
            // Only an ASCII word of at most seven letters, starting with b,
            // f, h, s or t in either case, lowercases to a pronoun or a
            // count (no other character lowercases to those letters), and
            // for it lowercasing and comparing is comparing
            // case-insensitively, without a copy.
            let w = &s[ws..we];
            if w.len() > 7
                || !w.is_ascii()
                || !matches!(w.as_bytes()[0] | 0x20, b'b' | b'f' | b'h' | b's' | b't')
            {
                continue;
            }
            let is = |lower: &str| w.eq_ignore_ascii_case(lower);
            let span = Span::new(sent.start + ws, sent.start + we);
            if covered.iter().any(|c| c.overlaps(span)) {
                continue;
            }
            if PERSON_PRONOUNS.iter().any(|p| is(p)) {
                found.push((span, How::Pronoun));
            } else if is("they") || is("them") || is("their") {
                // People just named together ("Ruto met Lula. They agreed
                // ...", "Their talks ...").
                found.push((span, How::Plural));
            } else if is("two") || is("both") || group_count(w).is_some() {
                let next_word = words.get(wi + 1).map(|w| (w.start, w.end));
                let next = next_word.map(|(a, b)| s[a..b].to_lowercase());
                if matches!(
                    next.as_deref(),
                    Some(
                        "leaders"
                            | "men"
                            | "women"
                            | "presidents"
                            | "ministers"
                            | "sides"
                            | "diplomats"
                            | "heads"
                            | "officials"
                            | "envoys"
                    )
                ) {
                    let (_, e) = next_word.unwrap_or((we, we));
                    found.push((Span::new(sent.start + ws, sent.start + e), How::Plural));
                }
            }
        }
        for (span, how) in found {
            // "the two leaders" are the last two heads of state or government
            // named; "the two ministers" the last two office holders; "the
            // two men" the last two people.
            let noun = span
                .text(text)
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_lowercase();
            let wanted = |a: ActorIdx| -> bool {
                match noun.as_str() {
                    "leaders" | "presidents" | "heads" => self.is_head(a),
                    "diplomats" => self.is_diplomat(a),
                    "ministers" => self.is_minister(a),
                    _ => true,
                }
            };
            // "they" are the people the story last named together: those
            // of the nearest sentences back that name two or more; a
            // plural noun near it ("officials said they") is another group.
            if matches!(noun.as_str(), "they" | "them" | "their") {
                let people = self
                    .plural_group(si, span, None, None, |_| true)
                    .unwrap_or_default();
                if !GROUP_NEAR.is_match(&text[sent.start..span.start]) {
                    for p in people {
                        self.out.mentions.push(Mention {
                            span,
                            actor: p,
                            how: How::Plural,
                            sentence: si,
                        });
                    }
                }
                continue;
            }
            let before: Vec<ActorIdx> = {
                let mut v: Vec<&Mention> = self
                    .out
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.span.end <= span.start && self.out.actors[m.actor].kind == Kind::Person
                    })
                    .filter(|m| m.how.is_naming() || m.how == How::Description)
                    .collect();
                v.sort_by_key(|m| m.span.start);
                // "Lula telephoned both leaders": the one who acts on the two
                // is not one of them.
                let agent = (how == How::Plural)
                    .then(|| plural_object_of(text, sent, span, &v))
                    .flatten();
                // "the three leaders": the people the story last named
                // together, as many as the count says.
                let count = span.text(text).split_whitespace().find_map(|w| {
                    if w.eq_ignore_ascii_case("both") || w.eq_ignore_ascii_case("two") {
                        Some(2)
                    } else {
                        group_count(w)
                    }
                });
                let near = match count {
                    Some(n) if how == How::Plural => {
                        self.plural_group(si, span, Some(n), agent, |_| true)
                    }
                    _ => None,
                };
                // More than three: the nearest group of that many, the
                // fitting ones first ("the four presidents").
                if let Some(n) = count.filter(|&n| n > 2 && how == How::Plural) {
                    let group = self
                        .plural_group(si, span, Some(n), agent, wanted)
                        .filter(|g| g.len() == n && g.iter().all(|&a| wanted(a)))
                        .or(near.clone())
                        .unwrap_or_default();
                    for p in group {
                        self.out.mentions.push(Mention {
                            span,
                            actor: p,
                            how,
                            sentence: si,
                        });
                    }
                    continue;
                }
                // Two: more people just named together than two leave
                // "the two men" ambiguous ("the two leaders" are the last
                // two heads, below).
                let role = matches!(
                    noun.as_str(),
                    "leaders" | "presidents" | "heads" | "diplomats" | "ministers" | "sides"
                );
                if !role && near.as_ref().is_some_and(|g| g.is_empty()) {
                    continue;
                }
                let mut people: Vec<ActorIdx> = Vec::new();
                for m in v.iter().rev() {
                    if !people.contains(&m.actor)
                        && Some(m.actor) != agent
                        && (how == How::Pronoun || wanted(m.actor))
                    {
                        people.push(m.actor);
                    }
                    if people.len() == 2 {
                        break;
                    }
                }
                // "the two leaders": the last two who fit; when fewer fit,
                // the two people the story just named together.
                if how == How::Plural && people.len() < 2 {
                    near.unwrap_or_default()
                } else {
                    people
                }
            };
            match how {
                How::Plural if before.len() == 2 => {
                    for &p in &before {
                        self.out.mentions.push(Mention {
                            span,
                            actor: p,
                            how,
                            sentence: si,
                        });
                    }
                }
                How::Pronoun if !before.is_empty() => {
                    let actor = self.antecedent(si, span).unwrap_or(before[0]);
                    self.out.mentions.push(Mention {
                        span,
                        actor,
                        how,
                        sentence: si,
                    });
                }
                _ => {}
            }
        }
    }
}

/// The number a group word names ("three" in "the three leaders").
fn group_count(word: &str) -> Option<usize> {
    ["three", "four", "five", "six"]
        .iter()
        .position(|c| word.eq_ignore_ascii_case(c))
        .map(|i| i + 3)
}

/// Words that, besides a clause opener or a verb of saying, put a plural
/// out of the reach of the person before it ("Kenyatta hopes the two men",
/// "Kenyatta and both men", "with both leaders").
const NOT_THE_PLURALS_AGENT: &[&str] = &[
    "say",
    "tells",
    "or",
    "with",
    "announced",
    "hopes",
    "hoped",
    "expects",
    "expected",
    "believes",
    "thinks",
    "thought",
    "wants",
    "wanted",
    "as",
    "where",
];

/// The one person of `sent` named before the plural `span` when the words
/// between are a short verb phrase that makes the plural its object ("Lula
/// telephoned both leaders", "Rubio will meet the two ministers"): he is
/// not one of them. Not across a saying or a clause ("Trump said the two
/// leaders would meet": he may be one of them), nor when the sentence
/// names two people before the plural ("Petro met Noboa, and the two men
/// agreed").
fn plural_object_of(text: &str, sent: Span, span: Span, before: &[&Mention]) -> Option<ActorIdx> {
    let here: Vec<&&Mention> = before
        .iter()
        .filter(|m| m.span.start >= sent.start)
        .collect();
    let first = here.first()?;
    if here.iter().any(|m| m.actor != first.actor) {
        return None;
    }
    let last = here.last()?;
    let between = text.get(last.span.end..span.start)?;
    let words: Vec<&str> = between.split_whitespace().collect();
    let verb_phrase = (1..=5).contains(&words.len())
        && !between.contains([',', ';', ':', '"', '\u{201c}', '('])
        && !CLAUSE_OPENER.is_match(between)
        && words.iter().all(|w| {
            let w = w.to_ascii_lowercase();
            !SAYS.contains(&w.as_str()) && !NOT_THE_PLURALS_AGENT.contains(&w.as_str())
        });
    verb_phrase.then_some(first.actor)
}

/// Words that open a fronted adverbial phrase ("In a letter to Kim, ...",
/// "After meeting Ruto, ...", "According to aides, ...").
const FRONTING: &[&str] = &[
    "In",
    "At",
    "On",
    "After",
    "Before",
    "During",
    "With",
    "Without",
    "For",
    "From",
    "Under",
    "Despite",
    "Following",
    "Speaking",
    "According",
    "Asked",
    "Unlike",
    "Like",
    "Since",
    "Amid",
    "Ahead",
    "Beside",
    "Besides",
    "Beyond",
    "Standing",
    "Writing",
    "Addressing",
    "Responding",
    "Alongside",
    "Upon",
    "Against",
    "Throughout",
    "Until",
    "While",
    "When",
    "Although",
    "Though",
];

/// Of the [`FRONTING`] words, those that can open a clause with a subject
/// of its own ("When Ruto met Lula, he said"); the others open a phrase
/// without one, as these do before an -ing verb ("After meeting Lula, ...").
const CLAUSAL: &[&str] = &[
    "After", "Before", "Since", "Until", "While", "When", "Although", "Though",
];

/// How many bytes of sentence `s` a fronted adverbial phrase takes, up to
/// and with its comma (0 when the sentence opens otherwise), and whether
/// the phrase is verbless.
pub(super) fn fronted_phrase(s: &str) -> (usize, bool) {
    let mut words = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    if !FRONTING.contains(&first) {
        return (0, false);
    }
    let verbless = !CLAUSAL.contains(&first) || words.next().is_some_and(|w| w.ends_with("ing"));
    let Some(mut end) = s.find(", ").map(|k| k + 2) else {
        return (0, false);
    };
    // A name in apposition goes with the phrase ("Speaking with his
    // counterpart, Ana Lima, he said").
    if let Some(k) = s[end..].find(", ")
        && s[end..end + k]
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase))
        && s[end..end + k].split(' ').count() <= 4
    {
        end += k + 2;
    }
    (end, verbless)
}
