#!/usr/bin/env python3
"""Writes the benchmark cases: OUT/<policy>/<dataset>/{policy.rego,data.json,input.json,query.txt}.

policy:  rbac, abac (the seed policies)
dataset: small (the seed's own data and an input it allows)
         10k   (10,000 generated users; the input names a user in the middle of the set, allowed by the
                last permission of their last role for RBAC and by the senior-trader rule for ABAC)
Deterministic: the same files on every run, so both engines always see identical inputs.

usage: gen_data.py OUT
"""
import json
import os
import random
import shutil
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(ROOT, "opa-dynamodb-rego", "src", "test", "resources", "seeds")
USERS = 10_000
QUERIES = {"rbac": "data.rbac.authz.allow", "abac": "data.abac.allow"}
SMALL_INPUTS = {"rbac": "input-alice-write-server.json", "abac": "input-alice-amzn-4.5m.json"}


def rbac_10k(rng):
    actions = ["read", "write", "delete", "list"]
    roles = ["role-%03d" % r for r in range(200)]
    role_permissions = {
        role: [{"action": rng.choice(actions), "object": "server-%04d" % rng.randrange(2000)} for _ in range(5)]
        for role in roles
    }
    user_roles = {"user-%05d" % u: rng.sample(roles, 3) for u in range(USERS)}
    user = "user-%05d" % (USERS // 2)
    wanted = role_permissions[user_roles[user][-1]][-1]
    return ({"user_roles": user_roles, "role_permissions": role_permissions},
            {"user": user, "action": wanted["action"], "object": wanted["object"]})


def abac_10k(rng):
    titles = ["trader", "analyst", "engineer", "auditor"]
    users = {"user-%05d" % u: {"tenure": rng.randrange(31), "title": rng.choice(titles)} for u in range(USERS)}
    user = "user-%05d" % (USERS // 2)
    users[user] = {"tenure": 12, "title": "trader"}
    tickers = {
        "T%04d" % t: {"exchange": rng.choice(["NASDAQ", "NYSE"]), "price": round(rng.uniform(1, 900), 2)}
        for t in range(1000)
    }
    tickers["T0500"] = {"exchange": "NASDAQ", "price": 120.25}
    return ({"user_attributes": users, "ticker_attributes": tickers},
            {"user": user, "ticker": "T0500", "action": "buy", "amount": 4000000})


def write_case(out, policy, dataset, data, input_doc):
    case = os.path.join(out, policy, dataset)
    os.makedirs(case, exist_ok=True)
    shutil.copy(os.path.join(SEEDS, policy, "policy.rego"), os.path.join(case, "policy.rego"))
    with open(os.path.join(case, "data.json"), "w", encoding="utf-8") as f:
        json.dump(data, f)
    with open(os.path.join(case, "input.json"), "w", encoding="utf-8") as f:
        json.dump(input_doc, f)
    with open(os.path.join(case, "query.txt"), "w", encoding="utf-8") as f:
        f.write(QUERIES[policy] + "\n")


def main(out):
    generators = {"rbac": rbac_10k, "abac": abac_10k}
    for policy in ("rbac", "abac"):
        with open(os.path.join(SEEDS, policy, "data.json"), encoding="utf-8") as f:
            data = json.load(f)
        with open(os.path.join(SEEDS, policy, SMALL_INPUTS[policy]), encoding="utf-8") as f:
            input_doc = json.load(f)
        write_case(out, policy, "small", data, input_doc)
        data, input_doc = generators[policy](random.Random(42))
        write_case(out, policy, "10k", data, input_doc)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
