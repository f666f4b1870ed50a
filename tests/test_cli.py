"""The command line end to end, on invented articles and on the seeds when ../shared is there."""
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from vigie.cli import build_parser, main
from vigie.config import SETTINGS
from vigie.store import Store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared is absent (the seeds live there)")

SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))


def run_cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, out


def test_examples_run_export_and_validate(tmp_path, capsys):
    db = str(tmp_path / "v.db")
    code, out = run_cli(capsys, "run", str(ROOT / "examples"), "--db", db, "--json", "--no-fetch")
    summary = json.loads(out)
    assert code == 0 and summary["failed"] == 0 and summary["new"] >= 12
    code, out = run_cli(capsys, "run", str(ROOT / "examples"), "--db", db, "--json")
    assert json.loads(out)["new"] == 0
    code, out = run_cli(capsys, "export", "--db", db, "--format", "json")
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    langs = {d["lang"] for d in data["documents"]}
    assert langs == {"fr", "en"}
    wire = [r for d in data["documents"] for r in d["related"] if r["relation"] == "shares_passages"]
    assert wire, "the two outlets reusing one dispatch are related"
    for d in data["documents"]:
        for r in d["related"]:
            for span in r["spans"]:
                assert 0 <= span["start"] < span["end"]
    code, _ = run_cli(capsys, "export", "--db", db, "--format", "csv", "-o", str(tmp_path / "csv"))
    assert code == 0 and (tmp_path / "csv" / "documents.csv").exists()


def test_bad_input_exits_2_and_is_recorded(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Article inventé : la mairie de Dole a fermé les écoles après la crue.",
                                   encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "lines.jsonl").write_text('{"text": "Invented: the river rose again on Monday night."}\n{oops\n',
                                        encoding="utf-8")
    db = str(tmp_path / "v.db")
    code, out = run_cli(capsys, "run", str(folder), "--db", db, "--json")
    summary = json.loads(out)
    assert code == 2
    assert summary["new"] == 2 and summary["failed"] == 2
    places = sorted(Path(f["place"]).name for f in summary["failures"])
    assert places == ["empty.txt", "lines.jsonl:2"]
    (run,) = Store(db).runs()
    assert len(run["failures"]) == 2 and run["counts"]["new"] == 2


def test_analyze_jsonl_one_line_out_per_line_in(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "n1", "text": "Article inventé : le préfet a parlé mardi.", "published": "2024-03-12"})
        + "\nnot json\n"
        + json.dumps({"id": "n2", "text": "Invented article: the mayor spoke on Tuesday."}) + "\n",
        encoding="utf-8")
    code, out = run_cli(capsys, "analyze", "--jsonl", str(source))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert [line["id"] for line in lines] == ["n1", None, "n2"]
    assert lines[0]["published"]["date"] == "2024-03-12"
    assert lines[0]["lang"] == "fr" and lines[2]["lang"] == "en"
    for key in ("timexes", "entities", "quotes", "figures", "related", "text"):
        assert key in lines[0]


def test_search_and_docs(tmp_path, capsys):
    db = str(tmp_path / "v.db")
    run_cli(capsys, "run", str(ROOT / "examples" / "text"), "--db", db)
    code, out = run_cli(capsys, "search", "prefet evacuation", "--db", db, "--json")
    hits = json.loads(out)
    assert code == 0 and hits and "préfet" in hits[0]["snippet"].lower().replace("[", "").replace("]", "")
    code, out = run_cli(capsys, "docs", "--db", db, "--json")
    assert len(json.loads(out)) == 3


def test_commands_other_than_eval_parse_without_loading_the_extractors():
    """`vigie --help` and every other command but `eval` answer at once: the eval kinds, which import
    the extractors, are built only for `vigie eval`."""
    probe = ("import sys; from vigie.cli import build_parser; build_parser(['export', '--help']); "
             "print(sorted(m for m in sys.modules if m.startswith(('vigie.nlp', 'vigie.eval'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
    kinds = build_parser(["eval", "tls", "x"])._subparsers._group_actions[0].choices["eval"]
    assert "tls" in kinds._subparsers._group_actions[0].choices


def test_every_command_and_setting_is_documented():
    cli_doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name in commands:
        assert re.search(rf"`vigie {name}\b", cli_doc), f"vigie {name} is not in docs/cli.md"
    settings_doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name in SETTINGS:
        assert f"`{name}`" in settings_doc, f"{name} is not in docs/settings.md"


@needs_shared
def test_seeds_five_french_documents_dates_and_wire_relation(tmp_path, capsys):
    db = str(tmp_path / "seeds.db")
    code, out = run_cli(capsys, "run", str(SEEDS), "--db", db, "--json")
    assert code == 0
    data = json.loads(run_cli(capsys, "export", "--db", db)[1])
    jsonschema.validate(data, SCHEMA)
    docs = {Path(d["path"]).name[:3]: d for d in data["documents"]}
    assert sorted(docs) == ["000", "001", "002", "003", "004"]
    assert {d["lang"] for d in docs.values()} == {"fr"}
    header = {k: d["published"]["date"] for k, d in docs.items() if d["published"]["provenance"] == "header"}
    assert {k: v[:7] for k, v in header.items()} == {"000": "2018-09", "001": "2020-02", "003": "2019-12",
                                                     "004": "2019-12"}
    related = {(k, r["relation"]) for k, d in docs.items() for r in d["related"]
               if Path(next(x["path"] for x in data["documents"] if x["id"] == r["doc"])).name[:3] in ("003", "004")}
    assert ("003", "shares_passages") in related and ("004", "shares_passages") in related
