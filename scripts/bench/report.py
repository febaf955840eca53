#!/usr/bin/env python3
"""Prints the benchmark table from OUT/jmh.json (JMH results) and OUT/opa-<policy>-<dataset>-<run>.json
(`opa bench --format json`, T/N = ns/op; the median of the runs is used).

usage: report.py OUT
"""
import glob
import json
import os
import statistics
import sys


def ours(out):
    with open(os.path.join(out, "jmh.json"), encoding="utf-8") as f:
        results = json.load(f)
    table = {}
    for r in results:
        p = r["params"]
        unit = r["primaryMetric"]["scoreUnit"]
        if unit != "ns/op":
            raise SystemExit("unexpected JMH unit " + unit)
        table[(p["policy"], p["dataset"])] = r["primaryMetric"]["score"]
    return table


def opa(out, policy, dataset):
    runs = []
    for path in glob.glob(os.path.join(out, "opa-%s-%s-*.json" % (policy, dataset))):
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        runs.append(r["T"] / r["N"])
    return statistics.median(runs) if runs else None


def main(out):
    rows = [("policy", "dataset", "ours ns/op", "opa ns/op", "ratio (ours/opa)")]
    for (policy, dataset), score in sorted(ours(out).items(), key=lambda kv: (kv[0][0], kv[0][1] != "small")):
        theirs = opa(out, policy, dataset)
        rows.append((policy, dataset, "%.0f" % score,
                     "%.0f" % theirs if theirs else "n/a",
                     "%.2f" % (score / theirs) if theirs else "n/a"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(w) if j < 2 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
