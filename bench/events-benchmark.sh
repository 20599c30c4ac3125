#!/usr/bin/env bash
# Event delivery, end to end: how soon a webhook receiver hears of a publish, and how many events a second
# reach it when content arrives in bulk.
#
#   ./mvnw package -DskipTests -Ppostgres      # the packaged PostgreSQL build; this script builds nothing
#   bench/events-benchmark.sh                  # 100 publishes one by one, then an import of 5,000 published stories
#   bench/events-benchmark.sh 200 20000
#
# Starts the packaged app on a fresh PostgreSQL database (sample content for sections and topics), a
# receiver on this machine (bench/EventReceiver.java) and registers it for article.*. Latency: each story
# is created, then published; the receiver notes when the event arrived and the event's own time (taken in
# the publishing transaction, before commit), so the figure covers commit, sequencing, dispatch and the
# POST. Throughput: an NDJSON import of M published stories while the endpoint listens (import time, and
# when the last event arrived), then M more while it is paused, resumed: events/s draining a backlog.
# Settings: PORT (8091), RECEIVER_PORT (8092), PGHOST/PGUSER (127.0.0.1/postgres), DB (byline_events_bench).
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLISHES=${1:-100}
BULK=${2:-5000}
PORT=${PORT:-8091}
RECEIVER_PORT=${RECEIVER_PORT:-8092}
DB=${DB:-byline_events_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -d "/+=\n")"
WORK=$(mktemp -d)
B="http://127.0.0.1:$PORT/api/v1"
APP=
RECEIVER=

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "Build first: ./mvnw package -DskipTests -Ppostgres" >&2; exit 1; }
command -v jq > /dev/null || apt-get install -y -qq jq > /dev/null
cleanup() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  if [ -n "$RECEIVER" ]; then kill "$RECEIVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
java bench/EventReceiver.java "$RECEIVER_PORT" "$WORK/arrivals" &
RECEIVER=$!
QUARKUS_HTTP_PORT=$PORT BYLINE_ADMIN_KEY=$KEY BYLINE_RATE_LIMITS_READS_PER_MINUTE=0 BYLINE_RATE_LIMITS_WRITES_PER_MINUTE=0 BYLINE_RATE_LIMITS_BEACONS_PER_MINUTE=0 BYLINE_SAMPLE_CONTENT=true BYLINE_IMAGES_DIRECTORY="$WORK/images" \
BYLINE_API_URL="http://127.0.0.1:$PORT" BYLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  java -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break; sleep 0.1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { echo "app did not start"; tail -30 "$WORK/app.log"; exit 1; }

auth=(-H "Authorization: Bearer $KEY" -H 'Content-Type: application/json')
HOOK="{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hook\",\"events\":[\"article.*\"]"
ID=$(curl -sf "${auth[@]}" -d "$HOOK}" "$B/webhooks" | jq -r .id)

arrived() { grep -c " $1-" "$WORK/arrivals" || true; } # deliveries of stories whose slug starts with $1
wait_for() { # $1: slug prefix; $2: deliveries expected; $3: seconds at most
  local deadline=$(( $(date +%s) + $3 ))
  while [ "$(arrived "$1")" -lt "$2" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.05; done
}

echo "== Latency: $PUBLISHES publishes, one at a time"
for i in $(seq 1 "$PUBLISHES"); do
  curl -sf "${auth[@]}" -d "{\"slug\":\"latency-$i\",\"type\":\"story\",\"headline\":\"Latency $i\",\"summary\":\"S\",\"section\":\"news/world\",\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Words.\"}]}]}" "$B/articles" > /dev/null
  curl -sf -X POST -H "Authorization: Bearer $KEY" "$B/articles/latency-$i/publish" > /dev/null
done
wait_for latency "$PUBLISHES" 60
grep " latency-" "$WORK/arrivals" | awk '{print $1 - $2}' | sort -n > "$WORK/latency"
n=$(wc -l < "$WORK/latency")
pct() { sed -n "$(( ($1 * n + 99) / 100 ))p" "$WORK/latency"; }
echo "delivered $n of $PUBLISHES; publish → receiver ms: p50 $(pct 50), p95 $(pct 95), max $(tail -1 "$WORK/latency")"

echo "== Throughput: $BULK published stories imported, then delivered"
for i in $(seq 1 "$BULK"); do
  echo "{\"kind\":\"article\",\"data\":{\"slug\":\"bulk-$i\",\"type\":\"story\",\"headline\":\"Bulk $i\",\"summary\":\"S\",\"section\":\"news/world\",\"topics\":[\"niger\"],\"body\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Words.\"}]}]},\"state\":{\"status\":\"published\",\"publishedAt\":\"2024-01-01T00:00:00Z\"}}"
done > "$WORK/bulk.ndjson"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Live: the endpoint takes the events while the import writes them.
started=$(ms)
curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/bulk.ndjson" "$B/import" > "$WORK/report.json"
imported=$(ms)
wait_for bulk "$BULK" 600
live_done=$(ms)
echo "import: $(jq -r '"\(.created) created, \(.rejected | length) rejected"' "$WORK/report.json") in $(( imported - started )) ms" \
  "($(( BULK * 1000 / (imported - started + 1) )) stories/s, events written in the same transactions)"
echo "live: $(arrived bulk) of $BULK events delivered $(( live_done - started )) ms after the import began," \
  "$(( live_done - imported )) ms after it ended"
# Backlog: the same number of events waiting for a paused endpoint, then delivered as fast as it goes.
curl -sf -X PUT "${auth[@]}" -d "$HOOK,\"enabled\":false}" "$B/webhooks/$ID" > /dev/null
sed 's/"slug":"bulk-/"slug":"backlog-/; s/"headline":"Bulk/"headline":"Backlog/' "$WORK/bulk.ndjson" > "$WORK/backlog.ndjson"
curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/backlog.ndjson" "$B/import" > /dev/null
resumed=$(ms)
curl -sf -X PUT "${auth[@]}" -d "$HOOK,\"enabled\":true}" "$B/webhooks/$ID" > /dev/null
wait_for backlog "$BULK" 600
drained=$(ms)
echo "backlog: $(arrived backlog) of $BULK events delivered in $(( drained - resumed )) ms:" \
  "$(( $(arrived backlog) * 1000 / (drained - resumed + 1) )) events/s to one endpoint"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); app, PostgreSQL and receiver on the same cores"
