#!/usr/bin/env python3
"""Cut sbs_r_nuts06_r2.tsv.gz down to the rows ClusterScope needs.

Input : sbs_r_nuts06_r2.tsv.gz, byte-for-byte copy of
        kproductivity/creative-industries @ e7902e4e2f54caabd63a6ea9a661f7c725b7b470
        data/sbs_r_nuts06_r2.tsv.gz
        (sha256 7e5843901bb96a893d7372b3a8a08304860bfc4db77ddaae7c016a9dd12498e9)
Output: sbs_r_nuts06_r2_nuts2_div_emp_wages.tsv

Rules:
  * The header line is copied unchanged.
  * Data lines are copied unchanged, byte for byte. Values, flags and
    trailing spaces are not touched. Only whole lines are dropped.
  * A data line is kept when all of these hold:
      - indic_sb is V16110 (persons employed, number) or
        V13320 (wages and salaries, million EUR);
      - geo is a NUTS 2 code (4 characters) that does not end in "ZZ"
        (extra-regio);
      - nace_r2 is a NACE Rev. 2 division, i.e. one letter plus two digits
        (C10, J62, S95 ...); sections (C) and groups (G451) are dropped.
  * Value added (V12150) is not in this dataset, so it cannot be kept.

Usage: python3 extract.py [input.tsv.gz] [output.tsv]
"""
import gzip
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "sbs_r_nuts06_r2.tsv.gz"
dst = sys.argv[2] if len(sys.argv) > 2 else "sbs_r_nuts06_r2_nuts2_div_emp_wages.tsv"

KEEP_INDIC = {"V16110", "V13320"}
DIVISION = re.compile(r"^[A-Z][0-9]{2}$")

kept = 0
total = 0
# newline="" keeps the line endings exactly as they are in the source.
with gzip.open(src, "rt", encoding="ascii", newline="") as fin, \
        open(dst, "w", encoding="ascii", newline="") as fout:
    header = fin.readline()
    if not header.startswith("nace_r2,indic_sb,geo\\time\t"):
        sys.exit("unexpected header: %r" % header[:60])
    fout.write(header)
    for line in fin:
        total += 1
        key = line.split("\t", 1)[0]
        nace, indic, geo = key.split(",")
        if indic not in KEEP_INDIC:
            continue
        if len(geo) != 4 or geo.endswith("ZZ"):
            continue
        if not DIVISION.match(nace):
            continue
        fout.write(line)
        kept += 1

print("read %d data lines, kept %d -> %s" % (total, kept, dst))
