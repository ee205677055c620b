#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Derive the embedded default data set from ../shared/data (Eurostat extracts).

resources/data/sbs_r_nuts06_r2_2015_employed.csv
    Rows of sbs_r_nuts06_r2_2015_persons_employed.csv whose NACE code is a division
    (section letter + two digits, e.g. C28, S95) or a section (C); byte-for-byte lines,
    header kept. The divisions form the data; the sections are the published totals
    (--region-total published, coverage). Retail groups (G471) are dropped.
resources/data/nace_r2_labels.csv
    code,label for NACE Rev. 2 sections (A) and divisions in the SBS form (C28),
    from eurostat_nace_rev2_to_isic4.csv.

Usage: python3 scripts/make_default_data.py [../shared/data]
"""
import csv
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
out = os.path.join(root, "resources", "data")
os.makedirs(out, exist_ok=True)

division = re.compile(r"^[A-Z]([0-9]{2})?$")
with open(os.path.join(src, "sbs_r_nuts06_r2_2015_persons_employed.csv"), newline="") as f, \
        open(os.path.join(out, "sbs_r_nuts06_r2_2015_employed.csv"), "w", newline="") as o:
    for i, line in enumerate(f):
        if i == 0 or division.match(line.split(";", 1)[0]):
            o.write(line)

rows = list(csv.DictReader(open(os.path.join(src, "eurostat_nace_rev2_to_isic4.csv"), newline="")))
with open(os.path.join(out, "nace_r2_labels.csv"), "w", newline="") as o:
    w = csv.writer(o, lineterminator="\n")
    w.writerow(["code", "label"])
    for r in rows:
        if r["Level"] == "1":
            w.writerow([r["Code"], r["Description"].capitalize()])
        elif r["Level"] == "2":
            w.writerow([r["Parent"] + r["Code"], r["Description"]])

# resources/data/lfst_r_lfe2en2_y_ge15.tsv: the Y_GE15 (all ages 15+) rows of the LFS
# bulk TSV, byte-for-byte, header kept: employment in thousands by NACE A10-style
# aggregate and NUTS 2013 region (levels 0-2), 2008-2015.
with open(os.path.join(src, "lfst_r_lfe2en2_2017vintage.tsv"), newline="") as f, \
        open(os.path.join(out, "lfst_r_lfe2en2_y_ge15.tsv"), "w", newline="") as o:
    for i, line in enumerate(f):
        if i == 0 or line.split("\t", 1)[0].split(",")[2] == "Y_GE15":
            o.write(line)
