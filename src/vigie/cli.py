"""The `vigie` command line: one verb per job.

Programs read JSON on stdout; people read logs and progress bars on stderr.
Exit status: 0 on success, 2 when some input could not be read (the rest was
processed), 1 on usage errors.
"""
from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from pathlib import Path

from vigie import __version__
from vigie.config import setting

log = logging.getLogger("vigie")

EXIT_OK, EXIT_USAGE, EXIT_INPUT_FAILED = 0, 1, 2
EVAL_KINDS = ("timex", "ner", "quotes", "figures", "events", "tls", "stories")
# A run's summary lists its new documents one by one up to this many.
SUMMARY_DOCUMENTS = 30


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=setting("VIGIE_DB"),
                        help="SQLite database (default: %(default)s, or VIGIE_DB)")


def _emit(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# vigie run

def add_run(sub) -> None:
    p = sub.add_parser("run", help="ingest sources, analyse them, build stories and write the report",
                       description="The main job: read every SOURCE (files, folders, globs, URLs of pages or "
                                   "feeds), analyse each new article with every extractor, update the corpus "
                                   "(wire copies, entities, stories, timelines) and write the HTML report.")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    _db_option(p)
    p.add_argument("--report", default=None, metavar="PATH",
                   help="where to write the HTML report (default: next to the database, as vigie-report.html)")
    p.add_argument("--no-report", action="store_true",
                   help="do not write the HTML report (the web app and exports read the database)")
    p.add_argument("--no-fetch", action="store_true", help="do not fetch the pages that feed entries link to")
    p.add_argument("--workers", type=int, default=None, help="analysis processes (default: VIGIE_WORKERS)")
    p.add_argument("--json", action="store_true", help="print the run's summary as JSON")
    p.set_defaults(func=cmd_run)


def cmd_run(args) -> int:
    from vigie.ingest import read_sources
    from vigie.job import run_job
    from vigie.report import write_report
    from vigie.store import Store

    store = Store(args.db)
    result = run_job(store, read_sources(args.sources, fetch_links=not args.no_fetch), command="run",
                     sources=args.sources, workers=args.workers, progress=True)
    new_ids = set(result.pop("new_ids"))
    summary = {"db": args.db, **result, "documents": _new_documents(store, new_ids)}
    if not args.no_report:
        summary["report"] = str(write_report(store, args.report or Path(args.db).with_name("vigie-report.html")))
    if args.json:
        _emit(summary)
    else:
        _print_summary(summary)
    return EXIT_INPUT_FAILED if result["failures"] else EXIT_OK


def _new_documents(store, new_ids: set[str]) -> list[dict]:
    """The new documents in short, with the documents they share text with."""
    rows = []
    for doc in store.documents(sorted(new_ids)):
        related = [{"doc": r.doc_b if r.doc_a == doc.id else r.doc_a, "relation": r.relation, "score": r.score}
                   for r in store.relations(doc.id)]
        p = doc.published
        narrowed = p.inferred and p.precision != "day" and p.earliest and p.latest
        rows.append({"id": doc.id, "lang": doc.lang,
                     "published": f"{p.earliest}..{p.latest}" if narrowed else p.date, "inferred": p.inferred, "name": doc.title or doc.path or doc.url,
                     "related": related})
    return sorted(rows, key=lambda r: r["name"] or "")


def _print_summary(summary) -> None:
    print(f"vigie run {summary['run']}: {summary['read']} articles read, {summary['new']} new, "
          f"{summary['unchanged']} already stored, {summary['failed']} failed")
    names = {d["id"]: d["name"] for d in summary["documents"]}
    for d in summary["documents"][:SUMMARY_DOCUMENTS]:
        date = (d["published"] or "undated") + (" (from the text)" if d["inferred"] else "")
        print(f"  {d['lang'] or '??'}  {date:26} {d['name']}")
        for r in d["related"]:
            print(f"      {r['relation']} ({r['score']:.2f}) with {names.get(r['doc'], r['doc'])}")
    if len(summary["documents"]) > SUMMARY_DOCUMENTS:
        print(f"  … and {len(summary['documents']) - SUMMARY_DOCUMENTS} more: vigie docs --db {summary['db']}")
    if "stories" in summary:
        print(f"  corpus: {summary['relations']} relations found, {summary['entities']} entities named, "
              f"{summary['quotes']} quotes, {summary['figures']} figures; {summary['stories']} stories "
              f"described, with {summary['events']} events")
    for f in summary["failures"]:
        print(f"  failed: {f['place']}: {f['reason']}")
    print(f"  database: {summary['db']}")
    if "report" in summary:
        print(f"  report: {summary['report']}")


# vigie analyze

def add_analyze(sub) -> None:
    p = sub.add_parser("analyze", help="analyse articles without a database and print JSON",
                       description="Print each article's analysis (document, dates, entities, quotes, figures) "
                                   "as one JSON line. With --jsonl, one line out per input line, carrying the "
                                   "input's id; a 'published' field in the input is the document date.")
    p.add_argument("source", nargs="?", metavar="FILE", help="a file, folder, glob or URL")
    p.add_argument("--jsonl", metavar="FILE", help="JSON Lines input, one article per line ('-' for stdin)")
    p.add_argument("--no-fetch", action="store_true", help="do not fetch the pages that feed entries link to")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=cmd_analyze)


