#!/usr/bin/env python3
"""Regenerates expected.tsv from cases.tsv by asking the real opa binary (v1.22.2).

cases.tsv: one case per line: <builtin name> TAB <JSON array of arguments>.
An argument {"$set": [...]} stands for a Rego set. Arguments reach opa through input, so the
type checker does not reject them and the built-in's own operand checks are exercised.
expected.tsv: name TAB args TAB outcome, where outcome is {"json": json.marshal(v)}, {"undefined": true} or
{"error": {"code": c, "message": m}}.
"""
import json, subprocess, sys, os

OPA = os.environ.get("OPA", "/root/.cache/opa-oracle/v1.22.2/opa")
here = os.path.dirname(os.path.abspath(__file__))

def arg_expr(i, a):
    if isinstance(a, dict) and list(a.keys()) == ["$set"]:
        return '{e | some e in input[%d]["$set"]}' % i
    return "input[%d]" % i

out = []
for line in open(os.path.join(here, "cases.tsv"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    name, args = line.split("\t", 1)
    argv = json.loads(args)
    query = "x := %s(%s); y := json.marshal(x)" % (name, ", ".join(arg_expr(i, a) for i, a in enumerate(argv)))
    p = subprocess.run([OPA, "eval", "-f", "json", "--strict-builtin-errors", "-I", query],
                       input=args, capture_output=True, text=True)
    res = json.loads(p.stdout)
    if "errors" in res:
        e = res["errors"][0]
        outcome = {"error": {"code": e["code"], "message": e["message"]}}
    elif not res.get("result"):
        outcome = {"undefined": True}
    else:
        # json.marshal keeps the exact number text, which the comparison checks.
        outcome = {"json": res["result"][0]["bindings"]["y"]}
    out.append("%s\t%s\t%s" % (name, args, json.dumps(outcome, ensure_ascii=False)))
open(os.path.join(here, "expected.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print(len(out), "cases")
