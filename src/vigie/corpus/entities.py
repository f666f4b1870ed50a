"""Entity resolution across documents: one corpus entity per actor or place, whatever the article.

`resolve(analyses)` reads the document-level entities of `vigie.nlp.names` and returns
`(entities, index)`:

- `entities`: corpus-level `Entity` records. Their `mentions` are `(doc_id, start,
  end)` triples (character offsets into that document's text), `aliases` gathers every
  spelling met in any document, `roles` every role, `parent` names a corpus entity.
- `index`: `{(doc_id, local_entity_id): corpus_entity_id}`, to re-point each
  document's `Mention.entity` (and quotes' or figures' entity links) to the corpus.

Corpus ids are stable across runs and corpora: "kb:<id>" for actors of the knowledge
base, "gn:<GeoNames id>" for geocoded places, "<type>:<key>" otherwise, where the key
is the name without case, accents, articles or particles. Merging rules, in order:
same knowledge-base actor; same GeoNames entry; same type and key ("Bachar El Assad",
"Bachar al-Assad"); same type and consonant frame for names of two words or more
("Maaret al-Noomane", "Maarat al-Numan"); a surname alone (a compound one too:
"Ferrand-Messaoud") joins the only full name of the corpus ending with it, or the one named ten times as
often as any other, unless it is itself named ten times as often; a small town's one-word name that is such a
surname joins that person ("Blair" of the gazetteer in articles about Tony Blair); an acronym joins the only (or
so dominant) organisation whose initials spell it. `resolve_entities(analyses)` returns the entities alone.

An entity is shown under the name of the language most of its mentions are written
in (a tie goes to French, the first language): "United States" for an actor named
mostly in English articles, "Etats-Unis" when French ones dominate; every other
spelling stays among its aliases. A spelling in capitals ("LONDON" in datelines)
gives way to the same name written in lower case.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from vigie.lang import DEFAULT_LANG, LANGUAGES, load
from vigie.model import Analysis, Entity
from vigie.nlp import places
from vigie.nlp.name_lexicon import knowledge_base
from vigie.nlp.namekey import fold, name_key, skeleton

# Consonant frames with fewer letters than this are shared by unrelated names.
MIN_FRAME = 5
# A surname alone or an acronym stands for the one of several full names bearing it that is named this many
# times as often as each of the others: the person or body the corpus is about.
DOMINANCE = 10
# Names whose corpus id is remembered.
NAME_IDS_CACHE = 1 << 16

# Spellings of an entity by language: {language: {spelling: mentions}}.
Spellings = dict[str, dict[str, int]]


@dataclass
class Known:
    """What a store already knows of the corpus entities, for resolving new documents against them.

    `find(kind, keys)` gives, for each of the keys some entity is filed under, the ids of
    those entities, sorted: "id" (an id a document entity was given first → the entity it
    belongs to), "frame" ("type frame"), "surname" (a person's last name), "initials" (an
    organisation's). `stored(ids)` gives the stored entities among `ids` (without their
    mentions) and their spellings. Both take many keys at once: a store answers a batch's
    keys in a few queries rather than one each.
    """

    find: Callable[[str, Iterable[str]], dict[str, list[str]]] = lambda kind, keys: {}
    stored: Callable[[Iterable[str]], dict[str, tuple[Entity, Spellings]]] = lambda ids: {}


@dataclass
class Resolution:
    """Entities resolved for some documents, in the form a store keeps them.

    `entities` hold their stored state merged with what the documents add, and only
    the documents' mentions; `index` maps (document id, document entity id) to a corpus
    id; `spellings` and `keys` are what to keep for the next documents.
    """

    entities: list[Entity] = field(default_factory=list)
    index: dict[tuple[str, str], str] = field(default_factory=dict)
    spellings: dict[str, Spellings] = field(default_factory=dict)
    keys: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, key, entity id)


def resolve(analyses: list[Analysis]) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """Corpus entities and the map from (document id, document entity id) to corpus entity id."""
    result = resolve_against(analyses, Known())
    return result.entities, result.index


def resolve_entities(analyses: list[Analysis]) -> list[Entity]:
    """Corpus-level entities of `analyses` (see `resolve` for their ids and mentions)."""
    return resolve(analyses)[0]


def resolve_against(analyses: list[Analysis], known: Known) -> Resolution:
    """Resolve the entities of `analyses` against the entities `known` already holds.

    A name joins a known entity by the same rules as within the documents (same id,
    consonant frame, surname, initials); the surname and initials rules count the
    known full names and organisations as well.
    """
    members: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    index: dict[tuple[str, str], str] = {}
    langs: dict[str, str] = {}
    for analysis in analyses:
        doc_id = analysis.doc.id
        langs[doc_id] = _name_lang(analysis.doc.lang)
        for entity in analysis.entities:
            cid = _base_id(entity)
            members[cid].append((doc_id, entity))
            index[(doc_id, entity.id)] = cid
    renames, keys = _merge_variants(members, known)
    for key, cid in list(index.items()):
        index[key] = _follow(renames, cid)
    groups: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for cid, items in members.items():
        groups[_follow(renames, cid)].extend(items)
    result = Resolution(index=index, keys=keys)
    states = known.stored(groups)
    for cid, items in groups.items():
        entity, spellings = _combine(cid, items, index, langs, states.get(cid))
        result.entities.append(entity)
        result.spellings[cid] = spellings
    result.entities.sort(key=lambda e: (-len(e.mentions), e.id))
    return result


def _name_lang(lang: str | None) -> str:
    """The language a document's entity names are written in: `vigie.nlp.names` names the
    knowledge base's actors in the document's language, or the default one outside the supported."""
    return lang if lang in LANGUAGES else DEFAULT_LANG


def _base_id(entity: Entity) -> str:
    if entity.kb_id:
        return f"kb:{entity.kb_id}"
    if entity.geo is not None and entity.geo.geonames_id is not None:
        return f"gn:{entity.geo.geonames_id}"
    return _name_id(entity.type, entity.name)


@lru_cache(maxsize=NAME_IDS_CACHE)
def _name_id(kind: str, name: str) -> str:
    """The corpus id of a name no knowledge base or gazetteer entry stands for: most recur across documents."""
    return f"{kind}:{name_key(name).replace(' ', '-')}"


def _follow(renames: dict[str, str], cid: str) -> str:
    if cid not in renames:  # most ids: no set to make
        return cid
    seen = set()
    while cid in renames and cid not in seen:
        seen.add(cid)
        cid = renames[cid]
    return cid


def _merge_variants(members: dict[str, list[tuple[str, Entity]]],
                    known: Known) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Renames of unresolved ids into the id they are a variant of, and the keys new entities are filed under."""
    renames: dict[str, str] = {}
    keys: list[tuple[str, str, str]] = []
    by_frame: dict[tuple[str, str], str] = {}
    new: list[str] = []
    order = sorted(members, key=lambda c: (not c.startswith(("kb:", "gn:")), c))
    stored_ids = known.find("id", order)
    # Each unknown id's frames, sorted: in a set's order they would make the target hang on the interpreter's hash seed.
    frames_of: dict[str, list[str]] = {}
    for cid in order:
        if cid not in stored_ids:
            entity = members[cid][0][1]
            names = {entity.name, *entity.aliases} if not cid.startswith("gn:") else {entity.name}
            frames = {skeleton(n) for n in names if len(name_key(n).split()) > 1
                      and len(skeleton(n).replace(" ", "")) >= MIN_FRAME}
            if entity.type == "person":
                frames |= {f"={key}" for n in names for key in _given_name_keys(n)}
            # a spelling's frame first: "Ronald Reagan" joins "Ronald Regan" rather than "Ron Reagan"
            frames_of[cid] = sorted(frames, key=lambda f: (f.startswith("="), f))
    stored_frames = known.find("frame", [f"{members[cid][0][1].type} {f}" for cid, frames in frames_of.items()
                                         if not cid.startswith(("kb:", "gn:")) for f in frames])
    for cid in order:
        stored = stored_ids.get(cid)
        if stored:
            if stored[0] != cid:
                renames[cid] = stored[0]
            continue
        entity = members[cid][0][1]
        frames = frames_of[cid]
        if not cid.startswith(("kb:", "gn:")):
            target = next((by_frame[(entity.type, f)] for f in frames if (entity.type, f) in by_frame), None)
            target = target or next((ids[0] for f in frames if (ids := stored_frames.get(f"{entity.type} {f}"))), None)
            if target is not None and target != cid:
                renames[cid] = target
                keys.append(("id", cid, target))
                continue
        new.append(cid)
        keys.append(("id", cid, cid))
        for frame in frames:
            if (entity.type, frame) not in by_frame:
                by_frame[(entity.type, frame)] = cid
                keys.append(("frame", f"{entity.type} {frame}", cid))

    surnames: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    for cid in new:
        entity = members[cid][0][1]
        words = name_key(entity.name).split()
        if entity.type == "person" and len(words) > 1:
            # The last name, and the last two words for a compound one written with a hyphen
            # ("Ferrand-Messaoud" of "Odile Ferrand-Messaoud").
            for tail in sorted({" ".join(words[-size:]) for size in (1, 2) if size < len(words)}):
                surnames[tail].add(cid)
                keys.append(("surname", tail, cid))
        if entity.type == "organization" and len(words) > 1:
            letters = "".join(w[0] for w in words)
            initials[letters].add(cid)
            keys.append(("initials", letters, cid))
    shortened: dict[str, str] = {}  # a one-word person or an acronym → the one entity it shortens
    for cid in new:
        if cid.startswith("kb:"):
            continue
        entity = members[cid][0][1]
        words = name_key(entity.name).split()
        if cid.startswith("gn:") and not _small_one_word_place(entity):
            continue
        if entity.type in ("person", "place") and len(entity.name.split()) == 1 and len(words) <= 2:
            surname = " ".join(words)
            holders = surnames.get(surname, set()) | set(known.find("surname", [surname]).get(surname, ()))
        elif entity.type == "organization" and entity.name.isupper():
            letters = fold(entity.name)
            holders = initials.get(letters, set()) | set(known.find("initials", [letters]).get(letters, ()))
        else:
            continue
        holder = _dominant(cid, holders, members, known)
        if holder is not None:
            shortened[cid] = renames[cid] = holder
    # A new entity's own id key points to the one its short name was found to be.
    return renames, [("id", key, shortened[key]) if kind == "id" and key in shortened else (kind, key, entity)
                     for kind, key, entity in keys]


