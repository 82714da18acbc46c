//! Attribution of one quote: the cue (speech verb as written) and its subject.
//!
//! The quote's sentence is cut into a leader (from the sentence start, or the end of
//! the previous quote, to the opening mark) and a trailer (from the closing mark to
//! the sentence end or the next quote). Steps, first hit wins:
//! 1. the nearest speech verb of the leader with a subject ("Trump has branded
//!    Zelensky a “dictator”"); a participle or coordinated verb ("…, adding", "and
//!    warned") takes the subject of the verb before it, a passive one ("was called")
//!    its "by" agent;
//! 2. a trailer that opens with an attribution (", Zelensky told", ", said X",
//!    ", X, the spokesman, said", ", according to X", "— X");
//! 3. the sentence before a parenthetical the leader closes ("the Kremlin hailed … —
//!    whom Peskov called “extraordinary” — as “promising”");
//! 4. a previous quote of the same sentence ("…,” he said, adding that “…”);
//! 5. a leader verb with no subject found (a cue, nobody), or a "Name:" leader;
//! 6. for a quote opening its sentence, the previous sentence of the paragraph (or a
//!    previous paragraph ending in a colon);
//! 7. the previous quote, when in the same paragraph or when this paragraph opens with
//!    the quote right after a quoting paragraph (a bare continuation).

use super::lexicon::{self, Verb};
use super::scan::{verb_at, words, Ctx, Word};
use super::subject::{self, Subject, Who};
use crate::actors::ActorId;
use crate::lex::en;
use crate::text::marks::Marked;
use std::ops::Range;

/// Where the attribution came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    Leader,
    Trailer,
    Inherited,
    PrevSentence,
    Continued,
    Nothing,
}

/// The attribution of a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub who: Option<Who>,
    pub cue: Option<String>,
    pub how: How,
    /// True when the cue is an opinion verb ("sees … as").
    pub weak: bool,
}

/// The previous kept quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Prev {
    pub outer: Range<usize>,
    pub paragraph: usize,
    pub speaker: Option<ActorId>,
    /// The description of its unnamed source, when it has one.
    pub source: Option<Range<usize>>,
    pub cue: Option<String>,
}

/// Words a trailer may hold before its subject ("…,” chairman, CEO and president
/// Craig Menear said).
const TRAILER_TITLE_WORDS: usize = 5;

/// How far back in its sentence a coordinated verb looks for the verb it joins: bytes.
const EARLIER_REACH: usize = 600;

/// Speech verbs of a leader tried, nearest first ("Smith said the firm, which
/// announced cuts, would “never recover”": "announced" has no subject, "said" has).
const LEADER_VERBS: usize = 3;

/// The leader and trailer of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Windows {
    pub leader: Range<usize>,
    pub trailer: Range<usize>,
}

/// Cuts the leader and trailer of `marked[i]` out of its sentence(s).
pub fn windows(ctx: &Ctx, marked: &[Marked], i: usize) -> Windows {
    let Some(m) = marked.get(i) else {
        return Windows {
            leader: 0..0,
            trailer: 0..0,
        };
    };
    let t = ctx.text;
    let para = t.paragraphs.get(m.paragraph).cloned().unwrap_or(0..0);
    let mut start = para.start;
    if let Some(s) = t
        .sentence_at(m.outer.start)
        .and_then(|k| t.sentences.get(k))
    {
        start = start.max(if s.span.end > m.outer.start {
            s.span.start
        } else {
            m.outer.start
        });
    }
    if let Some(p) = i.checked_sub(1).and_then(|k| marked.get(k)) {
        if p.paragraph == m.paragraph {
            start = start.max(p.outer.end);
        }
    }
    let mut end = para.end;
    if let Some(s) = t
        .sentence_at(m.outer.end.saturating_sub(1))
        .and_then(|k| t.sentences.get(k))
    {
        end = end.min(s.span.end.max(m.outer.end));
    }
    if let Some(n) = marked.get(i + 1).filter(|n| n.paragraph == m.paragraph) {
        end = end.min(n.outer.start);
    }
    Windows {
        leader: start..m.outer.start.max(start),
        trailer: m.outer.end..end.max(m.outer.end),
    }
}

