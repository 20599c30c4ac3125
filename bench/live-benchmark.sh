#!/usr/bin/env bash
# Live streams under load: N readers of one live page, a post every second for a minute, a reconnect storm, and the
# live page's hot read rate with and without the readers connected; then two instances on one database.
#
#   ./mvnw package -DskipTests -Ppostgres      # the packaged PostgreSQL build; this script builds nothing
#   bench/live-benchmark.sh                    # 10,000 readers on one instance, then 5,000 on each of two
#   bench/live-benchmark.sh 2000               # fewer
#
# The load tool is bench/live-load.mjs (Node, no dependencies), on this same machine: its CPU competes with the
# server's. Latency is measured from the post's write being answered (committed) to the event's arrival at each
# reader, and from the post being sent (write included). Prints the figures and appends them to bench/RESULTS.md.
#
# Settings: POSTS (60), INTERVAL (1000 ms), STORM_POSTS (5), PORT (8089; the second instance PORT+100),
# DURATION (10s, each wrk run), PGHOST/PGUSER (127.0.0.1/postgres), DB (byline_live_bench), RESULTS (bench/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-10000}
POSTS=${POSTS:-60}
INTERVAL=${INTERVAL:-1000}
STORM_POSTS=${STORM_POSTS:-5}
PORT=${PORT:-8089}
PORT2=$((PORT + 100))
DURATION=${DURATION:-10s}
DB=${DB:-byline_live_bench}
RESULTS=${RESULTS:-bench/RESULTS.md}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -d "/+=\n")"
SECRETS_KEY="$(head -c 32 /dev/urandom | base64)"
PAGE=africa-live-updates-on-this-and-other-stories
WORK=$(mktemp -d)
PIDS=()

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "Build first: ./mvnw package -DskipTests -Ppostgres" >&2; exit 1; }
command -v wrk > /dev/null || apt-get install -y -qq wrk > /dev/null
ulimit -n "$(ulimit -Hn)"   # each stream is a socket on both sides

cleanup() { exec 3>&- 2>/dev/null || true; for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

start_app() { # $1 port, $2 name
  QUARKUS_HTTP_PORT=$1 BYLINE_ADMIN_KEY=$KEY BYLINE_SECRETS_KEY="$SECRETS_KEY" BYLINE_SAMPLE_CONTENT=true \
  BYLINE_RATE_LIMITS_READS_PER_MINUTE=0 BYLINE_RATE_LIMITS_WRITES_PER_MINUTE=0 BYLINE_LIVE_MAX_STREAMS=$((READERS + 1000)) \
  BYLINE_IMAGES_DIRECTORY="$WORK/images" BYLINE_API_URL="http://127.0.0.1:$1" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    java -jar target/quarkus-app/quarkus-run.jar > "$WORK/$2.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$2=$!"
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" > /dev/null && return
    sleep 0.2
  done
  echo "instance $2 did not start"; tail -30 "$WORK/$2.log"; exit 1
}
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )); }
heap_mb() { # live heap after a full collection: what the readers themselves hold, whatever the heap has grown to
  jcmd "$1" GC.run > /dev/null
  jcmd "$1" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i+1)); print int($(i+1) / 1024); exit}}'
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hot_rate() { # $1 base URL: requests/s of the live page, cache hot
  wrk -t2 -c32 -d"$DURATION" "$1/articles/$PAGE/live" | awk '/Requests\/sec/ {printf "%d", $2}'
}
field() { python3 -c "import json; d=[e for e in map(json.loads, open('$1')) if e.get('phase') == '$2'][0]; print($3)"; }

run_load() { # $1 out file, $2 bases, $3 readers, $4 phase (all|steady); leaves the tool waiting for go on fd 3
  mkfifo "$WORK/go-$1"
  node bench/live-load.mjs --bases "$2" --page "$PAGE" --key "$KEY" --readers "$3" --posts "$POSTS" --interval "$INTERVAL" \
    --storm-posts "$STORM_POSTS" --phase "$4" < "$WORK/go-$1" > "$WORK/$1" 2> "$WORK/$1.log" &
  LOAD=$!
  PIDS+=($LOAD)
  exec 3> "$WORK/go-$1"
  for _ in $(seq 1 1200); do grep -q '"phase":"connected"' "$WORK/$1" 2>/dev/null && return; sleep 0.1; done
  echo "readers did not connect"; cat "$WORK/$1.log"; exit 1
}

echo "== fresh database $DB with the sample content (Africa Live: 32 posts)"
psql -qd postgres -c "drop database if exists $DB" -c "create database $DB"
start_app "$PORT" a
A="http://127.0.0.1:$PORT/api/v1"
DURATION=5s hot_rate "$A" > /dev/null   # warm-up: JIT and heap, so that neither measurement pays for them
HOT_ALONE=$(hot_rate "$A")
RSS_IDLE=$(rss_mb "$PID_a")
HEAP_IDLE=$(heap_mb "$PID_a")
echo "   no readers: RSS $RSS_IDLE MB, live page hot $HOT_ALONE req/s"

