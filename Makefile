# The two commands of the README: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

# A workbook in YITU_DATASET (.xlsx, .xls, .ods) is converted to JSON first, into target/workbook/:
# build.rs reads the dataset as JSON (and writes the plan's index from it). Every cargo step then reads that JSON.
WORKBOOK_DATASET := $(filter %.xlsx %.xls %.ods,$(YITU_DATASET))
ifneq ($(WORKBOOK_DATASET),)
override YITU_DATASET := target/workbook/$(notdir $(basename $(WORKBOOK_DATASET))).json
export YITU_DATASET
endif
# The converter runs on the plan's own embedded dataset (the debug build `cargo test` makes).
DATASET_TOOL := env -u YITU_DATASET cargo run --quiet --bin dataset --

.PHONY: serve test dist workbook import dataset-json workbook-dist other-plan hostile-dist bench setup setup-test check-code test-native test-browser clean

## Build dist/ and serve it on 127.0.0.1:$(PORT).
serve: dist
	node tools/serve.mjs dist --port $(PORT)

## Everything: formatting, clippy (host and wasm32), native tests, the build, browser tests.
test: setup-test check-code test-native dist other-plan hostile-dist workbook-dist test-browser

## The deployable site in dist/: the app, the stylesheets bundled and minified (esbuild), then the
## pages with their charts drawn (by Node and ECharts, from the site step), then precompressed copies. It is built in a staging folder and
## moved into place only when every step succeeded, so that on any fault dist/ is left as it was.
DIST ?= dist
STAGING ?= target/dist-staging
dist: setup
	$(if $(WORKBOOK_DATASET),$(DATASET_TOOL) json $(WORKBOOK_DATASET) $(YITU_DATASET))
	rm -rf $(STAGING)
	trunk build --release --dist $(STAGING)
	node tools/minify-css.mjs $(STAGING)
	cargo run --quiet --release --bin site -- $(STAGING)
	node tools/compress.mjs $(STAGING)
	rm -rf $(STAGING)-old
	if [ -e $(DIST) ]; then mv $(DIST) $(STAGING)-old; fi
	mv $(STAGING) $(DIST)
	rm -rf $(STAGING)-old

## The dataset (YITU_DATASET's, or the plan's) as a workbook: make workbook OUT=path/plan.xlsx
workbook:
	@[ -n "$(OUT)" ] || { echo 'usage: make workbook OUT=path/plan.xlsx' >&2; exit 2; }
	$(DATASET_TOOL) workbook $(or $(WORKBOOK_DATASET),$(YITU_DATASET),src/data/dazu-2024-16.json) $(OUT)

## A draft workbook from a plan's notice, with a 待核对 sheet of the cells to check:
## make import IN=path/notice.txt|.html|.docx OUT=path/draft.xlsx
import:
	@[ -n "$(IN)" ] && [ -n "$(OUT)" ] || { echo 'usage: make import IN=path/notice.txt|.html|.docx OUT=path/draft.xlsx' >&2; exit 2; }
	cargo run --quiet --bin import -- $(IN) $(OUT)

## A workbook (or JSON file) as the dataset's JSON: make dataset-json IN=path/plan.xlsx OUT=path/plan.json
dataset-json:
	@[ -n "$(IN)" ] && [ -n "$(OUT)" ] || { echo 'usage: make dataset-json IN=path/plan.xlsx OUT=path/plan.json' >&2; exit 2; }
	$(DATASET_TOOL) json $(IN) $(OUT)

## For tests/browser/workbook.test.mjs: the plan exported as a workbook, one 2025 target changed and
## a published result added by another program (openpyxl), and the site built from that workbook
## into target/workbook-dist. It shares target/ with dist/: only this crate is compiled again
## (a second cargo folder would compile every dependency again on a fresh clone).
WORKBOOK_TEST := target/workbook-test
workbook-dist: setup
	mkdir -p $(WORKBOOK_TEST)
	$(MAKE) --no-print-directory workbook YITU_DATASET= OUT=$(WORKBOOK_TEST)/plan.xlsx
	python3 tests/workbook/edit.py $(WORKBOOK_TEST)/plan.xlsx $(WORKBOOK_TEST)/edited.xlsx
	$(MAKE) --no-print-directory dist YITU_DATASET=$(WORKBOOK_TEST)/edited.xlsx DIST=target/workbook-dist \
	  STAGING=target/workbook-dist-staging

## Sites built from test fixtures, for the browser tests that read them, the way dist/ is built. They
## share target/ with dist/: only this crate is compiled again, not its dependencies.
## A second plan (other sizes, every target shape, three roles, published results):
other-plan: setup
	$(MAKE) --no-print-directory dist YITU_DATASET=tests/fixtures/other-plan.json DIST=target/other-plan-dist \
	  STAGING=target/other-plan-staging

## A valid dataset full of hostile text, for tests/browser/hostile.test.mjs:
hostile-dist: setup
	$(MAKE) --no-print-directory dist YITU_DATASET=tests/fixtures/hostile.json DIST=target/hostile-dist \
	  STAGING=target/hostile-staging

setup:
	@tools/setup.sh build

setup-test:
	@tools/setup.sh test

check-code:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bin yitu -- -D warnings
# The workbook's crates are native only: none of them may reach the wasm build.
	cargo tree --target wasm32-unknown-unknown -e normal --prefix none | { ! grep -E '^(calamine|rust_xlsxwriter|pinyin) '; }
# The browser keeps the pre-rendered page and renders only islands: Yew's hydration stays out of the wasm.
	cargo tree --target wasm32-unknown-unknown -e features -i yew | { ! grep -E 'yew feature "(hydration|ssr)"'; }

test-native:
	cargo test

test-browser:
	node --test --test-concurrency=1 tests/browser/ tests/budget.test.mjs tests/serve.test.mjs

## The performance benchmark: Lighthouse on dist/, a plain page and a 10x build, the page's own rendering
## work without the app (layout.mjs), and what the app is
## made of (twiggy, installed on first use). Prints figures.
BENCH := target/bench
bench: dist
	@[ -d tools/bench/node_modules/lighthouse ] || (cd tools/bench && npm ci --no-audit --no-fund)
	mkdir -p $(BENCH)
	node tools/bench/make-10x.mjs > $(BENCH)/dataset-10x.json
	YITU_DATASET=$(BENCH)/dataset-10x.json CARGO_TARGET_DIR=$(BENCH)/cargo trunk build --release --dist $(BENCH)/dist-10x
	node tools/minify-css.mjs $(BENCH)/dist-10x
	YITU_DATASET=$(BENCH)/dataset-10x.json CARGO_TARGET_DIR=$(BENCH)/cargo cargo run --quiet --release --bin site -- $(BENCH)/dist-10x
	node tools/compress.mjs $(BENCH)/dist-10x
	node tools/bench/bench.mjs dist $(BENCH)/dist-10x
	node tools/bench/layout.mjs dist
	@# What the app is made of: twiggy on the app as cargo built it, before wasm-bindgen, with its names.
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.7.0 --locked
	twiggy top -n 20 target/wasm32-unknown-unknown/release/yitu.wasm

clean:
	rm -rf dist