def _given_name_keys(name: str) -> list[str]:
    """The keys of a person's name of two words or more with its given name written in full, once for each name a
    short one may shorten ("Mike Mullen", "Michael Mullen" → "michael mullen"; "Bill Daley" → "william daley"): one
    person in the articles that use the short form and those that do not. These keys are the names' own, not their
    consonant frames: the frame of a short surname would join "William Mair" and "William Moore"."""
    words = name_key(name).split()
    shortened = _short_given_names()
    if len(words) < 2 or words[0] not in shortened and words[0] not in _shortened_given_names():
        return []
    return [" ".join([full, *words[1:]]) for full in shortened.get(words[0], (words[0],))]


@cache
def _short_given_names() -> dict[str, tuple[str, ...]]:
    """Folded short given names and the names they shorten, in every language (`short_given_names` of names.json)."""
    table: dict[str, set[str]] = defaultdict(set)
    for lang in LANGUAGES:
        for short, fulls in load(lang, "names")["short_given_names"].items():
            table[fold(short)].update(fold(full) for full in fulls)
    return {short: tuple(sorted(fulls)) for short, fulls in table.items()}


@cache
def _shortened_given_names() -> frozenset[str]:
    """The given names some short one shortens ("michael", "william")."""
    return frozenset(full for fulls in _short_given_names().values() for full in fulls)


