#!/usr/bin/env python3
"""Share of annotation text in the HTTP layer (resource classes and their API interfaces), per file and overall.

Counts characters of code (no package/import lines, comments or blank space) and, of those, the characters
inside annotations (from @Name to its closing parenthesis). Usage: bench/annotation-share.py [src/main/java]
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src/main/java")
files = sorted(p for p in root.rglob("*.java") if re.search(r"(Resource|Api)\.java$", p.name))


def code_of(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    return "\n".join(l for l in text.splitlines() if not re.match(r"\s*(package|import)\s", l))


def annotation_chars(code):
    total, i = 0, 0
    while True:
        m = re.compile(r"@[A-Za-z_][\w.]*").search(code, i)
        if not m:
            return total
        start, j = m.start(), m.end()
        k = j
        while k < len(code) and code[k] in " \t\n":
            k += 1
        if k < len(code) and code[k] == "(":
            depth, in_string = 0, False
            while k < len(code):
                c = code[k]
                if in_string:
                    if c == "\\":
                        k += 1
                    elif c == '"':
                        in_string = False
                elif c == '"':
                    in_string = True
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if depth == 0:
                        k += 1
                        break
                k += 1
            j = k
        total += len(re.sub(r"\s", "", code[start:j]))
        i = j


totals = {}
for path in files:
    code = code_of(path.read_text())
    chars = len(re.sub(r"\s", "", code))
    annotations = annotation_chars(code)
    kind = "resource classes" if path.name.endswith("Resource.java") else "API interfaces"
    count, all_annotations, all_code = totals.get(kind, (0, 0, 0))
    totals[kind] = (count + 1, all_annotations + annotations, all_code + chars)
    print(f"{annotations / chars:6.1%}  {path.relative_to(root)}")
for kind, (count, all_annotations, all_code) in sorted(totals.items()):
    print(f"{all_annotations / all_code:6.1%}  {count} {kind} ({all_annotations} of {all_code} non-blank characters)")
