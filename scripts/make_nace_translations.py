#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Official NACE Rev. 2 titles in German and French for the category picker and profile.

Source: Eurostat's R package correspondenceTables (EUPL), inst/extdata/nace2_de.csv and
nace2_fr.csv at commit 4fa101860b596baef7edf6b9fd0f3993354807a0 (2026-05-12; the files
were removed from the branch in dc5694c), the official Eurostat translations of NACE
Rev. 2 with their explanatory notes. Writes resources/data/nace_r2_labels_<lang>.csv
(code,label) for the codes of resources/data/nace_r2_labels.csv: sections (C) and
divisions in the SBS form (C28). French section titles, published in capitals, get a
capital initial only; German ones stay as published (lower-casing would break the
capitals of German nouns).

Usage: python3 scripts/make_nace_translations.py DIR   (DIR holds nace2_de.csv, nace2_fr.csv;
       e.g. git -C correspondenceTables show 4fa1018:inst/extdata/nace2_de.csv > DIR/nace2_de.csv)
"""
import csv
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = sys.argv[1]
out = os.path.join(root, "resources", "data")
wanted = [r["code"] for r in csv.DictReader(open(os.path.join(out, "nace_r2_labels.csv"), newline=""))]

for lang in ("de", "fr"):
    titles = {}
    for r in csv.DictReader(open(os.path.join(src, f"nace2_{lang}.csv"), newline="", encoding="utf-8")):
        code, name, parent = r["nace2"], r["NAME"].strip(), r["Parent"]
        if len(code) == 1:  # section
            titles[code] = name.capitalize() if lang == "fr" else name
        elif len(code) == 2 and code.isdigit():  # division: section letter + digits
            titles[parent + code] = name
    missing = [c for c in wanted if c not in titles]
    if missing:
        sys.exit(f"nace2_{lang}.csv lacks {missing}")
    with open(os.path.join(out, f"nace_r2_labels_{lang}.csv"), "w", newline="", encoding="utf-8") as o:
        w = csv.writer(o, lineterminator="\n")
        w.writerow(["code", "label"])
        for c in wanted:
            w.writerow([c, titles[c]])