/// Builds an attribution from a subject and its cue word.
fn att(ctx: &Ctx, s: Option<Subject>, cue: &[Word], how: How, weak: bool) -> Attribution {
    let cue = match (cue.first(), cue.last()) {
        (Some(a), Some(b)) => Some(ctx.gap(a.start, b.end).to_string()),
        _ => None,
    };
    Attribution {
        who: s.map(|s| s.who),
        cue,
        how,
        weak,
    }
}

/// "according to" at word `k`: the cue words.
fn according(ctx: &Ctx, ws: &[Word], k: usize) -> Option<[Word; 2]> {
    let (a, b) = (*ws.get(k)?, *ws.get(k + 1)?);
    let pair = (ctx.lower(a), ctx.lower(b));
    // "according to X", "in the words of X"
    matches!(
        (pair.0.as_str(), pair.1.as_str()),
        ("according", "to") | ("words", "of")
    )
    .then_some([a, b])
}

/// The subject of the verb at `ws[k]`, inside `bound..right`; a participle or a
/// coordinated verb passes to the speech verb before it.
fn verb_subject(ctx: &Ctx, ws: &[Word], k: usize, bound: usize, right: usize) -> Option<Subject> {
    let mut k = k;
    loop {
        let w = *ws.get(k)?;
        if let Some([_, to]) = according(ctx, ws, k) {
            return subject::right(ctx, to.end, right);
        }
        let prev = k.checked_sub(1).and_then(|j| ws.get(j)).copied();
        let tight = prev.filter(|p| ctx.gap(p.end, w.start).trim().is_empty());
        let prev_lower = tight.map(|p| ctx.lower(p)).unwrap_or_default();
        if lexicon::passive_aux(&prev_lower) {
            let by = ws[k..].iter().find(|x| ctx.lower(**x) == "by");
            return match by {
                Some(b) => subject::right(ctx, b.end, right),
                None => Some(Subject {
                    who: Who::Unnamed,
                    start: w.start,
                }),
            };
        }
        // The comma may close the quote that opens the window ("values,” saying").
        let from = prev.map_or_else(|| ctx.boundary_after(bound.saturating_sub(4)), |p| p.end);
        let participle = ctx.lower(w).ends_with("ing")
            && (ctx.gap(from, w.start).contains(',')
                || en::PARTICIPLE_OPENERS.contains(&prev_lower));
        if !participle && !matches!(prev_lower.as_str(), "and" | "but" | "or") {
            return subject::left(ctx, w.start, bound);
        }
        match (0..k).rev().find(|&j| verb_at(ctx, ws, j).is_some()) {
            Some(j) => k = j,
            None => return first_subject(ctx, ws, k, bound),
        }
    }
}

/// The first name of the clause before word `k` (the subject of a participle).
fn first_subject(ctx: &Ctx, all: &[Word], k: usize, bound: usize) -> Option<Subject> {
    let ws = &all[..k.min(all.len())];
    for (j, w) in ws.iter().enumerate() {
        if let Some(p) = lexicon::pronoun(&ctx.lower(*w)) {
            return Some(Subject {
                who: Who::Pronoun(p, w.start),
                start: w.start,
            });
        }
        // "In an Instagram post, Van Der Beek … and noted": after "a"/"an", a name
        // only modifies.
        let indefinite = j > 0 && matches!(ctx.lower(ws[j - 1]).as_str(), "a" | "an");
        let Some(m) = ctx.mention_starting(w.start).filter(|_| !indefinite) else {
            continue;
        };
        let Some(end) = ctx.mentions.get(m).map(|x| x.span.end) else {
            continue;
        };
        if let Some(s) = subject::left(ctx, end + 1, bound) {
            if matches!(s.who, Who::Actor(_)) {
                return Some(s);
            }
        }
    }
    let pos = all.get(k)?.start;
    earlier_in_sentence(ctx, pos, bound).or_else(|| sentence_subject(ctx, pos))
}

