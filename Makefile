# The two commands of the README: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: serve test dist other-plan hostile-dist bench setup setup-test check-code test-native test-browser clean

## Build dist/ and serve it on 127.0.0.1:$(PORT).
serve: dist
	node tools/serve.mjs dist --port $(PORT)

## Everything: formatting, clippy (host and wasm32), native tests, the build, browser tests.
test: setup-test check-code test-native dist other-plan hostile-dist test-browser

## The deployable site in dist/.
dist: setup
	node tools/build-echarts.mjs target/echarts/echarts.min.js
	trunk build --release
	cargo run --quiet --release --bin site -- dist
	node tools/compress.mjs dist

# The site of dataset $(1) built into folder $(2) for the browser tests that read it. It shares
# Cargo's target folder with dist/: only this crate is compiled again, not its dependencies.
define site_from
	YITU_DATASET=$(1) trunk build --release --dist $(2)
	YITU_DATASET=$(1) cargo run --quiet --release --bin site -- $(2)
	node tools/compress.mjs $(2)
endef

## A second plan (other sizes, every target shape, three roles, published results).
other-plan: dist
	$(call site_from,tests/fixtures/other-plan.json,target/other-plan-dist)

## A valid dataset full of hostile text, for tests/browser/hostile.test.mjs.
hostile-dist: dist
	$(call site_from,tests/fixtures/hostile.json,target/hostile-dist)

setup:
	@tools/setup.sh build

setup-test:
	@tools/setup.sh test

check-code:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bin yitu -- -D warnings

test-native:
	cargo test

test-browser:
	node --test --test-concurrency=1 tests/browser/ tests/budget.test.mjs tests/serve.test.mjs

## The performance benchmark: Lighthouse on dist/, a plain page and a 10x build. Prints figures.
BENCH := target/bench
bench: dist
	@[ -d tools/bench/node_modules/lighthouse ] || (cd tools/bench && npm ci --no-audit --no-fund)
	mkdir -p $(BENCH)
	node tools/bench/make-10x.mjs > $(BENCH)/dataset-10x.json
	YITU_DATASET=$(BENCH)/dataset-10x.json CARGO_TARGET_DIR=$(BENCH)/cargo trunk build --release --dist $(BENCH)/dist-10x
	YITU_DATASET=$(BENCH)/dataset-10x.json CARGO_TARGET_DIR=$(BENCH)/cargo cargo run --quiet --release --bin site -- $(BENCH)/dist-10x
	node tools/compress.mjs $(BENCH)/dist-10x
	node tools/bench/bench.mjs dist $(BENCH)/dist-10x

clean:
	rm -rf dist target/echarts
