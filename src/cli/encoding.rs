//! Reads a page file as text, whatever its encoding.
//!
//! The encoding comes from, in order: a byte-order mark, a `<meta charset>` or
//! `http-equiv` declaration in the first 4 KiB, valid UTF-8, else windows-1252 (what
//! browsers assume for unlabeled legacy pages). Decoding is encoding_rs, the decoder
//! Firefox uses: the WHATWG label table and encodings, not hand tables.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::io::Read;
use std::path::Path;

/// How far into the file a charset declaration is looked for (the HTML spec's prescan
/// looks at 1024 bytes; some pages put long scripts first).
const PRESCAN_BYTES: usize = 4096;

/// Reads `path` (`-` is standard input) into a string, refusing more than `max_bytes`.
pub fn read_page(path: &Path, max_bytes: usize) -> Result<String, String> {
    let bytes = read_bytes(path, max_bytes)?;
    Ok(decode(&bytes))
}

fn read_bytes(path: &Path, max_bytes: usize) -> Result<Vec<u8>, String> {
    let limit = max_bytes as u64 + 1;
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .map_err(|e| describe(&e))?
            .take(limit)
            .read_to_end(&mut bytes)
    };
    read.map_err(|e| describe(&e))?;
    if bytes.len() > max_bytes {
        return Err(format!(
            "input is larger than the limit of {max_bytes} bytes"
        ));
    }
    Ok(bytes)
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Decodes page bytes to text (see the module docs for the order of evidence).
pub fn decode(bytes: &[u8]) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| declared(&bytes[..bytes.len().min(PRESCAN_BYTES)]))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    let (text, _) = encoding.decode_with_bom_removal(bytes);
    text.into_owned()
}

/// The encoding a `charset=` in the head declares (covers `<meta charset>` and
/// `http-equiv` content), if its label is known.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or(rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(b)))
        .unwrap_or(rest.len());
    let enc = Encoding::for_label(&rest[..end])?;
    // A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML spec).
    Some(if enc.name().starts_with("UTF-16") {
        UTF_8
    } else {
        enc
    })
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn honours_bom_meta_and_fallback() {
        assert_eq!(decode(b"\xef\xbb\xbf<p>caf\xc3\xa9"), "<p>café");
        assert_eq!(
            decode(b"<meta charset=\"iso-8859-1\"><p>caf\xe9"),
            "<meta charset=\"iso-8859-1\"><p>café"
        );
        assert_eq!(
            decode(b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>\xcf"),
            "<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>П"
        );
        assert_eq!(decode(b"<p>caf\xe9"), "<p>café");
    }
}
