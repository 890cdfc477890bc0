#!/usr/bin/env bash
# Issue 20's yardsticks, side by side in one run: `hirescore merge` of a 10,000-scorecard store against
#   - the floor: benchmarks/parse-only.c, LibYAML's event parser over the same files and nothing else (one core);
#   - the script a user would write: benchmarks/yardstick.py, PyYAML's C loader, medians and weighted means
#     (it does far less than HireScore: no validation, seals, signatures, knock-outs or statistics).
# Each pair is timed with scripts/bench-pair.sh (hyperfine, both in one call, whole processes); quote the ratio.
# Not a unit test. Prints the figures; BENCHMARKS.md records them by hand with the date and the load.
# --one-candidate times only the single-candidate commands (issue 20's 20 ms): merge of one panel with a warm
# audit log index in a cache of its own, the same with --no-cache, score of one card, and `hirescore --version`
# (the start of any process), a Swift hello-world with Foundation (benchmarks/hello.swift, built like hirescore)
# and the parse-only program on the same files as the baselines; then, where valgrind is installed, the
# instructions of each (callgrind), which a busy machine does not move.
# The binary is built as scripts/install.sh builds it (on Linux with --static-swift-stdlib), so the figures are
# those of the installed tool. The store and the programs are kept in $HIRESCORE_YARDSTICK_WORK (default
# /tmp/hirescore-yardstick) and reused.
# --warm times only the warm merge of the whole store (issue 20's 0.25x): merge (text) with a warm cache of its own
# (the kept report, and with HIRESCORE_REPORT_CACHE=off the scorecard index alone) against the parse-only program,
# the Python yardstick and the same merge with --no-cache, then prints warm runs' phase timings (HIRESCORE_TIMINGS=1).
#
# Usage: scripts/benchmark-yardstick.sh [--candidates N] [--runs N] [--skip-build] [--one-candidate | --warm]
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES=2500
RUNS=5
SKIP_BUILD=0
ONE_ONLY=0
WARM_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --candidates) CANDIDATES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --one-candidate) ONE_ONLY=1; shift ;;
    --warm) WARM_ONLY=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
python3 -c 'import yaml; assert yaml.__with_libyaml__' 2>/dev/null || {
  echo "==> installing PyYAML with LibYAML (python3-yaml)"; apt-get install -y -qq python3-yaml; }
source scripts/release-flags.sh
FLAGS=("${RELEASE_FLAGS[@]}" --scratch-path .build-release)
echo "==> release build: ${FLAGS[*]} (memory allocator: $RELEASE_ALLOCATOR)"
STATIC=()
if [ "$(uname -s)" = "Linux" ]; then STATIC=(-static-stdlib); fi
if [ "$SKIP_BUILD" -eq 0 ]; then
  swift build "${FLAGS[@]}" --product hirescore
fi
BIN="$(pwd)/.build-release/release/hirescore"
WORK="${HIRESCORE_YARDSTICK_WORK:-/tmp/hirescore-yardstick}"
mkdir -p "$WORK"
cc -O2 -o "$WORK/parse-only" benchmarks/parse-only.c $(pkg-config --cflags --libs yaml-0.1)
STORE="$WORK/store-$CANDIDATES"
if [ ! -d "$STORE" ]; then
  "$BIN" dev generate-store --candidates "$CANDIDATES" --interviewers 4 --seed 42 --output "$STORE" --rubrics rubrics
  # Signed like a real store, so merge checks every card's signature against the key list.
  "$BIN" dev sign-store --store "$STORE" --rubrics rubrics
