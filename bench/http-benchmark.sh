#!/usr/bin/env bash
# Read throughput under concurrency, against nginx serving the same bytes as the ceiling.
#
#   ./mvnw package -DskipTests -Ppostgres      # the packaged PostgreSQL build; this script builds nothing
#   bench/http-benchmark.sh                    # 10,000 generated articles
#   bench/http-benchmark.sh 100000             # 100,000
#
# Loads the sample content plus N generated articles into a fresh PostgreSQL database, starts the packaged
# app, and drives it with wrk (Debian package; installed if missing, like nginx) for each public route:
#   hot  — response cache on, the same request repeated (what readers behind a CDN miss cause);
#   cold — response cache off (BYLINE_CACHE_ENABLED=false): every request rendered;
#   seq  — cold, one connection, sequential requests: per-request latency without queueing.
#   Rate limits are off (BYLINE_RATE_LIMITS_*=0): wrk is one client address, and this measures the origin.
# In the same run nginx (its own config, a loopback port) serves the article and list bytes and a 304.
# Prints requests/s, p50, p99, errors and bytes per case with the ratio to nginx, start-to-ready time and
# RSS; appends the table and the machine to bench/RESULTS.md.
#
# Settings: THREADS (2), CONNECTIONS (32), DURATION (10s), WARMUP (3s), PRIME (6s per route, before each mode), PORT (8089), NGINX_PORT (8090),
# PGHOST/PGUSER (127.0.0.1/postgres), DB (byline_http_bench), RESULTS (bench/RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-10000}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
PORT=${PORT:-8089}
NGINX_PORT=${NGINX_PORT:-8090}
DB=${DB:-byline_http_bench}
RESULTS=${RESULTS:-bench/RESULTS.md}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -d "/+=\n")"
WORK=$(mktemp -d)
B="http://127.0.0.1:$PORT/api/v1"
APP=
NGINX_PID=

[ -f target/quarkus-app/quarkus-run.jar ] || { echo "Build first: ./mvnw package -DskipTests -Ppostgres" >&2; exit 1; }
command -v wrk > /dev/null && command -v nginx > /dev/null || apt-get install -y -qq wrk nginx-light > /dev/null

