//! Descriptions ("the Ukrainian leader", "the U.S. president") → the person they
//! stand for: the latest person mentioned before, whose role agrees (same country,
//! same title head), preferring one whose role names the same country. Roles found
//! on the way count for later descriptions: once "the U.S. president" is Trump, "the
//! Ukrainian leader" cannot be.

use super::merge;
use crate::lex::en;
use crate::mentions::{country_of, role_head, Mention};
use crate::model::ActorKind;
use crate::text::Text;

/// Sentences back that a description may reach without a country match.
const NEAR_SENTENCES: usize = 3;

/// Most descriptions resolved per article: each one scans the earlier mentions.
const MAX_DESCRIPTIONS: usize = 200;

/// (country, head word) of a role.
fn role_facts(role: &str) -> (Option<&'static str>, Option<String>) {
    let words = merge::words(&role.replace(['\u{2019}', '\''], " "));
    let country = words.iter().find_map(|w| country_of(w));
    (country, role_head(role))
}

/// Whether a person with role `have` may be described by role `want`; and whether
/// the country matches.
fn agrees(have: Option<&str>, want: &str) -> (bool, bool) {
    let Some(have) = have else {
        return (true, false);
    };
    let (hc, hh) = role_facts(have);
    let (wc, wh) = role_facts(want);
    let country_ok = hc.is_none() || wc.is_none() || hc == wc;
    let generic = |h: &Option<String>| {
        h.as_deref()
            .is_some_and(|h| en::GENERIC_ROLE_HEADS.contains(h))
    };
    let head_ok = hh == wh || generic(&hh) || generic(&wh) || hh.is_none() || wh.is_none();
    (country_ok && head_ok, hc.is_some() && hc == wc)
}

/// Adds each description (at most [`MAX_DESCRIPTIONS`]) to the group of the person
/// it stands for.
pub fn attach(text: &Text, mentions: &[Mention], groups: &mut [Vec<usize>]) {
    let descriptions = mentions.iter().enumerate().filter(|(_, m)| m.description);
    for (i, d) in descriptions.take(MAX_DESCRIPTIONS) {
        let Some(want) = d.role.as_deref() else {
            continue;
        };
        let target = apposed(text, mentions, groups, i).or_else(|| pick(mentions, groups, i, want));
        if let Some(g) = target.and_then(|gi| groups.get_mut(gi)) {
            g.push(i);
            g.sort_unstable();
        }
    }
}

/// The person group that description `i` (role `want`) most likely stands for.
fn pick(mentions: &[Mention], groups: &[Vec<usize>], i: usize, want: &str) -> Option<usize> {
    let d = &mentions[i];
    let mut best: Option<(bool, usize, usize)> = None; // (country match, last mention, group)
    for (gi, g) in groups.iter().enumerate() {
        let person = g
            .first()
            .is_some_and(|&k| mentions[k].kind == ActorKind::Person);
        let before = &g[..g.partition_point(|&k| k < i)];
        let (true, Some(&last)) = (person, before.last()) else {
            continue;
        };
        let role = merge::best_role(mentions, before);
        let (ok, country) = agrees(role.as_deref(), want);
        let near = d.sentence.saturating_sub(mentions[last].sentence) <= NEAR_SENTENCES;
        if ok && (country || near) && best.map_or(true, |b| (country, last) > (b.0, b.1)) {
            best = Some((country, last, gi));
        }
    }
    best.map(|b| b.2)
}

/// The group of the person named right before description `i`, behind a comma
/// ("Kennedy, the U.S. Attorney"), if any.
fn apposed(text: &Text, mentions: &[Mention], groups: &[Vec<usize>], i: usize) -> Option<usize> {
    let d = &mentions[i];
    let prev = i.checked_sub(1).map(|p| &mentions[p])?;
    let gap = text.text.get(prev.span.end..d.span.start)?;
    let person = prev.kind == ActorKind::Person && !prev.description;
    (person && gap.trim() == ",").then_some(())?;
    groups.iter().position(|g| g.contains(&(i - 1)))
}
