//! Questions asked of a graph: who spoke to whom, between, neighbors, paths,
//! timelines, the most connected actors and the subgraph around one actor.
//!
//! Every query is a pure function from a [`Graph`], the ids of the actors
//! named, and a [`Filter`] to rows; the binary formats the rows. A filter cuts
//! the graph down before the query runs: an edge takes part when its relation,
//! status, date and documents pass and both of its actors pass the kind filter
//! (the actors named in the query always pass). Each query has its own
//! defaults for the relations and statuses the user did not give; see
//! [`Defaults`].
//!
//! Actors are named the way people name them: [`find_actor`] accepts an id, a
//! label or any alias, case- and accent-insensitively, with or without a
//! leading title, and explains an ambiguous or unknown name.
//!
//! Rows come out in a fixed order (by date, then by name and id), never in
//! hash or insertion order, so the same graph gives the same answer.

use crate::date::PartialDate;
use crate::graph::{Edge, Graph, Node};
use crate::model::{Kind, Relation, Status, fold};
use crate::span::Span;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt;
use std::str::FromStr;

/// An actor as rows name it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorRef {
    /// The node id.
    pub id: String,
    /// The node label (the id itself when the graph has no such node).
    pub label: String,
    /// What it is (a place id without a node counts as a place).
    pub kind: Kind,
}

impl ActorRef {
    fn of(n: &Node) -> ActorRef {
        ActorRef {
            id: n.id.clone(),
            label: n.label.clone(),
            kind: n.kind,
        }
    }

    fn by_id(g: &Graph, id: &str, fallback: Kind) -> ActorRef {
        match g.node(id) {
            Some(n) => ActorRef::of(n),
            None => ActorRef {
                id: id.to_string(),
                label: id.to_string(),
                kind: fallback,
            },
        }
    }
}

/// One sentence that supports a row.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EvidenceRef {
    /// The document id.
    pub doc: String,
    /// The bytes of the sentence in the document.
    pub span: Span,
    /// The sentence.
    pub text: String,
    /// The id of the actor the sentence says initiated the relation (the
    /// caller, the visitor).
    pub initiator: String,
}

/// What part of the graph a query sees. `None` means "not given": the query
/// then uses its own [`Defaults`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only these relations.
    pub relations: Option<BTreeSet<Relation>>,
    /// Only these statuses.
    pub statuses: Option<BTreeSet<Status>>,
    /// Only edges dated on or after this date, read at the precision given
    /// ([`in_range`]); undated edges are left out.
    pub since: Option<PartialDate>,
    /// Only edges dated on or before this date, as for `since`.
    pub until: Option<PartialDate>,
    /// Only actors of these kinds (the actors named in the query always pass).
    pub kinds: Option<BTreeSet<Kind>>,
    /// Only edges supported by one of these documents; evidence is limited to
    /// them.
    pub docs: Option<BTreeSet<String>>,
}

/// The relations and statuses a query uses when the filter gives none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Defaults {
    /// Relations when `Filter::relations` is `None`.
    pub relations: &'static [Relation],
    /// Statuses when `Filter::statuses` is `None`.
    pub statuses: &'static [Status],
}

impl Defaults {
    /// `spoke-to`: the communication relations (met, called, spoke to) that
    /// occurred.
    pub const SPOKE_TO: Defaults = Defaults {
        relations: &[Relation::Met, Relation::Called, Relation::SpokeTo],
        statuses: &[Status::Occurred],
    };
    /// `between`, `timeline` and `ego`: everything, the status shown.
    pub const EVERYTHING: Defaults = Defaults {
        relations: &Relation::ALL,
        statuses: &Status::ALL,
    };
    /// `neighbors`, `path` and `top`: every relation that occurred, because a
    /// canceled meeting connects no one.
    pub const CONNECTIONS: Defaults = Defaults {
        relations: &Relation::ALL,
        statuses: &[Status::Occurred],
    };
}

/// A day as (year, month, day), for comparing the ends of date ranges.
type Day = (i16, i8, i8);

/// The first and last day a date can mean: `2025-10` is 2025-10-01 to
/// 2025-10-31 (every month is taken to have 31 days, which orders the same).
/// `None` without a year.
fn span_of(d: &PartialDate) -> Option<(Day, Day)> {
    let y = d.year?;
    Some(match (d.month, d.day) {
        (Some(m), Some(day)) => ((y, m, day), (y, m, day)),
        (Some(m), None) => ((y, m, 1), (y, m, 31)),
        (None, _) => ((y, 1, 1), (y, 12, 31)),
    })
}

/// True when `date` lies wholly within `since..=until`, each bound read at
/// the precision given: `--since 2025-10` starts on October 1, `--until
/// 2025-10` ends on October 31. A date less precise than the range is in it
/// only when every day it can mean is (2025 is not within October; 2025-10-13
/// is within 2025). With no bound every date passes, undated included; with a
/// bound, an undated edge (or one without a year) is left out, since nothing
/// says it is inside.
pub fn in_range(
    date: Option<PartialDate>,
    since: Option<PartialDate>,
    until: Option<PartialDate>,
) -> bool {
    if since.is_none() && until.is_none() {
        return true;
    }
    let Some((first, last)) = date.as_ref().and_then(span_of) else {
        return false;
    };
    if let Some(s) = since
        && span_of(&s).is_none_or(|(from, _)| first < from)
    {
        return false;
    }
    if let Some(u) = until
        && span_of(&u).is_none_or(|(_, to)| last > to)
    {
        return false;
    }
    true
}

