"""Fixtures of the web tests: a fresh copy of the invented corpus's store (`web_corpus`) for each test."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from web_corpus import build_store


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("template") / "web.db"
    return path, build_store(path)


@pytest.fixture
def corpus(corpus_template, tmp_path) -> tuple[Path, dict]:
    """A fresh copy of the invented corpus's store for one test."""
    template, ids = corpus_template
    path = tmp_path / "web.db"
    shutil.copyfile(template, path)
    return path, ids
