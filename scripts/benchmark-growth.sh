#!/usr/bin/env bash
# Issue 20's "growth and memory" targets: `merge --no-cache` of a signed 10,000-card and a signed 50,000-card store
# in every format (text, markdown, html, csv, json), each a whole process under GNU time: wall, user and system CPU,
# peak RSS; then the 50,000/10,000 ratios per format. Targets: 50,000 at most 5.5x the time of 10,000; peak RSS at
# most 300 MB at 10,000 and 600 MB at 50,000, every format.
# The stores are `dev generate-store --candidates 2500|12500 --interviewers 4 --seed 42` then `dev sign-store`, kept in
# $HIRESCORE_GROWTH_WORK (default /tmp/hirescore-growth) and reused. The binary is built as scripts/install.sh builds
# it (release; on Linux with --static-swift-stdlib) unless --skip-build or --binary is given. Peak memory and CPU do
# not depend on the machine's load; wall time does: quote the load average printed at the start and the end.
# Not a unit test. Prints the figures; BENCHMARKS.md records them by hand.
#
# Usage: scripts/benchmark-growth.sh [--runs N] [--skip-build] [--binary PATH] [--sizes "2500 12500"]
#                                    [--formats "text markdown html csv json"] [--keep-outputs DIR] [--index]
# --keep-outputs DIR keeps every report as DIR/<candidates>.<format> (to compare two builds with cmp).
# --index merges with the scorecard index instead of --no-cache: per size a fresh cache folder, a first text merge
# that writes the index ("first-text"), then every format warm.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=1
SKIP_BUILD=0
BIN=""
SIZES="2500 12500"
FORMATS="text markdown html csv json"
KEEP=""
INDEX=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --binary) BIN="$2"; SKIP_BUILD=1; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --formats) FORMATS="${2//,/ }"; shift 2 ;;  # "text csv" or "text,csv"
    --keep-outputs) KEEP="$2"; shift 2 ;;
    --index) INDEX=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ ! -x /usr/bin/time ]; then
  echo "==> installing GNU time" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time > /dev/null
fi
if [ -z "$BIN" ]; then
  source scripts/release-flags.sh
  FLAGS=("${RELEASE_FLAGS[@]}" --scratch-path .build-release)
  echo "==> release build: ${FLAGS[*]} (memory allocator: $RELEASE_ALLOCATOR)"
  if [ "$SKIP_BUILD" -eq 0 ]; then swift build "${FLAGS[@]}" --product hirescore; fi
  BIN="$(pwd)/.build-release/release/hirescore"
fi
WORK="${HIRESCORE_GROWTH_WORK:-/tmp/hirescore-growth}"
mkdir -p "$WORK"
if [ -n "$KEEP" ]; then mkdir -p "$KEEP"; fi
echo "==> binary: $BIN ($("$BIN" --version))"
echo "==> load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for candidates in $SIZES; do
  store="$WORK/store-$candidates"
  if [ ! -d "$store" ]; then
    "$BIN" dev generate-store --candidates "$candidates" --interviewers 4 --seed 42 --output "$store" --rubrics rubrics
    # Signed like a real store, so merge checks every card's signature against the key list.
    "$BIN" dev sign-store --store "$store" --rubrics rubrics
  fi
done
# One line per run: size format wall user system peak-KB.
results="$(mktemp /tmp/benchmark-growth.XXXXXX)"
trap 'rm -f "$results" "$results.time"' EXIT
# One merge of store-$1 as a whole process: label $2, format $3; with --index under the cache folder $4.
run_merge() {
  local candidates="$1" label="$2" format="$3" cache="$4" output=/dev/null
  if [ -n "$KEEP" ]; then output="$KEEP/$candidates.$label"; fi
  local cache_flags=(--no-cache)
  if [ -n "$cache" ]; then cache_flags=(); fi
  XDG_CACHE_HOME="${cache:-$WORK/unused-cache}" /usr/bin/time -o "$results.time" -f '%e %U %S %M' \
    "$BIN" merge "$WORK/store-$candidates" --rubrics rubrics --lang en "${cache_flags[@]}" --format "$format" \
    -o "$output" > /dev/null 2> /dev/null || true
  figures="$(tail -1 "$results.time")"
  echo "$candidates $label $figures" >> "$results"
  echo "    $((candidates * 4)) cards, $label: $figures (wall s, user s, system s, peak KB)"
}
declare -A caches
for candidates in $SIZES; do
  caches[$candidates]=""
  if [ "$INDEX" -eq 1 ]; then
    # A fresh cache folder: the first merge (text) reads every card and writes the index, the others are warm.
    caches[$candidates]="$WORK/cache-index-$candidates"
    rm -rf "${caches[$candidates]}"
    mkdir -p -m 700 "${caches[$candidates]}"
    run_merge "$candidates" first-text text "${caches[$candidates]}"
  fi
done
# Round by round, each format at each size in turn: on a shared host the machine's speed drifts by a quarter over
# minutes, and timing all of one size before the other would put that drift into the ratio (session 14 saw 6.1
# from runs taken apart where interleaved runs gave 5.0).
for _ in $(seq "$RUNS"); do
  for format in $FORMATS; do
    for candidates in $SIZES; do run_merge "$candidates" "$format" "$format" "${caches[$candidates]}"; done
  done
done
echo "==> load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" "$SIZES" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
sizes = [int(s) for s in sys.argv[2].split()]
data = {}
for size, fmt, wall, user, system, peak in rows:
    data.setdefault((int(size), fmt), []).append((float(wall), float(user) + float(system), int(peak) / 1024))
formats = list(dict.fromkeys(fmt for _, fmt, *_ in rows))
limits = {2500: 300, 12500: 600}
print("| cards | format | wall (median) | CPU user+sys (median) | peak RSS (max) | RSS target |")
print("| ---: | --- | ---: | ---: | ---: | :---: |")
for size in sizes:
    for fmt in formats:
        runs = data[(size, fmt)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        peak = max(r[2] for r in runs)
        limit = limits.get(size)
        met = "–" if limit is None else ("met" if peak <= limit else "**missed**") + f" (≤ {limit} MB)"
        print(f"| {size * 4:,} | {fmt} | {wall:.2f} s | {cpu:.2f} s | {peak:,.0f} MB | {met} |")
if len(sizes) == 2:
    small, large = sizes
    print()
    print(f"| format | wall {large * 4:,} / {small * 4:,} | each round's wall ratio | CPU {large * 4:,} / {small * 4:,} "
          "| target |")
    print("| --- | ---: | --- | ---: | :---: |")
    for fmt in formats:
        ws = statistics.median(r[0] for r in data[(small, fmt)])
        wl = statistics.median(r[0] for r in data[(large, fmt)])
        cs = statistics.median(r[1] for r in data[(small, fmt)])
        cl = statistics.median(r[1] for r in data[(large, fmt)])
        # The i-th run of each size were taken one after the other (same round).
        rounds = ", ".join(f"{l[0] / s[0]:.2f}" for s, l in zip(data[(small, fmt)], data[(large, fmt)]))
        print(f"| {fmt} | {wl / ws:.2f} | {rounds} | {cl / cs:.2f} | "
              f"{'met' if wl / ws <= 5.5 else '**missed**'} (≤ 5.5) |")
PY