/// True when no date can lie within `since..=until` (the range starts after
/// it ends).
pub fn empty_range(since: &PartialDate, until: &PartialDate) -> bool {
    match (span_of(since), span_of(until)) {
        (Some((from, _)), Some((_, to))) => from > to,
        _ => true,
    }
}

/// The order rows are listed in: by date (a year before its months, a month
/// before its days), dates without a year after dated ones, undated last.
fn date_key(d: Option<PartialDate>) -> (u8, i16, i8, i8) {
    match d {
        Some(PartialDate {
            year: Some(y),
            month,
            day,
        }) => (0, y, month.unwrap_or(0), day.unwrap_or(0)),
        Some(PartialDate { month, day, .. }) => (1, 0, month.unwrap_or(0), day.unwrap_or(0)),
        None => (2, 0, 0, 0),
    }
}

/// A filter with a query's defaults filled in and the named actors pinned.
struct View<'g> {
    g: &'g Graph,
    relations: BTreeSet<Relation>,
    statuses: BTreeSet<Status>,
    filter: &'g Filter,
    pinned: BTreeSet<&'g str>,
}

impl<'g> View<'g> {
    fn new(g: &'g Graph, f: &'g Filter, d: Defaults, pinned: &[&'g str]) -> View<'g> {
        View {
            g,
            relations: f
                .relations
                .clone()
                .unwrap_or_else(|| d.relations.iter().copied().collect()),
            statuses: f
                .statuses
                .clone()
                .unwrap_or_else(|| d.statuses.iter().copied().collect()),
            filter: f,
            pinned: pinned.iter().copied().collect(),
        }
    }

    fn node_ok(&self, id: &str) -> bool {
        if self.pinned.contains(id) {
            return true;
        }
        match (&self.filter.kinds, self.g.node(id)) {
            (None, _) => true,
            (Some(kinds), Some(n)) => kinds.contains(&n.kind),
            (Some(_), None) => false,
        }
    }

    fn edge_ok(&self, e: &Edge) -> bool {
        let k = &e.key;
        self.relations.contains(&k.relation)
            && self.statuses.contains(&k.status)
            && in_range(k.date, self.filter.since, self.filter.until)
            && self
                .filter
                .docs
                .as_ref()
                .is_none_or(|docs| e.docs.iter().any(|d| docs.contains(&**d)))
            && self.node_ok(&k.source)
            && self.node_ok(&k.target)
    }

    /// The edges that pass and touch `id`, in key order.
    fn edges_of(&self, id: &str) -> Vec<&'g Edge> {
        self.g
            .edges()
            .filter(|e| &*e.key.source == id || &*e.key.target == id)
            .filter(|e| self.edge_ok(e))
            .collect()
    }

    /// The evidence of an edge, limited to the documents asked for.
    fn evidence(&self, e: &Edge) -> Vec<EvidenceRef> {
        e.evidence
            .iter()
            .filter(|v| {
                self.filter
                    .docs
                    .as_ref()
                    .is_none_or(|d| d.contains(&*v.doc))
            })
            .map(|v| EvidenceRef {
                doc: v.doc.to_string(),
                span: v.span,
                text: v.text.to_string(),
                initiator: v.initiator_or(&e.key).to_string(),
            })
            .collect()
    }

    /// The undirected neighbours of every node through passing edges, each
    /// list sorted by node id so that searches break ties the same way every
    /// time, whatever order the graph was built in.
    fn adjacency(&self) -> Vec<Vec<NodeIndex>> {
        let pg = self.g.petgraph();
        let mut adj = vec![Vec::new(); pg.node_count()];
        for e in pg.edge_references() {
            if e.source() == e.target() || !self.edge_ok(e.weight()) {
                continue;
            }
            adj[e.source().index()].push(e.target());
            adj[e.target().index()].push(e.source());
        }
        for list in &mut adj {
            list.sort_by(|a, b| pg[*a].id.cmp(&pg[*b].id));
            list.dedup();
        }
        adj
    }

    /// The passing edges between two actors, in key order.
    fn links(&self, a: &str, b: &str) -> Vec<&'g Edge> {
        self.edges_of(a)
            .into_iter()
            .filter(|e| {
                (&*e.key.source == a && &*e.key.target == b)
                    || (&*e.key.source == b && &*e.key.target == a)
            })
            .collect()
    }

    fn row(&self, e: &Edge, focus: &str) -> RelationRow {
        let k = &e.key;
        let evidence = self.evidence(e);
        // A symmetric relation reads from who initiated it in the first
        // sentence shown ("Ruto spoke to Keller"), whoever the query is about.
        let initiator = evidence
            .first()
            .map_or(&*k.source, |v| v.initiator.as_str());
        let (s, o) = if k.relation.is_symmetric() && initiator == &*k.target {
            (&k.target, &k.source)
        } else {
            (&k.source, &k.target)
        };
        let other = if &*k.source == focus {
            &k.target
        } else {
            &k.source
        };
        RelationRow {
            subject: ActorRef::by_id(self.g, s, Kind::Person),
            relation: k.relation,
            object: ActorRef::by_id(self.g, o, Kind::Person),
            actor: ActorRef::by_id(self.g, other, Kind::Person),
            status: k.status,
            date: k.date,
            place: e.place().map(|p| ActorRef::by_id(self.g, p, Kind::Place)),
            weight: e.weight,
            evidence,
        }
    }
}

