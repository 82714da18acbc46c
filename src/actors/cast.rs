//! The actors stage's output: the [`Cast`] of [`Member`]s, by [`ActorId`].

use crate::model::ActorKind;

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
    /// Quotes attributed to it (set by [`rank`](super::rank)).
    pub quotes: usize,
    /// 0..=1, higher first in the output.
    pub salience: f64,
}

/// All actors of the article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cast {
    pub members: Vec<Member>,
    /// The actor of each mention, parallel to the mentions slice.
    pub of_mention: Vec<Option<ActorId>>,
}

impl Cast {
    /// The actor with this id.
    pub fn get(&self, id: ActorId) -> Option<&Member> {
        self.members.get(id.0 as usize)
    }
}
