#!/usr/bin/env bash
# Regenerates the example store (examples/store) from the answers files, as interviewers would
# produce it: one `hirescore enter --answers` run per scorecard. The answers files themselves are
# written by make-answers.py from its table. Each example interviewer rates the whole rubric (--all-stages), as in
# a panel interview that runs every stage of the rubric's plan together.
#
# The store is signed (issue 16). Every run makes throwaway Ed25519 keys for the example people in a
# temporary folder that is deleted at the end: only their public keys end up in the store (in the
# key-register events of its audit log), never a private key. So the example store verifies, but nobody
# can add to it as one of its people; regenerate it instead. "HR Office" registers its own key first,
# then one key per interviewer.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product hirescore >/dev/null
BIN="$(swift build --show-bin-path)/hirescore"
rm -rf examples/store
mkdir -p examples/store
KEYS="$(mktemp -d)"
trap 'rm -rf "$KEYS"' EXIT
key_file() { echo "$KEYS/$(echo "$1" | tr -c 'A-Za-z0-9\n' '-').key"; }
register() { # NAME ROLE: a throwaway key for NAME, registered by HR Office
  local file; file="$(key_file "$1")"
  HIRESCORE_KEY="$file" "$BIN" keys init > /dev/null
  HIRESCORE_KEY="$(key_file "HR Office")" "$BIN" keys register --store examples/store --actor "HR Office" \
    --name "$1" --role "$2" "$(HIRESCORE_KEY="$file" "$BIN" keys show | cut -d' ' -f2)" > /dev/null
}
register "HR Office" hr
for name in $(find examples/answers -name '*.txt' | sort | xargs head -qn1 | sed -E 's/^# (.*) on .*/\1/' | sort -u | tr ' ' '_'); do
  register "${name//_/ }" interviewer
done
for answers in $(find examples/answers -name '*.txt' | sort); do
  requisition=$(echo "$answers" | cut -d/ -f3)
  candidate=$(echo "$answers" | cut -d/ -f4)
  header=$(head -1 "$answers")                       # "# Anna Schmidt on c-101 (claims-2026-01), rubric claims-handler"
  interviewer=$(echo "$header" | sed -E 's/^# (.*) on .*/\1/')
  rubric=$(echo "$header" | sed -E 's/.*rubric (.*)$/\1/')
  case "$requisition" in
    claims-2026-01) date=2026-11-17 ;;
    *) date=2026-11-19 ;;
  esac
  HIRESCORE_KEY="$(key_file "$interviewer")" "$BIN" enter --rubrics rubrics --store examples/store --rubric "$rubric" --requisition "$requisition" \
    --candidate "$candidate" --interviewer "$interviewer" --interview-date "$date" --all-stages --answers "$answers" > /dev/null
done
echo "regenerated $(find examples/store -name '*.yaml' | wc -l) scorecards in examples/store"
