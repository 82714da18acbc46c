//! The only place that emits HTML for the reader view: an allowlist sanitizer (ammonia).
//!
//! STUB: to be configured.

/// Returns `html` with only allowlisted tags, attributes and URL schemes.
pub fn clean(html: &str) -> String {
    ammonia::clean(html)
}
