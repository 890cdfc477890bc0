#!/usr/bin/env bash
# Opens the HTML reports in headless Chromium, as a person would in a browser, and checks what arrives:
#   - the merge report of the example store (both requisitions, every candidate) in English and German,
#     and the rank and calibrate reports, load without a console error (no script errors, nothing
#     refused by the page's content security policy, nothing fetched from elsewhere);
#   - the DOM arrived whole: every candidate's section and every chart of the file;
#   - the page is no wider than the window (nothing cut off at the right) and its full-height screenshot
#     is neither blank nor cut off at the bottom, and shows the charts' colours;
#   - printed to PDF (A4), every candidate starts on a page of their own, and the debrief pack is one to two
#     pages per candidate in English and in German (counted from the text of each PDF page, pdftotext);
#   - the variant with the appendix (--evidence) loads cleanly too and holds every candidate's appendix;
#   - the German Excel CSV of the same merge reads back through Python's csv module.
# Installs Chromium, Pillow, poppler-utils and a font from Debian's packages when missing. The screenshot, the PDF and
# the reports stay in .build/html-report-check/ for a person to look at.
#
# Usage: scripts/check-html-report.sh [path/to/hirescore]
set -euo pipefail
cd "$(dirname "$0")/.."

HIRESCORE="${1:-}"
if [ -z "$HIRESCORE" ]; then
  swift build --product hirescore > /dev/null
  HIRESCORE="$(swift build --show-bin-path)/hirescore"
fi

missing=()
command -v chromium > /dev/null 2>&1 || missing+=(chromium)
/usr/bin/python3 -c "import PIL" > /dev/null 2>&1 || missing+=(python3-pil)
dpkg -s fonts-dejavu-core > /dev/null 2>&1 || missing+=(fonts-dejavu-core)
command -v pdftotext > /dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" > /dev/null
fi
PYTHON=/usr/bin/python3

out=.build/html-report-check
rm -rf "$out"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
width=1280

fail() {
  echo "error: $*" >&2
  exit 1
}

# Headless Chromium with a fresh profile; console messages go to standard error.
browse() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check \
    --disable-extensions --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
}

# Loads a page, keeps its DOM in $2 and fails on any console message (an uncaught error, a refused load).
load_without_console_errors() {
  local page="$1" dom="$2" log="$2.log"
  browse --window-size="$width,1000" --dump-dom "file://$PWD/$page" > "$dom" 2> "$log" || fail "chromium could not open $page (see $log)"
  if grep -E "CONSOLE|Uncaught|Refused to|Not allowed to load" "$log"; then
    fail "$page logged console messages in the browser (see $log)"
  fi
  grep -q "</html>" "$dom" || fail "the DOM of $page did not arrive whole"
}

echo "==> the check sees console errors (a canary page with a failing script)"
printf '<!DOCTYPE html><html><head><title>canary</title></head><body><script>throw new Error("hirescore-canary")</script></body></html>\n' \
  > "$out/canary.html"
browse --window-size="$width,600" --dump-dom "file://$PWD/$out/canary.html" > /dev/null 2> "$out/canary.log" || true
grep -q "hirescore-canary" "$out/canary.log" || fail "chromium does not log console errors here, so the check below would pass blindly"

echo "==> rendering the reports of examples/store"
"$HIRESCORE" merge examples/store --rubrics rubrics --format html --output "$out/merge.en.html"
"$HIRESCORE" merge examples/store --rubrics rubrics --format html --lang de --output "$out/merge.de.html"
"$HIRESCORE" merge examples/store --rubrics rubrics --format html --evidence --output "$out/merge-evidence.en.html"
"$HIRESCORE" merge examples/store --rubrics rubrics --format html --evidence --lang de --output "$out/merge-evidence.de.html"
"$HIRESCORE" rank examples/store --rubrics rubrics --format html --output "$out/rank.en.html"
"$HIRESCORE" calibrate examples/store --rubrics rubrics --format html --lang de --output "$out/calibrate.de.html"
"$HIRESCORE" merge examples/store --rubrics rubrics --format json --output "$out/merge.json"
"$HIRESCORE" merge examples/store --rubrics rubrics --format csv --csv-dialect excel-de --lang de --output "$out/merge.excel-de.csv"

echo "==> loading them in headless Chromium"
for page in merge.en merge.de merge-evidence.en merge-evidence.de rank.en calibrate.de; do
  load_without_console_errors "$out/$page.html" "$out/$page.dom.html"
