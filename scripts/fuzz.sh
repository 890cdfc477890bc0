#!/usr/bin/env bash
# Builds HireScore's libFuzzer targets (package Fuzz/) and runs each for a given time, one after another.
#
#   scripts/fuzz.sh [--no-build] [SECONDS_PER_TARGET] [TARGET...]
#   scripts/fuzz.sh [--no-build] --replay [TARGET...]
#
# --replay runs each target once over its seeds only (no fuzzing, no mutation): a deterministic check
# that the harnesses build and that no seed input crashes, leaks past the sanitizer or times out. CI
# runs it; exits 1 on any failure. (It builds optimised like a campaign: in debug SwiftPM renames an executable's
# entry point, so libFuzzer's own main is linked and asks for LLVMFuzzerTestOneInput, which the harnesses do
# not define.)
#
# Targets: rubric-loader, scorecard-loader, answers-reader, audit-log (default: all four), 60 s each by default.
# The corpus of each target grows in Fuzz/.build/corpus/TARGET, seeded from the test fixtures,
# rubrics/, examples/store and examples/answers. Findings (crash-*, timeout-*, oom-*, leak-*) land in
# Fuzz/.build/findings/TARGET/, logs in Fuzz/.build/logs/TARGET.log. Reproduce one with
#   SWIFT_BACKTRACE=enable=no Fuzz/.build/release/fuzz-TARGET Fuzz/.build/findings/TARGET/crash-...
# Exits 1 when any target found something. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build=1
if [[ "${1:-}" == "--no-build" ]]; then build=0; shift; fi
replay=0
configuration=release
if [[ "${1:-}" == "--replay" ]]; then
  replay=1
  shift
  set -- 0 "$@"
fi
seconds=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then targets=(rubric-loader scorecard-loader answers-reader audit-log); fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh [--no-build] [SECONDS_PER_TARGET] [rubric-loader|scorecard-loader|answers-reader|audit-log ...]" >&2
  exit 2
fi

if ! pkg-config --exists yaml-0.1 2>/dev/null; then
  echo "==> installing libyaml-dev"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libyaml-dev pkg-config
fi

if [[ $build -eq 1 ]]; then
  echo "==> building the fuzz targets ($configuration, -sanitize=fuzzer,address)"
  # lld: GNU gold fails on these objects ("internal error in format_file_lineno").
  (cd Fuzz && swift build -c "$configuration" -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld)
fi
bin="$root/Fuzz/.build/$configuration"
work="$root/Fuzz/.build"

# Copies seed files into a corpus folder, each named by its content's hash (as libFuzzer names its own).
seed() {
  local corpus=$1
  shift
  local file
  while IFS= read -r -d '' file; do
    # Larger seeds would only be cut to -max_len (and a slow one stalls every fork job at start).
    [[ $(stat -c %s "$file") -le $max_len ]] || continue
    cp "$file" "$corpus/seed-$(sha1sum "$file" | cut -c1-40)"
  done < <(find "$@" -type f "${find_filter[@]}" -print0 2>/dev/null)
}

status=0
for target in "${targets[@]}"; do
  case "$target" in
    rubric-loader)
      max_len=65536
      find_filter=(\( -name '*.yaml' -o -name '*.yml' \))
      sources=(rubrics Tests)
      ;;
    scorecard-loader)
      max_len=16384
      find_filter=(\( -name '*.yaml' -o -name '*.yml' \))
      sources=(examples/store examples/ratings-claims-handler.yaml Tests)
      ;;
    answers-reader)
      max_len=16384
      find_filter=(\( -name '*.answers' -o -name '*.txt' \))
      sources=(examples/answers Tests/HireScoreCLITests/Fixtures/enter Tests/HireScoreCLITests/Fixtures/bad-input Fuzz/seeds/answers-reader)
      ;;
    audit-log)
      max_len=65536
      find_filter=(-name '*.jsonl')
      sources=(examples/store/.hirescore Fuzz/seeds/audit-log)
      ;;
    *)
      echo "error: unknown target '$target' (rubric-loader, scorecard-loader, answers-reader, audit-log)" >&2
      exit 2
      ;;
  esac
  corpus="$work/corpus/$target"
  findings="$work/findings/$target"
  log="$work/logs/$target.log"
  if [[ $replay -eq 1 ]]; then
    corpus="$work/replay/$target"
    rm -rf "$corpus"
  fi
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  # From Tests/ only the Fixtures folders (Tests/**/Fixtures/**).
  seed "$corpus" $(for s in "${sources[@]}"; do [[ "$s" == Tests ]] && find Tests -type d -name Fixtures || echo "$s"; done)
  if [[ $replay -eq 1 ]]; then
    echo "==> fuzz-$target replays its $(ls "$corpus" | wc -l) seeds"
    if SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
      "$bin/fuzz-$target" "$corpus" -runs=0 -max_len=$max_len -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -artifact_prefix="$work/replay/$target-" >"$log" 2>&1; then
      echo "    every seed ran: $(grep -Eo 'INITED.*' "$log" | tail -1)"
    else
      echo "    FAILED (log $log):"
      tail -20 "$log"
      status=1
    fi
    continue
  fi
  echo "==> fuzz-$target for $seconds s (corpus $(ls "$corpus" | wc -l) files, log $log)"
  set +e
  # -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 keeps fuzzing after a finding, so that one run
  # collects every distinct finding; each lands in $findings.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "$bin/fuzz-$target" "$corpus" \
      -dict="$root/Fuzz/yaml.dict" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
      -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$findings/" \
      -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 >"$log" 2>&1
  code=$?
  set -e
  executions=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | awk '{s+=$2} END {print s+0}' || true)
  if [[ "$executions" == 0 ]]; then
    executions=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
  fi
  found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
  echo "    exit $code, ${executions:-0} executions; $found findings in $findings (this run and earlier ones)"
  if [[ $found -gt 0 || ( $code -ne 0 && $code -ne 124 ) ]]; then status=1; fi
done
exit $status