/// "Trump has delivered a defense of “New York values,” saying the city …": a
/// participle with no speech verb before it takes the subject of its sentence's main
/// clause, the name the sentence opens with (as the actors stage read it) or the
/// pronoun it opens with; only when that subject comes before the participle.
fn sentence_subject(ctx: &Ctx, pos: usize) -> Option<Subject> {
    let t = ctx.text;
    let si = t.sentence_at(pos)?;
    if let Some(s) = ctx.cast.subjects.get(si).copied().flatten() {
        return (s.pos < pos).then_some(Subject {
            who: Who::Actor(s.actor),
            start: s.pos,
        });
    }
    let sentence = t.sentences.get(si)?;
    let ws = words(&t.text, sentence.span.start..pos);
    let first = ws.iter().find(|w| !ctx.in_quote(w.start))?;
    let p = lexicon::pronoun(&ctx.lower(*first))?;
    Some(Subject {
        who: Who::Pronoun(p, first.start),
        start: first.start,
    })
}

/// "Volker said he never used the term “three amigos” and added, “…”": the subject of
/// a speech verb earlier in the sentence, before the window (outside quotes).
fn earlier_in_sentence(ctx: &Ctx, pos: usize, bound: usize) -> Option<Subject> {
    let t = ctx.text;
    let sentence = t.sentences.get(t.sentence_at(pos)?)?;
    if sentence.span.start >= bound {
        return None;
    }
    let from = ctx.boundary_after(sentence.span.start.max(bound.saturating_sub(EARLIER_REACH)));
    let ws = words(&t.text, from..bound);
    let k = (0..ws.len())
        .rev()
        .find(|&j| !ctx.in_quote(ws[j].start) && verb_at(ctx, &ws, j).is_some())?;
    subject::left(ctx, ws[k].start, sentence.span.start)
}

/// Step 1: the last speech verb of a window (the leader).
fn from_leader(ctx: &Ctx, win: Range<usize>, allow_right: bool) -> Option<(Attribution, bool)> {
    let ws = words(&ctx.text.text, win.clone());
    let verbs: Vec<usize> = (0..ws.len())
        .rev()
        .filter(|&k| verb_at(ctx, &ws, k).is_some() || according(ctx, &ws, k).is_some())
        .take(LEADER_VERBS)
        .collect();
    let mut first: Option<(Attribution, bool)> = None;
    for &k in &verbs {
        let weak = verb_at(ctx, &ws, k) == Some(Verb::Weak);
        let cue: Vec<Word> = according(ctx, &ws, k).map_or_else(|| vec![ws[k]], |c| c.to_vec());
        let verb_first = ws[..k].iter().all(|w| lexicon::skippable(&ctx.lower(*w)));
        let s = verb_subject(ctx, &ws, k, win.start, win.end).or_else(|| {
            (allow_right && verb_first)
                .then(|| subject::right(ctx, ws[k].end, win.end))
                .flatten()
        });
        let s = s.map(|s| reporter_of(ctx, &ws, k, win.start, s));
        let a = (att(ctx, s, &cue, How::Leader, weak), s.is_some());
        if s.is_some() {
            return Some(a);
        }
        first.get_or_insert(a);
    }
    first
}

/// "Russia's foreign ministry said it viewed the move as “…”": a pronoun subject of a
/// verb inside what an earlier speech verb reports stands for that verb's subject.
fn reporter_of(ctx: &Ctx, ws: &[Word], k: usize, bound: usize, s: Subject) -> Subject {
    if !matches!(s.who, Who::Pronoun(..)) {
        return s;
    }
    // The reporting verb right before the pronoun ("said it", "said that it").
    let at = ws.partition_point(|w| w.start < s.start);
    let j = match at.checked_sub(1).map(|j| (j, ctx.lower(ws[j]))) {
        Some((j, w)) if w == "that" => j.checked_sub(1),
        Some((j, _)) => Some(j),
        None => None,
    };
    let earlier = j
        .filter(|&j| j < k && verb_at(ctx, ws, j) == Some(Verb::Speech))
        .and_then(|j| verb_subject(ctx, ws, j, bound, s.start));
    match earlier {
        Some(e) if !matches!(e.who, Who::Pronoun(..)) => e,
        _ => s,
    }
}

