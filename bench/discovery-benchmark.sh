#!/usr/bin/env bash
# Discovery at scale on PostgreSQL. Loads N generated articles (default 100,000) into the database unless it
# already holds them, then
#   1. times list routes with curl (median and 90th percentile of RUNS warm requests): page 1 and page 4,000
#      by offset, the same depth by cursor, every filter, and search;
#   2. restarts the app with auto_explain and prints the plan PostgreSQL actually used for each route's
#      page query (EXPLAIN ANALYZE of the statements Hibernate sent, read from the server log).
#
#   ./mvnw package -DskipTests -Ppostgres
#   psql -h 127.0.0.1 -U postgres -c "create database byline_bench"
#   bench/discovery-benchmark.sh 100000
#
# Needs superuser access (auto_explain settings) and a readable server log (PG_LOG).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
PORT=${PORT:-8089}
RUNS=${RUNS:-15}
DB=${DB:-byline_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -d "/+=\n")"
WORK=$(mktemp -d)
B="http://localhost:$PORT/api/v1"
APP=

start_app() {
  QUARKUS_HTTP_PORT=$PORT BYLINE_ADMIN_KEY=$KEY BYLINE_RATE_LIMITS_READS_PER_MINUTE=0 BYLINE_RATE_LIMITS_WRITES_PER_MINUTE=0 BYLINE_RATE_LIMITS_BEACONS_PER_MINUTE=0 BYLINE_SAMPLE_CONTENT=true BYLINE_IMAGES_DIRECTORY="$WORK/images" \
  BYLINE_CURSOR_SECRET=bench-secret QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" java -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && return
    sleep 1
  done
  echo "app did not start"; tail -20 "$WORK/app.log"; exit 1
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
auto_explain() {
  if [ "$1" = on ]; then
    psql -qd "$DB" -c "alter database $DB set session_preload_libraries = 'auto_explain'" \
      -c "alter database $DB set auto_explain.log_min_duration = 0" -c "alter database $DB set auto_explain.log_analyze = on" \
      -c "alter database $DB set auto_explain.log_buffers = on" -c "alter database $DB set auto_explain.log_timing = on"
  else
    psql -qd "$DB" -c "alter database $DB reset all"
  fi
}
trap 'stop_app; auto_explain off 2>/dev/null; rm -rf "$WORK"' EXIT

auto_explain off
start_app
have=$(psql -Atd "$DB" -c "select count(*) from article where slug like 'benchmark-story-%'")
if [ "$have" -lt "$COUNT" ]; then
  python3 bench/generate-articles.py "$COUNT" > "$WORK/articles.ndjson"
  echo "importing $COUNT articles ($(du -h "$WORK/articles.ndjson" | cut -f1))…"
  start=$(date +%s)
  curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: application/x-ndjson" \
    --data-binary @"$WORK/articles.ndjson" "$B/import" > "$WORK/report.json"
  echo "imported in $(( $(date +%s) - start )) s: $(head -c 200 "$WORK/report.json")"
  psql -qd "$DB" -c "vacuum analyze"
fi
echo "published articles: $(psql -Atd "$DB" -c "select count(*) from article where status = 'PUBLISHED'")"

cursor_after() { curl -s "$1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["meta"]["nextCursor"]))'; }
DEEP_CURSOR=$(cursor_after "$B/articles?pageSize=25&page=3999")
SECOND_CURSOR=$(cursor_after "$B/articles?pageSize=25")
ROUTES=(
  "offset page 1|/articles?pageSize=25"
  "offset page 4000|/articles?pageSize=25&page=4000"
  "cursor page 2|/articles?pageSize=25&cursor=$SECOND_CURSOR"
  "cursor page 4000|/articles?pageSize=25&cursor=$DEEP_CURSOR"
  "section subtree|/articles?section=news/world&pageSize=25"
  "several sections|/articles?section=news/uk,news/science&pageSize=25"
  "topic (any)|/articles?topic=russia,niger&pageSize=25"
  "topics (all)|/articles?topic=%2Brussia&topic=%2Bniger&pageSize=25"
  "author|/articles?author=amelia-hart&pageSize=25"
  "type|/articles?type=analysis&pageSize=25"
  "published window|/articles?from=2024-03-01&to=2024-03-31&pageSize=25"
  "updated since|/articles?updatedFrom=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)&sort=-updatedAt&pageSize=25"
  "search, rare word|/articles?q=kamela&pageSize=25"
  "search, common word|/articles?q=budget&pageSize=25"
  "search, common, newest|/articles?q=budget&sort=-publishedAt&pageSize=25"
  "search + section + type|/articles?q=%22flood%20border%22%20-strike&section=news/world&type=analysis&pageSize=25"
)

echo
echo "== response times, $RUNS warm requests each (ms) =="
printf '%-26s %8s %8s %8s\n' route median p90 total
for entry in "${ROUTES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -s -o /dev/null "$B$path"
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -w '%{time_total}\n' "$B$path"; done)
  total=$(curl -s "$B$path" | python3 -c 'import json,sys; m=json.load(sys.stdin)["meta"]; print(m.get("total","-"))')
  echo "$times" | python3 -c "
import sys, statistics
t = sorted(float(x) * 1000 for x in sys.stdin.read().split())
print(f'%-26s %8.1f %8.1f %8s' % ('$name', statistics.median(t), t[int(len(t) * 0.9) - 1], '$total'))"
done

echo
echo "== plans (auto_explain, one request per route) =="
stop_app
auto_explain on
start_app
for entry in "${ROUTES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -s -o /dev/null "$B$path"   # warm: the plan below is the second run's
  offset=$(stat -c %s "$PG_LOG")
  curl -s -o /dev/null "$B$path"
  sleep 0.3
  echo "--- $name: $path"
  tail -c +"$((offset + 1))" "$PG_LOG" | python3 bench/page-query-plan.py
done
