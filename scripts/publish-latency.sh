#!/usr/bin/env bash
# Publish-to-decision latency over HTTP (a measurement, not a test): how long after a POST /actuator/opa each
# instance of the sample app decides by the new policy. Builds the sample app, then for each mode starts the
# instances (two sample apps on one table in a moto server for the moto modes, one app on its embedded store for
# the embedded modes) and runs scripts/publish-latency/PublishLatency.java against them: N publishes of
# compute/cpus.rego through the first instance, alternating max_cpus between 32 and 8, each followed by a tight
# loop on every instance (alice's 16-cpu VM: 201 or 403) until it has switched. Delays are measured from just
# before the publish request is sent; the publish call's own round trip is a row of its own, and "X after 200"
# rows give each instance's delay minus that round trip (negative: it switched before the publisher answered). The first --warmup
# publishes of each mode are not counted (cold JIT after start-up). --poll-ms is the pause between two decision
# requests to one instance while waiting for it to switch. The instances run without the decision log and with
# {noop} passwords (--demo.plain-passwords=true): bcrypt on every polled request would swamp the CPU.
#
# usage: scripts/publish-latency.sh [--publishes=50] [--warmup=5] [--poll-ms=5] [--no-build]
#                                   [--modes=moto-streams,moto-poll,embedded-streams,embedded-poll]
#                                   [--opa.x=y ...]
#   moto-streams      2 instances, DynamoDB Streams on (and the sample's 5 s poll as fallback)
#   moto-poll         2 instances, --opa.dynamodb.streams=false --opa.dynamodb.poll-interval=1s
#   embedded-streams  1 instance on the in-process store, streams on
#   embedded-poll     1 instance on the in-process store, streams off, poll every 1 s
# Arguments --opa.*, --spring.* and --demo.* go to every instance (e.g. --opa.dynamodb.stream-read-interval=200ms).
# The moto modes need moto_server on PATH (pip install 'moto[server]') or $MOTO_SERVER.
# APP_JAVA_OPTS replaces the instances' JVM options (default -Xmx384m). Every process started is stopped on exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

publishes=50
warmup=5
poll_ms=5
build=1
modes="moto-streams,moto-poll,embedded-streams,embedded-poll"
app_args=()
for arg in "$@"; do
  case "$arg" in
    --publishes=*) publishes="${arg#*=}" ;;
    --warmup=*) warmup="${arg#*=}" ;;
    --poll-ms=*) poll_ms="${arg#*=}" ;;
    --modes=*) modes="${arg#*=}" ;;
    --no-build) build=0 ;;
    --opa.* | --spring.* | --demo.*) app_args+=("$arg") ;;
    *) echo "unknown option $arg (see the header of $0)" >&2; exit 2 ;;
  esac
done
moto="${MOTO_SERVER:-moto_server}"
if [[ ",$modes," == *,moto-* ]] && ! command -v "$moto" >/dev/null 2>&1; then
  echo "moto_server not found (pip install 'moto[server]', or set MOTO_SERVER); run --modes=embedded-streams,embedded-poll without it" >&2
  exit 1
fi

jar="$root/sample-app/target/sample-app.jar"
driver="$root/scripts/publish-latency/PublishLatency.java"
logs="$(mktemp -d "${TMPDIR:-/tmp}/publish-latency.XXXXXX")"
results="$logs/results.txt"
pids=()
moto_port=""

stop_all() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# A port nobody listens on (checked, not reserved: good enough on one's own machine).
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# start_app NAME PORT ARGS...: one sample app in the background, its log in $logs/NAME.log.
start_app() {
  local name="$1" port="$2"
  shift 2
  # shellcheck disable=SC2086 # the options are meant to split into words
  java ${APP_JAVA_OPTS:--Xmx384m} -jar "$jar" --server.port="$port" --opa.decision-log.enabled=false \
    --demo.plain-passwords=true "$@" ${app_args[@]+"${app_args[@]}"} \
    >"$logs/$name.log" 2>&1 &
  pids+=($!)
  wait_healthy "$name" "$port" $!
}

wait_healthy() {
  local name="$1" port="$2" pid="$3" i
  for i in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -u admin:password "http://127.0.0.1:$port/actuator/health")" = 200 ]; then
      echo "== $name is up on port $port" >&2
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited; the end of $logs/$name.log:" >&2
      tail -30 "$logs/$name.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$name was not healthy within 300 s (see $logs/$name.log)" >&2
  exit 1
}

# start_moto MODE: a moto server in the background; its port in $moto_port.
start_moto() {
  local port
  port="$(free_port)"
  "$moto" -H 127.0.0.1 -p "$port" >"$logs/moto-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      moto_port="$port"
      return
    fi
    sleep 1
  done
  echo "moto did not open port $port (see $logs/moto-$1.log)" >&2
  exit 1
}

# run_mode MODE: starts its instances, measures, stops them.
run_mode() {
  local mode="$1" extra=() urls=() label port name
  case "$mode" in
    *-poll) extra=(--opa.dynamodb.streams=false --opa.dynamodb.poll-interval=1s) ;;
  esac
  case "$mode" in
    moto-*)
      start_moto "$mode"
      extra+=(--opa.dynamodb.embedded=false --opa.dynamodb.create-table=true --demo.identity-seed=true
        --spring.cloud.aws.region.static=us-east-1 --spring.cloud.aws.dynamodb.endpoint="http://127.0.0.1:$moto_port"
        --spring.cloud.aws.credentials.access-key=test --spring.cloud.aws.credentials.secret-key=test)
      # One after the other: the first creates and seeds the table, the second finds it.
      for name in a b; do
        port="$(free_port)"
        start_app "$mode-$name" "$port" "${extra[@]}"
        urls+=("http://127.0.0.1:$port")
      done
      ;;
    embedded-*)
      port="$(free_port)"
      start_app "$mode" "$port" "${extra[@]}"
      urls+=("http://127.0.0.1:$port")
      ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
  case "$mode" in
    moto-streams) label="moto, streams" ;;
    moto-poll) label="moto, poll 1s" ;;
    embedded-streams) label="embedded, streams" ;;
    embedded-poll) label="embedded, poll 1s" ;;
  esac
  echo "== $mode: $publishes publishes" >&2
  if ! java "$driver" "$label" sample-app/src/main/resources/policies/compute/cpus.rego "$publishes" \
    "$warmup" "$poll_ms" "${urls[@]}" >>"$results" 2>"$logs/$mode-driver.log"; then
    echo "the measurement of $mode failed; the end of $logs/$mode-driver.log:" >&2
    tail -20 "$logs/$mode-driver.log" >&2
    exit 1
  fi
  stop_all
}

if [ "$build" = 1 ]; then
  echo "== building the sample app" >&2
  ./mvnw -q -B -ntp -DskipTests package -pl sample-app -am
fi
echo "== logs in $logs" >&2
java "$driver" --header >"$results"
IFS=',' read -r -a mode_list <<<"$modes"
for mode in "${mode_list[@]}"; do
  run_mode "$mode"
done
echo "publish-to-decision latency (ms from just before POST /actuator/opa is sent; load average $(cut -d' ' -f1-3 /proc/loadavg))"
[ ${#app_args[@]} -eq 0 ] || echo "instance settings: ${app_args[*]}"
cat "$results"
