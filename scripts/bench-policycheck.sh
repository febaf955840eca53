#!/usr/bin/env bash
# Measures the latency @PolicyCheck adds to a real HTTP endpoint (loopback, one request at a time):
# p50/p99 of the same endpoint with and without the annotation, in the same run.
# Usage: scripts/bench-policycheck.sh [measured-requests-per-endpoint] [warm-up-requests-per-endpoint]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl opa-dynamodb-autoconfigure -am install -DskipTests
./mvnw -B -ntp -q -pl opa-dynamodb-autoconfigure test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
module=opa-dynamodb-autoconfigure
java -cp "$module/target/test-classes:$module/target/classes:$(cat $module/target/bench-classpath.txt)" \
  io.opadynamodb.spring.bench.PolicyCheckOverheadBenchmark "$@"
