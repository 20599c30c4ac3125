#!/usr/bin/env python3
"""Page-view beacon under load: N views of one story from N distinct clients (User-Agents), sent by C
threads over keep-alive connections to a running Byline; prints throughput and latency, then waits for
the flush and checks that Most Read (window PT1H) grew by exactly N.

    python3 bench/beacon-benchmark.py [N=5000] [C=16] [BASE=http://localhost:8080] [SLUG=russian-troops-…]
"""
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse

count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 16
base = urllib.parse.urlparse(sys.argv[3] if len(sys.argv) > 3 else "http://localhost:8080")
slug = sys.argv[4] if len(sys.argv) > 4 else "russian-troops-arrive-in-niger-as-military-agreement-begins"
run = str(time.time_ns())


def get_json(path):
    connection = http.client.HTTPConnection(base.hostname, base.port)
    connection.request("GET", path)
    return json.loads(connection.getresponse().read())


def views_in_last_hour():
    items = get_json("/api/v1/most-read?window=PT1H&limit=50")["data"]
    return next((i["views"] for i in items if i["article"]["slug"] == slug), 0)


latencies, failures = [], []
lock = threading.Lock()


def reader(first):
    connection = http.client.HTTPConnection(base.hostname, base.port)
    mine = []
    for n in range(first, count, threads):
        start = time.perf_counter()
        connection.request("POST", f"/api/v1/articles/{slug}/views", headers={"User-Agent": f"bench-{run}-{n}"})
        response = connection.getresponse()
        response.read()
        mine.append((time.perf_counter() - start) * 1000)
        if response.status != 204:
            failures.append(response.status)
    with lock:
        latencies.extend(mine)


before = views_in_last_hour()
started = time.perf_counter()
workers = [threading.Thread(target=reader, args=(t,)) for t in range(threads)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
elapsed = time.perf_counter() - started
latencies.sort()
print(f"{count} beacons, {threads} threads: {elapsed:.1f} s, {count / elapsed:.0f} beacons/s, "
      f"latency median {statistics.median(latencies):.1f} ms, p99 {latencies[int(len(latencies) * 0.99) - 1]:.1f} ms, "
      f"failures {len(failures)}")
for _ in range(30):
    time.sleep(1)
    after = views_in_last_hour()
    if after - before >= count:
        break
print(f"Most Read (PT1H) views of {slug}: {before} -> {after} (+{after - before}, expected +{count})")
