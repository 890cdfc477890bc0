#!/usr/bin/env bash
# The Jemalloc trait's build (what scripts/install.sh builds on Linux where jemalloc is installed, see
# scripts/release-flags.sh): it links jemalloc, jemalloc serves the process's allocations, and every report format of
# a generated signed store, and its exit status, are byte for byte those of the default build.
#
#   scripts/check-jemalloc-build.sh DEFAULT_BINARY
#
# Builds `swift build --traits Jemalloc --product hirescore` in the default build folder (debug; only this package's
# own targets are compiled again). Installs libjemalloc-dev from Debian when pkg-config does not find jemalloc (as
# root). Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: scripts/check-jemalloc-build.sh DEFAULT_BINARY" >&2
  exit 2
fi
given="$1"
if ! pkg-config --exists jemalloc 2>/dev/null; then
  echo "==> installing libjemalloc-dev" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libjemalloc-dev > /dev/null
fi
work="$(mktemp -d /tmp/hirescore-jemalloc.XXXXXX)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
# A copy: the trait's build below writes its binary where the default build's lies.
default="$work/hirescore-default"
cp "$given" "$default"

swift build --traits Jemalloc --product hirescore
built="$(swift build --traits Jemalloc --show-bin-path)/hirescore"
ldd "$built" | grep -q 'libjemalloc\.so' || { echo "error: $built does not link libjemalloc" >&2; exit 1; }
MALLOC_CONF=stats_print:true "$built" --version 2>&1 | grep -q 'Begin jemalloc statistics' || {
  echo "error: jemalloc is linked but does not serve the allocations of $built" >&2; exit 1; }
ldd "$default" | grep -q 'libjemalloc\.so' && { echo "error: the default build $default links jemalloc" >&2; exit 1; }

"$default" dev generate-store --candidates 40 --interviewers 4 --seed 14 --output "$work/store" --rubrics rubrics \
  > /dev/null
"$default" dev sign-store --store "$work/store" --rubrics rubrics > /dev/null
mkdir -p "$work/default" "$work/jemalloc"
for format in text markdown html csv json; do
  for build in default jemalloc; do
    binary="$default"; [ "$build" = jemalloc ] && binary="$built"
    status=0
    # From a folder of each build's own, with the same relative output path: standard error names it.
    (cd "$work/$build" && "$binary" merge "$work/store" --rubrics "$OLDPWD/rubrics" --no-cache --lang en \
      --format "$format" -o "report.$format" 2> "report.$format.err") || status=$?
    echo "$status" > "$work/$build/report.$format.status"
  done
  for suffix in "" .err .status; do
    cmp "$work/default/report.$format$suffix" "$work/jemalloc/report.$format$suffix" || {
      echo "error: the jemalloc build's $format report ($suffix) differs from the default build's" >&2; exit 1; }
  done
  echo "same $format report ($(wc -c < "$work/default/report.$format") bytes," \
    "exit $(cat "$work/default/report.$format.status"))"
done
echo "the jemalloc build links jemalloc and writes the same reports"