def _small_one_word_place(entity: Entity) -> bool:
    """Whether a geocoded place is a small one named in one word, which the gazetteer alone made a place: a
    surname the corpus gives a person far more often ("Blair", a Scottish town, in a story about Tony Blair)."""
    if entity.type != "place" or len(entity.name.split()) != 1 or entity.geo is None or entity.geo.geonames_id is None:
        return False
    return places.gazetteer().place(entity.geo.geonames_id).population < places.BIG_CITY


def _dominant(short: str, holders: set[str], members: dict[str, list[tuple[str, Entity]]], known: Known) -> str | None:
    """The full name a `short` name (a surname alone, an acronym) stands for among the `holders` bearing it:
    the only one, or the one named DOMINANCE times as often as each other ("Blair" alone is Tony Blair, named
    hundreds of times, not Ian Blair, named five); none when the short name is itself named DOMINANCE times as
    often as that full name (the "Reed" of seventy mentions is not the "Tom Reed" of four)."""
    if not holders:
        return None

    def weight(cid: str) -> int:
        if cid in members:
            return sum(len(entity.mentions) or 1 for _, entity in members[cid])
        stored = known.stored([cid]).get(cid)
        return sum(sum(counts.values()) for counts in stored[1].values()) if stored else 0

    ranked = sorted(((weight(cid), cid) for cid in holders), reverse=True)
    if len(ranked) > 1 and ranked[0][0] < DOMINANCE * ranked[1][0]:
        return None
    return ranked[0][1] if weight(short) < DOMINANCE * max(ranked[0][0], 1) else None