/// Best of several edges between the same two actors: the most supported,
/// then what occurred before what was planned, then the earliest.
fn best_link<'e>(links: &[&'e Edge]) -> Option<&'e Edge> {
    links.iter().copied().min_by(|a, b| {
        b.weight
            .cmp(&a.weight)
            .then(a.key.status.cmp(&b.key.status))
            .then(date_key(a.key.date).cmp(&date_key(b.key.date)))
            .then(a.key.cmp(&b.key))
    })
}

/// One relation, seen from the actor the query is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationRow {
    /// Who did it (for a symmetric relation, who initiated it: the caller,
    /// the visitor, as the first sentence shown says).
    pub subject: ActorRef,
    /// What.
    pub relation: Relation,
    /// To whom.
    pub object: ActorRef,
    /// The other actor: whichever of subject and object the query is not about.
    pub actor: ActorRef,
    /// Whether it happened.
    pub status: Status,
    /// When, at the precision known.
    pub date: Option<PartialDate>,
    /// Where, when known.
    pub place: Option<ActorRef>,
    /// Distinct stories supporting it (near-duplicate articles count once;
    /// see [`crate::graph::Edge::weight`]).
    pub weight: u64,
    /// The first supporting sentences, by document and offset.
    pub evidence: Vec<EvidenceRef>,
}

fn sort_rows(rows: &mut [RelationRow]) {
    rows.sort_by(|a, b| {
        date_key(a.date)
            .cmp(&date_key(b.date))
            .then_with(|| a.actor.label.cmp(&b.actor.label))
            .then_with(|| a.actor.id.cmp(&b.actor.id))
            .then(a.relation.cmp(&b.relation))
            .then(a.status.cmp(&b.status))
            .then_with(|| a.subject.id.cmp(&b.subject.id))
    });
}

/// Every relation of an actor, in date order, undated last.
pub fn timeline(g: &Graph, actor: &str, f: &Filter) -> Vec<RelationRow> {
    let v = View::new(g, f, Defaults::EVERYTHING, &[actor]);
    let mut rows: Vec<RelationRow> = v.edges_of(actor).iter().map(|e| v.row(e, actor)).collect();
    sort_rows(&mut rows);
    rows
}

/// Every relation between two actors, in date order, undated last.
pub fn between(g: &Graph, a: &str, b: &str, f: &Filter) -> Vec<RelationRow> {
    let v = View::new(g, f, Defaults::EVERYTHING, &[a, b]);
    let mut rows: Vec<RelationRow> = v.links(a, b).iter().map(|e| v.row(e, a)).collect();
    sort_rows(&mut rows);
    rows
}

/// One partner of `spoke_to`: everything an actor did with it under one
/// relation and status, summed over dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRow {
    /// The partner.
    pub actor: ActorRef,
    /// Who initiated it (the caller, the visitor) in the first sentence
    /// shown: the actor asked about or the partner.
    pub initiator: ActorRef,
    /// Met, called, spoke to (or what `--relation` asked for).
    pub relation: Relation,
    /// Whether it happened.
    pub status: Status,
    /// The distinct dates, in date order; empty when every report is undated.
    pub dates: Vec<PartialDate>,
    /// True when some report gives no date.
    pub undated: bool,
    /// The place given most often (ties: the smallest id), when any.
    pub place: Option<ActorRef>,
    /// Distinct stories supporting those edges, summed over the edges.
    pub weight: u64,
    /// The supporting sentences kept, by document and offset.
    pub evidence: Vec<EvidenceRef>,
}

/// Everyone an actor met, called or spoke to: one row per partner, relation
/// and status, ordered by the first date (undated last), then by name.
/// Defaults: [`Defaults::SPOKE_TO`].
pub fn spoke_to(g: &Graph, actor: &str, f: &Filter) -> Vec<PartnerRow> {
    let v = View::new(g, f, Defaults::SPOKE_TO, &[actor]);
    type Group<'e> = Vec<&'e Edge>;
    let mut groups: BTreeMap<(String, Relation, Status), Group> = BTreeMap::new();
    for e in v.edges_of(actor) {
        let other = if &*e.key.source == actor {
            &e.key.target
        } else {
            &e.key.source
        };
        groups
            .entry((other.to_string(), e.key.relation, e.key.status))
            .or_default()
            .push(e);
    }
    let mut rows: Vec<PartnerRow> = groups
        .into_iter()
        .map(|((other, relation, status), edges)| {
            let mut dates: Vec<PartialDate> = edges.iter().filter_map(|e| e.key.date).collect();
            dates.sort_by_key(|d| date_key(Some(*d)));
            dates.dedup();
            let mut places: BTreeMap<&str, u64> = BTreeMap::new();
            for e in &edges {
                for (p, n) in &e.places {
                    *places.entry(p).or_insert(0) += n;
                }
            }
            // Most often given wins; on a tie the first in id order does.
            let place = places
                .iter()
                .fold(None::<(&str, u64)>, |best, (&p, &n)| match best {
                    Some((_, m)) if m >= n => best,
                    _ => Some((p, n)),
                })
                .map(|(p, _)| ActorRef::by_id(g, p, Kind::Place));
            let mut evidence: Vec<EvidenceRef> = edges.iter().flat_map(|e| v.evidence(e)).collect();
            evidence.sort();
            evidence.dedup();
            let initiator = evidence.first().map_or(actor, |v| v.initiator.as_str());
            PartnerRow {
                initiator: ActorRef::by_id(g, initiator, Kind::Person),
                actor: ActorRef::by_id(g, &other, Kind::Person),
                relation,
                status,
                undated: edges.iter().any(|e| e.key.date.is_none()),
                dates,
                place,
                weight: edges.iter().map(|e| e.weight).sum(),
                evidence,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        date_key(a.dates.first().copied())
            .cmp(&date_key(b.dates.first().copied()))
            .then_with(|| a.actor.label.cmp(&b.actor.label))
            .then_with(|| a.actor.id.cmp(&b.actor.id))
            .then(a.relation.cmp(&b.relation))
            .then(a.status.cmp(&b.status))
    });
    rows
}

/// An actor within reach of another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeighborRow {
    /// The actor reached.
    pub actor: ActorRef,
    /// How many hops away (1 = a direct partner).
    pub depth: usize,
    /// The actor it was reached from on a shortest chain.
    pub via: ActorRef,
    /// The distinct relations between `via` and `actor`.
    pub relations: Vec<Relation>,
    /// How many edges link `via` and `actor`.
    pub links: usize,
    /// Distinct stories supporting those edges, summed over the edges.
    pub weight: u64,
    /// The best-supported of those edges.
    pub best: RelationRow,
}

