#!/usr/bin/env bash
# Installs what the build (and, with "test", the tests) need, skipping what is already there.
# Usage: tools/setup.sh build|test
set -euo pipefail
cd "$(dirname "$0")/.."
need="${1:-build}"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

# Debian packages: CJK fonts for the share cards and the long image the build draws; Chromium,
# zbar-tools (a QR decoder) and tesseract with its Simplified Chinese data (an OCR program that
# reads the long image back) for the tests.
packages=(fonts-noto-cjk)
[ "$need" = test ] && packages+=(chromium zbar-tools tesseract-ocr tesseract-ocr-chi-sim)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The wasm32 target of the machine's Rust toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21 (0.22 needs a newer rustc than this machine has).
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk 0.21 (takes several minutes, once)"
  cargo install trunk --version "~0.21" --locked
fi

# wasm-bindgen-cli at exactly the version in Cargo.lock (not --locked: one locked dependency is gone).
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wanted" ]; then
  say "installing wasm-bindgen-cli $wanted (takes several minutes, once)"
  cargo install wasm-bindgen-cli --version "$wanted"
fi
grep -q "wasm_bindgen = \"$wanted\"" Trunk.toml || { echo "setup: Trunk.toml must pin wasm_bindgen = \"$wanted\"" >&2; exit 1; }

# openpyxl, for the tests: another program that saves the editors' workbook (tests/workbook/*.py).
if [ "$need" = test ] && ! python3 -c 'import openpyxl' 2>/dev/null; then
  say "installing openpyxl"
  python3 -m pip install --quiet openpyxl==3.1.5
fi

# npm packages (ECharts, which draws the charts at build time; esbuild, which minifies the styles; binaryen's wasm-opt, Playwright without its browsers), as locked.
stamp=node_modules/.yitu-lock.sha256
if [ ! -f "$stamp" ] || ! sha256sum --check --status "$stamp" 2>/dev/null; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  sha256sum package-lock.json > "$stamp"
fi
