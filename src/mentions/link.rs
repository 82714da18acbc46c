//! Article-wide decisions on names read sentence by sentence: a lone word that is the
//! surname (or the unique given name) of a person named in full elsewhere is that
//! person ("Zelensky", "Patrick"); a place word that is such a surname too. Unknown
//! names that stay unlinked are dropped (kind `None`).

use super::lexicon as lx;
use super::mention::Found;
use super::places;
use crate::model::ActorKind;
use std::collections::{HashMap, HashSet};

/// Last word of a person's name, suffixes ("Jr.") aside.
pub fn surname(words: &[String]) -> Option<&String> {
    words.iter().rev().find(|w| !lx::is_name_suffix(w))
}

/// Given names that may be one person: equal, a short form ("Pat"), an initial.
pub fn compatible(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    a == b || a.starts_with(b) || b.starts_with(a)
}

/// Turns into organizations the one-word people whose only evidence is a verb of
/// saying ("Audi said") unless the word is also the surname of a better-attested
/// person, or is said twice and never opens a longer name (a brand does: "Ascom
/// Unite").
fn drop_weak(found: &mut [Found]) {
    let mut strong: HashSet<String> = HashSet::new();
    let mut weak: HashMap<String, usize> = HashMap::new();
    let mut leading: HashSet<String> = HashSet::new(); // "Ascom" of "Ascom Unite"
    for f in found.iter().filter(|f| !f.mention.description) {
        let last = surname(&f.words).cloned().unwrap_or_default();
        if let (true, Some(first)) = (f.words.len() >= 2, f.words.first()) {
            leading.insert(first.clone());
        }
        if f.weak {
            *weak.entry(last).or_default() += 1;
        } else if f.words.len() >= 2 || f.kind == Some(ActorKind::Person) {
            strong.insert(last);
            if let (Some(ActorKind::Person), Some(first)) = (f.kind, f.words.first()) {
                strong.insert(first.clone()); // "Liu" of "Liu Xiaming": surname first
            }
        }
    }
    for f in found.iter_mut().filter(|f| f.weak) {
        let w = surname(&f.words).cloned().unwrap_or_default();
        let said_twice = weak.get(&w).map_or(0, |n| *n) >= 2 && !leading.contains(&w);
        if !strong.contains(&w) && !said_twice {
            f.kind = Some(ActorKind::Organization); // a speaking one-word name: a company, a team
            f.mention.kind = ActorKind::Organization;
        }
    }
}

/// Links unknown one-word and two-word names to known persons.
pub fn settle(found: &mut [Found]) {
    drop_weak(found);
    let mut surnames: HashMap<String, usize> = HashMap::new();
    let mut given: HashMap<String, HashSet<String>> = HashMap::new();
    let mut given_of: HashMap<String, HashSet<String>> = HashMap::new();
    for f in found.iter() {
        if f.kind != Some(ActorKind::Person) || f.mention.description {
            continue;
        }
        if let Some(s) = surname(&f.words) {
            *surnames.entry(s.clone()).or_default() += 1;
        }
        if let (true, Some(g), Some(s)) = (f.words.len() >= 2, f.words.first(), surname(&f.words)) {
            given.entry(g.clone()).or_default().insert(s.clone());
            given_of.entry(s.clone()).or_default().insert(g.clone());
        }
    }
    for f in found.iter_mut() {
        if f.mention.description || f.kind == Some(ActorKind::Person) {
            continue;
        }
        let linkable = f.kind.is_none() || (f.kind == Some(ActorKind::Place) && f.words.len() == 1);
        if !linkable {
            continue;
        }
        let last = surname(&f.words);
        let known_surname = last.is_some_and(|s| surnames.contains_key(s));
        let lone_given = f.words.len() == 1
            && f.words.first().is_some_and(|w| {
                given.get(w).is_some_and(|s| s.len() == 1) && !surnames.contains_key(w)
            });
        let fits = f.words.len() == 1
            || f.words.first().zip(last).is_some_and(|(g, s)| {
                given_of
                    .get(s)
                    .map_or(true, |gs| gs.iter().any(|k| compatible(k, g)))
            });
        if known_surname && fits || lone_given {
            f.kind = Some(ActorKind::Person);
        } else if f.kind.is_none() && f.org_cue && !places::is_place(&f.words.join(" ")) {
            f.kind = Some(ActorKind::Organization);
        }
    }
}