def cmd_analyze(args) -> int:
    from vigie.engines.local import safe_analyze
    from vigie.export import analysis_line
    from vigie.ingest import read_sources
    from vigie.ingest.jsonl import read_jsonl
    from vigie.model import Failure

    if bool(args.source) == bool(args.jsonl):
        log.error("give either FILE or --jsonl FILE")
        return EXIT_USAGE
    if args.jsonl:
        stream = sys.stdin.buffer if args.jsonl == "-" else open(args.jsonl, "rb")
        items = read_jsonl(stream, args.jsonl)
    else:
        items = read_sources([args.source], fetch_links=not args.no_fetch)
    failed = False
    for item in items:
        result = item if isinstance(item, Failure) else safe_analyze(item)
        if isinstance(result, Failure):
            failed = True
            log.warning("skipped %s: %s", result.place, result.reason)
        json.dump(analysis_line(result), sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        sys.stdout.write("\n")
    return EXIT_INPUT_FAILED if failed else EXIT_OK


# vigie export

def add_export(sub) -> None:
    p = sub.add_parser("export", help="export the store (JSON contract vigie.export/1, CSV or a Markdown dossier)")
    _db_option(p)
    p.add_argument("--format", choices=("json", "csv", "md"), default="json")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="output file (a folder for csv); default: stdout for json and md")
    p.set_defaults(func=cmd_export)


def cmd_export(args) -> int:
    from vigie.export import export_store, write_csv
    from vigie.store import Store

    if not Path(args.db).exists():
        log.error("no database at %s: run 'vigie run SOURCE --db %s' first", args.db, args.db)
        return EXIT_USAGE
    data = export_store(Store(args.db))
    if args.format == "csv":
        if not args.output:
            log.error("--format csv writes one file per list: give a folder with -o")
            return EXIT_USAGE
        for path in write_csv(data, Path(args.output)):
            log.info("wrote %s", path)
        return EXIT_OK
    if args.format == "md":
        from vigie.report.dossier import render_markdown
        text = render_markdown(data)
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        log.info("wrote %s", args.output)
    else:
        sys.stdout.write(text)
    return EXIT_OK


# vigie search, vigie docs, vigie runs

