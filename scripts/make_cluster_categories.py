#!/usr/bin/env python3
"""Generate resources/categories/nace_to_cluster.csv and its README.md.

Carries the US Cluster Mapping Project traded-cluster definitions (Delgado,
Porter & Stern 2016; 51 traded clusters, by 6-digit NAICS 2012) over to NACE
Rev. 2 through two official concordances. This is NOT the European Cluster
Panorama table (no machine-readable copy of that exists).

Chain, per NACE Rev. 2 class (Level 4, e.g. 30.30):
  NACE class --Reference_to_ISIC_Rev._4 (eurostat_nace_rev2_to_isic4.csv)--> ISIC 4 class
  --all rows of census_naics2012_to_isic4.csv for that ISIC class--> NAICS 2012 codes
  --uscmp_naics2012_to_cluster_emsi.csv--> TradedLocal / Cluster.
Census rows linked to an ISIC *group* (012X, 014X, 331X) are applied to every
ISIC class of that group (0121..0129, 0141..0149, 3311..3319).

Weight rule: for a NACE class, count the distinct NAICS codes reached per traded
cluster; NAICS that are Local or absent from the cluster table count towards the
"(local / non-traded)" remainder (category_code `local`). weight(class, cluster)
= count(cluster) / count(all NAICS reached); local = the rest, so every code sums
to 1. A class reaching no NAICS at all gets local = 1 (naics_count 0).
partial = 1 if any contributing census row has a non-blank Notes text ("part
of", "except", group-level link, ...) or if the ISIC class is shared by several
NACE classes. Groups (3-digit, e.g. 47.1) and divisions (Eurostat SBS form, e.g.
C28) = unweighted mean of the weight vectors of their classes (an approximation:
no class-level employment is available); there partial = OR over the classes,
naics_count = distinct NAICS over the classes.
Weights are apportioned to exactly 6 decimals per code (largest remainder), so
each code sums to exactly 1. Output is deterministic.

Usage: python3 scripts/make_cluster_categories.py [DATA_DIR]
       (default DATA_DIR: ../shared/data relative to the repository root)
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "resources", "categories")
NACE_FILE = "eurostat_nace_rev2_to_isic4.csv"
CENSUS_FILE = "census_naics2012_to_isic4.csv"
CLUSTER_FILE = "uscmp_naics2012_to_cluster_emsi.csv"
LOCAL_CODE, LOCAL_NAME = "local", "(local / non-traded)"
SCALE = 10 ** 6  # 6 decimals


def read_csv(data_dir, name):
    with open(os.path.join(data_dir, name), encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def slug(name):
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w and w not in ("and", "of")]
    return "_".join(words)


def apportion(weights):
    """{code: Fraction} summing to 1 -> {code: int micro-units} summing to SCALE
    (largest remainder; ties -> larger weight, then code)."""
    units = {c: int(w * SCALE) for c, w in weights.items()}
    rest = SCALE - sum(units.values())
    order = sorted(weights, key=lambda c: (-(weights[c] * SCALE - units[c]), -weights[c], c))
    for c in order[:rest]:
        units[c] += 1
    return units


def fmt(u):
    s = "%d.%06d" % divmod(u, SCALE)
    return s.rstrip("0").rstrip(".") if "." in s else s


def load(data_dir):
    nace = read_csv(data_dir, NACE_FILE)
    head = nace[0]
    ix = {k: head.index(k) for k in ("Level", "Code", "Parent", "Reference_to_ISIC_Rev._4")}
    parent, classes, groups, divisions = {}, {}, [], []
    for row in nace[1:]:
        lvl, code = row[ix["Level"]], row[ix["Code"]]
        parent[code] = row[ix["Parent"]]
        if lvl == "4":
            classes[code] = row[ix["Reference_to_ISIC_Rev._4"]]
        elif lvl == "3":
            groups.append(code)
        elif lvl == "2":
            divisions.append(code)
    census = read_csv(data_dir, CENSUS_FILE)[1:]
    links = defaultdict(list)  # ISIC class -> [(naics, has_note)]
    group_links = 0
    for naics, _t, isic, _it, note in census:
        isic, has_note = isic.strip(), bool(note.strip())
        if isic.endswith("X"):
            group_links += 1
            for cls in sorted(set(classes.values())):
                if cls.startswith(isic[:3]):
                    links[cls].append((naics.strip(), True))
        else:
            links[isic].append((naics.strip(), has_note))
    clus = read_csv(data_dir, CLUSTER_FILE)
    h = clus[0]
    cn, ct, cc = h.index("NAICS"), h.index("TradedLocal"), h.index("Cluster")
    naics_cluster = {r[cn].strip(): (r[ct].strip(), r[cc].strip()) for r in clus[1:]}
    return parent, classes, groups, divisions, links, naics_cluster, group_links


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
    data_dir = os.path.normpath(data_dir)
    parent, classes, groups, divisions, links, naics_cluster, group_links = load(data_dir)
    traded = sorted({c for t, c in naics_cluster.values() if t == "Traded"})
    names = {slug(c): c for c in traded}
    assert len(names) == len(traded), "category_code slugs collide"
    names[LOCAL_CODE] = LOCAL_NAME
    isic_share = Counter(classes.values())

    # ---- class level ---------------------------------------------------------
    cls_w, cls_part, cls_naics, stats = {}, {}, {}, Counter()
    for code in sorted(classes):
        isic = classes[code]
        reached = {}  # naics -> has_note (any contributing row)
        for naics, note in links.get(isic, []):
            reached[naics] = reached.get(naics, False) or note
        per = defaultdict(set)
        note_by = defaultdict(bool)
        kinds = Counter()
        for naics, note in reached.items():
            tl, cl = naics_cluster.get(naics, ("", ""))
            key = slug(cl) if tl == "Traded" else LOCAL_CODE
            kinds["traded" if tl == "Traded" else ("local" if tl else "unknown")] += 1
            per[key].add(naics)
            note_by[key] = note_by[key] or note
        shared = isic_share[isic] > 1
        n = len(reached)
        w = {k: Fraction(len(v), n) for k, v in per.items()} if n else {LOCAL_CODE: Fraction(1)}
        w.setdefault(LOCAL_CODE, Fraction(0))
        cls_w[code] = w
        cls_part[code] = {k: note_by[k] or shared for k in w}
        cls_naics[code] = {k: per.get(k, set()) for k in w}
        nt = len(w) - 1
        if n == 0:
            stats["nothing"] += 1
        elif nt == 0:
            stats["local_only" if kinds["local"] else "unknown_only"] += 1
        elif nt == 1:
            stats["one_only" if w[LOCAL_CODE] == 0 else "one_plus_local"] += 1
            if w[LOCAL_CODE] and not kinds["local"]:
                stats["one_plus_unknown"] += 1
        else:
            stats["several"] += 1
        if nt and max(v for k, v in w.items() if k != LOCAL_CODE) >= 0.5:
            stats["majority"] += 1
        if kinds["unknown"]:
            stats["with_unknown"] += 1
        if any(cls_part[code][k] for k in w if w[k] > 0):
            stats["partial_classes"] += 1
        if shared:
            stats["shared_isic"] += 1

    # ---- roll-ups ----------------------------------------------------------
    def rollup(members):
        w, part, naics = defaultdict(Fraction), defaultdict(bool), defaultdict(set)
        for c in members:
            for k, v in cls_w[c].items():
                w[k] += v / len(members)
                part[k] = part[k] or (cls_part[c][k] and v > 0)
                naics[k] |= cls_naics[c][k]
        return dict(w), part, naics

    def div_of(code):
        while parent.get(code) and len(code) != 2:
            code = parent[code]
        return code

    entries = []  # (level, nace, weights, partial, naics)
    for code in sorted(classes):
        entries.append(("class", code, cls_w[code], cls_part[code], cls_naics[code]))
    for g in groups:
        mem = [c for c in classes if parent[c] == g]
        entries.append(("group", g) + rollup(mem))
    for d in divisions:
        mem = [c for c in classes if div_of(c) == d]
        entries.append(("division", parent[d] + d) + rollup(mem))

    rows = []
    for level, nace, w, part, naics in entries:
        for k, u in apportion(w).items():
            if u == 0 and k != LOCAL_CODE:
                continue
            rows.append((level, nace, k, names[k], fmt(u), int(bool(part[k]) and u > 0), len(naics[k])))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))

    # ---- checks --------------------------------------------------------------
    sums = defaultdict(float)
    for r in rows:
        sums[(r[0], r[1])] += float(r[4])
    assert all(abs(s - 1) < 1e-9 for s in sums.values()), "weights do not sum to 1"
    reached_cl = {r[2] for r in rows if r[0] == "class" and r[2] != LOCAL_CODE}
    stats["clusters_reached"] = len(reached_cl)

    os.makedirs(OUT_DIR, exist_ok=True)
    out_csv = os.path.join(OUT_DIR, "nace_to_cluster.csv")
    with open(out_csv, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["level", "nace", "category_code", "category", "weight", "partial", "naics_count"])
        wr.writerows(rows)
    lv = Counter(lvl for lvl, _ in sums)
    stats.update({"classes": lv["class"], "groups": lv["group"], "divisions": lv["division"],
                  "rows": len(rows), "group_links": group_links, "traded": len(traded)})
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README.format_map(stats))
    for k in ("classes", "one_only", "one_plus_local", "several", "local_only", "unknown_only",
              "nothing", "one_plus_unknown", "majority", "with_unknown", "partial_classes", "shared_isic",
              "groups", "divisions", "clusters_reached", "traded", "rows"):
        print("%-16s %d" % (k, stats[k]))
    print("wrote", out_csv, os.path.getsize(out_csv), "bytes")


README = """# NACE Rev. 2 → cluster categories (`nace_to_cluster.csv`)

