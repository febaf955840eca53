#!/usr/bin/env python3
"""Records how the reference OPA quotes tricky strings with Go's strconv.Quote, for GoQuoteOracleTest.

Run from the repository root:
  python3 scripts/record-goquote-oracle.py /root/.cache/opa-oracle/v1.22.2/opa \
      > opa-dynamodb-rego/src/test/resources/value/goquote-oracle.json
Each case holds the input string and, per probe, OPA's value or its error message.
"""
import json
import subprocess
import sys
import tempfile

OPA = sys.argv[1]

STRINGS = [
    "", " ", "plain", "é日本", "a\u2028b\u2029c", "\r\n\t", "\x00\x01\x1f", "\x07\x08\x0c\x0b", "\x7f",
    "\u00ad", "\u0085", "\u00a0", "\u3000", "\u1680", "\u200b", "\ufeff", "\u061c", "\u0301",
    "\U0001F600", "\U000E0001", "\U0010FFFF", "\U000F0000", "\ue000", "\u0378", "\u0870", "\U0001FAE8",
    "\ufffd", "<>&'\"\\`", "\ud800", "x\udc00y", "\ud83d\ude00\ud83d",
]

MODULE = """package quote
q := sprintf("%q", [input.s])
ascii := sprintf("%+q", [input.s])
v := sprintf("%v", [[input.s, {input.s: {input.s}}]])
"""

ERROR_QUERIES = {
    "duration": "time.parse_duration_ns(input.s)",
    "to_number": "to_number(input.s)",
    "time_parse": 'time.parse_ns("2006", input.s)',
}


def opa_eval(query, s, module=MODULE):
    with tempfile.NamedTemporaryFile("w", suffix=".rego") as mod, tempfile.NamedTemporaryFile("w", suffix=".json") as inp:
        mod.write(module)
        mod.flush()
        inp.write(json.dumps({"s": s}))
        inp.flush()
        out = subprocess.run([OPA, "eval", "--strict-builtin-errors", "-f", "json", "-d", mod.name, "-i", inp.name,
                              query], capture_output=True, text=True)
        doc = json.loads(out.stdout)
        if "errors" in doc:
            return {"error": doc["errors"][0]["message"]}
        return {"value": doc["result"][0]["expressions"][0]["value"]}


def type_error(s):
    """The undefined-ref message, which prints the string key as a Rego term."""
    module = "package quote\nr := {\"a\": 1}\nx := r[%s].b\n" % json.dumps(s)
    return opa_eval("data.quote.x", s, module)


cases = []
for s in STRINGS:
    case = {"s": s, "probes": {}}
    values = opa_eval("data.quote", s)["value"]
    for name in ("q", "ascii", "v"):
        case["probes"][name] = {"value": values[name]}
    for name, query in ERROR_QUERIES.items():
        case["probes"][name] = opa_eval(query, s)
    case["probes"]["term"] = type_error(s)
    cases.append(case)
json.dump(cases, sys.stdout, indent=1)
print()
