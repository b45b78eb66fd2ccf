//! Titles and offices: a title hit composed with its jurisdiction ("Russian
//! Foreign Minister", "foreign minister of Russia"), its qualifiers
//! ("deputy", "former"), and its holder, named after it or known to the
//! gazetteer on the document's date. Owns the office actors' ids and
//! labels and the holds-office links.

use super::names::stranger_after;
use super::{Actor, ActorIdx, Ctx, How, OfficeLink};
use crate::gazetteer::{EntryId, Form, Hit};
use crate::model::{Kind, slug};
use crate::span::Span;
use crate::text::{self, capitalized_run, words_before};

/// Countries whose foreign secretary is a civil servant, not the minister.
const CIVIL_FOREIGN_SECRETARY: &[&str] = &["Bangladesh", "India", "Nepal", "Pakistan", "Sri Lanka"];

/// A country's name as it stands after "of": "the United States", "the
/// Netherlands", "Kenya".
pub(super) fn with_article(label: &str) -> std::borrow::Cow<'_, str> {
    const THE: &[&str] = &[
        "Bahamas",
        "Comoros",
        "Gambia",
        "Maldives",
        "Netherlands",
        "Philippines",
        "Seychelles",
        "Vatican",
    ];
    let plural_or_union = label.starts_with("United ")
        || ["Republic", "Islands", "Emirates", "Kingdom", "States"]
            .iter()
            .any(|w| label.ends_with(w));
    if plural_or_union || THE.contains(&label) {
        format!("the {label}").into()
    } else {
        label.into()
    }
}

/// The top offices of an organization, whose holder is its "chief" or "leader".
const ORG_TOP_OFFICES: &[&str] = &[
    "secretary-general",
    "director-general",
    "president",
    "chairperson",
    "managing director",
    "executive director",
    "high commissioner",
];

/// Words that qualify a title without changing what it is a title of.
const QUALIFIERS: &[&str] = &[
    "deputy",
    "first",
    "vice",
    "acting",
    "special",
    "senior",
    "chief",
    "interim",
    "presidential",
    "top",
    "foreign-policy",
    "principal",
    "assistant",
    "executive",
    "permanent",
    "associate",
    "outgoing",
    "incoming",
];

/// Words that put an office in the past.
const PAST: &[&str] = &[
    "former",
    "then",
    "then-",
    "ex",
    "ex-",
    "late",
    "previous",
    "predecessor",
];

