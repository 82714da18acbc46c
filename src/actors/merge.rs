//! Grouping of named mentions into actors, and the fields of each actor.

use super::cast::Member;
use crate::lex::en;
use crate::mentions::{abbreviates, compatible, surname, Mention, RoleSource};
use crate::model::ActorKind;
use std::collections::{HashMap, HashSet};

/// Most aliases kept per actor: a hostile page may spell one name many ways.
const MAX_ALIASES: usize = 20;

/// Most words of a role shown: longer ones are clauses, not titles.
const MAX_ROLE_WORDS: usize = 12;

/// Lower-case words of a name, final periods dropped.
pub fn words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A group of people with one surname (the key it is filed under), and the given
/// name that tells it apart.
struct PersonGroup {
    given: Option<String>,
    /// The longest name seen, in words.
    full: Vec<String>,
    group: usize,
}

/// The person groups seen so far, indexed by surname and by given name.
#[derive(Default)]
struct People {
    list: Vec<PersonGroup>,
    by_surname: HashMap<String, Vec<usize>>,
    by_given: HashMap<String, Vec<usize>>,
}

/// Mention indices of each actor (descriptions left out), in order of appearance.
pub fn group(mentions: &[Mention]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut people = People::default();
    let mut others: HashMap<(ActorKind, String), usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.description {
            continue;
        }
        let g = match m.kind {
            ActorKind::Person => person_group(&words(&m.name), &mut people, groups.len()),
            kind => {
                let key = (kind, bag_key(kind, &m.name));
                *others.entry(key).or_insert(groups.len())
            }
        };
        if g == groups.len() {
            groups.push(Vec::new());
        }
        if let Some(list) = groups.get_mut(g) {
            list.push(i);
        }
    }
    merge_orgs(mentions, &mut groups);
    groups.retain(|g| !g.is_empty());
    groups
}

/// The group of a person's name: an earlier group with the same surname and a
/// compatible given name, or a new one (index `fresh`).
fn person_group(w: &[String], people: &mut People, fresh: usize) -> usize {
    let Some(last) = surname(w).cloned() else {
        return fresh;
    };
    let given = (w.len() >= 2).then(|| w[0].clone());
    let same: Vec<usize> = people.by_surname.get(&last).cloned().unwrap_or_default();
    let tail_of = same.iter().rev().map(|&k| &people.list[k]).find(|p| {
        p.full.len() > w.len() && p.full.ends_with(w) // "Eriksson Ek" of "Joel Eriksson Ek"
    });
    if let Some(p) = tail_of {
        return p.group;
    }
    if let Some(g) = &given {
        let fit = same.iter().rev().copied().find(|&k| {
            people.list[k]
                .given
                .as_deref()
                .map_or(true, |pg| compatible(pg, g))
        });
        if let Some(k) = fit {
            let p = &mut people.list[k];
            if p.given.is_none() {
                p.given = Some(g.clone());
                people.by_given.entry(g.clone()).or_default().push(k);
            }
            if w.len() > p.full.len() {
                p.full = w.to_vec();
            }
            return p.group;
        }
    } else if let Some(&k) = same.last() {
        return people.list[k].group;
    } else if let Some([only]) = people.by_given.get(&last).map(Vec::as_slice) {
        return people.list[*only].group; // "Taylor" for "Taylor Swift"
    }
    let k = people.list.len();
    people.by_surname.entry(last.clone()).or_default().push(k);
    if let Some(g) = &given {
        people.by_given.entry(g.clone()).or_default().push(k);
    }
    people.list.push(PersonGroup {
        given,
        full: w.to_vec(),
        group: fresh,
    });
    fresh
}

/// Comparison key of an organization or place name.
fn other_key(kind: ActorKind, name: &str) -> String {
    let mut w = words(name);
    if w.first().is_some_and(|f| f == "the") {
        w.remove(0);
    }
    if kind == ActorKind::Organization && w.len() > 1 {
        while w
            .last()
            .is_some_and(|l| en::LEGAL_SUFFIXES.contains(l.as_str()))
        {
            w.pop();
        }
    }
    let key = w.join(" ");
    let country = match key.as_str() {
        "u.s" | "us" | "usa" | "u.s.a" | "america" | "united states of america" => "united states",
        "uk" | "britain" | "great britain" | "u.k" => "united kingdom",
        _ => return key,
    };
    country.to_string()
}

/// Grouping key: for organizations the sorted content words, so that "Homeland
/// Security Department" meets "Department of Homeland Security".
fn bag_key(kind: ActorKind, name: &str) -> String {
    let key = other_key(kind, name);
    if kind != ActorKind::Organization {
        return key;
    }
    let mut w: Vec<&str> = key
        .split(' ')
        .filter(|w| !matches!(*w, "of" | "the" | "for" | "and" | "&"))
        .collect();
    w.sort_unstable();
    w.join(" ")
}

