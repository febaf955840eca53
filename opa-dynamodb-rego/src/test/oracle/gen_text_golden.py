#!/usr/bin/env python3
"""Asks the real opa binary for the results of the text built-in calls listed in
text-cases.txt (one `name<TAB>[args as JSON]` per line; {"$set": [...]} stands for a set)
and writes text-golden.jsonl, which TextBuiltinsGoldenTest replays against our built-ins."""
import json, subprocess, sys, os

OPA = os.environ.get("OPA", "/root/.cache/opa-oracle/v1.22.2/opa")
HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "resources", "io", "opadynamodb", "rego", "builtins", "text")

def rego(v, raw):
    # raw keeps number literal text: we re-serialise from the parsed structure, numbers by text
    if isinstance(v, dict) and set(v.keys()) == {"$set"}:
        items = [rego(x, None) for x in v["$set"]]
        return "{" + ", ".join(items) + "}" if items else "set()"
    if isinstance(v, dict):
        return "{" + ", ".join(rego(k if not k.startswith("$num:") else Num(k[5:]), None) + ": " + rego(x, None) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(rego(x, None) for x in v) + "]"
    if isinstance(v, Num):
        return str(v.text)
    return json.dumps(v, ensure_ascii=False)

def has_set(v):
    if isinstance(v, dict):
        return "$set" in v or any(has_set(x) for x in v.values())
    if isinstance(v, list):
        return any(has_set(x) for x in v)
    return False

class Num:
    def __init__(self, text): self.text = text

def main():
    out = []
    with open(os.path.join(RES, "text-cases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            name, args_text = line.split("\t", 1)
            args = json.loads(args_text, parse_float=Num, parse_int=Num)
            # Arguments without sets come from input, so that the type checker cannot reject
            # them before the built-in runs; sets (not JSON) are written as literals.
            inputs = [a if not has_set(a) else None for a in args]
            terms = ["input[%d]" % i if not has_set(a) else rego(a, None) for i, a in enumerate(args)]
            query = "x := %s(%s)" % (name, ", ".join(terms))
            p = subprocess.run([OPA, "eval", "-f", "json", "--strict-builtin-errors", "--stdin-input", query],
                               input="[" + ", ".join(rego(a, None) if a is not None else "null" for a in inputs) + "]",
                               capture_output=True, text=True)
            res = json.loads(p.stdout)
            rec = {"name": name, "args": args_text}
            if "errors" in res:
                rec["error"] = res["errors"][0]["message"]
                rec["code"] = res["errors"][0].get("code")
            elif not res.get("result"):
                rec["undefined"] = True
            else:
                rec["want"] = res["result"][0]["bindings"]["x"]
            out.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(RES, "text-golden.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", len(out), "cases")

main()