done
"$PYTHON" - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
candidates = len(json.load(open(f"{out}/merge.json"))["candidates"])
for page in ["merge.en", "merge.de", "merge-evidence.en", "merge-evidence.de"]:
    source = open(f"{out}/{page}.html", encoding="utf-8").read()
    dom = open(f"{out}/{page}.dom.html", encoding="utf-8").read()
    sections = dom.count('<section class="candidate"')
    if sections != candidates or candidates < 2:
        sys.exit(f"error: {page}: {sections} candidate sections in the DOM, {candidates} candidates merged")
    appendices = dom.count('<section class="appendix-candidate"')
    expected = candidates if page.startswith("merge-evidence") else 0
    if appendices != expected:
        sys.exit(f"error: {page}: {appendices} candidate appendices in the DOM, {expected} expected")
    if dom.count("<svg") != source.count("<svg") or source.count("<svg") < 4 * candidates:
        sys.exit(f"error: {page}: {dom.count('<svg')} charts in the DOM, {source.count('<svg')} in the file")
    if 'id="files"' not in dom:
        sys.exit(f"error: {page}: the file accounting at the end of the page is missing from the DOM")
    if re.search(r"<script|<link|<img|<iframe|@import|url\(http", source):
        sys.exit(f"error: {page}: the report is not self-contained")
print(f"    {candidates} candidates, every section and chart in the DOM")
PY

echo "==> measuring the merge page"
# A copy with a script that writes the page's size into its title (the report itself has no script and a
# policy that would refuse one).
sed -e 's|<meta http-equiv="Content-Security-Policy"[^>]*>||' \
    -e 's|</body>|<script>document.title = "SIZE " + document.documentElement.scrollWidth + " " + document.documentElement.scrollHeight;</script></body>|' \
    "$out/merge.en.html" > "$out/measure.html"
size="$(browse --window-size="$width,1000" --dump-dom "file://$PWD/$out/measure.html" 2> /dev/null | grep -o '<title>SIZE [0-9]* [0-9]*</title>' | head -1)"
[ -n "$size" ] || fail "could not measure the merge page"
page_width="$(echo "$size" | sed -E 's|<title>SIZE ([0-9]+) ([0-9]+)</title>|\1|')"
page_height="$(echo "$size" | sed -E 's|<title>SIZE ([0-9]+) ([0-9]+)</title>|\2|')"
echo "    ${page_width} x ${page_height} px in a window $width px wide"
[ "$page_width" -le "$width" ] || fail "the merge page is $page_width px wide, wider than the window: content is cut off at the right"

echo "==> screenshot of the whole merge page"
shot_height=$((page_height + 200))
browse --window-size="$width,$shot_height" --screenshot="$PWD/$out/merge.en.png" "file://$PWD/$out/merge.en.html" 2> "$out/screenshot.log" \
  || fail "chromium could not take the screenshot (see $out/screenshot.log)"
"$PYTHON" - "$out/merge.en.png" "$page_height" <<'PY'
import sys
from PIL import Image, ImageChops
path, page_height = sys.argv[1], int(sys.argv[2])
image = Image.open(path).convert("RGB")
width, height = image.size
box = ImageChops.difference(image, Image.new("RGB", image.size, (255, 255, 255))).getbbox()
if box is None:
    sys.exit(f"error: {path} is blank")
