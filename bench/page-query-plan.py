#!/usr/bin/env python3
"""Reads auto_explain output from a PostgreSQL server log on stdin and prints the plan of each article
page query (the statement reading article rows with ORDER BY) and each count, without the log prefixes."""
import re
import sys

entries = re.split(r"\n(?=\S.*?LOG:  duration: )", sys.stdin.read())
for entry in entries:
    if "Query Text:" not in entry:
        continue
    query = entry.split("Query Text:", 1)[1].split("\n", 1)[0]
    lowered = query.lower()
    page = " from article " in lowered and " order by " in lowered
    count = lowered.lstrip().startswith("select count(")
    if not (page or count):
        continue
    duration = re.search(r"duration: ([\d.]+) ms", entry)
    print(("page query" if page else "count query") + (f" ({duration.group(1)} ms)" if duration else ""))
    plan = entry.split("\n", 1)[1] if "\n" in entry else ""
    for line in plan.splitlines():
        if line.strip().startswith("Query Text:") or not line.strip():
            continue
        print("   " + re.sub(r"^\S.*?(LOG|DETAIL|STATEMENT):\s+", "", line.rstrip()))
