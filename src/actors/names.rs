//! The cast's lookups by text, built by the actors stage for the quotes stage: a name the mention stage missed ("Heyward", "WHO") or a
//! description ("the Ukrainian leader", "China's ambassador to Britain"). Built once
//! per article as hash maps, so each lookup is constant work whatever the cast size.

use super::cast::{ActorId, Index, Member, Names};
use crate::model::ActorKind;
use crate::util::strings::fold_words;

/// Adds `key` → `id`, or marks the key ambiguous when another actor has it.
fn add(map: &mut Index, key: String, id: ActorId) {
    let slot = map.entry(key).or_insert(Some(id));
    if *slot != Some(id) {
        *slot = None;
    }
}

/// A description folded for comparison: [`fold_words`], no "the".
fn fold(s: &str) -> String {
    let s = fold_words(s);
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

/// Initials of a name's capitalized words ("World Health Organization" → "WHO").
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

impl Names {
    /// Indexes every member.
    pub fn new(members: &[Member]) -> Self {
        let mut n = Names::default();
        for (i, m) in members.iter().enumerate() {
            let Ok(i) = u32::try_from(i) else { break };
            let id = ActorId(i);
            add(&mut n.exact, m.name.clone(), id);
            for a in &m.aliases {
                add(&mut n.exact, a.clone(), id);
                add(&mut n.description, fold(a), id);
            }
            if let Some(r) = &m.role {
                add(&mut n.description, fold(r), id);
                if let (ActorKind::Person, Some(head)) = (m.kind, fold(r).split_whitespace().last())
                {
                    add(&mut n.role_head, head.to_string(), id);
                }
            }
            match m.kind {
                ActorKind::Person => {
                    if let Some(last) = m.name.split_whitespace().last() {
                        add(&mut n.surname, last.to_string(), id);
                    }
                }
                ActorKind::Organization => add(&mut n.acronym, initials(&m.name), id),
                ActorKind::Place => {}
            }
        }
        n
    }

    /// The member a capitalized name refers to, when exactly one matches its full
    /// name, an alias, (for people) the surname or (for organizations) the initials.
    pub fn guess(&self, name: &str) -> Option<ActorId> {
        let name = name.trim();
        let last = name.split_whitespace().last()?;
        let acronym = name.len() >= 2 && name.chars().all(|c| c.is_ascii_uppercase());
        let hits = [
            self.exact.get(name),
            self.surname.get(last),
            acronym.then(|| self.acronym.get(name)).flatten(),
        ];
        let mut found: Option<ActorId> = None;
        for hit in hits.into_iter().flatten() {
            let id = (*hit)?; // a key two actors share
            if found.is_some_and(|f| f != id) {
                return None;
            }
            found = Some(id);
        }
        found
    }

    /// The member a description names, when exactly one has it as an alias or role;
    /// "the president" also names the one person whose role ends in "president".
    pub fn describe(&self, phrase: &str) -> Option<ActorId> {
        let key = fold(phrase);
        if key.is_empty() {
            return None;
        }
        if let Some(hit) = self.description.get(&key) {
            return *hit;
        }
        let definite = phrase.trim().to_lowercase().starts_with("the ");
        let one_word = !key.contains(char::is_whitespace);
        (definite && one_word)
            .then(|| self.role_head.get(&key).copied().flatten())
            .flatten()
    }
}
