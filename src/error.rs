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
    /// A stable machine-readable name: `tooLarge`, `tooManyElements`, `notHtml`,
    /// `invalidOption` (the `kind` of the WASM error object).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::TooLarge { .. } => "tooLarge",
            Error::TooManyElements { .. } => "tooManyElements",
            Error::NotHtml { .. } => "notHtml",
            Error::InvalidOption { .. } => "invalidOption",
        }
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
