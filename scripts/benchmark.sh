#!/usr/bin/env bash
# Campaign-scale benchmark of the hirescore CLI (issue 8). Not a unit test; `swift test` never runs it.
#
# Builds a release binary, generates synthetic sealed and signed stores (hirescore dev generate-store, then
# dev sign-store) of 1,000, 10,000 and 50,000 scorecards under /tmp, times each command with hyperfine (median of
# several runs, warm file cache, output to /dev/null; the store-wide commands cold, with --no-cache, and merge also
# warm, from its kept report; the one-candidate commands with the audit log's index and the compiled rubrics in a
# cache folder of the run's own), measures peak memory and CPU use with /usr/bin/time -v, and
# writes the figures into BENCHMARKS.md between the "benchmark:begin/end" markers (the hand-written
# parts of the file are kept).
#
# Usage: scripts/benchmark.sh [options]
#   --sizes "1000 10000 50000"   scorecards per store (4 interviewers per candidate)
#   --runs N                     timed runs per command (default 10; store-wide commands at 50,000: 5)
#   --seed S                     generator seed (default 42)
#   --stores DIR                 where the stores go (default /tmp/hirescore-bench); reused when present
#   --output FILE                the report (default BENCHMARKS.md); --output - prints it instead
#   --max-load L                 wait (up to 10 minutes) until the 1-minute load average is below L
#   --skip-build                 use the existing .build-release/release/hirescore
#
# Needs: swift, python3, hyperfine and GNU time (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

SIZES="1000 10000 50000"
RUNS=10
SEED=42
STORES=/tmp/hirescore-bench
OUTPUT=BENCHMARKS.md
MAX_LOAD=""
SKIP_BUILD=0
INTERVIEWERS=4
ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --stores) STORES="$2"; shift 2 ;;
    --output) OUTPUT="$2"; shift 2 ;;
    --max-load) MAX_LOAD="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# --- tools -------------------------------------------------------------------------------------
install_packages() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "==> installing $* (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}
missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"

# --- build -------------------------------------------------------------------------------------
BIN="$ROOT/.build-release/release/hirescore"
# Built as scripts/install.sh builds the installed tool (scripts/release-flags.sh), in .build-release.
source "$ROOT/scripts/release-flags.sh"
export BUILD_FLAGS="${RELEASE_FLAGS[*]} --scratch-path .build-release"
if [ "$SKIP_BUILD" -eq 0 ]; then
  echo "==> swift build $BUILD_FLAGS (memory allocator: $RELEASE_ALLOCATOR)"
  swift build "${RELEASE_FLAGS[@]}" --scratch-path .build-release 2>&1 | tail -3
fi
[ -x "$BIN" ] || { echo "no release binary at $BIN" >&2; exit 1; }
export NO_COLOR=1 LANG=C.UTF-8 HIRESCORE_RUBRICS="$ROOT/rubrics"

wait_for_quiet_machine() {
  [ -n "$MAX_LOAD" ] || return 0
  local waited=0
  while python3 -c "import os,sys; sys.exit(0 if os.getloadavg()[0] >= float('$MAX_LOAD') else 1)"; do
    [ "$waited" -ge 600 ] && { echo "    (load still high after 10 minutes; measuring anyway)"; return 0; }
    echo "    load average $(cut -d' ' -f1 /proc/loadavg) >= $MAX_LOAD, waiting..."
    sleep 20; waited=$((waited + 20))
  done
}

WORK="$(mktemp -d /tmp/hirescore-bench-results.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
# A cache folder of this run's own: the warm figures come from what this run's first (warm-up) runs kept.
export XDG_CACHE_HOME="$WORK/cache"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME SIZE RUNS SCORECARDS BYTES -- COMMAND...
# Times the command with hyperfine and measures peak memory and CPU share with /usr/bin/time -v.
measure() {
  local name="$1" size="$2" runs="$3" cards="$4" bytes="$5"; shift 6
  local tag
  tag="$size-$(printf '%s' "$name" | tr -c 'A-Za-z0-9' '-')"
  echo "    $name: $*"
  wait_for_quiet_machine
  hyperfine --style none --shell=none --warmup 1 --runs "$runs" --output=null \
    --export-json "$WORK/$tag.json" -- "$(printf '%q ' "$@")" >/dev/null
  /usr/bin/time -v "$@" >/dev/null 2>"$WORK/$tag.time" || true
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$name" "$cards" "$bytes" "$tag" "$*" >>"$WORK/index.tsv"
}

