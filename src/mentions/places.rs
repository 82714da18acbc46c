//! A compact gazetteer: countries, US states, capitals and large cities, regions,
//! with demonyms mapped to their country. Places are actors of kind `place`;
//! demonyms ("Russian") are never actors but tie roles to countries.

use crate::lex::en;

/// Whether `lower` (a whole name, lower case) is a place.
pub fn is_place(lower: &str) -> bool {
    en::PLACES.contains(lower)
}

/// Whether `lower` (one word) ends place names.
pub fn is_place_head(lower: &str) -> bool {
    en::PLACE_HEADS.contains(lower)
}

/// Whether `lower` is a demonym or adjective of place ("Russian", "Democratic").
pub fn is_demonym(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower); // "Ukrainians"
    en::DEMONYMS.get(lower).is_some() || en::DEMONYMS.get(singular).is_some()
}

/// The country a place name or demonym points to ("ukrainian" → "ukraine").
pub fn country_of(lower: &str) -> Option<&'static str> {
    if let Some(c) = en::DEMONYMS.get(lower) {
        return (!c.is_empty()).then_some(c);
    }
    en::PLACE_ALIASES
        .get(lower)
        .or_else(|| en::PLACES.get(lower))
}
