//! Stage 2, metadata: the page's head and markup → title, byline, site, dates, lang.
//!
//! STUB: to be written (meta tags, JSON-LD, `<time>`, `<html lang>`, URL).

use crate::model::Dir;
use crate::page::Page;
use chrono::NaiveDate;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// Publication time as published (ISO 8601, publisher's offset kept), or a day.
    pub published: Option<String>,
    /// The publisher's local calendar day of `published`: the reference for relative dates.
    pub published_day: Option<NaiveDate>,
    pub modified: Option<String>,
    pub lang: Option<String>,
    pub dir: Dir,
    pub excerpt: Option<String>,
    /// Absolute URL.
    pub lead_image: Option<String>,
    /// The canonical URL the page declares, absolute.
    pub canonical_url: Option<String>,
}

/// Collects the metadata of `page`; `url` is the page's address, if known.
pub fn collect(page: &Page, url: Option<&str>) -> Metadata {
    let _ = (page, url);
    Metadata::default()
}
