"""Per-language resources, kept as data files under `lang/<code>/`.

`load(lang, name)` reads `lang/<lang>/<name>.json` once; code asks for a resource
by name instead of branching on the language.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("fr", "en")
DEFAULT_LANG = "fr"


@cache
def load(lang: str | None, name: str) -> Any:
    """The resource `name` for `lang` (falling back to the default language), parsed from JSON."""
    code = lang if lang in LANGUAGES else DEFAULT_LANG
    path = resources.files("vigie.lang").joinpath(code, f"{name}.json")
    return json.loads(path.read_text(encoding="utf-8"))