/// Step 2: a trailer that opens with an attribution.
fn from_trailer(ctx: &Ctx, win: Range<usize>) -> Option<Attribution> {
    let ws = words(&ctx.text.text, win.clone());
    let lead = ctx.gap(win.start, ws.first()?.start).trim();
    if matches!(lead, "\u{2014}" | "\u{2013}" | "-" | "--") {
        let s = subject::right(ctx, ws[0].start, win.end)?; // "…” — Jane Doe"
        return matches!(s.who, Who::Actor(_)).then(|| att(ctx, Some(s), &[], How::Trailer, false));
    }
    let k = ws.iter().enumerate().position(|(k, _)| {
        verb_at(ctx, &ws, k) == Some(Verb::Speech) || according(ctx, &ws, k).is_some()
    })?;
    if let Some(c) = according(ctx, &ws, k).filter(|_| k == 0) {
        let s = subject::right(ctx, c[1].end, win.end)?;
        return Some(att(ctx, Some(s), &c, How::Trailer, false));
    }
    let s = if k == 0 {
        subject::right(ctx, ws[k].end, win.end)?
    } else {
        let s = subject::left(ctx, ws[k].start, win.start)?;
        let before: Vec<&Word> = ws.iter().take_while(|w| w.start < s.start).collect();
        let clause = |w: &&Word| {
            let l = ctx.lower(**w);
            lexicon::passive_aux(&l) || matches!(l.as_str(), "has" | "have" | "had" | "will")
        };
        if before.len() > TRAILER_TITLE_WORDS || before.iter().any(clause) {
            return None; // the subject must open the trailer ("…,” CEO Jane Doe said)
        }
        s
    };
    Some(att(ctx, Some(s), &ws[k..=k], How::Trailer, false))
}

/// Attributes quote `m` with windows `win`; `prev` is the previous kept quote.
pub fn attribute(ctx: &Ctx, m: &Marked, win: &Windows, prev: Option<&Prev>) -> Attribution {
    let same_sentence = prev.filter(|p| {
        p.paragraph == m.paragraph
            && p.outer.end == win.leader.start
            && ctx.text.sentence_at(p.outer.end.saturating_sub(1))
                == ctx.text.sentence_at(m.outer.start)
    });
    let leader = from_leader(ctx, win.leader.clone(), same_sentence.is_none());
    if let Some((a, true)) = leader {
        return a;
    }
    if let Some(a) = from_trailer(ctx, win.trailer.clone()) {
        return a;
    }
    if let Some((a, true)) = before_parenthetical(ctx, win).and_then(|r| from_leader(ctx, r, true))
    {
        return a;
    }
    if let Some(p) = same_sentence {
        let mut a = inherit(p, How::Inherited);
        if let Some((own, _)) = &leader {
            a.cue.clone_from(&own.cue); // "…” falsely claimed Ukraine “started”": claimed
        }
        return a;
    }
    if let Some((a, false)) = leader {
        return a; // a cue whose subject is not found: nobody
    }
    if let Some(a) = name_colon(ctx, win) {
        return a;
    }
    from_context(ctx, m, win, prev)
}

/// "Zelensky: “We are ready.”": a leader that is a name and a colon.
fn name_colon(ctx: &Ctx, win: &Windows) -> Option<Attribution> {
    let leader = ctx.gap(win.leader.start, win.leader.end).trim_end();
    let colon = leader.strip_suffix(':')?;
    let end = win.leader.start + colon.len();
    let m = ctx.mention_ending(end)?;
    let start = ctx.mentions.get(m)?.span.start;
    if words(&ctx.text.text, win.leader.start..start).len() > 2 {
        return None; // more than a title before the name
    }
    let who = ctx.actor_of(m).map(Who::Actor);
    Some(Attribution {
        who,
        cue: None,
        how: How::Leader,
        weak: false,
    })
}

