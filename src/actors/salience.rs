//! Salience in 0..=1: a weighted mix of the share of mentions (against the most
//! mentioned actor), presence in the headline, in the lead paragraph, the position
//! of the first mention, and the share of quotes.
//! Places weigh less than people and organizations: they are settings, not actors.

use super::cast::Cast;
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
/// Weight of the quote share.
const W_QUOTES: f64 = 0.25;
/// Factor for places (settings rather than actors).
const PLACE_FACTOR: f64 = 0.5;
/// Factor for organizations.
const ORG_FACTOR: f64 = 0.85;

/// Sets the salience of every member from its mentions and quotes.
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
    let most_quotes = cast.members.iter().map(|m| m.quotes).max().unwrap_or(0);
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
        let quotes = match most_quotes {
            0 => 0.0,
            most => W_QUOTES * m.quotes as f64 / most as f64 * factor(m.kind),
        };
        m.salience = (base * factor(m.kind) + quotes).clamp(0.0, 1.0);
    }
}

fn factor(kind: ActorKind) -> f64 {
    match kind {
        ActorKind::Person => 1.0,
        ActorKind::Organization => ORG_FACTOR,
        ActorKind::Place => PLACE_FACTOR,
    }
}
