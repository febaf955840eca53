#!/usr/bin/env bash
# Benchmarks the seed RBAC and ABAC policies on a small and a 10,000-user data set: our engine with JMH and,
# where the reference OPA builds (scripts/oracle-env.sh), the same policy, data and input files with
# `opa bench` on the same machine in the same run. Both time one evaluation of an already prepared query
# against an already parsed input (OPA: rego.PrepareForEval + ParsedInput; ours: PreparedQuery.evaluate with
# EvalOptions built once). For each case our JMH run and OPA's runs go back to back, and the load average
# is recorded next to each, so a noisy machine shows in the table.
# Prints: policy, dataset, ours ns/op, opa ns/op, ratio (ours / opa), load averages.
# Takes about nine minutes (JMH per case and method: 1 fork, 15 x 2 s warm-up, 5 x 2 s measurement; OPA: 3 x 1 s).
# The long warm-up is deliberate: on a loaded two-core machine the JIT needs 20 s or more to settle.
#
# usage: scripts/bench.sh            (BENCH_JMH_ARGS overrides the JMH iteration flags)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/opa-dynamodb-rego-bench/target/bench-data"

echo "== building the JMH jar" >&2
./mvnw -q -B -ntp -Pbench -pl opa-dynamodb-rego-bench -am -DskipTests package
rm -rf "$out" && mkdir -p "$out"
python3 scripts/bench/gen_data.py "$out/cases"

opa_bin=""
set +e
oracle_env="$(scripts/oracle-env.sh)"
status=$?
set -e
if [ $status -eq 0 ]; then
  eval "$oracle_env"
  opa_bin="$OPA_BIN"
  echo "== reference: OPA $OPA_VERSION ($opa_bin)" >&2
else
  echo "########################################################################" >&2
  echo "SKIP: the reference OPA is not available (oracle-env exit $status): no opa column" >&2
  echo "########################################################################" >&2
fi

load() { cut -d' ' -f1 /proc/loadavg; }

for policy in rbac abac; do
  for dataset in small 10k; do
    case_dir="$out/cases/$policy/$dataset"
    echo "== $policy/$dataset: our engine (JMH)" >&2
    load > "$out/load-ours-$policy-$dataset.txt"
    # shellcheck disable=SC2086
    java -jar opa-dynamodb-rego-bench/target/benchmarks.jar SeedPolicyBenchmark \
      -p "policy=$policy" -p "dataset=$dataset" \
      ${BENCH_JMH_ARGS:--f 1 -wi 15 -w 2s -i 5 -r 2s} \
      -jvmArgsAppend "-Dbench.dir=$out/cases" -rf json -rff "$out/jmh-$policy-$dataset.json" >&2
    if [ -n "$opa_bin" ]; then
      query="$(cat "$case_dir/query.txt")"
      # The same decision as ours (our benchmark checks its own): measuring a wrong answer is pointless.
      decision="$("$opa_bin" eval --format raw -d "$case_dir/policy.rego" -d "$case_dir/data.json" \
        -i "$case_dir/input.json" "$query")"
      if [ "$decision" != "true" ]; then
        echo "OPA decides '$decision' for $policy/$dataset, expected true" >&2
        exit 1
      fi
      echo "== $policy/$dataset: OPA (opa bench)" >&2
      load > "$out/load-opa-$policy-$dataset.txt"
      for run in 1 2 3; do
        "$opa_bin" bench --format json --metrics=false --benchmem=false \
          -d "$case_dir/policy.rego" -d "$case_dir/data.json" -i "$case_dir/input.json" \
          "$query" > "$out/opa-$policy-$dataset-$run.json"
      done
    fi
  done
done

python3 scripts/bench/report.py "$out"