impl Ctx<'_> {
    /// Handles the title hit `hits[i]` with its jurisdiction, qualifiers and
    /// holder. Returns the index of the first hit not consumed.
    pub(super) fn office_phrase(
        &mut self,
        si: usize,
        sent: Span,
        hits: &[Hit],
        i: usize,
        covered: &mut Vec<Span>,
    ) -> usize {
        let text = self.text;
        let gaz = self.gaz;
        let h = &hits[i];
        let title = h.targets[0].0;
        let mut start = h.span.start;
        let mut end = h.span.end;
        let mut quals: Vec<String> = Vec::new();
        let mut past = false;
        // Qualifiers right before the title ("Deputy", "presidential").
        loop {
            let before = words_before(text, start, 1);
            let Some(w) = before.first() else { break };
            let lw = w.to_lowercase();
            if QUALIFIERS.contains(&lw.as_str()) && start - w.len() >= sent.start {
                let ws = text[..start].trim_end().len() - w.len();
                quals.insert(0, lw);
                start = ws;
            } else {
                break;
            }
        }
        let title_start = start;
        // A jurisdiction right before: an adjective, a place or an organization,
        // maybe possessive ("Russia's").
        let mut jur: Option<EntryId> = None;
        let mut jur_hit: Option<&Hit> = None;
        if i > 0 {
            let p = &hits[i - 1];
            let gap = &text[p.span.end..start];
            let gap_ok = gap.trim().is_empty() || matches!(gap.trim(), "'s" | "\u{2019}s");
            if gap_ok && p.span.start >= sent.start {
                let t = p.targets.iter().find(|(id, f)| {
                    matches!(f, Form::Adjective)
                        || (*f == Form::Name
                            && matches!(gaz.entry(*id).kind, Kind::Place | Kind::Organization))
                });
                if let Some(&(id, _)) = t {
                    jur = Some(id);
                    jur_hit = Some(p);
                    start = p.span.start;
                }
            }
        }
        // Qualifiers before the jurisdiction are part of the phrase too ("then-U.S.").
        let before = words_before(text, start, 2);
        if let Some(w) = before.first() {
            let lw = w.to_lowercase();
            // "met Lavrov and then Russian President Putin": "then" of a
            // sequence, not "then-President".
            let sequence = lw == "then"
                && before
                    .get(1)
                    .is_some_and(|p| matches!(p.to_lowercase().as_str(), "and" | "but" | "or"));
            if !sequence
                && (PAST.contains(&lw.trim_end_matches('-')) || PAST.contains(&lw.as_str()))
            {
                past = true;
            }
        }
        if text[..start].ends_with("then-") || text[..start].ends_with("ex-") {
            past = true;
        }
        let mut next = i + 1;
        // "foreign minister of Russia".
        if jur.is_none()
            && let Some(n) = hits.get(i + 1)
        {
            let gap = &text[end..n.span.start];
            if matches!(gap.trim(), "of" | "of the")
                && let Some(&(id, Form::Name)) = n.targets.first()
                && matches!(gaz.entry(id).kind, Kind::Place | Kind::Organization)
            {
                jur = Some(id);
                jur_hit = Some(n);
                end = n.span.end;
                next = i + 2;
            }
        }
        // The jurisdiction's own mention, when it is a name (not an adjective).
        if let Some(jh) = jur_hit
            && let Some(&(id, Form::Name)) = jh.targets.first()
        {
            let a = self.actor_for_entry(id);
            self.mention(jh.span, a, How::Name, si);
            covered.push(jh.span);
        }
        let phrase = Span::new(start, end);
        covered.push(phrase);
        let capitalized = text[h.span.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);

        // A holder right after: a known person, or capitalized words the gazetteer lacks.
        let mut holder: Option<(ActorIdx, Span, How)> = None;
        // "Trump's communications director, Steven Cheung,": a definite
        // description, then the holder's name between commas.
        let mut name_at = end;
        if let Some(after) = self
            .apposed_name_start(title_start, end, sent)
            .or_else(|| self.apposed_name_start(start, end, sent))
        {
            name_at = after;
        }
        if let Some(n) = hits.get(next)
            && n.span.start >= name_at
            && text[name_at..n.span.start].trim().is_empty()
            && (name_at == end || self.closes_apposition(n.span, sent))
        {
            match n.targets.first() {
                // "Kim Kye Gwan" is not Kim Jong Un: a one-word name followed
                // by more capitalized words is someone the gazetteer lacks.
                Some(&(_, Form::Name)) if stranger_after(text, n.span, sent.end) => {}
                Some(&(id, Form::Name)) if gaz.entry(id).kind == Kind::Person => {
                    holder = Some((self.actor_for_entry(id), n.span, How::Name));
                    next += 1;
                }
                // "Kim Kye Gwan" is not Kim: a surname followed by more
                // capitalized words is someone the gazetteer lacks.
                Some(&(_, Form::Surname)) if !stranger_after(text, n.span, sent.end) => {
                    if let Some(a) = self.person_for_surname(n) {
                        holder = Some((a, n.span, How::Surname));
                        next += 1;
                    }
                }
                _ => {}
            }
        }
        if holder.is_none()
            && !self.headline
            && let Some(name) = capitalized_run(text, name_at, sent.end)
            // Surnames inside the run do not stop it ("Amina Yusuf" with a
            // Yusuf known), nor a one-word name that opens a longer one, nor
            // places inside a name with a middle initial ("George W. Bush":
            // the initial says person).
            && (has_middle_initial(name.text(text)) || !hits.iter().any(|x| {
                x.span.overlaps(name)
                    && !(x.span.start == name.start && stranger_after(text, x.span, sent.end))
                    && x.targets.iter().any(|(_, f)| *f != Form::Surname)
            }))
            // Between commas, only a full name is a sure holder.
            && (name_at == end || self.closes_apposition(name, sent))
            // After a lowercase title alone, one capitalized word is too weak a sign.
            && (capitalized || jur.is_some() || name.text(text).split_whitespace().count() >= 2)
        {
            let label = name.text(text).to_string();
            let a = self.discovered_person(&label);
            holder = Some((a, name, How::Discovered));
            while hits.get(next).is_some_and(|x| x.span.start < name.end) {
                next += 1;
            }
        }
        // Descriptors such as "leader" or "diplomat" are no office of their own.
        let generic = gaz.entry(title).subtype.as_deref() == Some("generic");
        // In South Asia the foreign secretary is the senior diplomat of the
        // civil service, not the minister.
        let civil_service = h.span.text(text).eq_ignore_ascii_case("foreign secretary")
            && gaz.entry(title).label == "foreign minister"
            && jur.is_some_and(|j| CIVIL_FOREIGN_SECRETARY.contains(&gaz.entry(j).label.as_str()));
        let office_actor = if generic {
            None
        } else {
            self.office_actor_named(
                title,
                civil_service.then_some("foreign secretary"),
                jur,
                &quals,
                holder.map(|(a, _, _)| a),
            )
        };
        match holder {
            Some((person, pspan, how)) => {
                self.mention(pspan, person, how, si);
                covered.push(pspan);
                // A lowercase title names a position when it is more than a
                // bare noun: "special envoy Steve Witkoff", "Brazil's
                // communications director, Paulo Pimenta" (not "aide Ana").
                let named_position = capitalized
                    || jur.is_some()
                    || !quals.is_empty()
                    || h.span.text(text).contains(' ')
                    || name_at != end;
                if let Some(o) = office_actor
                    && named_position
                {
                    self.mention(Span::new(start, end), o, How::Office, si);
                    if !past {
                        self.office_holder.insert(o, person);
                    }
                    self.out.offices.push(OfficeLink {
                        person,
                        office: o,
                        span: Span::new(start, pspan.end),
                        sentence: si,
                        past,
                    });
                }
            }
            None if generic => {
                // "the Chinese leader": the one head of state or government of
                // the place named in the document, else the only one on the date.
                if !past
                    && let Some(j) = jur
                    && gaz.entry(title).label == "leader"
                {
                    let mut heads = gaz.heads(j, self.date);
                    // "the UN chief", "the NATO leader": an organization's
                    // head holds its top office, not a head of state's.
                    if heads.is_empty() && gaz.entry(j).kind == Kind::Organization {
                        heads = ORG_TOP_OFFICES
                            .iter()
                            .filter_map(|t| gaz.lookup(t, Some(Kind::Office)).first().copied())
                            .flat_map(|o| gaz.holders(o, Some(j), self.date))
                            .collect();
                        heads.sort();
                        heads.dedup();
                    }
                    let named: Vec<EntryId> = heads
                        .iter()
                        .copied()
                        .filter(|h| self.by_id.contains_key(&gaz.entry(*h).key))
                        .collect();
                    let pick = if named.len() == 1 {
                        Some(named[0])
                    } else if heads.len() == 1 {
                        Some(heads[0])
                    } else {
                        None
                    };
                    if let Some(p) = pick {
                        let a = self.actor_for_entry(p);
                        self.mention(phrase, a, How::Description, si);
                    }
                }
            }
            None => {
                // A description: the office, and the person who holds it;
                // "a UN spokesman said" is some spokesman, no one in particular.
                let indefinite = text::words_before(text, start, 1)
                    .first()
                    .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
                if let Some(o) = office_actor.filter(|_| !indefinite) {
                    if jur.is_some() {
                        self.mention(phrase, o, How::Office, si);
                    }
                    if !past && let Some(p) = self.holder_of(o, title, jur, &quals) {
                        self.mention(phrase, p, How::Description, si);
                    }
                }
            }
        }
        next
    }

    /// Where an apposed holder's name starts after a title phrase at
    /// `start..end`: "the foreign minister, Ana Silva," or "Kenya's envoy,
    /// Ana Silva,". The phrase must be a definite description (after "the", a
    /// possessive) and be followed by a comma.
    fn apposed_name_start(&self, start: usize, end: usize, sent: Span) -> Option<usize> {
        let text = self.text;
        let rest = text.get(end..sent.end)?;
        let after = rest.strip_prefix(", ")?;
        let before = text.get(sent.start..start)?.trim_end();
        let definite = before.ends_with("'s")
            || before.ends_with("\u{2019}s")
            || words_before(text, start, 1).first().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "the" | "his" | "her" | "its" | "their" | "our"
                )
            });
        (definite && after.starts_with(|c: char| c.is_uppercase())).then_some(end + 1)
    }

    /// True when a name apposed after a title is closed off: a comma, the
    /// end of the sentence, or a parenthesis follows it.
    fn closes_apposition(&self, name: Span, sent: Span) -> bool {
        let rest = self.text.get(name.end..sent.end).unwrap_or("").trim_start();
        rest.is_empty() || rest.starts_with([',', '.', ';', '(', ')'])
    }

    fn holder_of(
        &mut self,
        office: ActorIdx,
        title: EntryId,
        jur: Option<EntryId>,
        quals: &[String],
    ) -> Option<ActorIdx> {
        if let Some(&p) = self.office_holder.get(&office) {
            return Some(p);
        }
        // Without a jurisdiction, the document's own holder of the bare title.
        if jur.is_none() {
            // The most talked-about of them so far: in an article about
            // several presidents, "the president" is its main one.
            let key = slug(&self.gaz.entry(title).label);
            let mut holders: Vec<ActorIdx> = self
                .office_holder
                .iter()
                .filter(|(o, _)| self.out.actors[**o].id.starts_with(&key))
                .map(|(_, &p)| p)
                .collect();
            holders.sort();
            holders.dedup();
            let named = |p: ActorIdx| {
                self.out
                    .mentions
                    .iter()
                    .filter(|m| m.actor == p && m.how.is_naming())
                    .count()
            };
            return holders
                .into_iter()
                .max_by_key(|&p| (named(p), std::cmp::Reverse(p)));
        }
        if !quals.is_empty() {
            return None;
        }
        let holders = self.gaz.holders(title, jur, self.date);
        if holders.len() == 1 {
            let p = self.actor_for_entry(holders[0]);
            self.office_holder.insert(office, p);
            return Some(p);
        }
        None
    }

    /// The office actor for a title, its jurisdiction and qualifiers. Without
    /// a jurisdiction, the holder's own tenure may give it.
    pub(super) fn office_actor(
        &mut self,
        title: EntryId,
        jur: Option<EntryId>,
        quals: &[String],
        holder: Option<ActorIdx>,
    ) -> Option<ActorIdx> {
        self.office_actor_named(title, None, jur, quals, holder)
    }

    /// [`Ctx::office_actor`], named `name` rather than by its title entry
    /// when given.
    fn office_actor_named(
        &mut self,
        title: EntryId,
        title_name: Option<&str>,
        jur: Option<EntryId>,
        quals: &[String],
        holder: Option<ActorIdx>,
    ) -> Option<ActorIdx> {
        let gaz = self.gaz;
        let mut jur = jur;
        if jur.is_none()
            && quals.is_empty()
            && let Some(p) = holder
            && let Some(pe) = self.out.actors[p].entry
        {
            jur = gaz
                .offices_of(pe, self.date)
                .into_iter()
                .find(|(o, _)| *o == title)
                .and_then(|(_, j)| j);
        }
        let t = gaz.entry(title);
        let mut name = quals.join(" ");
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(title_name.unwrap_or(&t.label));
        let titled = title_case(&name);
        let (id, label) = match jur.map(|j| gaz.entry(j)) {
            Some(j) if j.kind == Kind::Organization => (
                format!("{}-{}", slug(&j.label), slug(&name)),
                format!("{} {}", j.label, titled),
            ),
            Some(j) => (
                format!("{}-of-{}", slug(&name), j.key),
                format!("{} of {}", titled, with_article(&j.label)),
            ),
            None => (slug(&name), titled),
        };
        let a = Actor {
            id,
            label,
            kind: Kind::Office,
            entry: Some(title),
            discovered: false,
            ids: t.ids.clone(),
        };
        Some(self.push_actor(a))
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if matches!(w, "of" | "the" | "and" | "for") {
                return w.to_string();
            }
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "George W. Bush": a capital letter and a period between two words of a
/// name, which only people's names have.
fn has_middle_initial(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 3
        && words[1..words.len() - 1].iter().any(|w| {
            let b = w.as_bytes();
            b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
        })
}
