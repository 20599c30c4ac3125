#!/usr/bin/env bash
# Bulk import throughput: starts the packaged app on a fresh database, imports N generated articles
# (default 10,000) through POST /api/v1/import, prints the figures, stops the app.
#
#   ./mvnw package -DskipTests && bench/import-benchmark.sh            # embedded H2
#   ./mvnw package -DskipTests -Ppostgres && DB_URL=jdbc:postgresql://127.0.0.1:5432/byline_bench \
#     DB_USER=postgres bench/import-benchmark.sh                       # PostgreSQL (an empty database)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-10000}
PORT=${PORT:-8089}
WORK=$(mktemp -d)
KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -d "/+=\n")"
DB_URL=${DB_URL:-"jdbc:h2:file:$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"}

QUARKUS_HTTP_PORT=$PORT BYLINE_ADMIN_KEY=$KEY BYLINE_RATE_LIMITS_READS_PER_MINUTE=0 BYLINE_RATE_LIMITS_WRITES_PER_MINUTE=0 BYLINE_RATE_LIMITS_BEACONS_PER_MINUTE=0 BYLINE_SAMPLE_CONTENT=true BYLINE_IMAGES_DIRECTORY="$WORK/images" \
QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME="${DB_USER:-byline}" \
  java -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  sleep 1
done

python3 bench/generate-articles.py "$COUNT" > "$WORK/articles.ndjson"
echo "file: $COUNT articles, $(du -h "$WORK/articles.ndjson" | cut -f1)"
start=$(date +%s%N)
curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: application/x-ndjson" \
  --data-binary @"$WORK/articles.ndjson" "http://localhost:$PORT/api/v1/import" > "$WORK/report.json"
end=$(date +%s%N)
python3 - "$WORK/report.json" "$start" "$end" "$COUNT" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
seconds = (int(sys.argv[3]) - int(sys.argv[2])) / 1e9
print(f"imported: created={report['created']} updated={report['updated']} rejected={len(report['rejected'])} completed={report['completed']}")
print(f"time: {seconds:.1f} s wall ({report['millis'] / 1000:.1f} s in the server), {int(sys.argv[4]) / seconds:.0f} articles/s")
PY
echo "rss after import: $(( $(ps -o rss= -p $APP) / 1024 )) MB"