/// Breadth-first search from `start` up to `depth` hops. Returns, for every
/// actor reached, its depth and the actor it was reached from; neighbours are
/// taken in id order, so the tree is the same on every run.
fn bfs(
    adj: &[Vec<NodeIndex>],
    start: NodeIndex,
    depth: usize,
    stop: Option<NodeIndex>,
) -> BTreeMap<NodeIndex, (usize, NodeIndex)> {
    let mut seen = BTreeMap::new();
    seen.insert(start, (0, start));
    let mut queue = VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        let d = seen[&n].0;
        if d >= depth || Some(n) == stop {
            continue;
        }
        for &m in &adj[n.index()] {
            if let std::collections::btree_map::Entry::Vacant(slot) = seen.entry(m) {
                slot.insert((d + 1, n));
                if Some(m) == stop {
                    return seen;
                }
                queue.push_back(m);
            }
        }
    }
    seen
}

/// The actors within `depth` hops of an actor, nearest first, then the best
/// connected, then by name. Defaults: [`Defaults::CONNECTIONS`].
pub fn neighbors(g: &Graph, actor: &str, depth: usize, f: &Filter) -> Vec<NeighborRow> {
    let v = View::new(g, f, Defaults::CONNECTIONS, &[actor]);
    let Some(start) = g.index_of(actor) else {
        return Vec::new();
    };
    let pg = g.petgraph();
    let reached = bfs(&v.adjacency(), start, depth, None);
    let mut rows: Vec<NeighborRow> = reached
        .iter()
        .filter(|(n, _)| **n != start)
        .filter_map(|(&n, &(d, via))| {
            let (id, via_id) = (pg[n].id.as_str(), pg[via].id.as_str());
            let links = v.links(via_id, id);
            let best = best_link(&links)?;
            let relations: BTreeSet<Relation> = links.iter().map(|e| e.key.relation).collect();
            Some(NeighborRow {
                actor: ActorRef::of(&pg[n]),
                depth: d,
                via: ActorRef::of(&pg[via]),
                relations: relations.into_iter().collect(),
                links: links.len(),
                weight: links.iter().map(|e| e.weight).sum(),
                best: v.row(best, via_id),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        a.depth
            .cmp(&b.depth)
            .then(b.weight.cmp(&a.weight))
            .then_with(|| a.actor.label.cmp(&b.actor.label))
            .then_with(|| a.actor.id.cmp(&b.actor.id))
    });
    rows
}

/// One hop of a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hop {
    /// 1 for the first hop.
    pub step: usize,
    /// The actor the hop leaves.
    pub from: ActorRef,
    /// The best-supported edge of the hop, seen from `from` (its `actor` is
    /// where the hop arrives).
    pub link: RelationRow,
    /// How many edges link the two actors.
    pub links: usize,
}

/// A shortest chain of relations from `a` to `b`, edges taken as undirected,
/// each hop with its best-supported edge and its evidence. `None` when no
/// chain exists; an empty chain when `a` is `b`. Among chains of the same
/// length, the one through the smallest ids is taken. Defaults:
/// [`Defaults::CONNECTIONS`].
pub fn path(g: &Graph, a: &str, b: &str, f: &Filter) -> Option<Vec<Hop>> {
    let v = View::new(g, f, Defaults::CONNECTIONS, &[a, b]);
    let (start, goal) = (g.index_of(a)?, g.index_of(b)?);
    let reached = bfs(&v.adjacency(), start, usize::MAX, Some(goal));
    reached.get(&goal)?;
    let pg = g.petgraph();
    let mut chain = vec![goal];
    let mut at = goal;
    while at != start {
        at = reached[&at].1;
        chain.push(at);
    }
    chain.reverse();
    chain
        .windows(2)
        .enumerate()
        .map(|(i, w)| {
            let (from, to) = (pg[w[0]].id.as_str(), pg[w[1]].id.as_str());
            let links = v.links(from, to);
            let best = best_link(&links)?;
            Some(Hop {
                step: i + 1,
                from: ActorRef::of(&pg[w[0]]),
                link: v.row(best, from),
                links: links.len(),
            })
        })
        .collect()
}

/// How `top` ranks actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Centrality {
    /// The number of distinct actors linked to.
    Degree,
    /// How many shortest chains between other actors pass through the actor
    /// (Brandes' algorithm, edges undirected and unweighted).
    Betweenness,
}

impl Centrality {
    /// Every measure, in the order `--by` lists them.
    pub const ALL: [Centrality; 2] = [Centrality::Degree, Centrality::Betweenness];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Centrality::Degree => "degree",
            Centrality::Betweenness => "betweenness",
        }
    }
}

