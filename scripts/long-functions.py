#!/usr/bin/env python3
"""Lists the functions, initializers, subscripts and computed properties in Sources/ longer than a limit (default 60).

Usage: python3 scripts/long-functions.py [--limit N] [PATH ...]   (PATH: files or folders; default Sources)

Prints one line per long body, longest first: `length  file:line  Type.name`, then the count. The length is the
number of lines from the declaration's first line to its closing brace, both included, so a function "over 60
lines" is one that does not fit a 60-line window. Closures inside a body count as part of it; a nested function
is listed on its own as well as counting in the function around it.

How it reads Swift, without swift-syntax (not available here): comments, string literals (also multi-line and
raw `#"…"#` ones) are blanked out first, with interpolations `\\(…)` kept as code, so braces inside text do not
count; then each `func`, `init`, `deinit`, `subscript` and `var name: Type {` (a computed property) is matched to
the `{` that opens its body (a declaration without a body, as in a protocol, is skipped) and braces are counted
to the `}` that closes it. The type shown is the innermost `struct`/`enum`/`class`/`actor`/`extension`/`protocol` around the declaration.
Regex literals are not understood; none of the project's sources use braces inside one.
"""
import argparse
import os
import re
import sys


def blank(source):
    """Returns `source` with comments and string contents replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(source)
    # Each entry: ("code", parenDepth) for interpolated code, or ("string", quotes, hashes).
    stack = [("code", 0)]

    def put_blank(text):
        out.append("".join("\n" if c == "\n" else " " for c in text))

    while i < n:
        top = stack[-1]
        c = source[i]
        if top[0] == "code":
            if source.startswith("//", i):
                end = source.find("\n", i)
                end = n if end < 0 else end
                put_blank(source[i:end])
                i = end
            elif source.startswith("/*", i):
                depth, j = 1, i + 2
                while j < n and depth:
                    if source.startswith("/*", j):
                        depth, j = depth + 1, j + 2
                    elif source.startswith("*/", j):
                        depth, j = depth - 1, j + 2
                    else:
                        j += 1
                put_blank(source[i:j])
                i = j
            elif c == "#" or c == '"':
                m = re.compile(r'(#*)("""|")').match(source, i)
                if m is None:
                    out.append(c)
                    i += 1
                    continue
                hashes, quotes = len(m.group(1)), m.group(2)
                out.append(m.group(0))
                stack.append(("string", quotes, hashes))
                i = m.end()
            elif c == "(" and len(stack) > 1:
                stack[-1] = ("code", top[1] + 1)
                out.append(c)
                i += 1
            elif c == ")" and len(stack) > 1:
                if top[1] == 0:
                    stack.pop()  # end of an interpolation: back in the string
                else:
                    stack[-1] = ("code", top[1] - 1)
                out.append(c)
                i += 1
            else:
                out.append(c)
                i += 1
        else:
            _, quotes, hashes = top
            close = quotes + "#" * hashes
            escape = "\\" + "#" * hashes
            if source.startswith(close, i):
                stack.pop()
                out.append(close)
                i += len(close)
            elif source.startswith(escape + "(", i):
                out.append(" " * len(escape) + "(")
                stack.append(("code", 0))
                i += len(escape) + 1
            elif source.startswith(escape, i):
                put_blank(source[i : i + len(escape) + 1])
                i += len(escape) + 1
            else:
                put_blank(c)
                i += 1
    return "".join(out)


DECLARATION = re.compile(r"(?<![.\w])(func\s+([^\s(<]+)|init[?!]?|deinit|subscript|var\s+(\w+)\s*:[^=\n{]*(?=\{))(?![\w])")
TYPE = re.compile(r"(?<![.\w])(struct|enum|class|actor|extension|protocol)[ \t]+([A-Za-z_][\w.]*)[ \t]*[:<{w]")
STOP = re.compile(r"(?<![.\w])(func|init|deinit|subscript|var|let|case|typealias|associatedtype)(?![\w])")


def match_braces(code):
    """Maps the offset of every `{` to the offset of its `}`."""
    pairs, open_braces = {}, []
    for index, c in enumerate(code):
        if c == "{":
            open_braces.append(index)
        elif c == "}" and open_braces:
            pairs[open_braces.pop()] = index
    return pairs


def body_start(code, start):
    """The offset of the `{` that opens the body of the declaration at `start`, or None if it has none."""
    depth = 0
    i = start
    first = DECLARATION.match(code, start)
    i = first.end()
    while i < len(code):
        c = code[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0:
            if c == "{":
                return i
            if c == "}":
                return None
            if STOP.match(code, i) and (i == 0 or not (code[i - 1].isalnum() or code[i - 1] in "_.")):
                return None
        i += 1
    return None


def long_bodies(path, limit):
    with open(path, encoding="utf-8") as handle:
        code = blank(handle.read())
    pairs = match_braces(code)

    def line(offset):
        return code.count("\n", 0, offset) + 1

    types = []
    for m in TYPE.finditer(code):
        opening = code.find("{", m.end() - 1)
        if opening >= 0 and opening in pairs:
            types.append((opening, pairs[opening], m.group(2)))
    found = []
    for m in DECLARATION.finditer(code):
        opening = body_start(code, m.start())
        if opening is None or opening not in pairs:
            continue
        first, last = line(m.start()), line(pairs[opening])
        length = last - first + 1
        if length <= limit:
            continue
        name = m.group(2) or m.group(3) or m.group(1)
        around = [t for t in types if t[0] < m.start() < t[1]]
        if around:
            name = max(around, key=lambda t: t[0])[2] + "." + name
        found.append((length, path, first, name))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60, help="list bodies longer than this many lines")
    parser.add_argument("paths", nargs="*", help="files or folders (default: Sources)")
    arguments = parser.parse_args()
    root = os.path.relpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    paths = arguments.paths or [os.path.join(root, "Sources")]
    files = []
    for path in paths:
        if os.path.isdir(path):
            for folder, _, names in os.walk(path):
                files += [os.path.join(folder, name) for name in names if name.endswith(".swift")]
        else:
            files.append(path)
    found = []
    for path in sorted(files):
        found += long_bodies(path, arguments.limit)
    found.sort(key=lambda item: (-item[0], item[1], item[2]))
    for length, path, first, name in found:
        print(f"{length:5}  {os.path.normpath(path)}:{first}  {name}")
    print(f"{len(found)} bodies over {arguments.limit} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