fi
echo "==> store: $("$WORK/parse-only" "$STORE")"
ONE="$(dirname "$(find "$STORE" -name '*.yaml' -not -path '*/.hirescore/*' | sort | head -1)")"
CARD="$(find "$ONE" -name '*.yaml' | sort | head -1)"
if [ "$ONE_ONLY" -eq 1 ]; then
  export XDG_CACHE_HOME="$WORK/cache"
  "$BIN" merge "$ONE" --rubrics rubrics -o /dev/null  # writes the audit log index: the runs below are warm
  echo "==> one candidate: merge (warm index) vs hirescore --version (process start)"
  scripts/bench-pair.sh 20 "$BIN merge $ONE --rubrics rubrics -o /dev/null" "$BIN --version"
  echo "==> one candidate: merge (warm index) vs parse-only of its files"
  scripts/bench-pair.sh 20 "$BIN merge $ONE --rubrics rubrics -o /dev/null" "$WORK/parse-only $ONE"
  echo "==> one candidate: merge --no-cache (reads the whole audit log) vs merge (warm index)"
  scripts/bench-pair.sh 20 "$BIN merge $ONE --rubrics rubrics --no-cache -o /dev/null" "$BIN merge $ONE --rubrics rubrics -o /dev/null"
  echo "==> one card: score vs hirescore --version (process start)"
  scripts/bench-pair.sh 20 "$BIN score $CARD --rubrics rubrics -o /dev/null" "$BIN --version"
  swiftc -O "${STATIC[@]}" benchmarks/hello.swift -o "$WORK/hello"
  echo "==> process start: hirescore --version vs a Swift hello-world with Foundation, built alike"
  scripts/bench-pair.sh 20 "$BIN --version" "$WORK/hello"
  if command -v valgrind > /dev/null; then
    # valgrind 3.19 cannot read the toolchain's debug information: count on a copy without it.
    strip -g -o "$WORK/hirescore-for-valgrind" "$BIN"
    VBIN="$WORK/hirescore-for-valgrind"
    # The compiled-rubric cache is keyed by the running program, which valgrind changes: warm it under callgrind.
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$VBIN" merge "$ONE" --rubrics rubrics -o /dev/null \
      > /dev/null 2>&1
    echo "==> instructions (callgrind, whole process)"
    for command in "$VBIN --version" "$WORK/hello" "$WORK/parse-only $ONE" \
      "$VBIN score $CARD --rubrics rubrics -o /dev/null" "$VBIN merge $ONE --rubrics rubrics -o /dev/null" \
      "$VBIN merge $ONE --rubrics rubrics --no-cache -o /dev/null"; do
      count="$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $command 2>&1 >/dev/null \
        | sed -n 's/.*Collected : *//p')"
      printf '%14s  %s\n' "$count" "${command/$VBIN/hirescore}"
    done
  fi
  exit 0
fi
if [ "$WARM_ONLY" -eq 1 ]; then
  export XDG_CACHE_HOME="$WORK/cache-warm"
  rm -rf "$XDG_CACHE_HOME"
  # The first run writes the scorecard index and keeps the report (nothing changed in the last two seconds is
  # recorded: wait).
  sleep 3
  "$BIN" merge "$STORE" --rubrics rubrics -o /dev/null
  echo "==> index: $(ls -l "$XDG_CACHE_HOME"/hirescore/scorecard-index-* | awk '{print $5}') bytes," \
    "kept report: $(ls -l "$XDG_CACHE_HOME"/hirescore/report-memo-* | awk '{print $5}') bytes"
  WARM="$BIN merge $STORE --rubrics rubrics --format text -o /dev/null"
  # The same merge without the kept report: every card from the index, merged and rendered again.
  INDEXED="env HIRESCORE_REPORT_CACHE=off $WARM"
  echo "==> warm merge (text, the kept report) vs the parse-only floor"
  scripts/bench-pair.sh "$RUNS" "$WARM" "$WORK/parse-only $STORE"
  echo "==> warm merge (text, index only: HIRESCORE_REPORT_CACHE=off) vs the parse-only floor"
  scripts/bench-pair.sh "$RUNS" "$INDEXED" "$WORK/parse-only $STORE"
  echo "==> the Python yardstick vs warm merge (text, the kept report): the ratio is how many times HireScore is faster"
  scripts/bench-pair.sh "$RUNS" "python3 benchmarks/yardstick.py rubrics $STORE" "$WARM"
  echo "==> the Python yardstick vs warm merge (text, index only)"
  scripts/bench-pair.sh "$RUNS" "python3 benchmarks/yardstick.py rubrics $STORE" "$INDEXED"
  echo "==> warm merge (text, index only) vs merge --no-cache (text)"
  scripts/bench-pair.sh "$RUNS" "$INDEXED" "$BIN merge $STORE --rubrics rubrics --format text --no-cache -o /dev/null"
  echo "==> one warm merge (text, the kept report), phase by phase"
  HIRESCORE_TIMINGS=1 $WARM
  echo "==> one warm merge (text, index only), phase by phase"
  HIRESCORE_TIMINGS=1 $INDEXED
  echo "==> one merge --no-cache (text), phase by phase"
  HIRESCORE_TIMINGS=1 "$BIN" merge "$STORE" --rubrics rubrics --format text --no-cache -o /dev/null
  exit 0
fi
# Cold: --no-cache, so that no scorecard index in the user's cache (written by an earlier run) makes it a warm merge.
echo "==> cold merge --no-cache (text) vs the parse-only floor"
scripts/bench-pair.sh "$RUNS" "$BIN merge $STORE --rubrics rubrics --format text --no-cache -o /dev/null" "$WORK/parse-only $STORE"
echo "==> the Python yardstick vs cold merge --no-cache (text): the ratio is how many times HireScore is faster"
scripts/bench-pair.sh "$RUNS" "python3 benchmarks/yardstick.py rubrics $STORE" "$BIN merge $STORE --rubrics rubrics --format text --no-cache -o /dev/null"
echo "==> one candidate: merge of one panel vs process start of the parse-only program on it"
scripts/bench-pair.sh 20 "$BIN merge $ONE --rubrics rubrics -o /dev/null" "$WORK/parse-only $ONE"