impl fmt::Display for Centrality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Centrality {
    type Err = String;

    fn from_str(s: &str) -> Result<Centrality, String> {
        let wanted = s.trim().to_ascii_lowercase();
        Centrality::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == wanted)
            .ok_or_else(|| format!("unknown measure '{s}'; expected one of: degree, betweenness"))
    }
}

/// One ranked actor.
#[derive(Clone, Debug, PartialEq)]
pub struct TopRow {
    /// 1 for the first.
    pub rank: usize,
    /// The actor.
    pub actor: ActorRef,
    /// Distinct actors linked to.
    pub degree: usize,
    /// Edges touching the actor.
    pub relations: usize,
    /// Distinct stories supporting those edges, summed over the edges.
    pub weight: u64,
    /// Betweenness (undirected, not normalised), when that was asked for.
    pub betweenness: Option<f64>,
}

/// Betweenness centrality by Brandes' algorithm (2001) over an undirected,
/// unweighted graph given as adjacency lists. petgraph 0.8 has no
/// betweenness, and the graphs of a news corpus are small enough for the
/// O(nodes * edges) of the exact algorithm.
fn brandes(adj: &[Vec<NodeIndex>]) -> Vec<f64> {
    let n = adj.len();
    let mut bc = vec![0.0; n];
    for s in 0..n {
        let mut stack = Vec::new();
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![usize::MAX; n];
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for w in adj[v].iter().map(|w| w.index()) {
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        let mut delta = vec![0.0f64; n];
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    // Each unordered pair was counted from both ends.
    bc.iter_mut().for_each(|b| *b /= 2.0);
    bc
}

/// The most connected actors, best first (ties by name), at most `limit`.
/// Actors linked to no one are left out. `--kind` cuts the graph before the
/// measure is taken, so `--kind person --by betweenness` finds the brokers
/// among people. Defaults: [`Defaults::CONNECTIONS`].
pub fn top(g: &Graph, by: Centrality, limit: usize, f: &Filter) -> Vec<TopRow> {
    let v = View::new(g, f, Defaults::CONNECTIONS, &[]);
    let pg = g.petgraph();
    let adj = v.adjacency();
    let bc = match by {
        Centrality::Betweenness => Some(brandes(&adj)),
        Centrality::Degree => None,
    };
    let mut edges = vec![(0usize, 0u64); pg.node_count()];
    for e in pg.edge_references() {
        if v.edge_ok(e.weight()) {
            for n in [e.source(), e.target()] {
                edges[n.index()].0 += 1;
                edges[n.index()].1 += e.weight().weight;
            }
        }
    }
    let mut rows: Vec<TopRow> = g
        .nodes()
        .filter(|n| v.node_ok(&n.id))
        .filter_map(|n| {
            let i = g.index_of(&n.id)?.index();
            (!adj[i].is_empty()).then(|| TopRow {
                rank: 0,
                actor: ActorRef::of(n),
                degree: adj[i].len(),
                relations: edges[i].0,
                weight: edges[i].1,
                betweenness: bc.as_ref().map(|b| b[i]),
            })
        })
        .collect();
    // Sums of fractions differ in the last bits for equal scores; round them
    // so that equal scores tie and the name decides.
    let score = |r: &TopRow| match by {
        Centrality::Degree => r.degree as i64,
        Centrality::Betweenness => (r.betweenness.unwrap_or(0.0) * 1e6).round() as i64,
    };
    rows.sort_by(|a, b| {
        score(b)
            .cmp(&score(a))
            .then(b.weight.cmp(&a.weight))
            .then_with(|| a.actor.label.cmp(&b.actor.label))
            .then_with(|| a.actor.id.cmp(&b.actor.id))
    });
    rows.truncate(limit);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    rows
}

/// The subgraph around an actor: every actor within `depth` hops and every
/// passing edge among them, with the documents they cite, ready for
/// [`crate::export`]. Defaults: [`Defaults::EVERYTHING`].
pub fn ego(g: &Graph, actor: &str, depth: usize, f: &Filter) -> Graph {
    let v = View::new(g, f, Defaults::EVERYTHING, &[actor]);
    let mut out = Graph::with_limits(g.limits());
    let Some(start) = g.index_of(actor) else {
        return out;
    };
    let pg = g.petgraph();
    let reached = bfs(&v.adjacency(), start, depth, None);
    let ids: BTreeSet<&str> = reached.keys().map(|&n| pg[n].id.as_str()).collect();
    let edges: Vec<&Edge> = g
        .edges()
        .filter(|e| ids.contains(&*e.key.source) && ids.contains(&*e.key.target))
        .filter(|e| v.edge_ok(e))
        .collect();
    let mut docs: BTreeSet<&str> = edges
        .iter()
        .flat_map(|e| e.docs.iter())
        .map(|d| &**d)
        .collect();
    for id in &ids {
        if let Some(n) = g.node(id) {
            docs.extend(n.mentions.iter().map(|m| &*m.doc));
            out.add_node(n.clone());
        }
    }
    for (id, info) in g.docs() {
        if docs.contains(id) {
            out.add_doc(id, info.clone());
        }
    }
    for e in edges {
        out.add_edge(e.clone());
    }
    out
}

/// Why a name picks no single actor.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LookupError {
    /// Several actors answer to the name.
    #[error("'{name}' is ambiguous: it names {} actors", candidates.len())]
    Ambiguous {
        /// The name as given.
        name: String,
        /// Every actor it could mean, by label and id.
        candidates: Vec<ActorRef>,
    },
    /// No actor answers to the name.
    #[error("no actor named '{name}'")]
    Unknown {
        /// The name as given.
        name: String,
        /// The actors with the closest names, closest first (at most five).
        suggestions: Vec<ActorRef>,
    },
}

/// A name reduced for comparison: diacritics folded, lowercase, dots and
/// apostrophes dropped ("U.S." = "US", "O'Brien" = "OBrien"), every other
/// run of non-alphanumerics one space, so an id (`amara-okafor`) reads like
/// its label.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in fold(s).chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if !matches!(c, '.' | '\'' | '\u{2019}') {
            space = true;
        }
    }
    out
}