Generated by `scripts/make_cluster_categories.py` — do not edit by hand.
Regenerate from the repository root with:

    python3 scripts/make_cluster_categories.py ../shared/data

**What this is.** The 51 *traded* cluster definitions of the **US Cluster Mapping Project**
(Delgado, Porter & Stern 2016, "Defining clusters of related industries", *Journal of Economic
Geography* 16(1); clustermapping.us), which are defined on US NAICS codes, carried over to
NACE Rev. 2 through official concordances (Eurostat NACE Rev. 2 → ISIC Rev. 4; US Census
2012 NAICS → ISIC Rev. 4). It is **not** the official European Cluster Panorama / EOCIC
NACE table: no machine-readable copy of that table exists. The European categories were
adapted from the same 51 US clusters, but boundaries differ; treat this as an approximation.

## Sources (copies in `shared/data`, see its `SOURCES.md`)

| file | origin | licence |
|---|---|---|
| `eurostat_nace_rev2_to_isic4.csv` | Eurostat NACE Rev. 2 export (RAMON/ShowVoc, 2020-10-21), via GitHub `data-cleaning/validate` `pkg/data/nace_rev2.csv`, commit `137aeb4e3c5a9c2319ac41a57d7117fc66e24251` (columns reduced, values unchanged) | © European Union, reuse with acknowledgement (Decision 2011/833/EU); package GPL-3 |
| `census_naics2012_to_isic4.csv` | US Census Bureau concordance `2012_NAICS_to_ISIC_4.xlsx`, via GitHub `insongkim/concordance` `data-raw/2012 NAICS_to_ISIC_4.xlsx`, commit `90cd7d3f8ee0a5fbe7f0de6cebf59d4b1109452c` (sheet exported to CSV) | US Government work; package MIT |
| `uscmp_naics2012_to_cluster_emsi.csv` | US Cluster Mapping Project definitions (Emsi NAICS 2012 version), via GitHub `ACR1/industry-clusters` `Shared_Files/NAICS_crosswalks_to_Cluster_system.xlsx`, commit `59f88b820b8214435425f2971ff86ffd443f59fb` (one sheet exported to CSV) | repository CC-BY-SA; definitions © clustermapping.us (Harvard ISC / US EDA) |

