#!/usr/bin/env bash
# Times two commands as whole processes with hyperfine (one warm-up each, output thrown away, no shell) and prints
# each one's median wall time and mean CPU time (user + system), and the ratios A/B: the figures the benchmark
# scripts quote. A and B run in the same call, so the ratio holds when the machine's speed drifts between calls.
#
#   scripts/bench-pair.sh RUNS 'COMMAND A' 'COMMAND B'
#
# Each command is one string split as a shell splits words (hyperfine --shell=none). hyperfine is installed from
# Debian when missing (as root).
set -euo pipefail
if [ "$#" -ne 3 ]; then
  echo "usage: scripts/bench-pair.sh RUNS 'COMMAND A' 'COMMAND B'" >&2
  exit 2
fi
if ! command -v hyperfine > /dev/null; then
  echo "==> installing hyperfine" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine > /dev/null
fi
json="$(mktemp /tmp/bench-pair.XXXXXX.json)"
trap 'rm -f "$json"' EXIT
hyperfine --shell=none --warmup 1 --runs "$1" --style basic --export-json "$json" -n A "$2" -n B "$3" > /dev/null
python3 - "$json" "$2" "$3" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
a, b = results
def figures(r):
    return statistics.median(r["times"]), r["user"] + r["system"]
(aw, ac), (bw, bc) = figures(a), figures(b)
def ms(s):
    return f"{s * 1000:,.1f} ms" if s < 10 else f"{s:,.2f} s"
print(f"A: {sys.argv[2]}\n   median wall {ms(aw)}, mean cpu {ms(ac)} ({len(a['times'])} runs)")
print(f"B: {sys.argv[3]}\n   median wall {ms(bw)}, mean cpu {ms(bc)} ({len(b['times'])} runs)")
print(f"A/B wall {aw / bw:.2f}, A/B cpu {ac / bc:.2f}")
PY
