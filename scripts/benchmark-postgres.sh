#!/usr/bin/env bash
# Issue 21's figure: `hirescore merge` of the 10,000-scorecard store read from PostgreSQL beside the same store read
# from its folder, in one call of scripts/bench-pair.sh (hyperfine, whole processes; quote the ratio).
# The store is the yardstick's (`dev generate-store --candidates 2500 --interviewers 4 --seed 42`, signed with
# `dev sign-store`), copied into a throwaway PostgreSQL 15 cluster on loopback (scripts/with-postgres.sh) with
# `store init` and `store copy`. Merge reads the database as its superuser (row-level security does not filter:
# the recruiter's view of a whole store). Not a unit test. Prints the figures; BENCHMARKS.md records them by hand
# with the date and the load.
#
# Usage: scripts/benchmark-postgres.sh [--candidates N] [--runs N] [--skip-build]
# (HIRESCORE_BENCH_BIN=PATH times another binary, e.g. a debug build for a quick check of the script.)
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES=2500
RUNS=5
SKIP_BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --candidates) CANDIDATES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
BIN="${HIRESCORE_BENCH_BIN:-$(pwd)/.build-release/release/hirescore}"
WORK=/tmp/hirescore-yardstick
STORE="$WORK/store-$CANDIDATES"

if [ -z "${HIRESCORE_BENCH_INSIDE:-}" ]; then
  if [ "$SKIP_BUILD" -eq 0 ]; then
    # Built as scripts/install.sh builds the installed tool (scripts/release-flags.sh).
    source scripts/release-flags.sh
    swift build "${RELEASE_FLAGS[@]}" --scratch-path .build-release --product hirescore
  fi
  mkdir -p "$WORK"
  if [ ! -d "$STORE" ]; then
    "$BIN" dev generate-store --candidates "$CANDIDATES" --interviewers 4 --seed 42 --output "$STORE" --rubrics rubrics
    "$BIN" dev sign-store --store "$STORE" --rubrics rubrics
  fi
  # The copy refuses a store whose log is locked; a stale lock file from an earlier run is not content.
  rm -f "$STORE/.hirescore/audit.lock"
  exec env HIRESCORE_BENCH_INSIDE=1 scripts/with-postgres.sh "$0" --candidates "$CANDIDATES" --runs "$RUNS"
fi

URL="$HIRESCORE_TEST_POSTGRES"
echo "==> store init and store copy of $STORE"
"$BIN" store init --store "$URL"
/usr/bin/time -f "copy: %e s wall, %M KB peak" "$BIN" store copy "$STORE" "$URL"
echo "==> merge (text) from PostgreSQL vs from the folder: the ratio is the database's cost"
scripts/bench-pair.sh "$RUNS" "$BIN merge --store $URL --rubrics rubrics --format text -o /dev/null" "$BIN merge --store $STORE --rubrics rubrics --format text -o /dev/null"
echo "==> the two reports are the same, apart from where each card was read (folder path or database URL)"
"$BIN" merge --store "$STORE" --rubrics rubrics --format json -o "$WORK/merge-files.json"
"$BIN" merge --store "$URL" --rubrics rubrics --format json -o "$WORK/merge-postgres.json"
relative() { sed -E 's#"[^"]*/([^/"]+/[^/"]+/[^/"]+\.yaml)"#"\1"#g' "$1"; }
if cmp -s <(relative "$WORK/merge-files.json") <(relative "$WORK/merge-postgres.json"); then
  echo "identical"
else
  echo "the reports differ (see $WORK/merge-files.json and $WORK/merge-postgres.json)"
  exit 1
fi
