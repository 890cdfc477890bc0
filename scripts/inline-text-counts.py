#!/usr/bin/env python3
"""Rewrites InlineTextTests.remaining with the inline-text count of every source file (as InlineTextTests counts
them): run after moving text into a catalogue, or after a merge, then read the diff (counts may only go down)."""
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
test = os.path.join(root, "Tests/ScoringCoreTests/InlineTextTests.swift")
pattern = re.compile(r'\bde\s*\?\s*"|==\s*\.de\s*\?|isGerman\s*\?|\bpick\(|(?:LocalizedText|\.init)\(\s*en:', re.ASCII)
catalogue = re.compile(r'.*Messages(?:\+\w+)?\.swift|DocsLabels\.swift|Language\+Names\.swift|.*(?:Module\+Documentation|Help)\.swift')
counts = {}
sources = os.path.join(root, "Sources")
for folder, _, files in os.walk(sources):
    for name in files:
        if not name.endswith(".swift") or catalogue.fullmatch(name):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as handle:
            count = len(pattern.findall(handle.read()))
        if count:
            counts[os.path.relpath(path, sources)] = count
text = open(test, encoding="utf-8").read()
start = text.index("    static let remaining: [String: Int] = [\n") + len("    static let remaining: [String: Int] = [\n")
end = text.index("    ]\n", start)
lines = "".join(f'        "{path}": {count},\n' for path, count in sorted(counts.items()))
open(test, "w", encoding="utf-8").write(text[:start] + lines + text[end:])
print(f"{sum(counts.values())} inline texts in {len(counts)} files", file=sys.stderr)