/// Most longer names an acronym is compared with: bounds the work on hostile pages.
const MAX_CANDIDATES: usize = 64;

/// Merges organization groups that are one actor: an acronym into its expansion, a
/// one-word name into the longer name it ends ("Disney" → "Walt Disney Co.").
fn merge_orgs(mentions: &[Mention], groups: &mut [Vec<usize>]) {
    let name_of = |g: &Vec<usize>| g.first().map(|&i| &mentions[i]);
    let mut by_initial: HashMap<char, Vec<usize>> = HashMap::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    for (b, g) in groups.iter().enumerate() {
        let Some(long) = name_of(g).filter(|m| m.kind == ActorKind::Organization) else {
            continue;
        };
        let key = other_key(long.kind, &long.name);
        if let (true, Some(c)) = (long.name.contains(' '), key.chars().next()) {
            by_initial.entry(c).or_default().push(b);
            let last = key.rsplit(' ').next().unwrap_or("").to_string();
            by_last.entry(last).or_default().push(b);
        }
    }
    for a in 0..groups.len() {
        let Some(short) = name_of(&groups[a]) else {
            continue;
        };
        if short.kind != ActorKind::Organization || short.name.contains(' ') {
            continue;
        }
        let acronym: String = short.name.chars().filter(|c| *c != '.').collect();
        let short_key = other_key(ActorKind::Organization, &short.name);
        let first = acronym.chars().next().and_then(|c| c.to_lowercase().next());
        let suffix_of = by_last.get(&short_key).and_then(|c| c.first().copied());
        let expansion = first.and_then(|c| by_initial.get(&c)).and_then(|c| {
            c.iter()
                .take(MAX_CANDIDATES)
                .copied()
                .find(|&b| name_of(&groups[b]).is_some_and(|l| abbreviates(&acronym, &l.name)))
        });
        if let Some(b) = suffix_of.or(expansion).filter(|&b| b != a) {
            let moved = std::mem::take(&mut groups[a]);
            groups[b].extend(moved);
            groups[b].sort_unstable();
        }
    }
}

/// The actor made of the mentions `g`.
pub fn member(mentions: &[Mention], g: &[usize]) -> Member {
    let named: Vec<&Mention> = g
        .iter()
        .map(|&i| &mentions[i])
        .filter(|m| !m.description)
        .collect();
    let kind = named.first().map_or(ActorKind::Person, |m| m.kind);
    let name = named
        .iter()
        .max_by(|a, b| {
            let (wa, wb) = (
                a.name.split_whitespace().count(),
                b.name.split_whitespace().count(),
            );
            wa.cmp(&wb).then(b.span.start.cmp(&a.span.start))
        })
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let mut aliases: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::from([name.to_lowercase()]);
    for &i in g {
        let n = &mentions[i].name;
        if aliases.len() < MAX_ALIASES && seen.insert(n.to_lowercase()) {
            aliases.push(n.clone());
        }
    }
    Member {
        name,
        kind,
        role: best_role(mentions, g),
        aliases,
        mentions: g.to_vec(),
        gender: None,
        quotes: 0,
        salience: 0.0,
    }
}

/// The role of an actor: the first apposition, else the longest title in front of a
/// name, else an "as" role, else a description's role.
pub fn best_role(mentions: &[Mention], g: &[usize]) -> Option<String> {
    let mut best: Option<(RoleSource, usize, &String)> = None;
    for m in g.iter().map(|&i| &mentions[i]) {
        let (Some(role), Some(source)) = (m.role.as_ref(), m.role_source) else {
            continue;
        };
        let words = role.split_whitespace().count();
        if words > MAX_ROLE_WORDS {
            continue;
        }
        let better = best.map_or(true, |(bs, bw, _)| {
            source < bs || source == bs && source == RoleSource::Title && words > bw
        });
        if better {
            best = Some((source, words, role));
        }
    }
    best.map(|b| trim_role(b.2))
}

/// A role without the sentence's final period or comma; a short form keeps its
/// period ("Rep.", "Lt. Col.").
fn trim_role(role: &str) -> String {
    let role = role.trim_end_matches([',', ';', ':']);
    let last = role.rsplit(' ').next().unwrap_or(role);
    let mut chars = last.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    let short_form = last.len() <= 5 && title_case; // "Rep.", not "SNC."
    if short_form {
        role.to_string()
    } else {
        role.trim_end_matches('.').to_string()
    }
}
