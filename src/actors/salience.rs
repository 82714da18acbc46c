//! Salience in 0..=1: a weighted mix of the share of mentions (against the most
//! mentioned actor), presence in the headline, in the lead paragraph, the position
//! of the first mention, and (after [`super::credit_quotes`]) the share of quotes.
//! Places weigh less than people and organizations: they are settings, not actors.

use super::Cast;
use crate::mentions::Mention;
use crate::model::ActorKind;
use crate::text::Text;

/// Weight of the mention share.
const W_MENTIONS: f64 = 0.4;
/// Weight of a headline mention.
const W_HEADLINE: f64 = 0.15;
/// Weight of a lead-paragraph mention.
const W_LEAD: f64 = 0.1;
/// Weight of an early first mention.
const W_FIRST: f64 = 0.1;
/// Weight of the quote share (added by `requote`).
const W_QUOTES: f64 = 0.25;
/// Factor for places (settings rather than actors).
const PLACE_FACTOR: f64 = 0.5;
/// Factor for organizations.
const ORG_FACTOR: f64 = 0.85;

/// Sets the salience of every member, quotes not yet counted.
pub fn rank(text: &Text, mentions: &[Mention], title: Option<&str>, cast: &mut Cast) {
    let most = cast
        .members
        .iter()
        .map(|m| m.mentions.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let title_words: Vec<String> = title
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '.')
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let len = text.text.len().max(1) as f64;
    for m in &mut cast.members {
        let names = std::iter::once(&m.name).chain(m.aliases.iter());
        let headline = names
            .flat_map(|n| n.split_whitespace().last())
            .any(|w| title_words.contains(&w.trim_end_matches('.').to_lowercase()));
        let first = m.mentions.first().and_then(|&i| mentions.get(i));
        let lead = first.is_some_and(|f| text.paragraph_at(f.span.start) == 0);
        let pos = first.map_or(1.0, |f| f.span.start as f64 / len);
        let share = m.mentions.len() as f64 / most as f64;
        let base = W_MENTIONS * share
            + W_HEADLINE * f64::from(u8::from(headline))
            + W_LEAD * f64::from(u8::from(lead))
            + W_FIRST * (1.0 - pos);
        m.salience = (base * factor(m.kind)).clamp(0.0, 1.0);
    }
}

fn factor(kind: ActorKind) -> f64 {
    match kind {
        ActorKind::Person => 1.0,
        ActorKind::Organization => ORG_FACTOR,
        ActorKind::Place => PLACE_FACTOR,
    }
}

/// Replaces the quote part of each salience; `before` holds the quote counts that
/// the current salience was computed with.
pub fn requote(cast: &mut Cast, before: &[usize]) {
    let old_most = before.iter().copied().max().unwrap_or(0);
    let new_most = cast.members.iter().map(|m| m.quotes).max().unwrap_or(0);
    for (i, m) in cast.members.iter_mut().enumerate() {
        let part = |q: usize, most: usize| {
            if most == 0 {
                0.0
            } else {
                W_QUOTES * q as f64 / most as f64 * factor(m.kind)
            }
        };
        let old = part(before.get(i).copied().unwrap_or(0), old_most);
        m.salience = (m.salience - old + part(m.quotes, new_most)).clamp(0.0, 1.0);
    }
}
