#!/usr/bin/env bash
# Regenerates the example store (examples/store) from the answers files, as interviewers would
# produce it: one `hirescore enter --answers` run per scorecard. The answers files themselves are
# written by make-answers.py from its table.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product hirescore >/dev/null
BIN="$(swift build --show-bin-path)/hirescore"
rm -rf examples/store
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
  "$BIN" enter --rubrics rubrics --store examples/store --rubric "$rubric" --requisition "$requisition" \
    --candidate "$candidate" --interviewer "$interviewer" --interview-date "$date" --answers "$answers" > /dev/null
done
echo "regenerated $(find examples/store -name '*.yaml' | wc -l) scorecards in examples/store"