/// The attribution of the previous quote, passed on.
fn inherit(p: &Prev, how: How) -> Attribution {
    Attribution {
        who: Some(match (p.speaker, &p.source) {
            (Some(a), _) => Who::Actor(a),
            (None, Some(r)) => Who::Described(r.start, r.end),
            (None, None) => Who::Unnamed,
        }),
        cue: p.cue.clone(),
        how,
        weak: false,
    }
}

/// Steps 4 and 5: a quote with no cue in its sentence.
fn from_context(ctx: &Ctx, m: &Marked, win: &Windows, prev: Option<&Prev>) -> Attribution {
    let leader_empty = !ctx
        .gap(win.leader.start, win.leader.end)
        .chars()
        .any(char::is_alphanumeric);
    if leader_empty {
        if let Some(a) = from_prev_sentence(ctx, m, win) {
            return a;
        }
    }
    let para_start = ctx.text.paragraphs.get(m.paragraph).map_or(0, |r| r.start);
    let opens_para = leader_empty && win.leader.start == para_start;
    if let Some(p) = prev
        .filter(|p| p.paragraph == m.paragraph || (opens_para && p.paragraph + 1 == m.paragraph))
    {
        return inherit(p, How::Continued);
    }
    Attribution {
        who: None,
        cue: None,
        how: How::Nothing,
        weak: false,
    }
}

/// "X hailed … — whom Y called “a” — as “b”": when the leader closes a parenthetical
/// (dashes or brackets) opened before it, the text of the sentence before that
/// parenthetical.
fn before_parenthetical(ctx: &Ctx, win: &Windows) -> Option<Range<usize>> {
    let leader = ctx.gap(win.leader.start, win.leader.end);
    let close = leader
        .chars()
        .find(|c| matches!(c, '\u{2014}' | '\u{2013}' | ')'))?;
    let opener = if close == ')' { '(' } else { close };
    let t = ctx.text;
    let sentence = t
        .sentence_at(win.leader.start)
        .and_then(|k| t.sentences.get(k))?;
    let para = t.paragraphs.get(t.paragraph_at(win.leader.start))?;
    let start = sentence.span.start.max(para.start).min(win.leader.start);
    let open = ctx.gap(start, win.leader.start).rfind(opener)?;
    Some(start..start + open)
}

/// Step 4: the sentence before, when it holds no quote of its own.
fn from_prev_sentence(ctx: &Ctx, m: &Marked, win: &Windows) -> Option<Attribution> {
    let t = ctx.text;
    let here = t.sentence_at(win.leader.start)?;
    let prev = t.sentences.get(here.checked_sub(1)?)?;
    let para = t.paragraphs.get(m.paragraph)?;
    let colon_para = prev.paragraph + 1 == m.paragraph
        && win.leader.start == para.start
        && t.slice(&prev.span).trim_end().ends_with(':');
    if prev.paragraph != m.paragraph && !colon_para {
        return None;
    }
    if ctx
        .quoted
        .iter()
        .any(|q| q.outer.start < prev.span.end && q.outer.end > prev.span.start)
    {
        return None;
    }
    if let Some((mut a, true)) = from_leader(ctx, prev.span.clone(), true) {
        a.how = How::PrevSentence;
        return Some(a);
    }
    colon_para
        .then(|| opening_person(ctx, prev.span.start))
        .flatten()
}

/// "Brian Moynihan, CEO of Bank of America, to employees:" (a paragraph that
/// introduces the next): the person whose name opens it.
fn opening_person(ctx: &Ctx, start: usize) -> Option<Attribution> {
    let m = ctx.mention_starting(start)?;
    let actor = ctx.actor_of(m)?;
    (ctx.kind_of(actor) == Some(crate::model::ActorKind::Person)).then_some(Attribution {
        who: Some(Who::Actor(actor)),
        cue: None,
        how: How::PrevSentence,
        weak: false,
    })
}
