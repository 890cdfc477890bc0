#!/usr/bin/env bash
# Signature verification cost at campaign scale (issue 16). Not a unit test; `swift test` never runs it.
#
# Builds a release binary, generates a synthetic sealed store (hirescore dev generate-store), copies it,
# signs the copy with throwaway keys (hirescore dev sign-store: key registrations and a signed submit
# event per card; the private keys are discarded), and times, in the same run, `merge` on
# the unsigned store and on the signed one (merge only; see below), and `audit verify` on the signed one, with hyperfine
# (median, warm file cache, output to /dev/null). Prints a Markdown table with the ratio signed/unsigned.
#
# Usage: scripts/benchmark-signatures.sh [--scorecards N] [--runs N] [--stores DIR] [--skip-build]
# Needs: swift and hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
SCORECARDS=10000
RUNS=3
STORES=/tmp/hirescore-bench-signatures
SKIP_BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scorecards) SCORECARDS="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --stores) STORES="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v hyperfine >/dev/null 2>&1 || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 1; }
# Built as scripts/install.sh builds the installed tool (scripts/release-flags.sh), in .build-release.
source scripts/release-flags.sh
if [ "$SKIP_BUILD" -eq 0 ]; then
  swift build "${RELEASE_FLAGS[@]}" --scratch-path .build-release --product hirescore 2>&1 | tail -1
fi
BIN="$(pwd)/.build-release/release/hirescore"
RUBRICS="$(pwd)/rubrics"
rm -rf "$STORES"
mkdir -p "$STORES"
"$BIN" dev generate-store --rubrics "$RUBRICS" --candidates $((SCORECARDS / 4)) --interviewers 4 --seed 42 --output "$STORES/unsigned" > /dev/null
cp -r "$STORES/unsigned" "$STORES/signed"
"$BIN" dev sign-store --rubrics "$RUBRICS" --store "$STORES/signed" > /dev/null
"$BIN" audit verify --rubrics "$RUBRICS" --store "$STORES/signed" > /dev/null

median() { # NAME COMMAND...: prints the median in seconds
  local json="$STORES/$1.json"; shift
  hyperfine --style none --shell=none --warmup 1 --runs "$RUNS" --output=null -i --export-json "$json" "$*" > /dev/null
  python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][0]['median'])" "$json"
}
# `verify STORE` itself takes about 50 s per 1,000 cards on this branch, signed or not (a cost outside the
# signatures, to be looked at on its own), so the ratio is measured on merge, which checks every seal and
# signature of the store in the same way.
mu=$(median merge-unsigned "$BIN" merge --rubrics "$RUBRICS" "$STORES/unsigned" --format json)
ms=$(median merge-signed "$BIN" merge --rubrics "$RUBRICS" "$STORES/signed" --format json)
as=$(median audit-signed "$BIN" audit verify --rubrics "$RUBRICS" --store "$STORES/signed")
ratio() { python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) / float(sys.argv[1])))" "$1" "$2"; }
cat <<TABLE
| $SCORECARDS scorecards, $(nproc) cores, median of $RUNS | unsigned (v1) | signed | signed / unsigned |
| --- | --- | --- | --- |
| \`merge STORE --format json\` | $mu s | $ms s | $(ratio "$mu" "$ms") |
| \`audit verify\` (signed store: every event and card signature) | – | $as s | – |
TABLE
