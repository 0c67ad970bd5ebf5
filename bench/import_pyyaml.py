#!/usr/bin/env python3
"""The import benchmark's alternative (bench/import.sh): what a researcher
would otherwise write to keep UPR Info exports as YAML, with Python's csv
module and PyYAML's C (libyaml) loader and dumper.

    import_pyyaml.py WORKSPACE EXPORT.csv...

It does the least our import does: it reads the workspace's existing
recommendations files, decodes the exports (Mac Roman, CR line ends, HTML
entities, stray spaces), matches each row with a recommendation already
there (same state, session, text and recommending state) or adds it to the
file of its state and cycle, and writes the files that changed. It does
not check the result, keep comments or formatting, tell encodings apart,
resolve state names, nor write atomically: all of which flatters it.
"""
import csv
import glob
import html
import io
import os
import re
import sys

import yaml

try:
    Loader, Dumper = yaml.CSafeLoader, yaml.CSafeDumper
except AttributeError:
    sys.exit("import_pyyaml.py: PyYAML has no libyaml (C) support here: install python3-yaml from Debian")

RESPONSES = {"accepted": "supported", "noted": "noted"}


def cycle_of(session):
    for last, cycle in ((12, 1), (26, 2), (40, 3), (54, 4)):
        if session <= last:
            return cycle
    return 0


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unknown"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: import_pyyaml.py WORKSPACE EXPORT.csv...")
    folder = os.path.join(sys.argv[1], "recommendations")
    os.makedirs(folder, exist_ok=True)

    files = {}  # path -> {"defaults": ..., "recommendations": [...]}
    index = {}  # (state, session, text, from) -> (path, item)
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.load(f, Loader=Loader) or {}
        files[path] = doc
        defaults = doc.get("defaults") or {}
        for item in doc.get("recommendations") or []:
            state = item.get("state_under_review", defaults.get("state_under_review"))
            session = item.get("session", defaults.get("session"))
            key = (state, session, item.get("text"), tuple(item.get("from") or ()))
            index[key] = (path, item)

    changed = set()
    for export in sys.argv[2:]:
        with open(export, encoding="mac_roman", newline="") as f:
            text = f.read().replace("\r\n", "\n").replace("\r", "\n")
        rows = csv.reader(io.StringIO(text))
        header = [h.strip() for h in next(rows)]
        col = {h: i for i, h in enumerate(header)}
        for row in rows:
            cell = lambda name: html.unescape(row[col[name]]).strip()
            session = int(cell("Session"))
            state, source = cell("To"), cell("From")
            fields = {
                "text": " ".join(cell("Text").split()),
                "response": RESPONSES.get(cell("Response").lower(), ""),
                "themes": [t.strip() for t in cell("Issue").split(",") if t.strip()],
                "action_category": int(cell("Action") or 0),
            }
            key = (state, session, fields["text"], (source,))
            if key in index:
                path, item = index[key]
                for k, v in fields.items():
                    if item.get(k) != v:
                        item[k] = v
                        changed.add(path)
                continue
            cycle = cycle_of(session)
            path = os.path.join(folder, "%s-cycle%d.yaml" % (slug(state), cycle))
            doc = files.setdefault(path, {"defaults": {"state_under_review": state, "cycle": cycle}, "recommendations": []})
            item = {"id": "%s%d-s%d-%d" % (slug(state)[:3], cycle, session, len(index)), "session": session, "from": [source]}
            item.update(fields)
            doc["recommendations"].append(item)
            index[key] = (path, item)
            changed.add(path)

    for path in sorted(changed):
        with open(path, "w", encoding="utf-8") as f:
            yaml.dump(files[path], f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=76)
    print("%d files written, %d recommendations" % (len(changed), len(index)))


if __name__ == "__main__":
    main()
