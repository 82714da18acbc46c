//! Stage 2, metadata: the page's head and markup → title, byline, site, dates, lang.
//!
//! Input: the parsed page and its URL. Output: [`Metadata`]. Algorithm: one scan of
//! the document (`scan`) gathers meta tags (also keyed as reader views key them,
//! `values`), JSON-LD (`json`; `jsonld` leniently for dates and images, `readerld`
//! as Mozilla Readability reads it), headings, `<time>`, `itemprop` and written
//! dates, and `<html lang/dir>`. Title, byline, site name and excerpt then follow
//! Readability's order (JSON-LD, meta tags, the page: `title`, `byline`), so reader
//! views agree, with two reader-facing exceptions: a confirmed visible `<h1>` beats a
//! differently worded social title, and a wire service named as publisher and in the
//! byline yields to og:site_name. Text direction and the fallback excerpt come from
//! the located article (`located`). The publication time cascades: JSON-LD, meta
//! tags, `itemprop`, `<time>`, the URL, then the date shown nearest the title; the
//! publisher's local day is kept (`dates`), a UTC time yielding to a local day only
//! near midnight. URLs are made absolute against `<base href>` or the page URL
//! (`url`). Limits: the scan caps every list it keeps.

mod byline;
mod dates;
mod json;
mod jsonld;
mod located;
mod readerld;
mod scan;
mod textdate;
mod title;
mod values;
mod zone;

use crate::locate::Located;
use crate::model::Dir;
use crate::page::Page;
use crate::util::strings::{fold, unescape};
use crate::util::url;
use chrono::NaiveDate;
use readerld::ReaderLd;
use scan::Scan;

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
    /// The base for relative URLs of the page (`<base href>` or the page URL).
    pub base_url: Option<String>,
}

/// Meta keys of the publication time, most reliable first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "article:published",
    "cxenseparse:recs:publishtime",
    "original-publish-date",
    "publication_date",
    "release_date",
];

/// Meta keys of the last modification time.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
];

/// Language tags (primary subtag) written right to left.
const RTL_LANGS: &[&str] = &[
    "ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ku", "ckb",
];

/// Collects the metadata of `page`; `located` is where its article is, `url` the
/// page's address, if known.
pub fn collect(page: &Page, located: &Located, url: Option<&str>) -> Metadata {
    let s = scan::scan(page);
    let ld = jsonld::read(&s.ld);
    let rld = readerld::read(&s.ld).unwrap_or_default();
    let base = s
        .base
        .as_deref()
        .and_then(|b| url::resolve(url, b))
        .or_else(|| url.map(str::to_string));
    let abs = |r: &str| url::resolve(base.as_deref(), r).or_else(|| absolute_only(r));
    let lang = lang(&s, &ld);
    let place = located::Place { page, located };
    let dir = direction(&s, &place, lang.as_deref());
    let (published, published_day) = published(&s, &ld, url).unzip();
    let canonical_url = s
        .canonical
        .as_deref()
        .or_else(|| s.meta(&["og:url"]))
        .and_then(abs);
    let byline = byline(&s, &rld)
        .or_else(|| byline::find(page))
        .or_else(|| (!ld.authors.is_empty()).then(|| ld.authors.join(", ")))
        .map(|b| fold(&unescape(&b)))
        .filter(|b| !b.is_empty());
    Metadata {
        title: title::choose(&s, &rld),
        site_name: site_name(&s, &ld, &rld, byline.as_deref()),
        byline,
        published,
        published_day,
        modified: modified(&s, &ld),
        lang,
        dir,
        excerpt: excerpt(&s, &rld, &place),
        lead_image: lead_image(&s, &ld).and_then(abs),
        canonical_url,
        base_url: base.clone(),
    }
}

/// `<html lang>`, else a language meta tag, else JSON-LD's `inLanguage`.
fn lang(s: &Scan, ld: &jsonld::Ld) -> Option<String> {
    s.lang
        .as_deref()
        .or_else(|| s.meta(&["og:locale", "content-language", "language", "dc.language"]))
        .or(ld.lang.as_deref())
        .and_then(normalize_lang)
}

/// A reference that is already an absolute http(s) URL.
fn absolute_only(r: &str) -> Option<String> {
    url::resolve(None, r)
}

/// Meta keys of the author, in reader-view order (`article:author` only when it is
/// a name, not a profile URL).
const AUTHOR_KEYS: &[&str] = &["dc:creator", "dcterm:creator", "author", "parsely-author"];

/// Meta keys of the description, in reader-view order.
const EXCERPT_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];

fn byline(s: &Scan, rld: &ReaderLd) -> Option<String> {
    let article_author = s.values.first(&["article:author"]).filter(|a| !is_url(a));
    rld.byline
        .clone()
        .filter(|b| !b.is_empty())
        .or_else(|| s.values.first(AUTHOR_KEYS).map(str::to_string))
        .or_else(|| article_author.map(str::to_string))
}

