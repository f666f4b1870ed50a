"""Storage: SQLite by default, behind the `Store` interface."""
from vigie.store.sqlite import Store

__all__ = ["Store"]
