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
//! description. Salience (`salience`, by [`rank`] once quotes are attributed) mixes
//! mention share, quotes, headline, lead paragraph and first position.
//!
//! Limits: each person mention scans the people seen so far and each one-word
//! organization the other organizations (both a few hundred at most in an article);
//! at most 200 descriptions are resolved, each scanning the earlier mentions.

mod cast;
mod describe;
mod gender;
mod merge;
mod names;
mod salience;
mod subject;

use crate::mentions::Mention;
use crate::text::marks::Marked;
use crate::text::Text;

pub use cast::{ActorId, Cast, Member, Names, Subject};

/// Merges `mentions` into actors (salience is set later by [`rank`], once the quotes
/// are known); `marked` are the text's quoted stretches (no subject is read in them).
pub fn resolve(text: &Text, marked: &[Marked], mentions: &[Mention]) -> Cast {
    let mut groups = merge::group(mentions);
    describe::attach(text, mentions, &mut groups);
    let mut cast = Cast {
        members: Vec::with_capacity(groups.len()),
        of_mention: vec![None; mentions.len()],
        names: Names::default(),
        subjects: Vec::new(),
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
        cast.members.push(merge::member(mentions, g));
    }
    complete(text, marked, mentions, &mut cast);
    cast
}

/// Completes a cast whose members and mention links are set: the subject of each
/// sentence, each person's gender and the name index the quotes stage reads (the last
/// step of [`resolve`]; the quotes tests call it on casts they build by hand).
pub fn complete(text: &Text, marked: &[Marked], mentions: &[Mention], cast: &mut Cast) {
    let (subjects, pronouns) = subject::find(text, marked, mentions, cast);
    gender::assign(text, mentions, &pronouns, cast);
    cast.subjects = subjects;
    cast.names = Names::new(&cast.members);
}

/// The actors stage's second step, after quotes: counts the quotes of each actor
/// (`speakers` has one entry per quote) and sets every salience, once; `title` is the
/// headline (a salience cue).
pub fn rank(
    cast: &mut Cast,
    text: &Text,
    mentions: &[Mention],
    title: Option<&str>,
    speakers: &[Option<ActorId>],
) {
    for id in speakers.iter().flatten() {
        if let Some(m) = cast.members.get_mut(id.0 as usize) {
            m.quotes += 1;
        }
    }
    salience::rank(text, mentions, title, cast);
}

#[cfg(test)]
mod tests;
