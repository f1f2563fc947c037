# The two commands of the README: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

# The plan's own dataset; YITU_DATASET (a .json, .xlsx, .xls or .ods file) builds dist/ from another.
PLAN_DATASET := src/data/dazu-2024-16.json
# Where the widget will be served (README, "Making a site"); the YITU_ names are still read.
PUBLIC_URL ?= $(YITU_PUBLIC_URL)
PUBLIC_PATH ?= $(YITU_PUBLIC_PATH)
export YITU_PUBLIC_URL := $(PUBLIC_URL)
export YITU_PUBLIC_PATH := $(PUBLIC_PATH)
DATASET_TOOL := cargo run --quiet --bin dataset --

.PHONY: serve test app site dist workbook import import-score dataset-json workbook-dist other-plan hostile-dist \
  builder serve-builder bench bench-site bench-builder check setup setup-test check-code test-native test-browser clean

## Build dist/ and serve it on 127.0.0.1:$(PORT).
serve: dist
	node tools/serve.mjs dist --port $(PORT)

## Everything: formatting, clippy (host and wasm32), native tests, the app, the sites, browser tests.
## Every site it builds (and every one its tests build) is made on one fixed day, 2026-06-01, never
## the clock's (SOURCE_DATE_EPOCH; the builder page is given the same day by the tests).
test: export SOURCE_DATE_EPOCH = 1780272000
test: setup-test check-code test-native app builder dist other-plan hostile-dist workbook-dist test-browser

## The quick tier, native only, under a minute: formatting, clippy for the host, the native tests with
## a few cases of the slow ones (generated plans, hostile links, QR versions decoded, the importer's
## deepest nesting; make test runs them all, common::full_tier in tests/native/).
check:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo test

## The app, the same files for every plan, into target/app/: Trunk builds the WebAssembly, its glue
## and the page template, esbuild bundles and minifies the stylesheets, and their compressed copies
## are made once; and the site program, which `make site` runs. Built in a staging folder, moved into place when every step succeeded.
APP := target/app
app: setup
	rm -rf $(APP)-staging
	trunk build --release --dist $(APP)-staging
	node tools/minify-css.mjs $(APP)-staging
	node tools/compress.mjs $(APP)-staging
	cargo build --quiet --release --bin site
	rm -rf $(APP)
	mv $(APP)-staging $(APP)

## A plan's whole site around the built app: make site DATASET=<.json|.xlsx|.xls|.ods> OUT=<dir>.
## It runs the built programs and Node only: no cargo, rustc or Trunk (tools/site.sh).
site:
	@[ -n "$(DATASET)" ] && [ -n "$(OUT)" ] || { echo 'usage: make site DATASET=<file.json|.xlsx|.xls|.ods> OUT=<dir>' >&2; exit 2; }
	tools/site.sh "$(DATASET)" "$(OUT)"

