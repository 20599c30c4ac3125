#!/usr/bin/env bash
# Two builds crossed with the databases they build: tells a slower build from slower data.
#
#   bench/cross-compare.sh /path/to/before/quarkus-app /path/to/after/quarkus-app [count]
#
# Each build loads the sample content plus COUNT (10,000) generated articles into its own fresh database
# (bench_cross_a, bench_cross_b), then each build serves each database with the response cache off, in the
# order A/a, B/b, A/b, B/a, B/b, A/a. Every run primes all routes twice (5 s each) before measuring each
# for 8 s (wrk -t2 -c32 after 2 s of warm-up), so the JIT is warm and no route is measured first-cold.
# Prints one line per build, database and route with requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(realpath "$1"); B_APP=$(realpath "$2"); COUNT=${3:-10000}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -d "/+=\n")"
PORT=${PORT:-8089}
API=http://127.0.0.1:$PORT/api/v1
WORK=$(mktemp -d)
APP=
command -v wrk > /dev/null || apt-get install -y -qq wrk > /dev/null
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

start() { # $1 app directory, $2 database, $3 response cache true|false
  QUARKUS_HTTP_PORT=$PORT BYLINE_ADMIN_KEY=$KEY BYLINE_RATE_LIMITS_READS_PER_MINUTE=0 BYLINE_RATE_LIMITS_WRITES_PER_MINUTE=0 \
  BYLINE_RATE_LIMITS_BEACONS_PER_MINUTE=0 BYLINE_SAMPLE_CONTENT=true BYLINE_IMAGES_DIRECTORY="$WORK/images-$2" \
  BYLINE_CURSOR_SECRET=bench-secret BYLINE_API_URL="http://127.0.0.1:$PORT" BYLINE_CACHE_ENABLED=$3 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$2" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    java -jar "$1/quarkus-run.jar" >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && return; sleep 0.1; done
  echo "the application did not start"; tail -30 "$WORK/app.log"; exit 1
}
stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=; }

build() { # $1 app directory, $2 database
  psql -qd postgres -c "drop database if exists $2" -c "create database $2"
  start "$1" "$2" true
  curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: application/x-ndjson" \
    --data-binary @"$WORK/articles.ndjson" "$API/import" > /dev/null
  psql -qd "$2" -c "vacuum analyze"
  stop
}

ROUTES=("navigation|/navigation" "most read|/most-read" "search|/articles?q=minister%20budget"
  "collection|/collections/top-stories" "topic page 5|/topics/russia/articles?page=5"
  "article|/articles/russian-troops-arrive-in-niger-as-military-agreement-begins")
measure() { # $1 label, $2 app directory, $3 database
  start "$2" "$3" false
  for _ in 1 2; do for route in "${ROUTES[@]}"; do wrk -t2 -c32 -d5s "$API${route#*|}" > /dev/null; done; done
  for route in "${ROUTES[@]}"; do
    wrk -t2 -c32 -d2s "$API${route#*|}" > /dev/null
    printf '%-22s %-14s %7s req/s\n' "$1" "${route%%|*}" "$(wrk -t2 -c32 -d8s "$API${route#*|}" | awk '/Requests\/sec/ {print int($2)}')"
  done
  stop
}

python3 bench/generate-articles.py "$COUNT" > "$WORK/articles.ndjson"
build "$A" bench_cross_a
build "$B_APP" bench_cross_b
measure "A on A's data" "$A" bench_cross_a
measure "B on B's data" "$B_APP" bench_cross_b
measure "A on B's data" "$A" bench_cross_b
measure "B on A's data" "$B_APP" bench_cross_a
measure "B on B's data" "$B_APP" bench_cross_b
measure "A on A's data" "$A" bench_cross_a