## Method

1. NACE class (Level 4, e.g. `30.30`) → its `Reference_to_ISIC_Rev._4` class (one per NACE class).
2. ISIC class → all NAICS 2012 codes linked to it in the Census concordance. The {group_links}
   Census rows linked to an ISIC *group* (`012X`, `014X`, `331X`) are applied to every ISIC
   class of that group.
3. NAICS → `TradedLocal` / `Cluster` in the cluster table.
4. **Weight** of class → cluster = (distinct NAICS reached in that traded cluster) /
   (all distinct NAICS reached). NAICS that are Local, or absent from the cluster table (e.g.
   public administration, NAICS `0`), form the remainder, written as category_code `local`
   ("(local / non-traded)"). A class reaching no NAICS at all gets `local` = 1. Counting NAICS
   codes (not employment) is an approximation: every NAICS industry counts equally.
5. **partial** = 1 if any contributing Census row has a non-blank Notes text ("part of …",
   "except …", group-level link), or if the ISIC class is shared by several NACE classes (then
   the US industries cannot be split between those NACE classes and all of them get the same
   profile).
6. **Groups** (3-digit dotted, e.g. `47.1`) and **divisions** (Eurostat SBS form: section letter
   + 2 digits, e.g. `C28`, `J62`, `S95`) = **unweighted mean** of the weight vectors of their
   classes (approximation: no class-level employment is available to weight them).
   partial = OR over the contributing classes; naics_count = distinct NAICS over the classes.
7. Weights are rounded to 6 decimals by largest-remainder apportionment, so the weights of
   every (level, nace) sum to exactly 1. Every code has a `local` row (possibly `0`); traded
   clusters with weight 0 are omitted.

Columns: `level,nace,category_code,category,weight,partial,naics_count`; rows sorted
lexicographically by level (`class` < `division` < `group`), nace, category_code.
category_code = cluster name lowercased, words joined by `_`, "and"/"of" dropped
(e.g. `aerospace_vehicles_defense`); category = the cluster name as in the source.
Emerging industries (European Cluster Panorama) are **not** included: they are not derivable
from these sources.

## Coverage ({classes} NACE classes, {groups} groups, {divisions} divisions, {rows} rows)

| NACE classes that reach … | count |
|---|---|
| exactly one traded cluster, nothing else | {one_only} |
| one traded cluster + local/non-traded NAICS | {one_plus_local} |
| several traded clusters | {several} |
| only Local NAICS (no traded cluster) | {local_only} |
| only NAICS absent from the cluster table | {unknown_only} |
| no NAICS at all (ISIC class not in the Census concordance) | {nothing} |

- Of the "one traded + local" classes, {one_plus_unknown} have only NAICS absent from the cluster
  table besides it (`shared/data/SOURCES.md` counts these under "exactly one").
- Classes whose largest traded cluster has weight ≥ 0.5: {majority}.
- Classes reaching at least one NAICS absent from the cluster table: {with_unknown}.
- Classes with at least one partial link: {partial_classes}; classes whose ISIC class is shared
  with another NACE class: {shared_isic}.
- Traded clusters reached by at least one class: {clusters_reached} of {traded}.
"""

if __name__ == "__main__":
    main()
