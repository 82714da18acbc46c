//! The actors stage's output: the [`Cast`] of [`Member`]s, by [`ActorId`].

use crate::lex::gender::Gender;
use crate::model::ActorKind;
use std::collections::HashMap;

/// Index of an actor in [`Cast::members`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorId(pub u32);

/// One actor with everything known about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The fullest name seen ("Volodymyr Zelensky").
    pub name: String,
    pub kind: ActorKind,
    pub role: Option<String>,
    /// Other names it goes by ("Zelensky", "the Ukrainian leader").
    pub aliases: Vec<String>,
    /// Indices into the mentions slice given to [`resolve`](super::resolve).
    pub mentions: Vec<usize>,
    /// A person's gender where a title before a mention ("Ms Persson") or a role
    /// ("spokeswoman") tells it; none when they disagree.
    pub gender: Option<Gender>,
    /// Quotes attributed to it (set by [`rank`](super::rank)).
    pub quotes: usize,
    /// 0..=1, higher first in the output.
    pub salience: f64,
}

/// The subject name of one sentence (read by `subject.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subject {
    /// Byte where the name starts.
    pub pos: usize,
    /// The actor it stands for.
    pub actor: ActorId,
}

/// All actors of the article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cast {
    pub members: Vec<Member>,
    /// The actor of each mention, parallel to the mentions slice.
    pub of_mention: Vec<Option<ActorId>>,
    /// The members by name, surname, acronym and description.
    pub names: Names,
    /// The subject name of each sentence, if any (pronouns point back to these).
    pub subjects: Vec<Option<Subject>>,
}

impl Cast {
    /// The actor with this id.
    pub fn get(&self, id: ActorId) -> Option<&Member> {
        self.members.get(id.0 as usize)
    }
}

/// A key → actor map where a key two actors share maps to nobody.
pub(super) type Index = HashMap<String, Option<ActorId>>;

/// The cast's names, surnames, acronyms and descriptions (built and read by
/// `names.rs`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub(super) exact: Index,
    pub(super) surname: Index,
    pub(super) acronym: Index,
    pub(super) description: Index,
    /// Last word of each person's role ("U.S. president" → "president").
    pub(super) role_head: Index,
}
