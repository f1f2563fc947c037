#!/usr/bin/env bash
# Writes a plan's whole site around the built app (target/app, from `make app`) with the built site
# program (target/release/site): pages, charts, CSV files, the workbook, share cards, then the
# precompressed copies. It compiles and installs nothing: it needs only those two and Node.
# The site is written into a new folder beside OUT and takes OUT's place only when every step
# succeeded, so that on any fault (a dataset with faults among them) OUT is left as it was.
# Usage: tools/site.sh <dataset.json|.xlsx|.xls|.ods> <out-dir>
set -euo pipefail
cd "$(dirname "$0")/.."
dataset="$1"
out="${2%/}"
app=target/app
# The site program where cargo built it: CARGO_TARGET_DIR's folder where that is set (a shared target
# folder), else the checkout's target/.
program="${CARGO_TARGET_DIR:-target}/release/site"
# The chart script the program runs, from this checkout.
export YITU_CHART_RENDERER="$PWD/tools/render-charts.mjs"
if [ ! -f "$app/index.html" ] || [ ! -x "$program" ]; then
  echo "site: the app is not built yet: run 'make app' first (it needs Rust; this step does not)" >&2
  exit 2
fi
mkdir -p "$(dirname "$out")"
staging=$(mktemp -d "$(dirname "$out")/.site-staging-XXXXXX")
trap 'rm -rf "$staging"' EXIT
# Times kept, so that compress.mjs knows the app's compressed copies are its files'.
cp -Rp "$app/." "$staging/"
"$program" "$dataset" "$staging"
node tools/compress.mjs "$staging"
chmod 755 "$staging"
old=""
if [ -e "$out" ]; then
  old="$staging-old"
  mv "$out" "$old"
fi
mv "$staging" "$out"
[ -z "$old" ] || rm -rf "$old"
