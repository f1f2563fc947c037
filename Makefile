# The two commands of the README: `make serve` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080

.PHONY: serve test dist setup setup-test check-code test-native test-browser clean

## Build dist/ and serve it on 127.0.0.1:$(PORT).
serve: dist
	node tools/serve.mjs dist --port $(PORT)

## Everything: formatting, clippy (host and wasm32), native tests, the build, browser tests.
test: setup-test check-code test-native dist test-browser

## The deployable site in dist/.
dist: setup
	node tools/build-echarts.mjs target/echarts/echarts.min.js
	trunk build --release
	cargo run --quiet --release --bin site -- dist

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
	node --test --test-concurrency=1 tests/browser/

clean:
	rm -rf dist target/echarts
