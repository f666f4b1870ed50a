"""Speed of `vigie serve`: a story page of 500 articles, and a bounded load test on loopback.

    .venv/bin/python bench/bench_web.py [--articles 500] [--requests 2000] [--threads 8]

Builds a store of synthetic articles (generated here from a small invented
vocabulary, all in one story, with names, quotes and figures), then:
1. renders the story page (HTML and JSON) in process and reports the server time
   (median and worst of repeated renders; target: under 300 ms for 500 articles);
2. serves the app on 127.0.0.1 in its own process (as `vigie serve` does) and sends a fixed
   number of API requests from a few threads, with the page cache on and off, reporting
   requests/s, p50 and p99 (target: >= 200 req/s without the cache).
Only loopback is ever contacted.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from vigie.corpus.build import update_corpus
from vigie.ingest import make_document
from vigie.model import Analysis, Entity, Figure, Geo, Quote, Source, Speaker
from vigie.store import Store

STORY_PAGE_TARGET_MS = 300
THROUGHPUT_TARGET = 200
STORY_ID = "bench-story"

# An invented vocabulary: the articles are nonsense in French syntax, with real-looking structure.
PEOPLE = ["Marie Delcourt", "Jean Aubrac", "Léa Fontaine", "Karim Benali", "Sophie Marchal", "Paul Verne"]
ORGS = ["Croix-Rouge", "préfecture", "Observatoire des crues", "mairie de Valmont"]
PLACES = [("Valmont", 45.0, 5.0), ("Rivebelle", 45.3, 5.4), ("Sainte-Aube", 44.8, 4.7), ("Mont-Clair", 45.6, 5.9)]
WORDS = ("la crue les secours la digue le barrage les habitants une évacuation le bilan la pluie le fleuve "
         "les pompiers un hélicoptère le quartier la route une école le pont les sinistrés").split(" ")


def synthetic_article(rng: random.Random, index: int) -> Analysis:
    """One generated article with its hand-made analysis (offsets found in its own text)."""
    person, org = rng.choice(PEOPLE), rng.choice(ORGS)
    place, lat, lon = rng.choice(PLACES)
    dead = rng.randint(1, 40) + index // 10
    said = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize()
    filler = " ".join(" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(12))
    text = (f"Article synthétique {index} : {place} face à la crue\n\n"
            f"La crue a fait {dead} morts à {place}, selon la {org}. "
            f"« {said} », a déclaré {person}. {filler}\n\n{filler}")
    day = 1 + index % 28
    doc = make_document(text, title=f"Article synthétique {index}", published=f"2026-{1 + index % 12:02d}-{day:02d}",
                        source=f"Journal {index % 7}", lang="fr")
    text = doc.text

    def span(surface: str) -> tuple[int, int]:
        start = text.find(surface)
        return start, start + len(surface)

    entities = [Entity("p", "person", person, mentions=[span(person)]),
                Entity("o", "organization", org, mentions=[span(org)]),
                Entity("g", "place", place, mentions=[span(place)], geo=Geo(lat, lon, "FR", None, "P"))]
    q_start, q_end = span(said)
    p_start, p_end = span(person)
    f_start, f_end = span(f"{dead} morts")
    return Analysis(doc, entities=entities,
                    quotes=[Quote(q_start, q_end, said, "direct", "fr", "déclarer", Speaker(person, p_start, p_end, "p"))],
                    figures=[Figure(f_start, f_end, f"{dead} morts", float(dead), category="dead",
                                    source=Source(f"la {org}", "o"))])


def build(path: Path, articles: int) -> list[str]:
    rng = random.Random(7)
    store = Store(path)
    ids = []
    for index in range(articles):
        analysis = synthetic_article(rng, index)
        if store.add_analysis(analysis):
            ids.append(analysis.doc.id)
    update_corpus(store, set(ids))
    timeline = [{"date": f"2026-{m:02d}-01", "summary": "La crue a fait des morts.",
                 "sources": [{"doc": d, "start": 0, "end": 20} for d in ids[m:m + 3]]} for m in range(1, 13)]
    data = {"id": STORY_ID, "title": "Crues synthétiques", "documents": ids, "timeline": timeline,
            "episodes": [{"start": "2026-01-01", "end": "2026-06-30"}, {"start": "2026-07-01", "end": "2026-12-31"}]}
    with store.transaction() as db:
        db.execute("INSERT INTO items (kind, id, doc_id, entity_id, data) VALUES ('story', ?, NULL, NULL, ?)",
                   (STORY_ID, json.dumps(data, ensure_ascii=False)))
        db.executemany("INSERT INTO story_documents (story_id, doc_id) VALUES (?, ?)", [(STORY_ID, d) for d in ids])
    store.close()
    return ids


def story_page_times(path: Path, repeats: int) -> dict[str, float]:
    """Server time of the story page, built from the store each time (cold) and from the page cache (warm)."""
    from fastapi.testclient import TestClient

    from vigie.web.app import create_app

    result = {}
    for cache in (False, True):
        with TestClient(create_app(path, cache=cache), base_url="http://127.0.0.1") as client:
            result.update(_times(client, repeats, "warm" if cache else "cold"))
    return result


def _times(client, repeats: int, state: str) -> dict[str, float]:
    result = {}
    for label, url in ((f"html_{state}", f"/stories/{STORY_ID}"), (f"json_{state}", f"/api/stories/{STORY_ID}")):
        client.get(url)
        times, cpu = [], []
        for _ in range(repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
            assert response.status_code == 200
        result[f"story_{label}_median_ms"] = round(statistics.median(times), 1)
        result[f"story_{label}_max_ms"] = round(max(times), 1)
        # CPU time of this process (the app runs in it): what the page costs, whatever else the machine runs.
        result[f"story_{label}_cpu_median_ms"] = round(statistics.median(cpu), 1)
        result[f"story_{label}_bytes"] = len(response.content)
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVE = ("import sys, uvicorn; from vigie.web.app import create_app; "
         "uvicorn.run(create_app(sys.argv[1], cache=sys.argv[3] == 'cache'), host='127.0.0.1', port=int(sys.argv[2]), "
         "log_level='warning')")


def load_test(path: Path, ids: list[str], requests: int, threads: int, cache: bool) -> dict[str, float]:
    """The app as `vigie serve` runs it (its own process, one uvicorn worker), with or without its page cache."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", SERVE, str(path), str(port), "cache" if cache else "no-cache"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(base + "/api", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit("vigie serve did not start")
                time.sleep(0.1)
        rng = random.Random(3)
        urls = [rng.choice(["/api/stories", "/api/entities?q=crue", f"/api/documents/{rng.choice(ids)}",
                            "/api/search?q=crue+digue", "/api/quotes?speaker=Delcourt", "/api"])
                for _ in range(requests)]
        latencies: list[float] = []
        errors = []
        lock = threading.Lock()

        def worker(chunk: list[str]) -> None:
            with httpx.Client(base_url=base, timeout=30) as client:
                for url in chunk:
                    start = time.perf_counter()
                    try:
                        status = client.get(url).status_code
                    except httpx.HTTPError as err:
                        status = repr(err)
                    elapsed = (time.perf_counter() - start) * 1000
                    with lock:
                        latencies.append(elapsed)
                        if status != 200:
                            errors.append((url, status))

        chunks = [urls[i::threads] for i in range(threads)]
        cpu_before = _cpu_seconds(server.pid)
        started = time.perf_counter()
        workers = [threading.Thread(target=worker, args=(c,)) for c in chunks]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        wall = time.perf_counter() - started
        cpu = _cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    if errors:
        print(f"{len(errors)} failed requests, e.g. {errors[:3]}", file=sys.stderr)
    return {"requests": requests, "threads": threads, "errors": len(errors),
            "requests_per_s": round(requests / wall, 1),
            # Requests per second of the server's own CPU time: its capacity on one core, whatever else runs.
            "requests_per_server_cpu_s": round(requests / cpu, 1) if cpu > 0 else None,
            "p50_ms": round(latencies[len(latencies) // 2], 1),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], 1)}


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vigie-bench-web-") as folder:
        path = Path(folder) / "bench.db"
        started = time.perf_counter()
        ids = build(path, args.articles)
        report = {"articles": len(ids), "build_s": round(time.perf_counter() - started, 1)}
        report.update(story_page_times(path, args.repeats))
        for cache in (True, False):
            label = "load_cached" if cache else "load_uncached"
            report[label] = load_test(path, ids, args.requests, args.threads, cache)
    report["story_page_ok"] = report["story_html_cold_median_ms"] < STORY_PAGE_TARGET_MS
    report["throughput_ok"] = report["load_uncached"]["requests_per_s"] >= THROUGHPUT_TARGET
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
