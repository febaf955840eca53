#!/usr/bin/env bash
# Benchmarks the seed RBAC and ABAC policies on a small and a 10,000-user data set: our engine with JMH and,
# where the reference OPA builds (scripts/oracle-env.sh), the same policies, data and inputs with `opa bench`
# on the same machine in the same run. Prints: policy, dataset, ours ns/op, opa ns/op, ratio (ours / opa).
# Takes a few minutes (JMH: 1 fork, 3 x 2 s warm-up, 5 x 2 s measurement per case).
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

echo "== our engine (JMH)" >&2
# shellcheck disable=SC2086
java -jar opa-dynamodb-rego-bench/target/benchmarks.jar SeedPolicyBenchmark \
  ${BENCH_JMH_ARGS:--f 1 -wi 3 -w 2s -i 5 -r 2s} \
  -jvmArgsAppend "-Dbench.dir=$out/cases" -rf json -rff "$out/jmh.json" >&2

opa_bin=""
set +e
oracle_env="$(scripts/oracle-env.sh)"
status=$?
set -e
if [ $status -eq 0 ]; then
  eval "$oracle_env"
  opa_bin="$OPA_BIN"
  echo "== OPA $OPA_VERSION (opa bench)" >&2
  for policy in rbac abac; do
    for dataset in small 10k; do
      case_dir="$out/cases/$policy/$dataset"
      for run in 1 2 3; do
        "$opa_bin" bench --format json --metrics=false --benchmem=false \
          -d "$case_dir/policy.rego" -d "$case_dir/data.json" -i "$case_dir/input.json" \
          "$(cat "$case_dir/query.txt")" > "$out/opa-$policy-$dataset-$run.json"
      done
    done
  done
else
  echo "########################################################################" >&2
  echo "SKIP: the reference OPA is not available (oracle-env exit $status): no opa column" >&2
  echo "########################################################################" >&2
fi

python3 scripts/bench/report.py "$out"
