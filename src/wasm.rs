//! The WebAssembly boundary: the only file that touches wasm-bindgen, js-sys, web-sys.
//!
//! STUB: to be written.
