#!/usr/bin/env bash
# Measures the latency @PolicyCheck adds to a real HTTP endpoint: builds policycheck-bench (a small Spring Boot
# app serving the same handler as /plain/servers/{id} and, with @PolicyCheck("rbac.allow"),
# /checked/servers/{id}, behind the same HTTP Basic filter chain) and loads both over loopback in the same run.
# Prints per concurrency: p50/p90/p99 latency and throughput of each endpoint, and checked minus plain.
# Default run: concurrency 1 and 4, 20 s warm-up per endpoint, 6 x 5 s measured per endpoint (about 3 minutes).
#
# usage: scripts/policycheck-bench.sh [--concurrency=1,4] [--warmup=S] [--round=S] [--rounds=N] [--spring.prop=v]
#   e.g. --opa.decision-log.enabled=false measures without the decision log (on by default, as in the starter).
#   BENCH_JAVA_OPTS overrides the JVM options (default: a fixed 512 MB heap).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "== building policycheck-bench" >&2
./mvnw -q -B -ntp -pl policycheck-bench -am -DskipTests package
cd policycheck-bench
rm -f target/decisions.log   # the decision log of this run only
# shellcheck disable=SC2086 # the options are meant to split into words
exec java ${BENCH_JAVA_OPTS:--Xms512m -Xmx512m} -jar target/policycheck-bench.jar "$@"