left, top, right, bottom = box
small = image.resize((width // 4, height // 4))
pixels = list(small.getdata())
ink = sum(1 for p in pixels if p != (255, 255, 255)) / len(pixels)
print(f"    {width} x {height} px, content from y {top} to {bottom}, x {left} to {right}, {ink:.1%} not white")
if ink < 0.03:
    sys.exit(f"error: {path} is nearly blank ({ink:.1%} of the pixels are not white)")
if bottom >= height - 100:
    sys.exit(f"error: {path} is cut off at the bottom: content reaches the edge at {bottom} of {height}")
if bottom < page_height - 400:
    sys.exit(f"error: {path} ends at {bottom}, far above the page's height {page_height}: the page did not render whole")
if right >= width - 20:
    sys.exit(f"error: {path} is cut off at the right: content reaches x {right} of {width}")
if left < 20:
    sys.exit(f"error: {path}: content touches the left edge")
# The charts drew: the rater colours (Okabe-Ito blue and orange) and the bars' blue are there.
colours = {colour for _, colour in image.getcolors(1 << 24)}
for name, colour in [("rater blue", (0, 114, 178)), ("rater orange", (230, 159, 0)), ("bar blue", (31, 95, 174))]:
    if not any(all(abs(a - b) <= 6 for a, b in zip(colour, pixel)) for pixel in colours):
        sys.exit(f"error: {path}: no {name} pixels: the charts did not render")
PY

echo "==> printing the debrief pack to PDF (A4), English and German"
for page in merge.en merge.de; do
  browse --print-to-pdf="$PWD/$out/$page.pdf" --no-pdf-header-footer "file://$PWD/$out/$page.html" 2> "$out/print.$page.log" \
    || fail "chromium could not print $page (see $out/print.$page.log)"
  pdftotext -layout "$out/$page.pdf" "$out/$page.pdf.txt" || fail "pdftotext could not read $out/$page.pdf"
  "$PYTHON" - "$out/$page.pdf" "$out/$page.pdf.txt" "$out/merge.json" "$page" <<'PY'
import json, re, sys
pdf_path, text_path, json_path, name = sys.argv[1:5]
pdf = open(pdf_path, "rb").read()
pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
ids = [c["candidate"] for c in json.load(open(json_path))["candidates"]]
candidates = len(ids)
media = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
print(f"    {name}: {pages} pages for {candidates} candidates")
if media and (abs(float(media.group(1)) - 595.3) > 2 or abs(float(media.group(2)) - 841.9) > 2):
    sys.exit(f"error: {name}: the printed page is {media.group(1).decode()} x {media.group(2).decode()} pt, not A4")
if pages < candidates + 1:
    sys.exit(f"error: {name}: {pages} printed pages for {candidates} candidates: a page break before each candidate is missing")
# The text of each page (pdftotext ends each with a form feed): a candidate's pack starts on the page with their
# heading and runs to the page before the next candidate's; the last one runs to the end (the file accounting
# that follows it counts as theirs).
texts = open(text_path, encoding="utf-8").read().split("\f")[:pages]
if len(texts) != pages:
    sys.exit(f"error: {name}: pdftotext found {len(texts)} pages, the PDF has {pages}")
word = "Kandidat*in" if name.endswith(".de") else "Candidate"
starts = {}
for candidate in ids:
    heading = re.compile(rf"^\s*{re.escape(word)} {re.escape(candidate)}\s*$", re.M)
    found = [number for number, text in enumerate(texts) if heading.search(text)]
    if len(found) != 1:
        sys.exit(f"error: {name}: the heading '{word} {candidate}' is on {len(found)} printed pages, not on one")
    if not texts[found[0]].lstrip().startswith(f"{word} {candidate}"):
        sys.exit(f"error: {name}: {candidate} does not start at the top of a printed page")
    starts[candidate] = found[0]
order = sorted(ids, key=starts.get)
counts = []
for index, candidate in enumerate(order):
    end = starts[order[index + 1]] if index + 1 < len(order) else pages
    counts.append((candidate, end - starts[candidate]))
print("      pages per candidate: " + ", ".join(f"{c} {n}" for c, n in counts))
for candidate, count in counts:
    if not 1 <= count <= 2:
        sys.exit(f"error: {name}: the debrief pack of {candidate} prints on {count} A4 pages, not one or two")
PY
done

echo "==> German Excel CSV read back by Python's csv module"
"$PYTHON" - "$out/merge.excel-de.csv" "$out/merge.json" <<'PY'
import csv, json, sys
raw = open(sys.argv[1], "rb").read()
if not raw.startswith(b"\xef\xbb\xbf"):
    sys.exit("error: the excel-de CSV has no UTF-8 byte order mark")
rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))
header, rows = rows[0], rows[1:]
document = json.load(open(sys.argv[2]))
expected = sum(len(c["criteria"]) for c in document["candidates"])
if len(rows) != expected:
    sys.exit(f"error: {len(rows)} CSV rows, {expected} candidates times criteria")
score_column, candidate_column = header.index("Konsenswert"), header.index("Kandidat*in")
scores = {c["candidate"]: c["score"] for c in document["candidates"]}
for row in rows:
    if len(row) != len(header):
        sys.exit(f"error: a row of {len(row)} cells under a header of {len(header)}: {row[:3]}")
    value = float(row[score_column].replace(",", "."))
    if "." in row[score_column] or abs(value - scores[row[candidate_column]]) > 0.005:
        sys.exit(f"error: score {row[score_column]} of {row[candidate_column]} does not read back as {scores[row[candidate_column]]}")
    for cell in row:
        if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not cell.replace(",", "", 1).lstrip("-").isdigit()):
            sys.exit(f"error: a cell that a spreadsheet would run as a formula: {cell[:40]}")
print(f"    {len(rows)} rows of {len(header)} cells")
PY

echo "==> HTML report check passed ($out/merge.en.png, $out/merge.en.pdf, $out/merge.de.pdf)"
