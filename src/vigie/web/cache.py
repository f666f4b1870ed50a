"""Page data kept until the database changes: the views are pure functions of the store.

The database's files change on every commit (the write-ahead log grows, a
checkpoint rewrites the main file), whichever process writes, so their sizes and
modification times are the key that tells a kept page from a stale one.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

# Pages kept at once; the oldest used is dropped first.
MAX_PAGES = 256


class PageCache:
    """The data of recently built pages, dropped as soon as the database changes."""

    def __init__(self, db_path: str, size: int = MAX_PAGES):
        self.files = [db_path, db_path + "-wal"]
        self.size = size
        self._pages: OrderedDict[Hashable, tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def version(self) -> tuple:
        """What changes whenever a transaction commits to the database."""
        stamp = []
        for path in self.files:
            try:
                info = os.stat(path)
                stamp.append((info.st_mtime_ns, info.st_size))
            except FileNotFoundError:
                stamp.append(None)
        return tuple(stamp)

    def get(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """The page's data for `key`, built again when the database changed since it was kept."""
        version = self.version()
        with self._lock:
            kept = self._pages.get(key)
            if kept is not None and kept[0] == version:
                self._pages.move_to_end(key)
                return kept[1]
        data = build()
        with self._lock:
            self._pages[key] = (version, data)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return data
