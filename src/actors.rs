//! Stage 6, actors: mentions → actors, aliases merged, ranked by salience.
//!
//! STUB: to be written.

use crate::mentions::Mention;
use crate::model::ActorKind;
use crate::text::Text;

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
    /// Indices into the mentions slice given to [`resolve`].
    pub mentions: Vec<usize>,
    /// Quotes attributed to it (set by [`credit_quotes`]).
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

/// Merges `mentions` into actors; `title` is the headline (a salience cue).
pub fn resolve(text: &Text, mentions: &[Mention], title: Option<&str>) -> Cast {
    let _ = (text, mentions, title);
    Cast::default()
}

/// Counts the quotes of each actor (`speakers` has one entry per quote) and updates
/// salience.
pub fn credit_quotes(cast: &mut Cast, speakers: &[Option<ActorId>]) {
    for id in speakers.iter().flatten() {
        if let Some(m) = cast.members.get_mut(id.0 as usize) {
            m.quotes += 1;
        }
    }
}