/// A profile URL rather than a name.
fn is_url(v: &str) -> bool {
    let v = v.trim();
    (v.starts_with("http://") || v.starts_with("https://")) && !v.contains(' ')
}

/// The site: structured data's publisher, og:site_name, then weaker hints. An
/// og:site_name that is a domain ("CBSSports.com") yields to a publisher's name.
fn site_name(s: &Scan, ld: &jsonld::Ld, rld: &ReaderLd, byline: Option<&str>) -> Option<String> {
    // A syndicated story names the wire as publisher and in the byline; the site
    // showing it is then the one in og:site_name.
    let in_byline = |p: &str| byline.is_some_and(|b| b.to_lowercase().contains(&p.to_lowercase()));
    let publisher = ld.publisher.clone().or_else(|| s.publisher_name.clone());
    let brand = publisher
        .as_deref()
        .is_some_and(|p| !is_domain(p) && !in_byline(p));
    let og = s
        .values
        .first(&["og:site_name"])
        .filter(|o| !(brand && is_domain(o)));
    let wire = |p: &String| og.is_some() && in_byline(p);
    rld.site_name
        .clone()
        .filter(|n| !n.is_empty() && !wire(n))
        .or_else(|| og.map(str::to_string))
        .or(publisher)
        .or_else(|| {
            s.meta(&["application-name", "apple-mobile-web-app-title"])
                .map(str::to_string)
        })
        .or_else(|| ld.website.clone())
        .map(|t| fold(&unescape(&t)))
        .filter(|t| !t.is_empty())
}