def _combine(cid: str, items: list[tuple[str, Entity]], index: dict[tuple[str, str], str],
             langs: dict[str, str], stored: tuple[Entity, Spellings] | None = None) -> tuple[Entity, Spellings]:
    """One entity from its documents' entities, added to what the store held of it (`stored`)."""
    before, spelled = stored or (None, {})
    spellings: Counter[str] = Counter({n: 0 for n in ([before.name, *before.aliases] if before else [])})
    by_lang: dict[str, Counter[str]] = defaultdict(Counter, {lang: Counter(c) for lang, c in spelled.items()})
    mentions: list[tuple[str, int, int]] = []
    roles: list[dict[str, str]] = list(before.roles) if before else []
    geo, kb_id, parent = (before.geo, before.kb_id, before.parent) if before else (None, None, None)
    types: Counter[str] = Counter()
    for _, entity in items:
        types[entity.type] += len(entity.mentions) or 1
    # A surname a gazetteer made a small town in some articles ("Blair") is the person the others name.
    kind = before.type if before else types.most_common(1)[0][0]
    for doc_id, entity in items:
        weight = len(entity.mentions) or 1
        spellings[entity.name] += weight
        by_lang[langs.get(doc_id, DEFAULT_LANG)][entity.name] += weight
        for alias in entity.aliases:
            spellings[alias] += 0
        mentions.extend((doc_id, s, e) for s, e in entity.mentions)
        for role in entity.roles:
            if role not in roles:
                roles.append(role)
        geo = geo or (entity.geo if entity.type == kind else None)
        kb_id = kb_id or entity.kb_id
        if entity.parent and parent is None:
            parent = index.get((doc_id, entity.parent))
    with_affiliation = {r["role"] for r in roles if r.get("affiliation")}
    roles = [r for r in roles if r.get("affiliation") or r["role"] not in with_affiliation]
    lang = max(by_lang, key=lambda code: (sum(by_lang[code].values()), code == DEFAULT_LANG, code))
    actor = knowledge_base().actors.get(kb_id) if kb_id else None
    name = actor.display_name(lang) if actor is not None else _display_spelling(by_lang[lang])
    entity = Entity(
        id=cid, type=kind, name=name,
        aliases=sorted(n for n in spellings if n != name), mentions=sorted(mentions), roles=roles, geo=geo,
        kb_id=kb_id, parent=parent,
    )
    return entity, {code: dict(counts) for code, counts in by_lang.items()}


def _display_spelling(counts: Counter[str]) -> str:
    """The most used spelling, counting together the ones that differ only in case, and among
    those the one not written in capitals when there is one ("London" for "LONDON" and "London")."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for spelling in counts:
        by_fold[fold(spelling)].append(spelling)
    best = max(by_fold.values(), key=lambda group: (sum(counts[n] for n in group), max(len(n) for n in group), max(group)))
    return max(best, key=lambda n: (not n.isupper(), counts[n], len(n), n))
