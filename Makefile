# lede: build and test everything from a fresh machine.
#
#   make run    set up, build the CLI, the WASM and the extension, analyze the sample page
#   make test   set up, then native tests, the WASM test (node), the extension type check, its e2e and
#               a bounded fuzzing run (3,000 inputs per target)
#   make fuzz   fuzz `analyze` and the text stages, 5 minutes each (FUZZ_SECONDS=...)
#   make package  the extension for Chromium and Firefox: dist/chromium/, dist/firefox/
#               and their zips dist/lede-{chromium,firefox}-<version>.zip
#   make bench  speed, size and memory beside Readability.js in Chromium (bench/run.mjs)
#
# `setup` is idempotent: it installs only what is missing (the wasm32 target, the
# wasm-bindgen CLI of the pinned version, Debian's Chromium and Firefox ESR, the npm
# packages).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run

export PATH := $(HOME)/.cargo/bin:$(PATH)
# puppeteer-core never downloads a browser; this keeps any other package from trying.
export PUPPETEER_SKIP_DOWNLOAD := 1

WASM_TARGET := wasm32-unknown-unknown
# Cargo's output folder (CARGO_TARGET_DIR when set).
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
LEDE := $(TARGET_DIR)/release/lede
# Must equal the `wasm-bindgen = "=x.y.z"` pin in Cargo.toml.
WASM_BINDGEN_VERSION := 0.2.130
CHROMIUM := /usr/bin/chromium
FIREFOX := /usr/bin/firefox-esr
# Built with the `wasm` profile of Cargo.toml (full LTO, one codegen unit, panic=abort).
WASM_OUT := $(TARGET_DIR)/$(WASM_TARGET)/wasm/lede.wasm
# The sample page, and its URL as its annotation gives it (as the golden test uses it).
SAMPLE := tests/fixtures/zelensky-nato/page.html
SAMPLE_URL = $(shell node -p 'require("./tests/fixtures/zelensky-nato/expected.json").url')
# The inputs of the WASM test (see tests/wasm.rs): always ./target/wasm-test.
WASM_TEST_DIR := target/wasm-test

# Fuzzing (cargo-fuzz, libFuzzer) on the stable toolchain: RUSTC_BOOTSTRAP=1 lets
# stable rustc take the -Z flags cargo-fuzz passes; `-s none` skips AddressSanitizer
# (safe Rust: what we hunt is panics, hangs and memory blowups). Crashes land in
# fuzz/artifacts/<target>/ and fail the run.
FUZZ := RUSTC_BOOTSTRAP=1 cargo fuzz
FUZZ_TARGETS := analyze text_stages
FUZZ_SECONDS ?= 300
FUZZ_SMOKE_RUNS ?= 3000
FUZZ_FLAGS := -max_len=20000 -rss_limit_mb=2048 -timeout=10

# tools/snapshot.py OUT writes the CLI's JSON of every page of ../shared (corpora and
# annotated pages) for before/after comparisons; --diff BEFORE AFTER lists what changed.

.PHONY: setup setup-rust setup-chromium setup-firefox setup-fuzz build wasm extension typecheck package run test test-native test-wasm e2e fuzz fuzz-smoke clean bench

setup: setup-rust setup-chromium setup-firefox node_modules/.installed

setup-rust:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION) --no-default-features; \
	fi

setup-chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; \
	fi

