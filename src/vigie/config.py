"""vigie's settings: environment variables, each declared here with its default and meaning.

docs/settings.md documents every one of them; a test keeps the two in step.
"""
from __future__ import annotations

import os

SETTINGS: dict[str, tuple[str, str]] = {
    "VIGIE_DB": ("vigie.db", "SQLite database used when --db is not given."),
    "VIGIE_LANGUAGES": ("fr,en", "Languages vigie identifies and analyses, as ISO 639-1 codes."),
    "VIGIE_MAX_BYTES": (str(20 * 1024 * 1024), "Largest single article file or fetched page, in bytes."),
    "VIGIE_WORKERS": ("0", "Processes analysing documents; 0 means one per core."),
    "VIGIE_FETCH_TIMEOUT": ("15", "Seconds before a fetched URL is given up."),
    "VIGIE_SPACY_MODEL": ("", "Optional installed spaCy model whose entities are combined with vigie's own."),
    "VIGIE_CACHE": ("", "Folder for vigie's built indexes (gazetteer); default: the user cache folder."),
    "VIGIE_TOKEN": ("", "Token that web writes must carry when the server listens beyond loopback."),
}


def setting(name: str) -> str:
    """The value of a declared setting, from the environment or its default."""
    default, _ = SETTINGS[name]
    return os.environ.get(name, default)
