"""Find actor and place mentions in a parsed sentence with the dictionaries in data/.

Matching is on surface strings (not on NER labels): the French model tags "Macron" as ADV and
"Moscou" as LOC, so dictionary look-up is more reliable than entity types for a closed set of
actors. Aliases starting with a capital are matched case-sensitively ("UE", "US" must not match
"ue", "us"); lower-case aliases ("président américain") ignore case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import Levenshtein

from worker.events.lexicon import DATA_DIR, load_json
from worker.events.words import words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor or place mention; offsets are relative to the sentence text."""

    start: int
    end: int
    tok_start: int
    tok_end: int  # exclusive
    text: str
    normalized: str
    country: str | None
    role: str  # actor role, or the place kind (country, capital, city, region)
    is_place: bool

    def covers(self, token: Token) -> bool:
        return self.tok_start <= token.i < self.tok_end


@dataclass(frozen=True, slots=True)
class _Entry:
    normalized: str
    country: str | None
    role: str
    is_place: bool


def _compile(aliases: dict[str, _Entry]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Two alternations (case-sensitive, case-insensitive), longest alias first."""
    sens = sorted((a for a in aliases if not a[:1].islower()), key=len, reverse=True)
    insens = sorted((a for a in aliases if a[:1].islower()), key=len, reverse=True)

    def build(items: list[str], flags: int) -> re.Pattern[str] | None:
        if not items:
            return None
        alt = "|".join(re.escape(a) for a in items)
        return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", flags)

    return build(sens, 0), build(insens, re.IGNORECASE)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _tables() -> dict[str, Any]:
    actors = load_json("actors.json")
    places = load_json("places.json")["places"]
    actor_aliases: dict[str, _Entry] = {}
    place_aliases: dict[str, _Entry] = {}
    demonyms: dict[str, str] = {}
    caps: set[str] = set()  # round 24: abbreviations ("US"), matched only as written in capitals
    for p in places:
        entry = _Entry(p["normalized"], p["country"], p["kind"], True)
        for alias in p["aliases"]:
            place_aliases[alias.translate(_APOS)] = entry
            if p["kind"] == "country":  # a country name is also an actor (the state)
                actor_aliases.setdefault(alias.translate(_APOS), _Entry(p["normalized"], p["country"], "state", False))
        for d in p.get("demonyms", []):
            if p["country"]:
                demonyms[d.lower()] = p["country"]
                if d.isupper():
                    caps.add(d.lower())
    for line in (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, forms = line.split("\t")
            for d in forms.split("|"):
                demonyms.setdefault(d.lower(), code)
                if d.isupper():
                    caps.add(d.lower())
    for a in actors["actors"]:
        entry = _Entry(a["normalized"], a["country"], a["role"], False)
        for alias in a["aliases"]:
            actor_aliases[alias.translate(_APOS)] = entry
    # Names are often written without their accents ("Cedeao", "Etats-Unis", "Pekin"): the unaccented
    # form of every alias, unless it is already another name.
    for table in (actor_aliases, place_aliases):
        for alias, entry in list(table.items()):
            bare = _unaccented(alias)
            if bare != alias and len(bare) >= 4:
                table.setdefault(bare, entry)
    return {
        "actor_aliases": actor_aliases,
        "place_aliases": place_aliases,
        "actor_lower": {k.lower(): v for k, v in actor_aliases.items()},
        "place_lower": {k.lower(): v for k, v in place_aliases.items()},
        "actor_re": _compile(actor_aliases),
        "place_re": _compile(place_aliases),
        "demonyms": demonyms,
        "demonym_caps": frozenset(caps),
        "military": frozenset(w.lower() for w in actors["military_nouns"]),
        "cues": frozenset(w.lower() for w in actors["sports_disaster_cues"]),
        "pronouns": frozenset(actors["pronouns"]),
        "context_capitals": dict(actors.get("context_capitals", {})),
    }


# Words of a text, with French elisions split off ("l'Arménie" -> "Arménie").
_WORD = re.compile(r"[^\W_](?:[\w]|['-](?=\w))*")
_ELISION = re.compile(r"^(?:[ldjnsmtcLDJNSMTC]|qu|Qu|jusqu|lorsqu|puisqu)'(?=\w)")


def _with_sentence_case(aliases: list[str], kind: str) -> list[str]:
    """Round 20: French writes the later words of a country's name in lower case ("la Guinée équatoriale", "la
    République centrafricaine") where the gazetteer capitalises them: both spellings of a country name match."""
    if kind != "country":
        return aliases
    extra = []
    for alias in aliases:
        first, _, rest = alias.partition(" ")
        if rest and any(w[:1].isupper() for w in rest.split()):
            extra.append(f"{first} {rest.lower()}")
    return aliases + [a for a in extra if a not in aliases]


@cache
def _gazetteer() -> tuple[dict[str, _Entry], dict[str, _Entry]]:
    """Generated places (data/gazetteer.tsv) and the actors they imply (country = state, capital =
    its government); aliases already in the curated files are left to those."""
    t = _tables()
    places: dict[str, _Entry] = {}
    actors: dict[str, _Entry] = {}
    country_names: dict[str, str] = {}
    path = DATA_DIR / "gazetteer.tsv"
    rows = [r.split("\t") for r in path.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    for name, country, kind, _ in rows:
        if kind == "country":
            country_names[country] = name
    # a curated country's own spelling wins ("Timor-Leste"), so its capital names the same government
    country_names.update({e.country: e.normalized for e in t["place_aliases"].values()
                          if e.role == "country" and e.country})
    # A row's own name beats another row's alias ("New Delhi" the capital, not an alias of Delhi).
    ordered = [(name, country, kind, name) for name, country, kind, _ in rows] + rows
    for name, country, kind, aliases in ordered:
        code = country or None
        for alias in _with_sentence_case(aliases.split("|"), kind):
            alias = alias.translate(_APOS)
            if alias in t["place_aliases"] or alias in t["actor_aliases"]:
                continue
            places.setdefault(alias, _Entry(name, code, kind, True))
            if kind == "country":
                actors.setdefault(alias, _Entry(name, code, "state", False))
            elif kind == "capital" and code in country_names:
                actors.setdefault(alias, _Entry(country_names[code], code, "government", False))
    # A curated capital stands for its government too ("Bucarest accuse", "Vilnius asked"), like a generated one,
    # unless the curated actors already say who it is.
    for alias, entry in t["place_aliases"].items():
        if entry.role == "capital" and entry.country in country_names and alias not in t["actor_aliases"]:
            actors.setdefault(alias, _Entry(country_names[entry.country], entry.country, "government", False))
    return places, actors


@cache
def _capitals() -> dict[str, str]:
    """Capital name by country code, from the curated places then the generated gazetteer."""
    out = {p["country"]: p["normalized"] for p in load_json("places.json")["places"]
           if p["kind"] == "capital" and p["country"]}
    for row in (DATA_DIR / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        parts = row.split("\t")
        if len(parts) >= 3 and not row.startswith("#") and parts[2] == "capital" and parts[1]:
            out.setdefault(parts[1], parts[0])
    return out


def context_capital(name: str) -> str | None:
    """ISO code of the country whose capital bears this name, for names too common to match everywhere."""
    return _tables()["context_capitals"].get(name)  # type: ignore[no-any-return]


def homonymous_capital(country: Mention) -> str | None:
    """"à Panama", "à Mexico", "à Koweït": French puts countries after en/au/aux, so a country name after a
    bare "à" is the capital that bears its name ("Panama City")."""
    capital = _capitals().get(country.country or "")
    if capital is None or country.role != "country":
        return None
    first = country.normalized.split()[0]
    return capital if capital.startswith(first) else None


def _inside_name(text: str, words: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Words lo..hi-1 are part of a longer run of capitalized words ("Ariel Henry", "Paris Match"):
    a generated alias there is a first name or a brand, not the place. The first word of the text is
    capitalized anyway and does not count."""
    if hi < len(words) and text[words[hi - 1][1] : words[hi][0]] == " " and text[words[hi][0]].isupper():
        return True
    return lo > 1 and text[words[lo - 1][1] : words[lo][0]] == " " and text[words[lo - 1][0]].isupper()


_POSSESSIVE_KINDS = frozenset({"country", "capital", "state", "government"})
_NAME_BEFORE = re.compile(r"(?:^|\s)[A-ZÀ-Þ][\w'’-]+\s$")
_NAME_AFTER = re.compile(r"\s(?:[A-ZÀ-Þ]|(?:of|de|des|du|d['’])\s?(?:the\s|la\s|l['’])?[A-ZÀ-Þ])")


def _word_of_longer_name(text: str, s: int, e: int, entry: _Entry) -> bool:
    """"the Sahel Alliance", "l'Alliance des États du Sahel": a one-word alias of an organisation ("Alliance"
    for NATO) inside a longer capitalized name is part of another organisation's name. The first word of
    the sentence is capitalized anyway and does not count as a name before."""
    if entry.role != "io" or " " in text[s:e] or text[s:e].isupper():
        return False
    before = _NAME_BEFORE.search(text[max(0, s - 40) : s])
    name_before = before is not None and (before.start() > 0 or s > 40)
    return name_before or bool(_NAME_AFTER.match(text, e))


_FIRSTS: dict[int, frozenset[str]] = {}


def _first_words(table: dict[str, _Entry]) -> frozenset[str]:
    """First word of every alias of `table` (as _WORD/_ELISION cut it), computed once per table."""
    key = id(table)
    if key not in _FIRSTS:
        firsts = set()
        for alias in table:
            m = _WORD.search(alias)
            if m is None:
                continue
            word = m.group(0)
            firsts.add(word)
            e = _ELISION.match(word)
            if e:
                firsts.add(word[e.end() :])
            if word.endswith(("'s", "'S")):
                firsts.add(word[:-2])
        _FIRSTS[key] = frozenset(firsts)
    return _FIRSTS[key]


def _gazetteer_spans(text: str, table: dict[str, _Entry], max_words: int = 5) -> list[tuple[int, int, _Entry]]:
    words = []
    possessive: set[int] = set()
    firsts = _first_words(table)
    for m in _WORD.finditer(text):
        start = m.start()
        e = _ELISION.match(m.group(0))
        if e and m.group(0) not in firsts:  # "N'Djamena" is a name, "l'Ukraine" an elided article
            start += e.end()
        end = m.end()
        if m.group(0).endswith(("'s", "'S")) and end - 2 > start:
            end -= 2  # English possessive: "Cambodia's ambassador"
            possessive.add(len(words))
        words.append((start, end))
    out: list[tuple[int, int, _Entry]] = []
    i = 0
    while i < len(words):
        s0, e0 = words[i]
        if not text[s0].isupper() or " ".join(text[s0:e0].split()) not in firsts:
            i += 1  # no alias starts with this word (most words): skip the n-gram lookups
            continue
        hit = None
        for n in range(min(max_words, len(words) - i), 0, -1):
            s, e = words[i][0], words[i + n - 1][1]
            phrase = " ".join(text[s:e].split())
            if phrase[:1].isupper() and phrase in table:
                if i + n - 1 in possessive and table[phrase].role not in _POSSESSIVE_KINDS:
                    continue  # "Liverpool's Luis Díaz" is the club: only states and capitals own things
                hit = (s, e, table[phrase], n)
                break
        if hit and not _inside_name(text, words, i, i + hit[3]):
            out.append(hit[:3])
            i += hit[3]
        else:
            i += 1
    return out


def military_nouns() -> frozenset[str]:
    return _tables()["military"]  # type: ignore[no-any-return]


def sports_disaster_cues() -> frozenset[str]:
    return _tables()["cues"]  # type: ignore[no-any-return]


def demonym_country(word: str) -> str | None:
    """Country of a nationality adjective/noun, tolerant to French gender/number endings."""
    table: dict[str, str] = _tables()["demonyms"]
    caps: frozenset[str] = _tables()["demonym_caps"]
    w = word.lower()
    if w in caps:
        return table[w] if word.isupper() else None  # "US" officials, not "us"
    for cand in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
                 w[:-1] if w.endswith("e") else ""):
        if cand and cand in table and cand not in caps:  # round 24: "use" is no "US" with an ending
            return table[cand]
    return None



_CITY_KINDS = frozenset({"city", "capital", "government"})
_STATE_KINDS = frozenset({"country", "state"})
_COMPASS_BEFORE = re.compile(r"(?:^|[\s(])((?:South|North|East|West|Central|Sud|Nord|Est|Ouest)[ -])$")


@cache
def _country_entries() -> dict[str, _Entry]:
    """Generated country entries by ISO code (actor side), for demonyms that name a country of their own."""
    return {e.country: e for e in _gazetteer()[1].values() if e.role == "state" and e.country}


def _compass_demonym(text: str, s: int, e: int, entry: _Entry) -> tuple[int, int, _Entry]:
    """"South Sudanese", "sud-soudanais": the compass word makes another nationality (demonyms.tsv) than the
    curated one inside it; the mention then covers both words and names that country."""
    m = _COMPASS_BEFORE.search(text[max(0, s - 8) : s])
    if m is None or entry.country is None:
        return s, e, entry
    start = s - len(m.group(1))
    code = demonym_country(text[start:e])
    other = _country_entries().get(code) if code and code != entry.country else None
    if other is None:
        return s, e, entry
    return start, e, _Entry(other.normalized, other.country, entry.role, entry.is_place)


def _find(doc: Doc, patterns: tuple[re.Pattern[str] | None, ...], aliases: dict[str, _Entry],
          lowered: dict[str, _Entry], extra: dict[str, _Entry] | None = None) -> list[Mention]:
    orig = doc.text  # Doc.text rebuilds the string on every access: read it once
    text = orig.translate(_APOS)
    raw: list[tuple[int, int, _Entry]] = []
    for pat in patterns:
        if pat is None:
            continue
        for m in pat.finditer(text):
            entry = aliases.get(m.group(0)) or lowered.get(m.group(0).lower())
            if entry is not None and not _word_of_longer_name(text, m.start(), m.end(), entry):
                raw.append((m.start(), m.end(), entry))
    # Longest first, then left to right; drop overlaps. Curated matches win over generated ones.
    raw.sort(key=lambda r: (-(r[1] - r[0]), r[0]))
    taken: list[tuple[int, int, _Entry]] = []
    for s, e, entry in raw:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, entry))
    taken = [_compass_demonym(text, s, e, entry) for s, e, entry in taken]
    for s, e, entry in _gazetteer_spans(text, extra) if extra else []:
        inside = [t for t in taken if not (e <= t[0] or s >= t[1])]
        if not inside:
            taken.append((s, e, entry))
        elif all(s <= ts and te <= e and te - ts < e - s for ts, te, _ in inside) and (
                (text[s:e] == entry.normalized and entry.role in _CITY_KINDS)
                or (entry.role in _STATE_KINDS and " " in text[s:e].strip())
                or (entry.role == "government" and not entry.is_place and " " in text[s:e].strip())):
            # "Mexico City", "Kuwait City": a city's own full name beats the country it contains;
            # "South Sudan", "Soudan du Sud": a country's multi-word name beats the shorter country inside it;
            # "Port of Spain suspendrait": a capital's multi-word name is its government, not the country inside
            taken = [t for t in taken if t not in inside] + [(s, e, entry)]
    taken.sort(key=lambda r: r[0])
    # Glue adjacent mentions of the same actor: "président américain" + "Joe Biden".
    merged: list[tuple[int, int, _Entry]] = []
    for s, e, entry in taken:
        if merged and merged[-1][2].normalized == entry.normalized and not text[merged[-1][1] : s].strip(" ,"):
            merged[-1] = (merged[-1][0], e, entry)
        else:
            merged.append((s, e, entry))
    out: list[Mention] = []
    for s, e, entry in merged:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        out.append(
            Mention(s, e, span.start, span.end, orig[s:e], _city_as_written(orig[s:e], entry), entry.country,
                    entry.role, entry.is_place)
        )
    return out


def _city_as_written(written: str, entry: _Entry) -> str:
    """"in New York": a city the text names without the " City" of its full name ("New York City") is kept
    as written, the way people name it; the country of the row is unchanged."""
    if entry.role == "city" and entry.normalized == f"{written.strip()} City":
        return written.strip()
    return entry.normalized


# Round 16: a short name that English news uses for another country than the gazetteer's row of that name: bare
# "Congo" is the Democratic Republic (the other one is written "Republic of Congo" or "Congo-Brazzaville"); French
# news writes "RDC" for the former and "Congo" for the latter, so only English is read this way.
_EN_SHORT_NAMES = {"Congo": ("COG", "COD")}
_OTHER_REPUBLIC = re.compile(r"(?<!Democratic )Republic of (?:the )?$")


def _english_short_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    if doc.lang_ != "en":
        return found
    out = []
    for m in found:
        pair = _EN_SHORT_NAMES.get(m.text)
        if pair is not None and m.country == pair[0] and not _OTHER_REPUBLIC.search(doc.text[: m.start]) \
                and doc.text[m.end : m.end + 1] != "-":
            name = next((e.normalized for e in (*_tables()["place_aliases"].values(), *_gazetteer()[0].values())
                         if e.country == pair[1] and e.role == "country"), m.normalized)
            role = m.role if m.role in ("state", "country") else ("country" if m.is_place else "state")
            m = Mention(m.start, m.end, m.tok_start, m.tok_end, m.text, name, pair[1], role, m.is_place)
        out.append(m)
    return out


_PERSON_ROLES = frozenset({"leader", "official"})
# an international organisation's office ("NATO Secretary General", "secrétaire général de l'OTAN")
_OFFICE_WORDS = re.compile(r"(?i)\b(?:secretary|secrétaire|president|président|présidente|chief|chef|commissioner|"
                           r"commissaire|envoy|envoyé|representative|représentant)\b")


def _name_after(doc: Doc, i: int) -> list[Token]:
    """The capitalized words of a person's name starting at token `i` (after an optional comma)."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    out: list[Token] = []
    while i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "X", "ADJ"):
        out.append(doc[i])
        i += 1
    return out


def _titles_of_others(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Round 17: a title alias of one office holder ("le président américain", "US President", "secrétaire d'État
    américain") right before another person's name ("… Donald Trump", "… Marco Rubio") is that person's title, not
    the dictionary's holder: the title mention is dropped (the name, or the title's nationality, is the actor)."""
    out = []
    for m in found:
        if not m.is_place and (m.role in _PERSON_ROLES or (m.role == "io" and _OFFICE_WORDS.search(m.text))):
            own = {w.lower() for w in m.normalized.split()}
            written = {w.lower() for w in re.findall(r"\w+", m.text)}
            name = _name_after(doc, m.tok_end)
            if not (own & written) and len(name) >= 2 and not ({t.lower_ for t in name} & own) and not any(
                    o.tok_start <= name[0].i < o.tok_end and o.normalized == m.normalized for o in found):
                continue
        out.append(m)
    return out


# Round 23: a French country name with neither article nor preposition before it and a plain adjective after it
# ("Slovaquie progressiste a rejeté", "le bloc Arménie forte") is a party's name, not the state ("la Slovaquie").
_BARE_BEFORE = frozenset({"DET", "ADP"})


def _party_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    if doc.lang_ != "fr":
        return found
    out: list[Mention] = []
    for m in found:
        if m.role in _STATE_KINDS and m.tok_end < len(doc) and m.tok_end - m.tok_start == 1:
            before = doc[m.tok_start - 1] if m.tok_start > 0 else None
            adj = doc[m.tok_end]
            if (before is None or (before.pos_ not in _BARE_BEFORE and before.lower_ not in ("d'", "d’", "l'", "l’")))\
                    and _adjective(adj) and adj.text.islower() and demonym_country(adj.text) is None \
                    and adj.lower_ not in _COMPASS_ADJS:
                end = adj.idx + len(adj.text) - doc[0].idx
                name = doc.text[m.start:end]
                out.append(Mention(m.start, end, m.tok_start, m.tok_end + 1, name, name, None, "group", False))
                continue
        out.append(m)
    return out


# the French model tags "progressiste" as a verb after a bare name: adjective endings that no finite verb has
_ADJ_SUFFIXES = ("iste", "ique", "aire", "able", "ible")


def _adjective(tok: Token) -> bool:
    return tok.pos_ == "ADJ" or (tok.pos_ in ("VERB", "NOUN") and tok.lower_.endswith(_ADJ_SUFFIXES))


_COMPASS_ADJS = frozenset({"orientale", "oriental", "occidentale", "occidental", "septentrionale", "méridionale",
                           "centrale", "continentale", "voisine", "voisin"})


_PERSON_ENTS = frozenset({"PER", "PERSON"})
_NAME_LINKS = frozenset({"-", "al", "el", "de", "da", "bin", "ibn", "van", "von", "del"})


_OF_TITLE = frozenset({"de", "des", "du", "d'", "d’"})


def _title_before(doc: Doc, i: int) -> tuple[bool, str | None]:
    """A title word ending right before token `i`, possibly with a nationality adjective after it ("le président
    libanais") or a comma ("Defence Minister, René Sadi"); with the title's nationality when one is given
    ("Tajik President", "le président libanais")."""
    j = i - 1
    country = None
    if j >= 0 and doc[j].text == ",":
        j -= 1
        # "Le ministre italien de l'Intérieur, X", "la porte-parole de la diplomatie russe, X": the title's
        # de-complement comes between it and the comma (its nationality may close the complement)
        k = j
        while k >= max(0, j - 5) and doc[k].lower_ not in _OF_TITLE and doc[k].pos_ not in ("VERB", "AUX", "PUNCT"):
            k -= 1
        if k >= 1 and doc[k].lower_ in _OF_TITLE and k < j and all(t.pos_ not in ("VERB", "AUX", "PUNCT")
                                                                   for t in doc[k + 1 : j + 1]):
            country = next((c for t in doc[k + 1 : j + 1] if t.text[:1].islower()
                            and (c := demonym_country(t.lower_)) is not None), None)
            j = k - 1
    if j >= 1 and doc[j].text[:1].islower() and demonym_country(doc[j].lower_):
        country = country or demonym_country(doc[j].lower_)  # "le président libanais Joseph Aoun"
        j -= 1
    if j < 0 or doc[j].lower_ not in words("titles_before_names"):
        return False, None
    k = j - 1
    while k >= 0 and country is None and k >= j - 3:  # "Tajik President", "South Sudanese President"
        two = demonym_country(f"{doc[k - 1].text} {doc[k].text}") if k >= 1 else None
        country = two or demonym_country(doc[k].text) or demonym_country(doc[k].lower_)
        k -= 1
    return True, country


def _titled_persons(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A person's name of two or more words right after a title ("Tajik President Emomali Rahmon", "le
    président libanais Joseph Aoun", "Taliban spokesman Zabihullah Mujahid") that no dictionary knows is the actor
    as written (README: a named person missing from the dictionaries is written as in the text), not the title's
    nationality nor the group the title belongs to."""
    base = doc[0].idx if len(doc) else 0
    out = list(found)
    for ent in doc.ents:
        if ent.label_ not in _PERSON_ENTS:
            continue
        lo = ent.start
        while lo < ent.end and doc[lo].lower_ in words("titles_before_names"):
            lo += 1  # "President José Jerí" tagged as one name with its title
        hi = ent.end
        while hi < len(doc) and doc[hi].pos_ == "PROPN" and doc[hi].is_alpha and doc[hi].text[:1].isupper() \
                and not any(m.tok_start <= hi < m.tok_end for m in out):
            hi += 1  # "Espen Barth Eide" with the entity ending at "Barth"
        toks = doc[lo:hi]
        caps = [t for t in toks if t.text[:1].isupper()]
        if len(caps) < 2 or not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS for t in toks):
            continue
        titled, country = _title_before(doc, lo)
        if not titled:
            continue
        if country is None:  # "Bolivia's President Rodrigo Paz", "New Zealand Foreign Minister Winston Peters"
            country = next((m.country for m in found if m.country and lo - 5 <= m.tok_end < lo), None)
        if country is None:
            continue  # "President X" with no nationality: the article's own leader, read as before
        if any(not (m.tok_end <= lo or m.tok_start >= hi) for m in out):
            continue
        while toks and toks[-1].text in ("'s", "’s"):
            toks = toks[:-1]
        s, e = toks[0].idx - base, toks[-1].idx + len(toks[-1].text) - base
        name = doc.text[s:e]
        out.append(Mention(s, e, toks[0].i, toks[-1].i + 1, name, name, country, "official", False))
        # "A Taliban spokesman, Zabihullah Mujahid": the group or state that qualifies the title is no actor
        # of its own here (the nearest mention would otherwise win over the name)
        out = [m for m in out if not (not m.is_place and m.role in ("group", "government")
                                      and lo - 4 <= m.tok_end < lo and m.tok_end < len(doc)
                                      and doc[m.tok_end].lower_ in words("titles_before_names"))]
    out.sort(key=lambda m: m.start)
    return out


def find_actors(doc: Doc) -> list[Mention]:
    t = _tables()
    return _titled_persons(doc, _titles_of_others(doc, _party_names(doc, _english_short_names(doc, _find(
        doc, t["actor_re"], t["actor_aliases"], t["actor_lower"], _gazetteer()[1])))))


def find_places(doc: Doc) -> list[Mention]:
    t = _tables()
    return _english_short_names(doc, _find(doc, t["place_re"], t["place_aliases"], t["place_lower"],
                                           _gazetteer()[0]))


def is_pronoun(token: Token) -> bool:
    return token.lower_ in _tables()["pronouns"] or (token.pos_ == "PRON" and token.lower_ in ("lui", "l'", "l’"))


_NER_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_LEADING_ARTICLES = ("the ", "The ", "le ", "Le ", "la ", "La ", "les ", "Les ", "l'", "L'", "l’", "L’")


def ner_places(ents: Sequence[Span], actors: list[Mention], places: list[Mention]) -> list[Mention]:
    """Places the gazetteer lacks, from the model's entities ("South Carolina", "the Red Sea",
    "Rzeszów"): normalized as written, without a leading article, country unknown. Spans that
    overlap a known actor or place are left to the dictionaries; only capitalized spans count."""
    out: list[Mention] = []
    taken = [(m.tok_start, m.tok_end) for m in (*actors, *places)]
    for e in ents:
        if e.label_ not in _NER_PLACE_LABELS or any(s < e.end and e.start < t for s, t in taken):
            continue
        text, start = e.text, e.start_char
        for art in _LEADING_ARTICLES:
            if text.startswith(art):
                start += len(art)
                text = text[len(art) :]
                break
        if not text[:1].isupper():
            name = _name_after_container(e)  # "îlot d'Imia" → "Imia"
            if name is None:
                continue
            e, text, start = name, name.text, name.start_char
        if not any(t.pos_ == "PROPN" for t in e):
            continue
        known = fuzzy_place(text)
        if known is not None:  # "en Russi": a misspelt country or capital
            out.append(Mention(start, e.end_char, e.start, e.end, text, known.normalized, known.country, known.role,
                               True))
            continue
        out.append(Mention(start, e.end_char, e.start, e.end, text, text, None, "ner", True))
    return out


def _name_after_container(e: Span) -> Span | None:
    """"îlot d'Imia", "island of Kos" tagged as one place: the capitalised name after the lower-case
    noun and its de/of is the place (the noun only says what kind of place it is)."""
    for i, t in enumerate(e[:-1]):
        if t.lower_ in ("de", "d'", "d’", "of") and e[i + 1].text[:1].isupper() and e[i + 1].pos_ == "PROPN":
            return e[i + 1 :] if all(x.text[:1].islower() or x.pos_ == "DET" for x in e[:i]) else None
    return None


_ADMIN_WORDS = frozenset({"State", "Province", "Region", "District", "Oblast", "Governorate", "Prefecture", "County"})


def titled_places(doc: Doc, taken: Sequence[Mention]) -> list[Mention]:
    """Administrative units named "<Name> State/Province/Oblast…" ("northern Shan State", "Kherson
    Oblast") that neither the dictionaries nor the model's place entities caught (the model often
    tags them as persons): normalized as written, country unknown."""
    out: list[Mention] = []
    for tok in doc:
        if tok.text not in _ADMIN_WORDS or tok.i == 0:
            continue
        lo = tok.i
        while lo > 0 and lo > tok.i - 3 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper() \
                and doc[lo - 1].is_alpha:
            lo -= 1
        if lo == tok.i or any(m.tok_start <= tok.i and lo < m.tok_end for m in (*taken, *out)):
            continue
        span = doc[lo : tok.i + 1]
        out.append(Mention(span.start_char, span.end_char, lo, tok.i + 1, span.text, span.text, None, "ner", True))
    out += _named_after_container(doc, [*taken, *out])
    return out


# "the village of X", "la ville de X", "la localité de X": what follows names a place, whatever the model says
_CONTAINER_NOUNS = words("container_nouns")  # also "pris le contrôle de Bunagana" (tagged PER)
_OF = words("of_before_names")


# "Ituri province", "the Boucle du Mouhoun region": a name before a lower-case administrative word
_ADMIN_LOWER = words("admin_lower")
# "El Fasher, the capital of North Darfur", "Kidal, ville du nord du Mali": a name with a settlement appositive
_SETTLEMENT = words("settlements")
# "the Kibera and Mathare districts", "les quartiers de Bè et de Tokoin": every conjoined name is a place
_ADMIN_PLURAL = words("admin_plural")
# "Mitiga airport", "the Lebombo border post": the name before the facility word is the place
_FACILITY = words("facility_words")
_FACILITY_QUALIFIERS = frozenset({"border", "air", "military", "frontier", "police"})
_AND = frozenset({"and", "et", ","})


def _name_run(doc: Doc, hi: int) -> int:
    """Start of the run of capitalized proper nouns that ends at token `hi` (inclusive), up to four words
    ("Boucle du Mouhoun": lower-case particles inside are allowed)."""
    lo = hi
    while lo > 0 and hi - lo < 4 and (
            (doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].text[:1].isupper())
            or (doc[lo - 1].lower_ in ("du", "de", "des", "al", "el") and lo - 2 >= 0 and doc[lo - 2].pos_ == "PROPN")):
        lo -= 1
    return lo


def _name_end(doc: Doc, lo: int, limit: int) -> int:
    """End (exclusive) of the run of capitalized proper nouns that starts at token `lo`, at most `limit`."""
    hi = lo
    while hi < min(limit, len(doc)) and doc[hi].pos_ == "PROPN" and doc[hi].text[:1].isupper():
        hi += 1
    return hi


def _conjoined_names(doc: Doc, lo: int) -> list[tuple[int, int]]:
    """Names coordinated before the run starting at `lo` ("the Kibera [and] Mathare districts"): their spans."""
    out: list[tuple[int, int]] = []
    while lo >= 2 and doc[lo - 1].lower_ in _AND and doc[lo - 2].pos_ == "PROPN" and doc[lo - 2].text[:1].isupper():
        hi = lo - 1
        lo = _name_run(doc, hi - 1)
        out.append((lo, hi))
    return out


def _conjoined_after(doc: Doc, hi: int) -> list[tuple[int, int]]:
    """Names coordinated after a container's first name ("les quartiers de Bè [et de] Tokoin"): their spans."""
    out: list[tuple[int, int]] = []
    while hi + 1 < len(doc) and doc[hi].lower_ in _AND:
        lo = hi + 1 + (doc[hi + 1].lower_ in _OF)
        end = lo
        while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "X") and doc[end].text[:1].isupper() \
                and (doc[end].is_alpha or "-" in doc[end].text) and end - lo < 4:
            end += 1
        if end == lo:
            break
        out.append((lo, end))
        hi = end
    return out


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Token `i` is a hyphen written between two words with no space ("Al-Ula"), before a capitalized word."""
    return 0 < i < len(doc) - 1 and doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i + 1].text[:1].isupper()


def _add_span(doc: Doc, lo: int, hi: int, taken: Sequence[Mention], out: list[Mention]) -> None:
    if hi > lo and not any(m.tok_start < hi and lo < m.tok_end for m in (*taken, *out)):
        span = doc[lo:hi]
        out.append(Mention(span.start_char, span.end_char, lo, hi, span.text, span.text, None, "city", True))


# "près de X", "au large de X": a name after these is a place
_NEAR = words("near_words")


def _named_after_container(doc: Doc, taken: Sequence[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for tok in doc:
        # "Mitiga airport", "the Lebombo border post": the name before a facility word (one qualifier between)
        name_end = tok.i - 1
        if tok.text in _FACILITY and name_end > 0 and doc[name_end].pos_ != "PROPN" \
                and doc[name_end].lower_ in _FACILITY_QUALIFIERS:
            name_end -= 1
        if (tok.text in _ADMIN_LOWER or tok.text in _ADMIN_PLURAL or tok.text in _FACILITY) and name_end >= 0 \
                and doc[name_end].pos_ == "PROPN" and doc[name_end].text[:1].isupper() and tok.i > 0:
            lo = _name_run(doc, name_end)
            _add_span(doc, lo, name_end + 1, taken, out)
            if tok.text in _ADMIN_PLURAL:  # a plural container names every conjoined name before it
                for a, b in _conjoined_names(doc, lo):
                    _add_span(doc, a, b, taken, out)
            continue
        if tok.lower_ in _SETTLEMENT and tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
            _add_span(doc, _name_run(doc, tok.head.i), _name_end(doc, tok.head.i + 1, tok.i), taken, out)
            continue
        if tok.lower_ in _NEAR and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in _OF \
                and doc[tok.i + 2].pos_ in ("PROPN", "NOUN") and doc[tok.i + 2].text[:1].isupper():
            # "au large de Mangalia", "près de Kaya" (tagged MISC or PER, or read as a common noun): only places
            # are near or off
            _add_span(doc, tok.i + 2, _name_end(doc, tok.i + 3, tok.i + 6), taken, out)
            continue
        if tok.lower_ in _SETTLEMENT and tok.pos_ == "NOUN" and tok.i + 1 < len(doc):
            # "in the regional capital Kasungu": a name in apposition right after a settlement noun
            nxt = doc[tok.i + 1]
            if nxt.dep_ == "appos" and nxt.head.i == tok.i and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
                    and nxt.ent_type_ != "NORP":
                _add_span(doc, tok.i + 1, _name_end(doc, tok.i + 2, tok.i + 4), taken, out)
                continue
        if (tok.lower_ not in _CONTAINER_NOUNS and tok.lower_ not in _ADMIN_PLURAL) or tok.pos_ != "NOUN" \
                or tok.i + 2 >= len(doc) or (tok.lower_ == "department" and not tok.text.islower()):
            continue  # "the department of Canindeyú", not "the Department of State"
        of = doc[tok.i + 1]
        if of.lower_ not in _OF:
            continue
        lo = hi = tok.i + 2
        while hi < len(doc) and doc[hi].pos_ in ("PROPN", "NOUN", "ADJ", "X") and doc[hi].text[:1].isupper() \
                and (doc[hi].is_alpha or "-" in doc[hi].text) and hi - lo < 4:
            hi += 1
            if _hyphen_joined(doc, hi):
                hi += 1  # "the Saudi city of Al-Ula": the tokenizer splits the hyphen off the name
        if hi == lo or any(m.tok_start < hi and lo < m.tok_end for m in (*taken, *out)):
            continue
        span = doc[lo:hi]
        # role "city": a named settlement (no country known), also kept out of the model's actor entities
        out.append(Mention(span.start_char, span.end_char, lo, hi, span.text, span.text, None, "city", True))
        if tok.lower_ in _ADMIN_PLURAL:
            for a, b in _conjoined_after(doc, hi):
                _add_span(doc, a, b, taken, out)
    return out


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _fuzzy_index() -> tuple[dict[str, _Entry | None], dict[str, frozenset[str]]]:
    """Countries and capitals (curated aliases, generated canonical names; 5+ letters) by themselves and by every
    one-letter deletion: a misspelling at edit distance 1 meets its name on a shared key. Keys shared by two
    different places map to None (ambiguous). Also each place's indexed names, lowercased: two words that meet
    on a key can be two edits apart (a letter dropped from each: "arish"/"paris" → "aris"), so a hit is checked."""
    t = _tables()
    gaz_places, _ = _gazetteer()
    index: dict[str, _Entry | None] = {}
    names: dict[str, set[str]] = {}
    tables = (t["place_aliases"], gaz_places)
    for n, table in enumerate(tables):
        for alias, entry in table.items():
            if n == 1 and alias != entry.normalized:
                continue  # generated exonyms in many languages would make too many near-misses
            if entry.role not in ("country", "capital") or len(alias) < 5 or not alias[:1].isupper():
                continue
            names.setdefault(entry.normalized, set()).add(alias.lower())
            for key in (alias.lower(), *_deletions(alias.lower())):
                old = index.get(key, entry)
                index[key] = entry if old is not None and old.normalized == entry.normalized else None
    return index, {name: frozenset(aliases) for name, aliases in names.items()}


def fuzzy_place(text: str) -> _Entry | None:
    """A country or capital at edit distance 1 of `text` (a single word of 5+ letters), if unique."""
    if " " in text or len(text) < 5:
        return None
    index, names = _fuzzy_index()
    w = text.lower()
    # A misspelling keeps its first letter; real places often differ only there ("Jenin"/"Benin"), so the
    # key that drops it is not tried.
    keys = (w, *(d for d in _deletions(w) if d != w[1:]))
    found = {e.normalized: e for key in keys if (e := index.get(key)) is not None}
    if any(index.get(key, 0) is None for key in keys) or len(found) != 1:
        return None  # close to two different places, or to none
    entry = next(iter(found.values()))
    # one edit at most, keeping the first letter: "Arish" is not "Paris" (a letter dropped from each)
    close = any(a[:1] == w[:1] and Levenshtein.distance(w, a, score_cutoff=1) <= 1 for a in names[entry.normalized])
    return entry if close else None


def countries_in_text(text: str) -> list[str]:
    """ISO codes of the countries and capitals named in a plain text (an article title), in text order (round 14:
    the first named wins a tie for the article's country, whichever table names it)."""
    t = _tables()
    text = text.translate(_APOS)
    out: list[tuple[int, str]] = []
    for pat in t["place_re"]:
        if pat is None:
            continue
        for m in pat.finditer(text):
            entry = t["place_aliases"].get(m.group(0)) or t["place_lower"].get(m.group(0).lower())
            if entry is not None and entry.country:
                out.append((m.start(), entry.country))
    out += [(start, e.country) for start, _, e in _gazetteer_spans(text, _gazetteer()[0]) if e.country]
    taken = {start for start, _ in out}
    # round 16: a capitalised English nationality ("attack on Ruritanian school") names its country too
    out += [(m.start(), c) for m in _TITLE_DEMONYM.finditer(text) if m.start() not in taken
            and (c := _tables()["demonyms"].get(m.group(0).lower()))]
    return [c for _, c in sorted(out, key=lambda x: x[0])]


_TITLE_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:an|ese|ish|i)\b")


def demonym_countries(doc: Doc) -> list[str]:
    """Countries of the nationality adjectives of a sentence ("des soldats nigériens")."""
    return [c for t in doc if t.pos_ in ("ADJ", "PROPN") and t.is_alpha and (c := demonym_country(t.text))]
