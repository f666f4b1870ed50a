"""Bytes to text: encodings detected, binary refused, sizes capped."""
from __future__ import annotations

from charset_normalizer import from_bytes

from vigie.config import setting


class ReadError(ValueError):
    """An input that cannot be read; the message says why and what to do."""


def max_bytes() -> int:
    """Largest article file or page read whole (VIGIE_MAX_BYTES): an article is a few
    kilobytes; past this a file is a dump or a mistake, and reading it would stall a batch."""
    return int(setting("VIGIE_MAX_BYTES"))


def check_size(size: int) -> None:
    limit = max_bytes()
    if size > limit:
        raise ReadError(
            f"too large ({size / 1e6:.1f} MB, the limit is {limit / 1e6:.0f} MB): "
            "split it into articles, or raise the limit with VIGIE_MAX_BYTES")


def decode(data: bytes) -> str:
    """The text of `data`: UTF-8 when it is valid, else the encoding charset-normalizer finds."""
    if not data.strip():
        raise ReadError("empty: no text to read")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("binary content, not text (NUL bytes); give vigie text, HTML, JSONL, feeds or WARC")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise ReadError("undecodable: no text encoding fits these bytes")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise ReadError(f"undecodable as {best.encoding}: {err}") from err
