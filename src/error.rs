//! Fatal errors: what stops an analysis. Partial problems are
//! [`crate::model::Diagnostic`]s in the output instead.

use std::fmt;

/// Why an analysis could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than `Limits::max_input_bytes`.
    TooLarge { bytes: usize, limit: usize },
    /// The input has more elements than `Limits::max_elements`.
    TooManyElements { limit: usize },
    /// The input does not look like HTML (binary data, empty, plain text).
    NotHtml { reason: String },
    /// An option has a value that cannot be used.
    InvalidOption { name: &'static str, reason: String },
}

impl Error {
    /// Every [`Error::kind`], in the order of the variants: the stable machine-readable
    /// names of the WASM error object (its TypeScript union is generated from this).
    pub const KINDS: [&'static str; 4] =
        ["tooLarge", "tooManyElements", "notHtml", "invalidOption"];

    /// A stable machine-readable name, one of [`Error::KINDS`].
    pub fn kind(&self) -> &'static str {
        Self::KINDS[match self {
            Error::TooLarge { .. } => 0,
            Error::TooManyElements { .. } => 1,
            Error::NotHtml { .. } => 2,
            Error::InvalidOption { .. } => 3,
        }]
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => {
                write!(
                    f,
                    "input is {bytes} bytes, more than the limit of {limit} bytes"
                )
            }
            Error::TooManyElements { limit } => {
                write!(f, "input has more than {limit} elements")
            }
            Error::NotHtml { reason } => write!(f, "input is not HTML: {reason}"),
            Error::InvalidOption { name, reason } => {
                write!(f, "option `{name}` is invalid: {reason}")
            }
        }
    }
}

impl std::error::Error for Error {}