/// Every name an actor answers to, normalised.
fn names(n: &Node) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = n.aliases.iter().map(|a| norm(a)).collect();
    out.insert(norm(&n.id));
    out.insert(norm(&n.label));
    out.remove("");
    out
}

/// Polite forms that never make an alias of their own.
const HONORIFICS: [&str; 6] = ["mr", "mrs", "ms", "dr", "sir", "madam"];

/// Titles the graph itself teaches: where one alias of an actor is another
/// of its names with words in front ("president putin" and "putin"), the
/// words in front are a title.
fn titles(nodes: &[(&Node, BTreeSet<String>)]) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = HONORIFICS.iter().map(|s| s.to_string()).collect();
    for (_, names) in nodes {
        for long in names {
            for short in names {
                if let Some(head) = long.strip_suffix(short.as_str())
                    && let Some(title) = head.strip_suffix(' ')
                    && !title.is_empty()
                {
                    out.insert(title.to_string());
                }
            }
        }
    }
    out
}

/// Finds the one actor a name means: by id, label or alias, ignoring case and
/// accents; failing that, with a known title taken off the front ("Foreign
/// Minister Amara Okafor"); failing that, as the last words of a name
/// ("Okafor" for "Amara Okafor"). The first of these that matches anything
/// decides: one actor is the answer, several are ambiguous.
pub fn find_actor<'g>(g: &'g Graph, name: &str) -> Result<&'g Node, LookupError> {
    let q = norm(name);
    let nodes: Vec<(&Node, BTreeSet<String>)> = g.nodes().map(|n| (n, names(n))).collect();
    let decide = |hits: Vec<&'g Node>| -> Option<Result<&'g Node, LookupError>> {
        match hits.len() {
            0 => None,
            1 => Some(Ok(hits[0])),
            _ => Some(Err(LookupError::Ambiguous {
                name: name.to_string(),
                candidates: hits.into_iter().map(ActorRef::of).collect(),
            })),
        }
    };
    if q.is_empty() {
        return Err(LookupError::Unknown {
            name: name.to_string(),
            suggestions: Vec::new(),
        });
    }
    let exact = |q: &str| -> Vec<&'g Node> {
        nodes
            .iter()
            .filter(|(_, ns)| ns.contains(q))
            .map(|(n, _)| *n)
            .collect()
    };
    if let Some(r) = decide(exact(&q)) {
        return r;
    }
    // Take titles off the front, longest first, as long as some remain.
    let titles = titles(&nodes);
    let mut rest = q.clone();
    while let Some(title) = titles
        .iter()
        .filter(|t| rest.starts_with(&format!("{t} ")))
        .max_by_key(|t| t.len())
    {
        rest = rest[title.len() + 1..].to_string();
        if let Some(r) = decide(exact(&rest)) {
            return r;
        }
    }
    let tail = format!(" {rest}");
    let by_tail: Vec<&Node> = nodes
        .iter()
        .filter(|(_, ns)| ns.iter().any(|n| n.ends_with(&tail)))
        .map(|(n, _)| *n)
        .collect();
    if let Some(r) = decide(by_tail) {
        return r;
    }
    Err(LookupError::Unknown {
        name: name.to_string(),
        suggestions: suggest(&q, &nodes),
    })
}

