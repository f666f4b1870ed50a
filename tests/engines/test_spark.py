"""The Spark engine on a small folder of invented articles (text files and JSON Lines with a bad line).

The Spark tests need pyspark and Java; without them they skip, saying how to enable them. The
input planning, the per-partition readers and the command's answer without pyspark run everywhere.
"""
import json
import os
import sys

import pytest

from vigie.cli import main
from vigie.engines import spark as engine
from vigie.engines.local import safe_analyze
from vigie.export import analysis_line
from vigie.ingest import read_sources
from vigie.model import Failure, to_dict
from vigie.store import Store


def _spark_missing() -> str | None:
    try:
        engine.require_spark()
    except ImportError as err:
        return str(err)
    return None


SPARK_MISSING = _spark_missing()
needs_spark = pytest.mark.skipif(SPARK_MISSING is not None, reason=f"Spark tests skipped: {SPARK_MISSING}")

# Invented articles, written for these tests.
FRENCH = """Crue de la Durance : 140 habitants évacués à Manosque

Manosque, 14 mars 2024 - Les pompiers ont évacué 140 habitants dans la nuit de mardi à mercredi, a annoncé la
préfecture des Alpes-de-Haute-Provence. « La situation reste préoccupante », a déclaré le préfet Marc Delorme.
Deux personnes ont été blessées et 35 maisons sont inondées, selon la mairie.
"""
ENGLISH = """Ferry strike halts crossings to Jersey

Saint Helier, 3 May 2023 - Ferry crews walked out on Tuesday, cancelling 12 crossings, the operator said.
"We regret the disruption," said Alan Pryce, a spokesman for the company. About 2,000 passengers were affected.
"""
JSONL_ARTICLES = [
    {"id": "a1", "published": "2024-03-15", "text": "La préfecture a rouvert la route de Sisteron vendredi. "
                                                    "Trente familles ont regagné leur logement, selon le maire."},
    {"id": "a2", "text": "The council of Dinan said on Monday that 40 shops had reopened after the floods."},
    None,  # a bad line
    {"id": "a4", "published": "2023-05-05", "text": "Les traversées vers Jersey reprennent samedi, a indiqué la "
                                                    "compagnie, après trois jours de grève."},
    {"id": "a5", "text": "Le maire de Forcalquier a annoncé mercredi la fermeture de 3 écoles."},
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    (folder / "crue-durance.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "ferry-strike.txt").write_text(ENGLISH, encoding="utf-8")
    lines = ["{not json" if a is None else json.dumps(a, ensure_ascii=False) for a in JSONL_ARTICLES]
    (folder / "suite.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def sc():
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster("local[2]").setAppName("vigie-tests").set("spark.ui.enabled", "false")
            .set("spark.python.worker.reuse", "true"))
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    context = SparkContext.getOrCreate(conf)
    context.setLogLevel("ERROR")
    yield context
    context.stop()


def local_lines(folder) -> list[dict]:
    """What the local engine gives for the same inputs, in the `vigie analyze` line format."""
    return [analysis_line(item if isinstance(item, Failure) else safe_analyze(item))
            for item in read_sources([str(folder)])]


def part_lines(output) -> list[dict]:
    return [json.loads(line) for part in sorted(output.glob("part-*"))
            for line in part.read_text(encoding="utf-8").splitlines()]


def by_place(lines: list[dict]) -> list[dict]:
    return sorted(lines, key=lambda line: line.get("path") or line.get("place"))


# Everywhere

def test_plan_splits_jsonl_from_whole_files(articles):
    plan = engine.plan_inputs([str(articles), str(articles / "nothing-*.txt"), "https://example.org/feed.rss"])
    assert plan.jsonl == [str(articles / "suite.jsonl")]
    assert plan.sources == [str(articles / "crue-durance.txt"), str(articles / "ferry-strike.txt"),
                            "https://example.org/feed.rss"]
    assert [f.place for f in plan.missing] == [str(articles / "nothing-*.txt")]


def test_lines_keep_their_file_line_numbers(articles):
    """A partition that starts mid-file names its lines as the whole-file reader does."""
    path = str(articles / "suite.jsonl")
    raw = (articles / "suite.jsonl").read_bytes().splitlines()
    records = list(engine.analyse_lines(zip(raw[2:], range(2, 5)), path=path))
    assert [kind for kind, _, _ in records] == [engine.FAILURE, engine.ANALYSIS, engine.ANALYSIS]
    failed = json.loads(records[0][1])
    assert failed["id"] is None and failed["place"] == f"{path}:3" and failed["error"]
    assert [json.loads(line)["path"] for _, line, _ in records[1:]] == [f"{path}:4", f"{path}:5"]
    whole = {line.get("path"): line for line in local_lines(articles)}
    assert json.loads(records[2][1]) == whole[f"{path}:5"]


def test_without_pyspark_the_command_says_what_to_install(articles, tmp_path, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    code = main(["spark", str(articles), "--output", str(tmp_path / "out")])
    assert code == 1 and "pip install -e '.[spark]'" in caplog.text
    assert not (tmp_path / "out").exists()


# On Spark

@needs_spark
def test_same_analyses_as_the_local_engine(sc, articles, tmp_path):
    output = tmp_path / "out"
    job = engine.analyse_on_spark(sc, [str(articles), str(articles / "missing.txt")], str(output), partitions=2)
    job.release()
    assert (output / "_SUCCESS").exists() and len(list(output.glob("part-*"))) == 2
    lines = part_lines(output)
    expected = local_lines(articles) + [{"id": None, "place": str(articles / "missing.txt"),
                                         "error": "no such file, folder or glob match; check the path"}]
    assert by_place(lines) == by_place(expected)
    assert job.counts == {"analysed": 6, "failed": 2}
    assert sorted(f.place for f in job.failures) == [str(articles / "missing.txt"), f"{articles / 'suite.jsonl'}:3"]
    assert {line["id"] for line in lines if line.get("doc_id")} == {"a1", "a2", "a4", "a5"}


@needs_spark
def test_command_stores_on_the_driver(sc, articles, tmp_path, capsys):
    db, output = tmp_path / "v.db", tmp_path / "out"
    code = main(["spark", str(articles), "--output", str(output), "--partitions", "3", "--db", str(db)])
    summary = json.loads(capsys.readouterr().out)
    assert code == 2, "a bad input line makes the exit status 2, as in vigie run"
    assert summary["new"] == 6 and summary["failed"] == 1 and summary["partitions"] == 3
    assert summary["failures"][0]["place"].endswith("suite.jsonl:3")
    store = Store(str(db))
    stored = json.loads(json.dumps({a.doc.id: to_dict(a) for a in store.analyses()}))
    local = {d.id: to_dict(safe_analyze(d)) for d in read_sources([str(articles)]) if not isinstance(d, Failure)}
    assert stored == json.loads(json.dumps(local)), "the store holds what the local engine would have stored"
    assert store.runs()[-1]["command"] == "spark"
    assert summary["entities"] > 0
    assert main(["spark", str(articles), "--output", str(output)]) == 1, "an existing output folder is refused"
