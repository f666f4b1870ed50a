"""Turn the annotated articles into CoNLL files and groups.json: `articles/` (the development set,
used while building vigie) into fr.conll and en.conll, `heldout/` (written afterwards and never
used to adjust vigie) into heldout-fr.conll and heldout-en.conll.

Each article is plain text where a name is written `[TYPE@group text]` (TYPE is PER,
ORG or LOC; `group` names the entity every spelling belongs to). Lines starting
with "#" are comments; "# lang: xx" gives the article's language. The CoNLL files
have three columns: token, IOB2 tag, and `@group` on name tokens (`_` elsewhere);
`-DOCSTART-` separates articles. Run: python evaldata/ner/build.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[(PER|ORG|LOC)@([\w-]+) ([^\]]+)\]")
TOKEN = re.compile(r"[LlDdJjNnSsMmTtCc]['’](?=\w)|[Qq]u['’](?=\w)|['’]s\b|\w+(?:[-.]\w+|['’](?!s\b)\w+)*|[^\w\s]")


def read_article(path: Path) -> tuple[str, str, list[tuple[int, int, str, str]]]:
    """The article's language, plain text and gold names as (start, end, type, group)."""
    lang, body = "fr", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            m = re.match(r"#\s*lang:\s*(\w+)", line)
            lang = m.group(1) if m else lang
            continue
        body.append(line)
    marked = "\n".join(body).strip()
    text, names, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        names.append((out_len, out_len + len(m.group(3)), m.group(1), m.group(2)))
        text.append(m.group(3))
        out_len += len(m.group(3))
        pos = m.end()
    text.append(marked[pos:])
    return lang, "".join(text), names


def to_conll(name: str, lang: str, text: str, names: list[tuple[int, int, str, str]]) -> list[str]:
    lines = ["-DOCSTART- O _", f"# doc: {name}", f"# lang: {lang}"]
    for para in re.split(r"\n\s*\n", text):
        offset = text.index(para)
        for m in TOKEN.finditer(para):
            s, e = offset + m.start(), offset + m.end()
            tag, group = "O", "_"
            for ns, ne, kind, gid in names:
                if ns <= s and e <= ne:
                    tag = ("B-" if s == ns or not text[ns:s].strip() else "I-") + kind
                    group = "@" + gid
                    break
            lines.append(f"{m.group()} {tag} {group}")
        lines.append("")
    return lines


def main() -> None:
    groups: dict[str, dict[str, list[str]]] = {}
    for folder, prefix in (("articles", ""), ("heldout", "heldout-")):
        by_lang: dict[str, list[str]] = {}
        for path in sorted((HERE / folder).glob("*.txt")):
            lang, text, names = read_article(path)
            by_lang.setdefault(lang, []).extend(to_conll(path.stem, lang, text, names))
            article_groups: dict[str, list[str]] = {}
            for s, e, _, gid in names:
                spelling = text[s:e]
                if spelling not in article_groups.setdefault(gid, []):
                    article_groups[gid].append(spelling)
            groups[path.stem] = article_groups
        for lang, lines in by_lang.items():
            (HERE / f"{prefix}{lang}.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "groups.json").write_text(json.dumps(groups, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
