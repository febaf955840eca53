#!/usr/bin/env python3
"""Differential test: the same `eval --format json` runs through the real OPA and through our CLI.

Cases:
  * every seed policy (opa-dynamodb-rego/src/test/resources/seeds/<name>/policy.rego + data.json) against
    the whole package, each of its rules, and an iterating query, with the seed's input-*.json files plus
    inputs generated from them (field values recombined, fields dropped, retyped, nulled);
  * every seed's policy_test.rego package evaluated as a document (all test_* results at once);
  * the standalone queries of scripts/difftest/queries.txt (no modules, no input).

Outputs are compared as JSON with numbers kept as their literal text (OPA prints 59.20, not 59.2); errors
are compared on code, message and location only; exit statuses must match. Any difference fails the run.

usage: difftest.py --opa /path/to/opa --ours 'java -jar rego-cli.jar' [--jobs 2] [--generated 24] [--no-batch]

Our CLI runs as one long-lived `batch` process per job (see BatchCommand); --no-batch starts it per case.
"""
import argparse
import concurrent.futures
import itertools
import json
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(ROOT, "opa-dynamodb-rego", "src", "test", "resources", "seeds")
QUERIES = os.path.join(ROOT, "scripts", "difftest", "queries.txt")


class Number(str):
    """A JSON number kept as its literal text, so 1.0 and 1 differ as they do in OPA's output."""


def parse_json(text):
    return json.loads(text, parse_float=Number, parse_int=Number, parse_constant=Number)