echo "== $READERS readers on one instance"
run_load one.jsonl "$A" "$READERS" all
sleep 5
RSS_READERS=$(rss_mb "$PID_a")
HEAP_READERS=$(heap_mb "$PID_a")
HOT_READERS=$(hot_rate "$A")
RSS_READERS_HOT=$(rss_mb "$PID_a")
echo "   $(field "$WORK/one.jsonl" connected 'd["connectSeconds"]') s to connect; RSS $RSS_READERS MB, live heap $HEAP_READERS MB (was $HEAP_IDLE); live page hot $HOT_READERS req/s"
T0=$(cpu_ticks "$PID_a"); S0=$(date +%s%N)
echo go >&3
for _ in $(seq 1 $(( POSTS * INTERVAL / 100 + 900 ))); do grep -q '"phase":"steady"' "$WORK/one.jsonl" && break; sleep 0.1; done
CPU=$(( ($(cpu_ticks "$PID_a") - T0) * 100 * 1000000000 / $(getconf CLK_TCK) / ($(date +%s%N) - S0) ))
for _ in $(seq 1 900); do grep -q '"phase":"storm"' "$WORK/one.jsonl" && break; sleep 0.1; done
exec 3>&-
cat "$WORK/one.jsonl"

echo "== two instances, $((READERS / 2)) readers each, posts through the first"
kill "$LOAD" 2>/dev/null || true
start_app "$PORT2" b
B="http://127.0.0.1:$PORT2/api/v1"
run_load two.jsonl "$A,$B" "$READERS" steady
echo go >&3
for _ in $(seq 1 $(( POSTS * INTERVAL / 100 + 900 ))); do grep -q '"phase":"steady"' "$WORK/two.jsonl" && break; sleep 0.1; done
exec 3>&-
cat "$WORK/two.jsonl"

one() { field "$WORK/one.jsonl" "$1" "$2"; }
two() { field "$WORK/two.jsonl" "$1" "$2"; }
REPORT=$(cat <<EOF

## Live streams, $(date -u +%Y-%m-%d) ($(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo); load tool on the same machine)

\`bench/live-benchmark.sh $READERS\`: $POSTS posts, one every $INTERVAL ms, through instance A; PostgreSQL, sample content.

| | one instance, $READERS readers | two instances, $((READERS / 2)) each |
| --- | --- | --- |
| commit → received p50 / p99 / max (ms) | $(one steady 'd["fromCommit"]["p50"]') / $(one steady 'd["fromCommit"]["p99"]') / $(one steady 'd["fromCommit"]["max"]') | $(two steady 'd["fromCommit"]["p50"]') / $(two steady 'd["fromCommit"]["p99"]') / $(two steady 'd["fromCommit"]["max"]') |
| sent → received p50 / p99 / max (ms, write included) | $(one steady 'd["fromSend"]["p50"]') / $(one steady 'd["fromSend"]["p99"]') / $(one steady 'd["fromSend"]["max"]') | $(two steady 'd["fromSend"]["p50"]') / $(two steady 'd["fromSend"]["p99"]') / $(two steady 'd["fromSend"]["max"]') |
| events received / lost / duplicated / readers out of order | $(one steady 'd["fromCommit"]["n"]') / $(one steady 'd["lost"]') / $(one steady 'd["duplicates"]') / $(one steady 'd["disordered"]') | $(two steady 'd["fromCommit"]["n"]') / $(two steady 'd["lost"]') / $(two steady 'd["duplicates"]') / $(two steady 'd["disordered"]') |
| RSS without readers / with readers / with readers after wrk (MB) | $RSS_IDLE / $RSS_READERS (+$((RSS_READERS - RSS_IDLE))) / $RSS_READERS_HOT | |
| live heap after a full GC without / with readers (MB) | $HEAP_IDLE / $HEAP_READERS (+$((HEAP_READERS - HEAP_IDLE))) | |
| server CPU while posting (% of one core) | $CPU | |
| reconnect storm: $STORM_POSTS posts missed, all readers back with Last-Event-ID | $(one storm 'd["secondsUntilAllCurrent"]') s until all $(one storm 'd["current"]') current; lost $(one storm 'd["lost"]'), duplicated $(one storm 'd["duplicates"]'), out of order $(one storm 'd["disordered"]') | |
| live page hot reads without / with readers (req/s) | $HOT_ALONE / $HOT_READERS ($((HOT_READERS * 100 / HOT_ALONE)) %) | |
EOF
)
echo "$REPORT"
echo "$REPORT" >> "$RESULTS"
psql -qd postgres -c "drop database if exists $DB" 2>/dev/null || true
