"""Requests per second and queries per request of the public API (not part of the test suite).

Serves the project with gunicorn and production settings (DEBUG off) on a
free local port, loads it with wrk (Debian's `wrk`; a Python client when it
is missing), and counts database queries per request in-process.

Usage, on a database with content (`make demo`, or bench/search_latency.py's):
    .venv/bin/python bench/api_throughput.py [--seconds 10] [--connections 8] [--workers 2]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/vet2b_bench .venv/bin/python bench/api_throughput.py
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ENDPOINTS = {
    "offerings, 20 items": "/api/v1/offerings?limit=20",
    "offerings, 20 items, Polish with fallback": "/api/v1/offerings?limit=20&locale=pl&fallback=true",
    "offerings, 20 items, filtered": "/api/v1/offerings?limit=20&category=catering&delivery=on_site",
    "schools, 20 items": "/api/v1/schools?limit=20",
    "search with facets, 20 items": "/api/v1/search?q=catering&limit=20",
    "search with facets, filtered": "/api/v1/search?q=cake&country=LT&country=PL&kind=product&limit=20",
    "browse with facets (no words)": "/api/v1/search?limit=20",
    "one offering with its body": None,  # filled in with a real id
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_environment():
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="benchmark-only-key",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DEBUG="0",
    )
    return env


def queries_per_request(paths):
    """Database queries each path costs, counted in-process with the same settings module."""
    os.environ.update(production_environment())
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from offerings.models import OfferingPage

    some_offering = OfferingPage.objects.live().public().order_by("pk").values_list("pk", flat=True).first()
    if some_offering is None:
        sys.exit("No live offering: load content first (make demo).")
    paths = {name: path or f"/api/v1/offerings/{some_offering}" for name, path in paths.items()}
    client = Client(HTTP_HOST="localhost")
    counts = {}
    for name, path in paths.items():
        client.get(path)  # renditions are created on first use
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code, response.content[:200])
        counts[name] = len(queries)
    return paths, counts


def wrk(url, seconds, connections):
    output = subprocess.run(
        ["wrk", f"-t{min(connections, 2)}", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", output)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, _ms(p50), _ms(p99), int(errors.group(1)) if errors else 0


def _ms(match):
    value, unit = float(match.group(1)), match.group(2)
    return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def python_load(url, seconds, connections):
    """A plain threaded client for machines without wrk; it competes with the server for CPU."""
    timings, errors, stop = [], [0], time.monotonic() + seconds

    def worker():
        while time.monotonic() < stop:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url) as response:
                    response.read()
            except OSError:
                errors[0] += 1
            timings.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.sort()
    return len(timings) / seconds, statistics.median(timings), timings[int(len(timings) * 0.99) - 1], errors[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    paths, counts = queries_per_request(ENDPOINTS)
    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "portal.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=production_environment(),
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/v1/categories").read()
                break
            except OSError:
                time.sleep(0.1)
        load = wrk if shutil.which("wrk") else python_load
        database = os.environ.get("DATABASE_URL", "sqlite (db.sqlite3)").split("@")[-1]
        print(
            f"gunicorn, {args.workers} workers, DEBUG off, {database}; {load.__name__}, "
            f"{args.connections} connections, {args.seconds} s per endpoint, {os.cpu_count()} cores\n"
        )
        print(f"{'endpoint':44} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'queries':>8} {'errors':>7}")
        for name, path in paths.items():
            urllib.request.urlopen(base + path).read()  # warm each worker's caches a little
            rps, p50, p99, errors = load(base + path, args.seconds, args.connections)
            print(f"{name:44} {rps:8.1f} {p50:8.1f} {p99:8.1f} {counts[name]:8d} {errors:7d}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
