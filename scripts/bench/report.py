#!/usr/bin/env python3
"""Prints the benchmark table from the files scripts/bench.sh leaves in OUT:
  jmh-<policy>-<dataset>.json        JMH results (SeedPolicyBenchmark.evaluate and .evaluateParsingInput)
  opa-<policy>-<dataset>-<run>.json  `opa bench --format json` (T/N = ns/op; the median of the runs is used)
  load-{ours,opa}-<policy>-<dataset>.txt  the 1-minute load average when each engine's run started

usage: report.py OUT
"""
import glob
import json
import os
import statistics
import sys

CASES = [(p, d) for p in ("rbac", "abac") for d in ("small", "10k")]


def ours(out, policy, dataset):
    """{benchmark method: (ns/op, 99.9% error)} for one case, or {} when JMH left no results."""
    path = os.path.join(out, "jmh-%s-%s.json" % (policy, dataset))
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    scores = {}
    for r in results:
        unit = r["primaryMetric"]["scoreUnit"]
        if unit != "ns/op":
            raise SystemExit("unexpected JMH unit " + unit)
        metric = r["primaryMetric"]
        scores[r["benchmark"].rsplit(".", 1)[1]] = (metric["score"], metric["scoreError"])
    return scores


def opa(out, policy, dataset):
    runs = []
    for path in glob.glob(os.path.join(out, "opa-%s-%s-*.json" % (policy, dataset))):
        with open(path, encoding="utf-8") as f:
            r = json.load(f)
        runs.append(r["T"] / r["N"])
    return (statistics.median(runs), min(runs), max(runs)) if runs else None


def load(out, engine, policy, dataset):
    path = os.path.join(out, "load-%s-%s-%s.txt" % (engine, policy, dataset))
    if not os.path.exists(path):
        return "n/a"
    with open(path, encoding="utf-8") as f:
        return f.read().strip()


def main(out):
    rows = [("policy", "dataset", "ours ns/op", "opa ns/op (min..max)", "ratio (ours/opa)", "ours + input parse ns/op",
             "load ours/opa")]
    for policy, dataset in CASES:
        scores = ours(out, policy, dataset)
        if "evaluate" not in scores:
            continue
        score, error = scores["evaluate"]
        parsing = scores.get("evaluateParsingInput")
        runs = opa(out, policy, dataset)
        theirs = runs[0] if runs else None
        rows.append((policy, dataset, "%.0f ± %.0f" % (score, error),
                     "%.0f (%.0f..%.0f)" % runs if runs else "n/a",
                     "%.2f" % (score / theirs) if theirs else "n/a",
                     "%.0f ± %.0f" % parsing if parsing else "n/a",
                     "%s/%s" % (load(out, "ours", policy, dataset), load(out, "opa", policy, dataset))))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(w) if j < 2 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print("(%d cores; ours: JMH mean ± 99.9%% error; opa: median of the `opa bench` runs;"
          " load = 1-minute load"
          " average when each engine's run started)" % os.cpu_count())


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