/// The actors whose names are within a few edits of `q`, closest first.
fn suggest(q: &str, nodes: &[(&Node, BTreeSet<String>)]) -> Vec<ActorRef> {
    let limit = (q.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &Node)> = nodes
        .iter()
        .filter_map(|(n, ns)| {
            // A name is also compared word by word, so that "okafr" finds
            // "amara okafor" through its surname.
            let d = ns
                .iter()
                .flat_map(|name| std::iter::once(name.as_str()).chain(name.split(' ')))
                .map(|name| strsim::levenshtein(q, name))
                .min()?;
            (d <= limit).then_some((d, *n))
        })
        .collect();
    scored.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.label.cmp(&b.1.label))
            .then_with(|| a.1.id.cmp(&b.1.id))
    });
    scored
        .into_iter()
        .take(5)
        .map(|(_, n)| ActorRef::of(n))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{EdgeKey, Evidence};

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn person(g: &mut Graph, id: &str, label: &str, aliases: &[&str]) {
        let mut n = Node::new(id, label, Kind::Person);
        n.aliases = aliases.iter().map(|a| a.to_string()).collect();
        g.add_node(n);
    }

    fn edge(
        g: &mut Graph,
        s: &str,
        rel: Relation,
        st: Status,
        t: &str,
        date: Option<&str>,
        weight: u64,
    ) {
        let doc = format!("{s}-{t}.txt");
        g.add_edge(Edge {
            key: EdgeKey::new(s, rel, st, t, date.map(d)),
            weight,
            sentences: weight,
            places: Default::default(),
            evidence: smallvec::smallvec![Evidence {
                doc: doc.as_str().into(),
                span: Span::new(0, 4),
                text: format!("{s} {rel} {t}").into(),
                rule: "r".into(),
                initiator: None,
            }],
            rules: Default::default(),
            docs: [doc.into()].into(),
            more_docs: None,
            doc_count: 1,
        });
    }

    /// a - b - c - d in a line, plus e hanging off b, plus a planned a-d.
    fn line() -> Graph {
        let mut g = Graph::default();
        for id in ["a", "b", "c", "d", "e"] {
            person(&mut g, id, &id.to_uppercase(), &[]);
        }
        let occ = Status::Occurred;
        edge(&mut g, "a", Relation::Met, occ, "b", Some("2025-03"), 2);
        edge(&mut g, "b", Relation::Called, occ, "c", None, 1);
        edge(&mut g, "c", Relation::Met, occ, "d", Some("2025-01-02"), 1);
        edge(&mut g, "b", Relation::Met, occ, "e", Some("2025"), 3);
        edge(&mut g, "a", Relation::Met, Status::Planned, "d", None, 1);
        g
    }

    #[test]
    fn dates_are_in_range_only_when_wholly_inside() {
        assert!(in_range(None, None, None));
        assert!(!in_range(None, Some(d("2025")), None));
        let october = (Some(d("2025-10")), Some(d("2025-10")));
        for (date, inside) in [
            ("2025-10-01", true),
            ("2025-10-31", true),
            ("2025-10", true),
            ("2025-09-30", false),
            ("2025-11-01", false),
            ("2025", false),
            ("--10-13", false),
        ] {
            assert_eq!(
                in_range(Some(d(date)), october.0, october.1),
                inside,
                "{date}"
            );
        }
        assert!(in_range(Some(d("2025-10-13")), Some(d("2025")), None));
        assert!(in_range(Some(d("2025-10-13")), None, Some(d("2025"))));
        assert!(!in_range(Some(d("2024-12")), Some(d("2025")), None));
        assert!(empty_range(&d("2025-11"), &d("2025-10")));
        assert!(!empty_range(&d("2025-10"), &d("2025-10")));
        assert!(!empty_range(&d("2025"), &d("2025-01-01")));
    }

    #[test]
    fn undated_sorts_last_and_a_year_before_its_months() {
        let mut keys = [
            None,
            Some(d("2025-01")),
            Some(d("--03-04")),
            Some(d("2025")),
            Some(d("2024-12-31")),
        ];
        keys.sort_by_key(|k| date_key(*k));
        let shown: Vec<String> = keys
            .iter()
            .map(|k| k.map(|d| d.to_string()).unwrap_or("-".into()))
            .collect();
        assert_eq!(shown, ["2024-12-31", "2025", "2025-01", "--03-04", "-"]);
    }

    #[test]
    fn path_takes_the_shortest_chain_and_skips_what_did_not_happen() {
        let g = line();
        let hops = path(&g, "a", "d", &Filter::default()).unwrap();
        let ids: Vec<(&str, &str)> = hops
            .iter()
            .map(|h| (h.from.id.as_str(), h.link.actor.id.as_str()))
            .collect();
        assert_eq!(ids, [("a", "b"), ("b", "c"), ("c", "d")]);
        // With the planned meeting counted, a and d are one hop apart.
        let all = Filter {
            statuses: Some(Status::ALL.into_iter().collect()),
            ..Filter::default()
        };
        assert_eq!(path(&g, "a", "d", &all).unwrap().len(), 1);
        assert_eq!(path(&g, "a", "a", &all).unwrap().len(), 0);
        let only_met = Filter {
            relations: Some([Relation::Met].into()),
            ..Filter::default()
        };
        assert_eq!(path(&g, "a", "d", &only_met), None);
    }

    #[test]
    fn neighbors_by_depth_then_weight() {
        let g = line();
        let rows = neighbors(&g, "b", 2, &Filter::default());
        let got: Vec<(usize, &str, &str, u64)> = rows
            .iter()
            .map(|r| (r.depth, r.actor.id.as_str(), r.via.id.as_str(), r.weight))
            .collect();
        assert_eq!(
            got,
            [
                (1, "e", "b", 3),
                (1, "a", "b", 2),
                (1, "c", "b", 1),
                (2, "d", "c", 1)
            ]
        );
        assert_eq!(neighbors(&g, "b", 0, &Filter::default()), []);
    }

    #[test]
    fn betweenness_matches_hand_computation() {
        // In the line a-b-c-d with e on b: b lies on a-c, a-d, e-c, e-d, a-e
        // (5 pairs); c lies on a-d, b-d, e-d (3 pairs).
        let g = line();
        let rows = top(&g, Centrality::Betweenness, 10, &Filter::default());
        let got: Vec<(&str, f64)> = rows
            .iter()
            .map(|r| (r.actor.id.as_str(), r.betweenness.unwrap()))
            .collect();
        // Ties go to the better supported: e (3 sentences), a (2), d (1).
        assert_eq!(
            got,
            [("b", 5.0), ("c", 3.0), ("e", 0.0), ("a", 0.0), ("d", 0.0)]
        );
        let deg = top(&g, Centrality::Degree, 2, &Filter::default());
        let got: Vec<(usize, &str, usize)> = deg
            .iter()
            .map(|r| (r.rank, r.actor.id.as_str(), r.degree))
            .collect();
        assert_eq!(got, [(1, "b", 3), (2, "c", 2)]);
    }

    #[test]
    fn betweenness_splits_between_equal_chains() {
        // A square a-b-d, a-c-d: b and c each carry half of the a-d pair.
        let mut g = Graph::default();
        for id in ["a", "b", "c", "d"] {
            person(&mut g, id, id, &[]);
        }
        for (s, t) in [("a", "b"), ("b", "d"), ("a", "c"), ("c", "d")] {
            edge(&mut g, s, Relation::Met, Status::Occurred, t, None, 1);
        }
        let bc =
            brandes(&View::new(&g, &Filter::default(), Defaults::CONNECTIONS, &[]).adjacency());
        assert_eq!(bc, [0.5, 0.5, 0.5, 0.5]);
    }

    #[test]
    fn ego_keeps_the_reached_actors_and_their_edges() {
        let g = line();
        let sub = ego(&g, "c", 1, &Filter::default());
        let ids: Vec<&str> = sub.nodes().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "d"]);
        assert_eq!(sub.edge_count(), 2);
        assert_eq!(ego(&g, "nobody", 1, &Filter::default()).node_count(), 0);
    }

    #[test]
    fn kind_filter_cuts_actors_but_not_the_named_ones() {
        let mut g = line();
        let mut place = Node::new("p", "Port", Kind::Place);
        place.aliases.insert("Port".into());
        g.add_node(place);
        edge(
            &mut g,
            "a",
            Relation::Visited,
            Status::Occurred,
            "p",
            None,
            1,
        );
        let people = Filter {
            kinds: Some([Kind::Person].into()),
            ..Filter::default()
        };
        assert!(timeline(&g, "a", &people).iter().all(|r| r.actor.id != "p"));
        assert_eq!(between(&g, "a", "p", &people).len(), 1);
        let places = Filter {
            kinds: Some([Kind::Place].into()),
            ..Filter::default()
        };
        assert_eq!(timeline(&g, "p", &places).len(), 0);
        let seen: Vec<String> = timeline(&g, "a", &places)
            .into_iter()
            .map(|r| r.actor.id)
            .collect();
        assert_eq!(seen, ["p"]);
    }

    fn named() -> Graph {
        let mut g = Graph::default();
        person(
            &mut g,
            "amara-okafor",
            "Amara Okafor",
            &["Okafor", "Foreign Minister Okafor"],
        );
        person(&mut g, "tomas-varga", "Tomás Varga", &["Varga"]);
        person(&mut g, "ines-varga", "Ines Varga", &["Varga"]);
        g
    }

    fn found(g: &Graph, name: &str) -> String {
        match find_actor(g, name) {
            Ok(n) => n.id.clone(),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn actors_are_found_by_any_name() {
        let g = named();
        for (name, want) in [
            ("amara-okafor", "amara-okafor"),
            ("AMARA OKAFOR", "amara-okafor"),
            ("okafor", "amara-okafor"),
            ("foreign minister okafor", "amara-okafor"),
            // The title is learnt from "Foreign Minister Okafor".
            ("Foreign Minister Amara Okafor", "amara-okafor"),
            ("Mr. Okafor", "amara-okafor"),
            ("tomas varga", "tomas-varga"),
            ("Tomás", "no actor named 'Tomás'"),
            ("Ines", "no actor named 'Ines'"),
            ("varga", "'varga' is ambiguous: it names 2 actors"),
            ("", "no actor named ''"),
        ] {
            assert_eq!(found(&g, name), want, "{name}");
        }
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let g = named();
        let Err(LookupError::Unknown { suggestions, .. }) = find_actor(&g, "Okafr") else {
            panic!("expected unknown");
        };
        let ids: Vec<&str> = suggestions.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["amara-okafor"]);
        let Err(LookupError::Unknown { suggestions, .. }) = find_actor(&g, "Zzyzx Qwerty") else {
            panic!("expected unknown");
        };
        assert!(suggestions.is_empty());
    }

    #[test]
    fn spoke_to_groups_dates_and_sums_weight() {
        let mut g = line();
        edge(
            &mut g,
            "b",
            Relation::Met,
            Status::Occurred,
            "a",
            Some("2024"),
            1,
        );
        let rows = spoke_to(&g, "a", &Filter::default());
        let got: Vec<(&str, Relation, Vec<String>, u64)> = rows
            .iter()
            .map(|r| {
                (
                    r.actor.id.as_str(),
                    r.relation,
                    r.dates.iter().map(|d| d.to_string()).collect(),
                    r.weight,
                )
            })
            .collect();
        assert_eq!(
            got,
            [("b", Relation::Met, vec!["2024".into(), "2025-03".into()], 3)]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_name_is_answered_without_panicking(name in "\\PC{0,40}") {
            let g = named();
            match find_actor(&g, &name) {
                Ok(n) => proptest::prop_assert!(g.node(&n.id).is_some()),
                Err(LookupError::Ambiguous { candidates, .. }) => {
                    proptest::prop_assert!(candidates.len() > 1)
                }
                Err(LookupError::Unknown { suggestions, .. }) => {
                    proptest::prop_assert!(suggestions.len() <= 5)
                }
            }
        }

        #[test]
        fn a_date_in_range_is_in_every_wider_range(
            y in 1990i16..2030, m in 1i8..=12, day in 1i8..=28, lo in 0i16..3, hi in 0i16..3,
        ) {
            let date = PartialDate::from_date(jiff::civil::Date::new(y, m, day).unwrap());
            let (since, until) = (PartialDate::year(y - lo), PartialDate::year(y + hi));
            proptest::prop_assert!(in_range(Some(date), Some(since), Some(until)));
            proptest::prop_assert!(in_range(Some(date), Some(PartialDate::month(y, m)), Some(PartialDate::month(y, m))));
            proptest::prop_assert!(!in_range(Some(date), Some(PartialDate::year(y + 1)), None));
        }
    }
}
