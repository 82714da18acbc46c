//! Stage 6, actors: mentions → actors, aliases merged, ranked by salience.
//!
//! Input: the [`Text`], its [`Mention`]s and the headline. Output: a [`Cast`], one
//! [`Member`] per actor and the actor of every mention.
//!
//! Algorithm (`merge`): people are grouped by surname, with compatible given names
//! ("Pat" ~ "Patrick", initials) kept together and different ones apart; a lone
//! surname or title + surname goes to the latest full name with that surname, a
//! lone given name to the only person who has it, a tail of a longer name ("Eriksson
//! Ek") to that name. Organizations merge on their content words ("Homeland Security
//! Department" = "Department of Homeland Security"), acronyms whose letters are the
//! ordered initials of a longer name ("DHS", "D4CC"), and legal suffixes ("Walt
//! Disney Co." ~ "Disney"); places by name and a few country aliases ("U.S." =
//! "United States"). Then (`describe`) each description ("the U.S. president") goes
//! to the person named right before it behind a comma, else to the latest person
//! whose role does not contradict it (country, title head), preferring one whose role
//! names the same country. The name shown is the fullest; the role is the first
//! apposition, else the longest title in front of a name, else an "as" role, else a
//! description. Salience (`salience`) mixes mention share, quotes, headline, lead
//! paragraph and first position.
//!
//! Limits: each person mention scans the people seen so far and each one-word
//! organization the other organizations (both a few hundred at most in an article);
//! at most 200 descriptions are resolved, each scanning the earlier mentions.

mod describe;
mod merge;
mod salience;

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
    let mut groups = merge::group(mentions);
    describe::attach(text, mentions, &mut groups);
    let mut cast = Cast {
        members: Vec::with_capacity(groups.len()),
        of_mention: vec![None; mentions.len()],
    };
    for g in groups
        .iter()
        .filter(|g| g.iter().any(|&i| !mentions[i].description))
    {
        let id = ActorId(cast.members.len() as u32);
        for &i in g {
            if let Some(slot) = cast.of_mention.get_mut(i) {
                *slot = Some(id);
            }
        }
        cast.members.push(merge::member(text, mentions, g));
    }
    salience::rank(text, mentions, title, &mut cast);
    cast
}

/// Counts the quotes of each actor (`speakers` has one entry per quote) and updates
/// salience.
pub fn credit_quotes(cast: &mut Cast, speakers: &[Option<ActorId>]) {
    let before: Vec<usize> = cast.members.iter().map(|m| m.quotes).collect();
    for id in speakers.iter().flatten() {
        if let Some(m) = cast.members.get_mut(id.0 as usize) {
            m.quotes += 1;
        }
    }
    salience::requote(cast, &before);
}

#[cfg(test)]
mod tests;