# --- rubric validate (independent of the store) ------------------------------------------------
RUBRIC_BYTES=$(cat rubrics/*.yaml | wc -c)
echo "==> rubric validate"
measure "rubric validate rubrics/" all "$RUNS" 0 "$RUBRIC_BYTES" -- "$BIN" rubric validate --lang en rubrics

for size in $SIZES; do
  candidates=$(( (size + INTERVIEWERS - 1) / INTERVIEWERS ))
  store="$STORES/store-$size-seed$SEED-signed"
  if [ ! -f "$store/.complete" ]; then
    echo "==> generating $store ($candidates candidates x $INTERVIEWERS interviewers, seed $SEED)"
    rm -rf "$store"
    /usr/bin/time -f "    generated in %e s, peak %M KB" \
      "$BIN" dev generate-store --candidates "$candidates" --interviewers "$INTERVIEWERS" --seed "$SEED" --output "$store"
    # Signed like a real store: a merge checks every card's signature against the key list.
    "$BIN" dev sign-store --store "$store" > /dev/null
    touch "$store/.complete"
  fi
  files=$(find "$store" -name '*.yaml' | wc -l)
  bytes=$(find "$store" -name '*.yaml' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  candidate_dir=$(find "$store" -mindepth 2 -maxdepth 2 -type d | sort | sed -n 1p)
  one_file=$(find "$candidate_dir" -name '*.yaml' | sort | sed -n 1p)
  candidate_files=$(find "$candidate_dir" -name '*.yaml' | wc -l)
  candidate_bytes=$(find "$candidate_dir" -name '*.yaml' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  one_bytes=$(wc -c <"$one_file")
  wide_runs="$RUNS"
  [ "$size" -ge 50000 ] && [ "$RUNS" -gt 5 ] && wide_runs=5
  echo "==> $size scorecards ($files files, $bytes bytes) in $store"
  measure "merge (text)" "$size" "$wide_runs" "$files" "$bytes" -- "$BIN" merge --lang en --no-cache "$store"
  # One more run with the phase timer on (HIRESCORE_TIMINGS=1): where the time of a cold merge goes.
  HIRESCORE_TIMINGS=1 "$BIN" merge --lang en --no-cache "$store" 2>"$WORK/$size.phases" >/dev/null || true
  measure "merge (text), warm" "$size" "$wide_runs" "$files" "$bytes" -- "$BIN" merge --lang en "$store"
  measure "merge --format json" "$size" "$wide_runs" "$files" "$bytes" -- \
    "$BIN" merge --lang en --format json --no-cache "$store"
  measure "rank" "$size" "$wide_runs" "$files" "$bytes" -- "$BIN" rank --lang en --no-cache "$store"
  measure "calibrate" "$size" "$wide_runs" "$files" "$bytes" -- "$BIN" calibrate --lang en --no-cache "$store"
  measure "merge one candidate" "$size" "$RUNS" "$candidate_files" "$candidate_bytes" -- "$BIN" merge --lang en "$candidate_dir"
  measure "score one scorecard" "$size" "$RUNS" 1 "$one_bytes" -- "$BIN" score --lang en "$one_file"
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report ------------------------------------------------------------------------------------
SWIFT_VERSION="$(swift --version 2>/dev/null | head -1)"
CPU_MODEL="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
[ -n "$CPU_MODEL" ] || CPU_MODEL="$(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -1)"
MEMORY="$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
export WORK SIZES ARGS SEED INTERVIEWERS SWIFT_VERSION CPU_MODEL MEMORY LOAD_BEFORE LOAD_AFTER OUTPUT
export NPROC="$(nproc)" KERNEL="$(uname -sr)" OS="$(. /etc/os-release && echo "$PRETTY_NAME")"
export HYPERFINE="$(hyperfine --version)" DATE="$(date -u +%Y-%m-%d)" COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
python3 - <<'PY'
import json, os, re, statistics

work = os.environ["WORK"]
rows = []
with open(os.path.join(work, "index.tsv")) as index:
    for line in index:
        size, name, cards, size_bytes, tag, command = line.rstrip("\n").split("\t")
        result = json.load(open(os.path.join(work, tag + ".json")))["results"][0]
        times = open(os.path.join(work, tag + ".time")).read()
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", times).group(1))
        cpu = re.search(r"Percent of CPU this job got: (\d+)%", times)
        rows.append(dict(size=size, name=name, cards=int(cards), bytes=int(size_bytes), command=command,
                         median=result["median"], min=result["min"], max=result["max"],
                         user=result["user"], system=result["system"], mean=result["mean"],
                         runs=len(result["times"]), rss=rss / 1024, cpu=int(cpu.group(1)) if cpu else 0))

def ms(seconds):
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"

def table(selected):
    out = ["| command | runs | median wall | min … max | CPU (user+sys) / wall | scorecards/s | MB YAML/s | peak RSS |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in selected:
        parallel = (r["user"] + r["system"]) / r["mean"] if r["mean"] > 0 else 0
        rate = f"{r['cards'] / r['median']:,.0f}" if r["cards"] else "–"
        mbps = f"{r['bytes'] / 1e6 / r['median']:,.1f}" if r["bytes"] else "–"
        out.append(f"| {r['name']} | {r['runs']} | {ms(r['median'])} | {ms(r['min'])} … {ms(r['max'])} | "
                   f"{parallel:.2f} | {rate} | {mbps} | {r['rss']:,.0f} MB |")
    return "\n".join(out)

sizes = os.environ["SIZES"].split()
lines = []
lines.append("<!-- benchmark:begin (written by scripts/benchmark.sh; edit outside the markers) -->")
lines.append(f"Measured {os.environ['DATE']} at commit {os.environ['COMMIT']} (plus the working tree) with")
lines.append("")
lines.append("```sh")
lines.append(("scripts/benchmark.sh " + os.environ["ARGS"]).strip())
lines.append("```")
lines.append("")
lines.append("| machine | |")
lines.append("| --- | --- |")
lines.append(f"| CPU | {os.environ['CPU_MODEL']}, `nproc` = {os.environ['NPROC']} |")
lines.append(f"| memory | {os.environ['MEMORY']} |")
lines.append(f"| system | {os.environ['OS']}, {os.environ['KERNEL']} |")
lines.append(f"| Swift | {os.environ['SWIFT_VERSION']} |")
lines.append(f"| build | `swift build {os.environ['BUILD_FLAGS']}` |")
lines.append(f"| tools | {os.environ['HYPERFINE']} (`--shell=none --warmup 1`, output to /dev/null), GNU time 1.9 (`/usr/bin/time -v`) |")
lines.append(f"| load average (1, 5, 15 min) | before {os.environ['LOAD_BEFORE']}, after {os.environ['LOAD_AFTER']} |")
lines.append("")
lines.append(f"Stores: `hirescore dev generate-store --interviewers {os.environ['INTERVIEWERS']} --seed {os.environ['SEED']}`, "
             "then `hirescore dev sign-store`; warm file cache. `merge`, `rank` and `calibrate` of a whole store run "
             "cold (`--no-cache`: every card read, decoded, its seal and signature checked); *merge (text), warm* "
             "answers from the report kept by the warm-up run (nothing changed in the store); the one-candidate "
             "commands use the audit log's index and compiled rubrics their warm-up run kept in the run's own cache "
             "folder. *CPU / wall* above 1 means the command used more than one core. "
             "*MB YAML/s* counts the scorecard files read (for `rubric validate`, the rubric files).")
lines.append("")
lines.append("**rubric validate** of the shipped rubrics")
lines.append("")
lines.append(table([r for r in rows if r["size"] == "all"]))
for size in sizes:
    selected = [r for r in rows if r["size"] == size]
    if not selected:
        continue
    lines.append("")
    lines.append(f"**{int(size):,} scorecards** ({selected[0]['cards']:,} files, {selected[0]['bytes'] / 1e6:.1f} MB of YAML)")
    lines.append("")
    lines.append(table(selected))

# Phases of one merge at each size (HIRESCORE_TIMINGS=1).
phases = {}
for size in sizes:
    path = os.path.join(work, size + ".phases")
    if not os.path.exists(path):
        continue
    for line in open(path):
        found = re.match(r"timing: (.*): ([0-9.]+) ms$", line.strip())
        if found:
            name = re.sub(r"\d+ (scorecards|candidates)", r"N \1", found.group(1))
            phases.setdefault(name, {})[size] = float(found.group(2))
if phases:
    lines.append("")
    lines.append("**Phases of one `merge` (text)**, from `HIRESCORE_TIMINGS=1` (wall time of each phase; the rest of the "
                 "median above is process start and exit)")
    lines.append("")
    lines.append("| phase | " + " | ".join(f"{int(s):,}" for s in sizes) + " |")
    lines.append("| --- | " + " | ".join("---:" for _ in sizes) + " |")
    for name, values in phases.items():
        lines.append(f"| {name} | " + " | ".join(ms(values[s] / 1000) if s in values else "–" for s in sizes) + " |")

# Targets (issue 8).
def find(size, name):
    return next((r for r in rows if r["size"] == size and r["name"] == name), None)
checks = []
m10 = find("10000", "merge (text)")
m50 = find("50000", "merge (text)")
if m10:
    checks.append(("merge of 10,000 scorecards, cold, under 1 s wall", m10["median"] < 1, ms(m10["median"])))
    checks.append(("merge of 10,000 scorecards under 300 MB peak", m10["rss"] < 300, f"{m10['rss']:,.0f} MB"))
    w10 = find("10000", "merge (text), warm")
    if w10:
        checks.append(("merge of 10,000 scorecards, warm (kept report), under 1 s wall", w10["median"] < 1,
                       ms(w10["median"])))
    parallel = (m10["user"] + m10["system"]) / m10["mean"]
    checks.append(("loading uses both cores (CPU / wall of merge at 10,000)", parallel > 1.3, f"{parallel:.2f}"))
if m10 and m50:
    ratio = m50["median"] / m10["median"]
    checks.append(("50,000 take at most 5.5× as long as 10,000 (merge)", ratio <= 5.5, f"{ratio:.2f}×"))
singles = [r for r in rows if r["name"] in ("score one scorecard", "merge one candidate", "rubric validate rubrics/")]
if singles:
    worst = max(singles, key=lambda r: r["median"])
    checks.append(("every single-candidate command under 50 ms (slowest median)", worst["median"] < 0.05,
                   f"{ms(worst['median'])} ({worst['name']}, {worst['size']})"))
if checks:
    lines.append("")
    lines.append("**Targets**")
    lines.append("")
    lines.append("| target | measured | met |")
    lines.append("| --- | ---: | :---: |")
    for text, ok, value in checks:
        lines.append(f"| {text} | {value} | {'yes' if ok else '**no**'} |")
lines.append("<!-- benchmark:end -->")
block = "\n".join(lines) + "\n"

output = os.environ["OUTPUT"]
if output == "-":
    print(block)
else:
    if os.path.exists(output):
        text = open(output).read()
        begin = text.find("<!-- benchmark:begin")
        end = text.find("<!-- benchmark:end -->")
        if begin >= 0 and end > begin:
            text = text[:begin] + block + text[end + len("<!-- benchmark:end -->\n"):]
        else:
            text = text.rstrip("\n") + "\n\n## Figures\n\n" + block
    else:
        text = "# Benchmarks\n\n## Figures\n\n" + block
    open(output, "w").write(text)
    print(f"==> wrote {output}")
PY