start_app() { # $1: response cache on|off
  local began; began=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT BYLINE_ADMIN_KEY=$KEY BYLINE_RATE_LIMITS_READS_PER_MINUTE=0 BYLINE_RATE_LIMITS_WRITES_PER_MINUTE=0 BYLINE_RATE_LIMITS_BEACONS_PER_MINUTE=0 BYLINE_SAMPLE_CONTENT=true BYLINE_IMAGES_DIRECTORY="$WORK/images" \
  BYLINE_CURSOR_SECRET=bench-secret BYLINE_API_URL="http://127.0.0.1:$PORT" BYLINE_CACHE_ENABLED=$([ "$1" = on ] && echo true || echo false) \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    java -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null; then
      START_MS=$(( ($(date +%s%N) - began) / 1000000 ))
      return
    fi
    sleep 0.1
  done
  echo "app did not start"; tail -30 "$WORK/app.log"; exit 1
}
stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$APP/status") / 1024 )); }
cleanup() {
  stop_app
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== fresh database $DB, sample content + $COUNT articles"
psql -qd postgres -c "drop database if exists $DB" -c "create database $DB"
start_app on
python3 bench/generate-articles.py "$COUNT" > "$WORK/articles.ndjson"
began=$(date +%s)
curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: application/x-ndjson" \
  --data-binary @"$WORK/articles.ndjson" "$B/import" > /dev/null
echo "imported in $(( $(date +%s) - began )) s"
psql -qd "$DB" -c "vacuum analyze"
stop_app

ARTICLE=russian-troops-arrive-in-niger-as-military-agreement-begins
json() { python3 -c "import json,sys,urllib.parse; d=json.load(sys.stdin); print(urllib.parse.quote($1, safe=''))"; }

# nginx: the exact article and list bytes, from its own loopback port.
start_app on
mkdir -p "$WORK/www"
chmod 755 "$WORK"   # nginx's workers run as an unprivileged user
curl -sf "$B/articles/$ARTICLE" -o "$WORK/www/article.json"
curl -sf "$B/articles?pageSize=20" -o "$WORK/www/latest.json"
CURSOR=$(curl -sf "$B/articles?pageSize=20" | json 'd["meta"]["nextCursor"]')
cat > "$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; etag on; }
}
EOF
nginx -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5
NGINX_PID=$(cat "$WORK/nginx.pid")
N="http://127.0.0.1:$NGINX_PORT"
NGINX_ETAG=$(curl -sI "$N/article.json" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
ARTICLE_ETAG=$(curl -sI "$B/articles/$ARTICLE" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')

CASES=(
  "article|/articles/$ARTICLE|"
  "article 304|/articles/$ARTICLE|If-None-Match: $ARTICLE_ETAG"
  "latest 20|/articles?pageSize=20|"
  "section subtree|/sections/news/world/articles|"
  "topic page 5|/topics/russia/articles?page=5|"
  "author page|/authors/amelia-hart/articles|"
  "search (2 words)|/articles?q=minister%20budget|"
  "navigation|/navigation|"
  "collection|/collections/top-stories|"
  "most read|/most-read|"
  "cursor page 2|/articles?pageSize=20&cursor=$CURSOR|"
)

ROWS=()
# The JIT needs tens of seconds of traffic before a route runs at its speed: every route gets PRIME of it
# before the measurements of a mode start.
PRIME=${PRIME:-6s}
prime() {
  for entry in "${CASES[@]}"; do
    IFS='|' read -r name path header <<< "$entry"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$PRIME" ${header:+-H "$header"} "$B$path" > /dev/null
  done
}
# wrk's summary as: req/s p50_ms p99_ms errors bytes_per_response
drive() { # $1 url, $2 header (or empty), $3 threads, $4 connections
  local args=(-t"$3" -c"$4" --latency)
  [ -n "$2" ] && args+=(-H "$2")
  wrk "${args[@]}" -d"$WARMUP" "$1" > /dev/null
  wrk "${args[@]}" -d"$DURATION" "$1" > "$WORK/wrk.out"
  python3 - "$WORK/wrk.out" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
reqs = int(re.search(r"(\d+) requests in", text).group(1))
size = re.search(r"requests in [^,]+, ([\d.]+)(B|KB|MB|GB) read", text)
total = float(size.group(1)) * {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}[size.group(2)]
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(non2xx.group(1)) if non2xx else 0
print(f"{rps:.0f} {ms('50%'):.2f} {ms('99%'):.2f} {errors} {total / max(reqs, 1):.0f}")
PY
}
row() { ROWS+=("$1|$2 $3"); printf '%-22s %-5s %9s rps  p50 %7s ms  p99 %7s ms  errors %s  %s B/resp\n' "$1" "${2%% *}" $3; }

echo "== nginx (the ceiling)"
NGINX_ARTICLE=$(drive "$N/article.json" "" "$THREADS" "$CONNECTIONS"); row "nginx article" "nginx" "$NGINX_ARTICLE"
NGINX_304=$(drive "$N/article.json" "If-None-Match: $NGINX_ETAG" "$THREADS" "$CONNECTIONS"); row "nginx 304" "nginx" "$NGINX_304"
NGINX_LIST=$(drive "$N/latest.json" "" "$THREADS" "$CONNECTIONS"); row "nginx latest 20" "nginx" "$NGINX_LIST"

echo "== Byline, response cache on (hot)"
prime
for entry in "${CASES[@]}"; do
  IFS='|' read -r name path header <<< "$entry"
  result=$(drive "$B$path" "$header" "$THREADS" "$CONNECTIONS"); row "$name" "hot" "$result"
done
HOT_START=$START_MS; HOT_RSS=$(rss_mb)
stop_app

echo "== Byline, response cache off (cold)"
start_app off
prime
for entry in "${CASES[@]}"; do
  IFS='|' read -r name path header <<< "$entry"
  result=$(drive "$B$path" "$header" "$THREADS" "$CONNECTIONS"); row "$name" "cold" "$result"
done
echo "== Byline, cold, one connection, sequential"
for entry in "${CASES[@]}"; do
  IFS='|' read -r name path header <<< "$entry"
  result=$(drive "$B$path" "$header" 1 1); row "$name" "seq" "$result"
done
COLD_START=$START_MS; COLD_RSS=$(rss_mb)
stop_app

ratio() { python3 -c "print(f'{$1 / $2 * 100:.0f}%')"; }
nginx_for() {
  case "$1" in
    "article") echo "${NGINX_ARTICLE%% *}" ;;
    "article 304") echo "${NGINX_304%% *}" ;;
    "latest 20") echo "${NGINX_LIST%% *}" ;;
    *) echo "" ;;
  esac
}
{
  echo
  echo "## $(date -u +%Y-%m-%d) — $COUNT generated articles (+ sample content), PostgreSQL"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r);" \
       "$(java -version 2>&1 | head -1); $(psql -V); wrk -t$THREADS -c$CONNECTIONS -d$DURATION after ${WARMUP} warm-up (seq: -t1 -c1)," \
       "load generator and server sharing the cores. Start to ready: hot $HOT_START ms, cold $COLD_START ms;" \
       "RSS after the run: hot $HOT_RSS MB, cold $COLD_RSS MB."
  echo
  echo "| case | mode | req/s | p50 ms | p99 ms | errors | bytes | vs nginx |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for r in "${ROWS[@]}"; do
    IFS='|' read -r name mode <<< "$r"
    read -r rps p50 p99 errors bytes <<< "${mode#* }"
    mode=${mode%% *}
    base=$(nginx_for "$name")
    vs=$([ "$mode" = hot ] && [ -n "$base" ] && ratio "$rps" "$base" || echo "")
    echo "| $name | $mode | $rps | $p50 | $p99 | $errors | $bytes | $vs |"
  done
} | tee -a "$RESULTS"