/// "CBSSports.com", "www.example.co.uk": one word with a dot and a letters-only end.
fn is_domain(name: &str) -> bool {
    let name = name.trim();
    let tld = name.rsplit('.').next().unwrap_or("");
    !name.contains(char::is_whitespace)
        && name.contains('.')
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Publication time: structured data, meta tags, `itemprop`, `<time>`, the URL, a
/// date-classed element, the title, the first date in the text. A UTC time
/// ("…Z") is moved to the publisher's calendar: to a day one apart shown on the
/// page (URL, the `itemprop` text, the date by the title) when the hour allows,
/// else to the day of the publisher's country (`zone`).
fn published(s: &Scan, ld: &jsonld::Ld, url: Option<&str>) -> Option<(String, NaiveDate)> {
    let url_day = url.and_then(dates::from_url);
    let shown = s.itemprop_published_text.as_deref();
    let local = url_day
        .as_ref()
        .map(|p| p.day)
        .or_else(|| shown.and_then(|t| textdate::find(t, false)));
    let structured = ld
        .published
        .as_deref()
        .and_then(dates::parse)
        .or_else(|| s.meta(PUBLISHED_KEYS).and_then(dates::parse))
        .or_else(|| s.itemprop_published.as_deref().and_then(dates::parse))
        .or_else(|| s.time_after_title.as_deref().and_then(dates::parse))
        .or_else(|| s.times.iter().find_map(|t| dates::parse(t)));
    if let Some(p) = structured {
        return Some(publisher_day(s, p, local, url));
    }
    if let Some(p) = url_day {
        return Some((p.text, p.day));
    }
    let day = s
        .class_dates_after_title
        .first()
        .copied()
        .or(s.text_date_near_title)
        .or(s.date_before_title_day())
        .or_else(|| s.class_dates.first().copied())
        .or_else(|| s.title.as_deref().and_then(|t| textdate::find(t, false)))
        .or(s.text_date)
        .or(s.script_date)?;
    Some((day.to_string(), day))
}

/// The structured time `p` on the publisher's calendar: a UTC time yields to the
/// local day `local` (URL, `itemprop` text) or shown by the title, else to its
/// country's day; a time with a local offset stays as written.
fn publisher_day(
    s: &Scan,
    p: dates::Published,
    local: Option<NaiveDate>,
    url: Option<&str>,
) -> (String, NaiveDate) {
    if !zone::is_utc(&p.text) {
        return (p.text, p.day);
    }
    let by_title = s
        .class_dates_after_title
        .first()
        .copied()
        .or(s.text_date_near_title);
    // A time without offset may be UTC: the date shown by the title then tells.
    let local = local.or(by_title.filter(|_| !zone::has_offset(&p.text)));
    let hints = zone::Hints {
        url: url.or(s.canonical.as_deref()),
        lang: s.lang.as_deref(),
        locale: s.meta(&["og:locale"]),
    };
    // The page showing the UTC day itself by the title keeps it.
    let shows_utc_day = local.or(by_title) == Some(p.day);
    let day = local
        .filter(|l| zone::shift_plausible(&p.text, *l - p.day))
        .or_else(|| zone::local_day(&p.text, p.day, &hints).filter(|_| !shows_utc_day));
    match day {
        Some(l) => (l.to_string(), l),
        None => (p.text, p.day),
    }
}

fn modified(s: &Scan, ld: &jsonld::Ld) -> Option<String> {
    ld.modified
        .as_deref()
        .and_then(dates::parse)
        .or_else(|| s.meta(MODIFIED_KEYS).and_then(dates::parse))
        .or_else(|| s.itemprop_modified.as_deref().and_then(dates::parse))
        .map(|p| p.text)
}

/// The description: structured data, meta tags, else the article's first paragraph.
fn excerpt(s: &Scan, rld: &ReaderLd, place: &located::Place<'_>) -> Option<String> {
    rld.excerpt
        .clone()
        .filter(|e| !e.is_empty())
        .or_else(|| s.values.first(EXCERPT_KEYS).map(str::to_string))
        .map(|e| unescape(&e))
        .or_else(|| place.first_paragraph())
        .map(|t| fold(&t))
        .filter(|t| !t.is_empty())
}

fn lead_image<'a>(s: &'a Scan, ld: &'a jsonld::Ld) -> Option<&'a str> {
    s.meta(&[
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ])
    .or(ld.image.as_deref())
    .or(s.image_src.as_deref())
}

/// BCP 47 casing: "EN_us" → "en-US"; `None` for junk.
fn normalize_lang(raw: &str) -> Option<String> {
    let raw = raw.split([',', ';']).next()?.trim();
    let mut parts = raw.split(['-', '_']).filter(|p| !p.is_empty());
    let primary = parts.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary.to_ascii_lowercase();
    for p in parts {
        if !p.chars().all(|c| c.is_ascii_alphanumeric()) || p.len() > 8 {
            break;
        }
        out.push('-');
        match p.len() {
            2 => out.push_str(&p.to_ascii_uppercase()),
            4 => {
                let mut cs = p.chars();
                out.extend(cs.next().map(|c| c.to_ascii_uppercase()));
                out.push_str(&cs.as_str().to_ascii_lowercase());
            }
            _ => out.push_str(&p.to_ascii_lowercase()),
        }
    }
    Some(out)
}

/// Text direction: the `dir` attribute nearest the article (as reader views read
/// it), else right-to-left for RTL languages. The article's surroundings are read only
/// when some element below `<html>` carries `dir`.
fn direction(s: &Scan, place: &located::Place<'_>, lang: Option<&str>) -> Dir {
    let attr = if s.inner_dir {
        place.dir()
    } else {
        s.dir.clone()
    };
    match attr.as_deref().map(str::trim) {
        Some(d) if d.eq_ignore_ascii_case("rtl") => return Dir::Rtl,
        Some(d) if d.eq_ignore_ascii_case("ltr") => return Dir::Ltr,
        _ => {}
    }
    let primary = lang.and_then(|l| l.split('-').next()).unwrap_or("");
    if RTL_LANGS.contains(&primary) {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;

    fn meta_of(html: &str, url: Option<&str>) -> Metadata {
        match crate::page::parse(html, &Limits::default()) {
            Ok(p) => collect(&p, &crate::locate::locate(&p), url),
            Err(_) => Metadata::default(),
        }
    }

    #[test]
    fn a_domain_as_site_name_yields_to_the_publisher_name() {
        let page = |og: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="{og}"></head><body>
                <div itemscope itemtype="https://schema.org/NewsArticle">
                <meta itemprop="name" content="Headline">
                <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
                <meta itemprop="name" content="CBS Sports"></div></div></body></html>"#
            )
        };
        let site = |og: &str| meta_of(&page(og), None).site_name;
        assert_eq!(site("CBSSports.com").as_deref(), Some("CBS Sports"));
        assert_eq!(
            site("CBS Sports Network").as_deref(),
            Some("CBS Sports Network")
        );
        assert!(
            is_domain("www.example.co.uk") && !is_domain("Salon. Daily") && !is_domain("Web 2.0")
        );
    }

    #[test]
    fn reads_meta_tags_and_json_ld() {
        let html = r#"<html lang="en_us"><head><title>Big News of the Day | The Site</title>
            <meta property="og:site_name" content="The Site">
            <meta property="og:image" content="/img/a.jpg">
            <meta name="description" content="Tom &amp;amp; Jerry">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-23T16:35:00+03:00","author":{"name":"Jane Roe"}}</script>
            </head><body><h1>Big News of the Day</h1></body></html>"#;
        let m = meta_of(html, Some("https://ex.com/a/b.html"));
        assert_eq!(m.title.as_deref(), Some("Big News of the Day"));
        assert_eq!(m.site_name.as_deref(), Some("The Site"));
        assert_eq!(m.byline.as_deref(), Some("Jane Roe"));
        assert_eq!(m.published.as_deref(), Some("2025-02-23T16:35:00+03:00"));
        assert_eq!(m.published_day, NaiveDate::from_ymd_opt(2025, 2, 23));
        assert_eq!(m.lang.as_deref(), Some("en-US"));
        assert_eq!(m.lead_image.as_deref(), Some("https://ex.com/img/a.jpg"));
        assert_eq!(m.excerpt.as_deref(), Some("Tom & Jerry"));
    }

    #[test]
    fn rtl_from_lang_and_byline_from_markup() {
        let html = r#"<html lang="ar"><body><p class="byline">By Ali Hassan</p></body></html>"#;
        let m = meta_of(html, None);
        assert_eq!(m.dir, Dir::Rtl);
        assert_eq!(m.byline.as_deref(), Some("By Ali Hassan"));
    }

    #[test]
    fn visible_date_nearest_the_title_wins() {
        let html = "<p>Finance / Tuesday 14 Jan 2020</p><h1>Oil falls to a low</h1>\
            <p>Oil closed at 18 dollars, its lowest price since a long, long time ago and \
            in fact the lowest since 6 March 2002.</p>";
        let m = meta_of(html, None);
        assert_eq!(m.published.as_deref(), Some("2020-01-14"));
        let html = "<nav>Tue, 14 Jan 2020</nav><p>Home World Sport Business Tech Travel Culture Opinion Video Weather</p>\
            <h1>Fire brought under control</h1><figcaption>Smoke, 9 Jan 2020.</figcaption>\
            <p>Sydney, 13 Jan 2020</p>";
        let m = meta_of(html, None);
        assert_eq!(m.published.as_deref(), Some("2020-01-13"));
    }

    #[test]
    fn utc_time_yields_to_the_local_day_only_near_midnight() {
        let ld = |t: &str| {
            format!(
                r#"<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{t}"}}</script>"#
            )
        };
        let m = meta_of(
            &ld("2020-07-09T02:04:04Z"),
            Some("https://x.com/2020/07/08/a"),
        );
        assert_eq!(m.published.as_deref(), Some("2020-07-08"));
        let m = meta_of(
            &ld("2020-07-09T12:04:04Z"),
            Some("https://x.com/2020/07/08/a"),
        );
        assert_eq!(m.published_day, NaiveDate::from_ymd_opt(2020, 7, 9));
    }

    #[test]
    fn a_time_without_offset_yields_to_the_date_by_the_title() {
        let html = r#"<meta itemprop="datePublished" content="2019-11-19 02:24:00">
            <h1>Browns player on the fight</h1><p>By Bryan DeArdo Nov 18, 2019 at 9:24 pm ET</p>"#;
        let m = meta_of(html, None);
        assert_eq!(m.published.as_deref(), Some("2019-11-18"));
    }

    #[test]
    fn the_time_after_the_title_beats_a_header_clock() {
        let html = r#"<header><time datetime="2020-01-14">Today</time></header>
            <h1>Fire brought under control</h1><time datetime="2020-01-13T22:11:00+10:00">13 Jan</time>"#;
        let m = meta_of(html, None);
        assert_eq!(m.published.as_deref(), Some("2020-01-13T22:11:00+10:00"));
    }

    #[test]
    fn a_utc_time_moves_to_the_publishers_day_unless_the_page_shows_the_utc_day() {
        let html = r#"<html lang="fr"><meta property="article:published_time" content="2020-08-25T00:23:33Z">
            <h1>Transport scolaire</h1>"#;
        let m = meta_of(html, Some("https://ici.radio-canada.ca/nouvelle/1"));
        assert_eq!(m.published.as_deref(), Some("2020-08-24"));
        let html = r#"<html lang="en-US"><meta property="article:published_time" content="2020-02-18T00:25:09Z">
            <h1>Aktres, sunod-sunuran</h1><p>Posted by: Ed on February 18, 2020</p>"#;
        let m = meta_of(html, Some("https://www.example.com/a"));
        assert_eq!(m.published.as_deref(), Some("2020-02-18T00:25:09Z"));
    }

    #[test]
    fn a_date_in_the_caption_after_an_image_is_the_photos() {
        let html = "<h1>Protesters gather at a theater</h1><div><img src=a.jpg><br>FILE PHOTO: \
            Macron near Orleans, France, January 16, 2020. REUTERS</div><p>January 18, 2020</p>";
        let m = meta_of(html, None);
        assert_eq!(m.published.as_deref(), Some("2020-01-18"));
    }

    #[test]
    fn url_date_is_a_fallback() {
        let m = meta_of("<p>x</p>", Some("https://ex.com/2024/11/05/story"));
        assert_eq!(m.published.as_deref(), Some("2024-11-05"));
    }
}