def add_search(sub) -> None:
    p = sub.add_parser("search", help="full-text search of the stored articles (accents and case ignored)")
    p.add_argument("query", metavar="QUERY", help="words that must all appear; end with * for a prefix")
    _db_option(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.set_defaults(func=cmd_search)


def cmd_search(args) -> int:
    from vigie.store import Store

    hits = Store(args.db).search(args.query, limit=args.limit)
    if args.json:
        _emit(hits)
    else:
        for h in hits:
            print(f"{h['id']}  {h['published_date'] or '?':10}  {h['title'] or h['path'] or h['url']}")
            print(f"    {h['snippet']}")
    return EXIT_OK


def add_docs(sub) -> None:
    p = sub.add_parser("docs", help="list the stored documents")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    p.set_defaults(func=cmd_docs)


def cmd_docs(args) -> int:
    from vigie.model import to_dict
    from vigie.store import Store

    rows = [{"id": d.id, "title": d.title, "lang": d.lang, "source": d.source, "path": d.path, "url": d.url,
             "published": to_dict(d.published)} for d in Store(args.db).documents()]
    if args.json:
        _emit(rows)
    else:
        for r in rows:
            print(f"{r['id']}  {r['lang'] or '?':2}  {r['published']['date'] or 'undated':10}  "
                  f"{r['title'] or r['path'] or r['url']}")
    return EXIT_OK


def add_runs(sub) -> None:
    p = sub.add_parser("runs", help="list past runs with their counts and failures (JSON)")
    _db_option(p)
    p.set_defaults(func=lambda args: _emit(__import__("vigie.store").store.Store(args.db).runs()) or EXIT_OK)


# vigie eval

def add_eval(sub) -> None:
    sub.add_parser("eval", help="score vigie against gold data: " + ", ".join(EVAL_KINDS),
                   description="Quality scores, printed as JSON.")


def add_eval_kinds(p) -> None:
    """The `vigie eval` subcommands, one per module of vigie.eval (each imports the extractors it scores)."""
    kinds = p.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind in EVAL_KINDS:
        try:
            module = importlib.import_module(f"vigie.eval.{kind}")
        except ImportError:
            continue
        kp = kinds.add_parser(kind, help=(module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else None)
        module.add_arguments(kp)
        kp.set_defaults(func=lambda args, module=module: _emit(module.run(args)) or EXIT_OK)


# vigie timeline

def add_timeline(sub) -> None:
    p = sub.add_parser("timeline", help="summarize articles as a dated timeline (JSON with --json)",
                       description="Read the articles of INPUT (JSONL, or any file, folder, glob or URL), choose "
                                   "the MAX_DATES days they refer to most and the MAX_SENTENCES best, "
                                   "non-redundant sentences for each. --json prints "
                                   "[[\"YYYY-MM-DD\", [\"sentence\", ...]], ...].")
    p.add_argument("sources", nargs="+", metavar="INPUT")
    p.add_argument("--max-dates", type=int, default=10, metavar="L", help="days in the timeline (default: %(default)s)")
    p.add_argument("--max-sentences", type=int, default=2, metavar="K",
                   help="sentences per day (default: %(default)s)")
    p.add_argument("--start", metavar="YYYY-MM-DD", help="first day the timeline may cover")
    p.add_argument("--end", metavar="YYYY-MM-DD", help="last day the timeline may cover")
    p.add_argument("--query", nargs="+", metavar="WORD", help="words that favour the sentences containing them")
    p.add_argument("--no-fetch", action="store_true", help="do not fetch the pages that feed entries link to")
    p.add_argument("--json", action="store_true", help="print the timeline as JSON")
    p.set_defaults(func=cmd_timeline)


def cmd_timeline(args) -> int:
    import datetime as dt

    from tqdm import tqdm

    from vigie.corpus.timeline import extract_dated_sentences, summarize_timeline
    from vigie.ingest import read_sources
    from vigie.model import Failure

    try:
        start = dt.date.fromisoformat(args.start) if args.start else None
        end = dt.date.fromisoformat(args.end) if args.end else None
    except ValueError as err:
        log.error("--start and --end take YYYY-MM-DD dates: %s", err)
        return EXIT_USAGE
    failed = False
    items = []
    for doc in tqdm(read_sources(args.sources, fetch_links=not args.no_fetch), desc="reading", unit=" doc",
                    disable=None):
        if isinstance(doc, Failure):
            failed = True
            log.warning("skipped %s: %s", doc.place, doc.reason)
            continue
        items.extend(extract_dated_sentences(doc))
    entries = summarize_timeline(items, args.max_dates, args.max_sentences, start=start, end=end, query=args.query)
    if args.json:
        _emit([[e.date.isoformat(), e.sentences] for e in entries])
    else:
        for e in entries:
            print(e.date.isoformat())
            for sentence, sources in zip(e.sentences, e.sources):
                print(f"  - {sentence}  [{len(sources)} source{'s' if len(sources) > 1 else ''}]")
    return EXIT_INPUT_FAILED if failed else EXIT_OK


# vigie serve

def add_serve(sub) -> None:
    p = sub.add_parser("serve", help="browse, search and correct the store in a web browser",
                       description="Serve the store as a web app with a JSON API behind every page (see "
                                   "docs/web.md). On loopback anyone on this machine may correct; beyond "
                                   "loopback, writes need the VIGIE_TOKEN.")
    _db_option(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    p.add_argument("--port", type=int, default=8765, help="port (default: %(default)s)")
    p.add_argument("--allow-private-fetch", action="store_true",
                   help="let the ingestion form fetch URLs on private and loopback networks")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    import uvicorn

    from vigie.web.app import create_app
    from vigie.web.security import is_loopback

    if not is_loopback(args.host) and not setting("VIGIE_TOKEN"):
        log.warning("listening on %s without VIGIE_TOKEN: the app is read-only; set VIGIE_TOKEN to allow "
                    "corrections and ingestion", args.host)
    app = create_app(args.db, host=args.host, allow_private_fetch=args.allow_private_fetch)
    log.info("vigie serves %s at http://%s:%d/", args.db, args.host, args.port)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK


# vigie spark

def add_spark(sub) -> None:
    p = sub.add_parser("spark", help="read and analyse many articles on Spark, writing JSON Lines part files",
                       description="Spread reading and analysis over Spark executors (pip install -e '.[spark]' "
                                   "and Java): files are shared out by path, JSON Lines files by line. Writes "
                                   "the 'vigie analyze' lines as part files under DIR; with --db, the driver "
                                   "also stores the analyses and updates the corpus.")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--output", required=True, metavar="DIR", help="new folder for the JSON Lines part files")
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, default=None, metavar="N",
                   help="partitions, and so part files (default: four per core)")
    p.add_argument("--db", default=None, help="also store the analyses in this SQLite database")
    p.add_argument("--no-fetch", action="store_true", help="do not fetch the pages that feed entries link to")
    p.set_defaults(func=lambda args: importlib.import_module("vigie.engines.spark").run(args))


COMMANDS = [add_run, add_analyze, add_export, add_search, add_docs, add_runs, add_eval, add_timeline, add_serve,
            add_spark]


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the `argv` it will parse, it builds the `vigie eval` kinds only when
    `argv` may name them: their modules import every extractor, a second that `vigie --help` need not wait."""
    parser = argparse.ArgumentParser(
        prog="vigie", description="vigie reads press articles and gives back, for each story, a dated and "
                                  "sourced timeline, its actors and places, who said what, and the figures "
                                  "reported.")
    parser.add_argument("--version", action="version", version=f"vigie {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail on stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    if argv is None or "eval" in argv:
        add_eval_kinds(sub.choices["eval"])
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(message)s", stream=sys.stderr)
    try:
        return args.func(args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