## The builder page in target/builder/: a static page where an editor drops a workbook and the
## builder's WebAssembly (src/builder/main.rs, the site program's own code) checks it, draws its charts
## with ECharts (tools/draw-charts.mjs, as make site does), previews and zips its site in the browser.
## It holds a copy of the built app (app/, and app/manifest.json listing its files but their .br/.gz copies),
## the help page made from the workbook's layout, a blank template and this plan's workbook as an example.
## wasm-bindgen makes its glue, wasm-opt shrinks it; built in a staging folder, then moved into place.
BUILDER := target/builder
CARGO_TARGET = $(or $(CARGO_TARGET_DIR),target)
BUILDER_WASM = $(CARGO_TARGET)/wasm32-unknown-unknown/release/builder.wasm
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue
builder: setup app
	cargo build --quiet --release --target wasm32-unknown-unknown --bin builder --features builder
	cargo build --quiet --release --bin dataset
	rm -rf $(BUILDER)-staging
	wasm-bindgen --target web --no-typescript --out-dir $(BUILDER)-staging --out-name yitu_builder $(BUILDER_WASM)
	wasm-opt -Oz $(WASM_FEATURES) $(BUILDER)-staging/yitu_builder_bg.wasm -o $(BUILDER)-staging/yitu_builder_bg.wasm
	cp src/builder/web/*.html src/builder/web/*.js src/builder/web/*.css tools/draw-charts.mjs $(BUILDER)-staging/
	cp node_modules/echarts/dist/echarts.esm.min.mjs $(BUILDER)-staging/
	node src/builder/web/help.mjs src/workbook/layout.tsv $(BUILDER)-staging/help.html
	$(CARGO_TARGET)/release/dataset template $(BUILDER)-staging/template.xlsx >/dev/null
	$(CARGO_TARGET)/release/dataset workbook $(PLAN_DATASET) $(BUILDER)-staging/example.xlsx >/dev/null
	cp -Rp $(APP) $(BUILDER)-staging/app
	cd $(BUILDER)-staging/app && find . -type f ! -name '*.br' ! -name '*.gz' | sed 's|^\./||' | LC_ALL=C sort \
	  | node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean)))' > ../manifest.json
	mv $(BUILDER)-staging/manifest.json $(BUILDER)-staging/app/manifest.json
	node tools/compress.mjs $(BUILDER)-staging
	rm -rf $(BUILDER)
	mv $(BUILDER)-staging $(BUILDER)

## Serve the builder page on 127.0.0.1:$(PORT).
serve-builder: builder
	node tools/serve.mjs $(BUILDER) --port $(PORT)

## The deployable site in dist/: the app, then the site of the plan (or of YITU_DATASET).
DIST ?= dist
dist: app
	$(MAKE) --no-print-directory site DATASET=$(or $(YITU_DATASET),$(PLAN_DATASET)) OUT=$(DIST)

## The dataset (YITU_DATASET's, or the plan's) as a workbook: make workbook OUT=path/plan.xlsx
workbook:
	@[ -n "$(OUT)" ] || { echo 'usage: make workbook OUT=path/plan.xlsx' >&2; exit 2; }
	$(DATASET_TOOL) workbook $(or $(YITU_DATASET),$(PLAN_DATASET)) $(OUT)

## A draft workbook from a plan's notice, with a 待核对 sheet of the cells to check:
## make import IN=path/notice.txt|.html|.docx OUT=path/draft.xlsx
import:
	@[ -n "$(IN)" ] && [ -n "$(OUT)" ] || { echo 'usage: make import IN=path/notice.txt|.html|.docx OUT=path/draft.xlsx' >&2; exit 2; }
	cargo run --quiet --bin import -- $(IN) $(OUT)

## The importer's score on the corpus of real notices (tests/import/corpus/): per notice and in total,
## tasks found, lead sets right, both role sets right, flagged, silently wrong, indicators found,
## title and number right. RECORD_SCORES=1 records the figures the test then holds as floors.
import-score:
	cargo test --quiet --test native import::corpus -- --nocapture

## A workbook (or JSON file) as the dataset's JSON: make dataset-json IN=path/plan.xlsx OUT=path/plan.json
dataset-json:
	@[ -n "$(IN)" ] && [ -n "$(OUT)" ] || { echo 'usage: make dataset-json IN=path/plan.xlsx OUT=path/plan.json' >&2; exit 2; }
	$(DATASET_TOOL) json $(IN) $(OUT)

## For tests/browser/workbook.test.mjs: the plan exported as a workbook, one 2025 target changed and
## a published result added by another program (openpyxl), and the site built from that workbook
## into target/workbook-dist. Like every fixture site, it is made by `make site`, compiling nothing.
WORKBOOK_TEST := target/workbook-test
workbook-dist: app
	mkdir -p $(WORKBOOK_TEST)
	$(MAKE) --no-print-directory workbook YITU_DATASET= OUT=$(WORKBOOK_TEST)/plan.xlsx
	python3 tests/workbook/edit.py $(WORKBOOK_TEST)/plan.xlsx $(WORKBOOK_TEST)/edited.xlsx
	$(MAKE) --no-print-directory site DATASET=$(WORKBOOK_TEST)/edited.xlsx OUT=target/workbook-dist

## Sites built from test fixtures, for the browser tests that read them, by `make site`.
## A second plan (other sizes, every target shape, three roles, published results):
other-plan: app
	$(MAKE) --no-print-directory site DATASET=tests/fixtures/other-plan.json OUT=target/other-plan-dist

## A valid dataset full of hostile text, for tests/browser/hostile.test.mjs:
hostile-dist: app
	$(MAKE) --no-print-directory site DATASET=tests/fixtures/hostile.json OUT=target/hostile-dist

setup:
	@tools/setup.sh build

setup-test:
	@tools/setup.sh test

check-code:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bin yitu -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --bin builder --features builder -- -D warnings
# The workbook's crates are native only: none of them may reach the wasm build.
	cargo tree --target wasm32-unknown-unknown -e normal --prefix none | { ! grep -E '^(calamine|rust_xlsxwriter|pinyin) '; }
# The browser keeps the pre-rendered page and renders only islands: Yew's hydration stays out of the wasm.
	cargo tree --target wasm32-unknown-unknown -e features -i yew | { ! grep -E 'yew feature "(hydration|ssr)"'; }

# The full tier: every generated plan and hostile link (YITU_SLOW_TESTS; `make check` runs a few).
test-native:
	YITU_SLOW_TESTS=1 cargo test

test-browser:
	node --test --test-concurrency=1 tests/browser/ tests/budget.test.mjs tests/serve.test.mjs tests/site.test.mjs tests/builder.test.mjs tests/long-image.test.mjs

## The performance benchmark: Lighthouse on dist/, a plain page and a 10x site, the page's own rendering
## work without the app (layout.mjs), and what the app is made of (twiggy, installed on first use).
## Prints figures.
BENCH := target/bench
bench: dist
	@[ -d tools/bench/node_modules/lighthouse ] || (cd tools/bench && npm ci --no-audit --no-fund)
	mkdir -p $(BENCH)
	node tools/bench/make-10x.mjs > $(BENCH)/dataset-10x.json
	$(MAKE) --no-print-directory site DATASET=$(BENCH)/dataset-10x.json OUT=$(BENCH)/dist-10x
	node tools/bench/bench.mjs dist $(BENCH)/dist-10x
	node tools/bench/layout.mjs dist
	@# What the app is made of: twiggy on the app as cargo built it, before wasm-bindgen, with its names.
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.7.0 --locked
	twiggy top -n 20 target/wasm32-unknown-unknown/release/yitu.wasm

## The site step's benchmark: `make site` for the plan and for the largest generated plan (120
## indicators, 200 tasks, 80 departments), 5 runs each, with the median and range, split by stage.
bench-site: app
	mkdir -p $(BENCH)
	node tools/bench/make-largest.mjs > $(BENCH)/dataset-largest.json
	node tools/bench/site.mjs $(PLAN_DATASET) $(BENCH)/dataset-largest.json

## The builder's benchmark: in headless Chromium, this plan's workbook and the largest generated plan,
## from the file to the first preview and to the zip, 5 runs each, median and range, split by step.
bench-builder: builder
	mkdir -p $(BENCH)
	node tools/bench/make-largest.mjs > $(BENCH)/dataset-largest.json
	node tools/bench/builder.mjs $(BUILDER)/example.xlsx $(BENCH)/dataset-largest.json
	node tools/bench/review.mjs tests/fixtures/notices/dazu-2024-16.txt

clean:
	rm -rf dist