def package_of(rego_file):
    with open(rego_file, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^package\s+([\w.]+)", line)
            if m:
                return m.group(1)
    raise ValueError("no package in " + rego_file)


RULE_HEAD = re.compile(r"^(?:default\s+)?([a-z_][A-Za-z0-9_]*)\b(?!\s*\()")


def rules_of(rego_file):
    """Names of the module's non-function rules (good enough for the seeds: heads start in column 0)."""
    names = []
    with open(rego_file, encoding="utf-8") as f:
        for line in f:
            m = RULE_HEAD.match(line)
            if m and m.group(1) not in ("package", "import", "else") and m.group(1) not in names:
                names.append(m.group(1))
    return names


def variants(inputs, count, rng):
    """Inputs derived from the seed's own: recombined field values plus a few malformed shapes."""
    objects = [i for i in inputs if isinstance(i, dict)]
    if not objects:
        return []
    fields = {}
    for obj in objects:
        for k, v in obj.items():
            fields.setdefault(k, [])
            if v not in fields[k]:
                fields[k].append(v)
    keys = sorted(fields)
    combos = list(itertools.product(*(fields[k] for k in keys)))
    rng.shuffle(combos)
    out = [dict(zip(keys, c)) for c in combos[:count]]
    base = objects[0]
    for k in keys:
        out.append({x: y for x, y in base.items() if x != k})      # field missing
        out.append({**base, k: None})                                # null
        out.append({**base, k: 12.50})                               # number where a string is expected
        out.append({**base, k: [base[k]]})                           # wrapped in an array
    out.append({})
    out.append([1, "two"])                                           # not even an object
    return out


def seed_cases(generated, tmp):
    rng = random.Random(20240601)
    cases = []
    for name in sorted(os.listdir(SEEDS)):
        seed = os.path.join(SEEDS, name)
        policy = os.path.join(seed, "policy.rego")
        if not os.path.isfile(policy):
            continue
        files = [policy] + [os.path.join(seed, "data.json")] * os.path.isfile(os.path.join(seed, "data.json"))
        pkg = package_of(policy)
        queries = ["data." + pkg] + ["data.%s.%s" % (pkg, r) for r in rules_of(policy)]
        queries.append("some name; x := data.%s[name]" % pkg)
        input_files = sorted(f for f in os.listdir(seed) if f.startswith("input-") and f.endswith(".json"))
        inputs = []
        for f in input_files:
            with open(os.path.join(seed, f), encoding="utf-8") as fh:
                inputs.append(json.load(fh))
        input_paths = [os.path.join(seed, f) for f in input_files]
        for i, doc in enumerate(variants(inputs, generated, rng)):
            path = os.path.join(tmp, "%s-generated-%03d.json" % (name, i))
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(doc, fh)
            input_paths.append(path)
        own_inputs = [None] + input_paths[:len(input_files)]
        for q in queries:
            for p in own_inputs:
                cases.append((name, files, p, q))
        # The whole package covers every rule: enough for the many generated inputs.
        for p in input_paths[len(input_files):]:
            cases.append((name, files, p, queries[0]))
        test_file = os.path.join(seed, "policy_test.rego")
        if os.path.isfile(test_file):
            cases.append((name + "/tests", files + [test_file], None, "data." + package_of(test_file)))
    return cases


def query_cases():
    cases = []
    with open(QUERIES, encoding="utf-8") as f:
        for line in f:
            q = line.strip()
            if q and not q.startswith("#"):
                cases.append(("queries.txt", [], None, q))
    return cases


def normalise(stdout):
    """The comparable part of an `eval --format json` output (None when it is not JSON)."""
    try:
        doc = parse_json(stdout)
    except ValueError:
        return None
    if isinstance(doc, dict) and "errors" in doc:
        doc = {"errors": [{k: e.get(k) for k in ("code", "message", "location")} for e in doc["errors"]]}
    return doc


def eval_args(files, input_path, query):
    args = ["eval", "--format", "json"]
    for f in files:
        args += ["-d", f]
    if input_path:
        args += ["-i", input_path]
    args.append(query)
    return args


def run(command, args):
    p = subprocess.run(list(command) + args, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


class Batch:
    """Our CLI's `batch` command: one JVM answering many command lines (a JVM start per query is slow)."""

    def __init__(self, command):
        self.proc = subprocess.Popen(list(command) + ["batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8")

    def run(self, args):
        self.proc.stdin.write(json.dumps(args) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("our CLI's batch process ended (exit %s)" % self.proc.poll())
        r = json.loads(line)
        return r["status"], r["stdout"], r["stderr"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


class BatchPool:
    """One batch process per worker thread."""

    def __init__(self, command):
        self.command = command
        self.local = threading.local()
        self.all = []
        self.lock = threading.Lock()

    def run(self, args):
        batch = getattr(self.local, "batch", None)
        if batch is None:
            batch = self.local.batch = Batch(self.command)
            with self.lock:
                self.all.append(batch)
        return batch.run(args)

    def close(self):
        for b in self.all:
            b.close()


def compare(case, opa, ours):
    name, files, input_path, query = case
    args = eval_args(files, input_path, query)
    opa_rc, opa_out, opa_err = run(opa, args)
    our_rc, our_out, our_err = ours(args)
    want, got = normalise(opa_out), normalise(our_out)
    if want is None and opa_rc != 0:
        # OPA reported the failure on stderr only (e.g. unreadable input): ours must fail too.
        same = our_rc != 0
    else:
        same = want == got and (opa_rc == 0) == (our_rc == 0)
    if same:
        return None
    where = "%s: %s%s" % (name, query, "  (input %s)" % os.path.basename(input_path) if input_path else "")
    return "%s\n  opa  (exit %d): %s\n  ours (exit %d): %s" % (
        where, opa_rc, compact(opa_out, opa_err), our_rc, compact(our_out, our_err))


def compact(out, err, limit=1500):
    # Pretty-printed JSON joined on one line, keeping number texts as printed.
    text = re.sub(r"\n\s*", "", out).strip() or err.strip()
    return text if len(text) <= limit else text[:limit] + "..."


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--opa", required=True, help="the reference opa binary")
    ap.add_argument("--ours", required=True, help="command line of our CLI, e.g. 'java -jar rego-cli.jar'")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--generated", type=int, default=24, help="recombined inputs per seed")
    ap.add_argument("--filter", default="", help="only cases whose seed name or query contains this text")
    ap.add_argument("--no-batch", action="store_true", help="start our CLI once per case instead of using `batch`")
    args = ap.parse_args()
    opa = [args.opa]
    if args.no_batch:
        ours = lambda a: run(shlex.split(args.ours), a)
        batches = None
    else:
        batches = BatchPool(shlex.split(args.ours))
        ours = batches.run
    with tempfile.TemporaryDirectory(prefix="difftest-") as tmp:
        cases = [c for c in seed_cases(args.generated, tmp) + query_cases()
                 if args.filter in c[0] or args.filter in c[3]]
        failures = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as executor:
            for result in executor.map(lambda c: compare(c, opa, ours), cases):
                if result:
                    failures.append(result)
                    print("DIFF " + result, flush=True)
        if batches:
            batches.close()
    print("difftest: %d cases, %d identical, %d different" % (len(cases), len(cases) - len(failures), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