# Firefox ESR for the Firefox end-to-end test (tests/e2e/firefox.test.mjs).
setup-firefox:
	@if [ ! -x $(FIREFOX) ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr; \
	fi

# npm ci only when the lock file changed since the last install.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

build:
	cargo build --release

# The library alone (no CLI feature) for the browser; wasm-bindgen writes the JS glue
# and lede.d.ts into pkg/. No wasm-opt: Debian's binaryen breaks the module.
# --experimental-reset-state-function adds __wbg_reset_state(), which the service
# worker calls to replace a trapped instance. Last, the module's size raw and gzipped at
# level 9 by node's zlib (as bench/run.mjs counts it; the gzip CLI differs by ~1%).
wasm: setup-rust
	cargo build --profile wasm --lib --target $(WASM_TARGET) --no-default-features
	wasm-bindgen --target web --out-dir pkg --remove-name-section --remove-producers-section \
	  --experimental-reset-state-function $(WASM_OUT)
	mkdir -p extension/wasm
	cp pkg/lede.js pkg/lede.d.ts pkg/lede_bg.wasm extension/wasm/
	@node -p 'const f = process.argv[1], w = require("fs").readFileSync(f); `$${f}: $${w.length} bytes, $${require("zlib").gzipSync(w, { level: 9 }).length} gzipped`' \
	  extension/wasm/lede_bg.wasm

# The unpacked extension is extension/ itself once extension/wasm/ exists and the ES
# modules of extension/src/ are bundled into content.js, background.js and options.js
# (tools/build.mjs, esbuild) (chrome://extensions → Load unpacked → extension/).
extension: wasm node_modules/.installed
	node tools/build.mjs
	@for f in manifest.json background.js content.js options.js options.html wasm/lede.js wasm/lede_bg.wasm; do \
	  test -f extension/$$f; done
	@echo "extension ready: load $(CURDIR)/extension as an unpacked extension"

# The extension's modules against their JSDoc types, the browser APIs (@types/chrome)
# and the WASM API's declarations (generated from the Rust types): tsc, nothing emitted.
typecheck: extension
	node_modules/.bin/tsc -p extension

# One build for both browsers (tools/package.mjs, node builtins only): loadable folders
# dist/chromium/ (module service worker) and dist/firefox/ (module event page, gecko
# settings from extension/manifest.firefox.json), and their zips, byte-reproducible.
package: extension
	node tools/package.mjs

run: setup build wasm extension
	$(LEDE) analyze $(SAMPLE) --format text

test: setup
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) fuzz-smoke
	$(MAKE) typecheck
	$(MAKE) e2e

# The module graph: no import cycle between files of src/, no stage importing a later
# one (tools/modgraph.py), then the native tests.
test-native:
	python3 tools/modgraph.py
	cargo test --release

# The same core in WASM (node, via wasm-bindgen-test-runner) must print the same
# analysis as the native CLI on the sample page. Dev profile: quick to compile, and
# its overflow checks catch arithmetic bugs the release build would hide.
test-wasm: build setup-rust
	mkdir -p $(WASM_TEST_DIR)
	cp $(SAMPLE) $(WASM_TEST_DIR)/page.html
	printf '%s' '$(SAMPLE_URL)' > $(WASM_TEST_DIR)/url.txt
	$(LEDE) analyze $(SAMPLE) --url '$(SAMPLE_URL)' > $(WASM_TEST_DIR)/native.json
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target $(WASM_TARGET) --no-default-features --test wasm

e2e: build extension node_modules/.installed
	LEDE_CLI=$(LEDE) LEDE_SAMPLE=$(SAMPLE) node --test --test-concurrency=1 tests/e2e/

# cargo-fuzz, and the C++ compiler libFuzzer is built with.
setup-fuzz:
	@command -v c++ >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y g++; }
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked

# Seeds: the sample page for `analyze`, its text for the text stages.
fuzz/corpus/.seeded: $(SAMPLE)
	mkdir -p fuzz/corpus/analyze fuzz/corpus/text_stages
	cp $(SAMPLE) fuzz/corpus/analyze/sample.html
	sed -e 's/<[^>]*>//g' $(SAMPLE) > fuzz/corpus/text_stages/sample.txt
	truncate -s '<20000' fuzz/corpus/text_stages/sample.txt
	@touch $@

fuzz: setup-fuzz fuzz/corpus/.seeded
	for t in $(FUZZ_TARGETS); do \
	  $(FUZZ) run -s none $$t -- -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) || exit 1; \
	done

# CI's bounded run: a fixed seed and run count from the seed inputs alone, so every
# machine replays the same inputs and a failure reproduces (`make fuzz` explores).
fuzz-smoke: setup-fuzz fuzz/corpus/.seeded
	for t in $(FUZZ_TARGETS); do \
	  rm -rf target/fuzz-smoke/$$t && mkdir -p target/fuzz-smoke/$$t && \
	  cp fuzz/corpus/$$t/sample.* target/fuzz-smoke/$$t/ && \
	  $(FUZZ) run -s none $$t $(CURDIR)/target/fuzz-smoke/$$t -- \
	    -seed=1 -runs=$(FUZZ_SMOKE_RUNS) $(FUZZ_FLAGS) || exit 1; \
	done

clean:
	rm -rf pkg/lede* extension/wasm tests/e2e/artifacts $(WASM_TEST_DIR) dist

# Speed, size and memory of lede beside Readability.js and Readability + compromise +
# chrono-node in one headless Chromium run, plus the native per-stage times, MB/s,
# `--jobs` scaling, peak RSS and the WASM / extension sizes (bench/run.mjs). Prints one
# table, writes bench/results.json; the last line is `ratio lede/readability <median>`.
# Not part of `make test`. BENCH_RUNS=n: runs per page and tool (fastest counts; 3).
bench: setup build wasm node_modules/.installed
	cargo build --release --examples
	node bench/run.mjs
