"""Numbers with units: "3 000 soldats" -> 3000 troops, "200 millions de dollars" -> 2e8 USD.

Regex over the sentence text rather than the parse: the French model splits "3 000" into two DET
tokens, while the digit-grouping conventions are easy to state exactly (space, NBSP, NNBSP,
comma or dot in groups of three; decimal comma in French, decimal point in English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from worker.events.words import words

# Police nouns: a force when sent ("a déployé 3 500 policiers"), one side when coordinated ("protesters and police")
_POLICE = frozenset("policiers policier gendarmes gendarme police policemen policeman".split())
# Canonical unit for each counted noun (lower-case, as written).
UNITS: dict[str, str] = {
    **dict.fromkeys(
        "soldats soldat troupes hommes militaires réservistes parachutistes marines combattants "
        "troops troop soldiers soldier servicemembers personnel reservists paratroopers fighters".split(),
        "troops",
    ),
    # police sent or massed are a force like soldiers ("a déployé 3 500 policiers", "sent 1,200 police officers");
    # the killed, wounded, arrested or freed among them are turned back into people where the event is read
    **dict.fromkeys(["guard", *_POLICE], "troops"),
    # militias count as forces ("4.5 million militia members", "2 000 miliciens")
    **dict.fromkeys(["militia members", "militiamen", "miliciens", "militiaman"], "troops"),
    **dict.fromkeys(
        "personnes personne civils civil habitants manifestants manifestant réfugiés morts victimes blessés migrants "
        "détenus détenu prisonniers prisonnier otages otage enfants femmes étudiants ouvriers travailleurs "
        "opposants militants journalistes grévistes électeurs fonctionnaires diplomates "
        "employés ressortissants citoyens officiers villageois pêcheurs agriculteurs paysans marins suspects "
        "people persons person civilians civilian residents protesters protester demonstrators refugees dead "
        "casualties migrants detainees detainee prisoners prisoner hostages hostage children women students "
        "workers activists journalists opponents officers strikers voters diplomats officials "
        "employees staffers nationals citizens villagers fishermen farmers sailors seafarers suspects "
        # round 5: people counted by what they do or are (rescuers sent, lawmakers voting, men arrested)
        "men rescuers volunteers lawmakers legislators deputies senators députés sénateurs parlementaires "
        "bénévoles secouristes sauveteurs responsables".split(),
        "people",
    ),
    **dict.fromkeys("chars tanks".split(), "tanks"),
    **dict.fromkeys("véhicules vehicles blindés".split(), "vehicles"),
    **dict.fromkeys("missiles missile".split(), "missiles"),
    **dict.fromkeys("roquettes roquette rockets rocket".split(), "rockets"),
    **dict.fromkeys("drones drone".split(), "drones"),
    **dict.fromkeys("obus shells bombes bombs".split(), "shells"),
    **dict.fromkeys("avions jets aircraft warplanes chasseurs planes".split(), "aircraft"),
    **dict.fromkeys("hélicoptères helicopters".split(), "helicopters"),
    **dict.fromkeys("navires bâtiments warships ships vessels bateaux boats frégates frigates".split(), "ships"),
    **dict.fromkeys("dollars dollar".split(), "USD"),
    **dict.fromkeys("euros euro".split(), "EUR"),
    **dict.fromkeys("livres pounds".split(), "GBP"),
    **dict.fromkeys("roubles rubles".split(), "RUB"),
    **dict.fromkeys("yuans yuan".split(), "CNY"),
    **dict.fromkeys("km kilomètres kilometres kilometers miles".split(), "km"),
}


def _counted_rows() -> list[list[str]]:
    path = Path(__file__).parent / "data" / "counted_nouns.tsv"
    return [[c.strip() for c in line.split("\t")] for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _more_units() -> dict[str, str]:
    """Counted nouns kept as data (data/counted_nouns.tsv); the core list above wins on a conflict."""
    return {r[0].lower(): r[1] for r in _counted_rows() if len(r) >= 2}


def _only_for() -> dict[str, frozenset[str]]:
    """Optional third column: the event types a noun is counted for ("ministers" are counted when they
    are arrested or expelled, not when "the two ministers agreed")."""
    return {r[0].lower(): frozenset(t.strip() for t in r[2].split(",") if t.strip())
            for r in _counted_rows() if len(r) >= 3 and r[2]}


for _noun, _unit in _more_units().items():
    UNITS.setdefault(_noun, _unit)
COUNTED_ONLY_FOR: dict[str, frozenset[str]] = _only_for()
# Staff counted only when they are what the event acts on (expelled, arrested, killed), not when they
# act ("the two diplomats agreed"): see STAFF_TYPES, applied in extract.py.
STAFF = frozenset("fonctionnaires diplomates employés ressortissants diplomats officials employees staffers "
                  "nationals responsables".split())
STAFF_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "RETREAT"})
# Units an event is counted in: who is acted on or sent (people, troops), money, munitions. Platforms
# ("eight warships", "trois avions de chasse") and distances are the means or the setting of the event.
# Dollars of another country, named by the adjective before ("8 million Australian dollars") or after ("dollars
# canadiens") the noun: their own currency code, not USD
_DOLLAR_COUNTRIES: dict[str, str] = {
    "australian": "AUD", "australiens": "AUD", "canadian": "CAD", "canadiens": "CAD",
    "new zealand": "NZD", "néo-zélandais": "NZD", "hong kong": "HKD", "singapore": "SGD", "singapouriens": "SGD",
    "taiwan": "TWD", "taiwanese": "TWD", "taïwanais": "TWD", "namibian": "NAD", "namibiens": "NAD",
    "jamaican": "JMD", "jamaïcains": "JMD", "zimbabwean": "ZWL", "zimbabwéens": "ZWL", "fijian": "FJD",
    "fidjiens": "FJD", "liberian": "LRD", "libériens": "LRD",
}
OTHER_DOLLARS = frozenset(_DOLLAR_COUNTRIES.values())
EVENT_UNITS = frozenset({"troops", "people", "USD", "EUR", "GBP", "RUB", "CNY", "JPY", "drones", "missiles",
                         "rockets", "shells", "tanks", "vehicles", "helicopters", *OTHER_DOLLARS})
MONEY = frozenset({"USD", "EUR", "GBP", "RUB", "CNY", "JPY", *OTHER_DOLLARS})
_DOLLAR_BEFORE = re.compile(r"\s*(?P<adj>" + "|".join(sorted(map(re.escape, _DOLLAR_COUNTRIES), key=len, reverse=True))
                            + r")\s+$", re.IGNORECASE)
_DOLLAR_AFTER = re.compile(r"\s+(?P<adj>" + "|".join(sorted(map(re.escape, _DOLLAR_COUNTRIES), key=len, reverse=True))
                           + r")(?![\w-])", re.IGNORECASE)
# "several hundred people", "a few thousand protesters", "plusieurs centaines": vague, no count
_VAGUE = re.compile(r"(?:several|a\s+few|few|some|many|hundreds\s+of|thousands\s+of|plusieurs|quelques)\s*$",
                    re.IGNORECASE)
_ROUND_WORDS = frozenset({"hundred", "thousand", "dozen", "cent", "mille", "million", "millions", "milliers"})
# "4,000 sailors and Marines": a coordinated troop noun makes the whole count troops
_AND_NOUN = re.compile(r"\s+(?:and|et)\s+(?:des\s+)?([^\W\d_]+)")
# "1 billion yuan ($137 million)": the converted amount in brackets is the one reported; round 10: also
# written out ("2,5 millions de livres sterling (environ 2,9 millions d'euros)")
_CONVERSION = re.compile(
    r"(?:\s+sterling)?\s*\(\s*(?:about\s+|some\s+|around\s+|roughly\s+|environ\s+|soit\s+|près\s+de\s+)?"
    r"(?:[$€£]|\d[\d\s\u00a0\u202f,.]*(?:millions?|milliards?|billions?|mn|bn)?\s*(?:d['’]|de\s+|of\s+)?"
    r"(?:euros?|dollars?|livres|pounds|yuans?|roubles|rubles|USD|EUR|GBP)(?![\w]))",
    re.IGNORECASE,
)
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP"}
_MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "mille": 1_000, "thousand": 1_000, "k": 1_000,
    "million": 1_000_000, "millions": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000, "billion": 1_000_000_000,
    "billions": 1_000_000_000, "bn": 1_000_000_000,
}
_WORDS: dict[str, int] = {
    # "un/une/one" only count before a known unit ("un million de personnes", "killing one civilian")
    "un": 1, "une": 1, "one": 1,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt": 80,
    "quatre-vingt-dix": 90,
    # English ("one/a" left out for the same reason)
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SEP = "[ \u00a0\u202f\u2009,.]"
_NUM = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_ONE_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
# Compound number words: "deux cents", "trois mille", "vingt et un", "twenty-three", "three hundred and fifty"
_WORD_NUM = rf"(?:{_ONE_WORD})(?:(?:[\s-]+(?:et\s+|and\s+)?)(?:{_ONE_WORD})(?![\w]))*"
_ONE_WORD_RE = re.compile(rf"(?<![\w])(?:{_ONE_WORD})(?![\w])", re.IGNORECASE)
_MULT = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
# Singular nouns that English also uses as the modifier of another noun ("four coast guard ships", "1,500 National
# Guard soldiers"): counted only where they close their phrase ("killing one Uzbek guard and wounding …")
_MODIFIER_NOUNS = frozenset({"guard"})
_PHRASE_END = r"(?=\s*(?:[^\w\s]|$|(?:and|or|was|were|who|is|had|has)(?![\w])))"
_UNIT_ALT = "|".join(re.escape(u) + (_PHRASE_END if u in _MODIFIER_NOUNS else "")
                     for u in sorted(UNITS, key=len, reverse=True))
# Words that cannot stand between a number and what it counts ("one of the soldiers", "30 years of…").
_NOT_MODIFIER = (r"(?:of|the|a|an|and|or|in|at|on|for|to|by|with|de|des|du|d|les|la|le|l|et|ou|en|à|au|aux|par|"
                 r"pour|sur|dans|avec|years|year|ans|an|mois|months|jours|days|semaines|weeks|heures|hours|"
                 r"minutes|fois|times|percent|pour-cent|%)(?![\w-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ONE = frozenset({"un", "une", "one"})
_ONE_NATIONALITY = re.compile(r"\s+[A-ZÀ-Þ][^\W\d_]+\s+")  # "one French citizen": a capitalized adjective between
# "un jeune homme", "one young man": an adjective before the noun still leaves a count of one
_ONE_PRENOMINAL = frozenset({"jeune", "young", "autre", "other"})
# singular nouns of one person (data/counted_nouns.tsv), and the word after them that makes them the attacker
_ONE_PERSON = frozenset({"homme", "femme", "enfant", "adolescent", "man", "woman", "child", "teenager"})
_ARMED = re.compile(r"\s+(?:armée?|armed)(?![\w])", re.IGNORECASE)
_QTY = re.compile(
    rf"(?<![\w.,])(?<![A-Za-z]-)(?P<cur>[$€£])?\s?(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))"
    rf"(?:[\s\u00a0\u202f]?(?P<mult>{_MULT})(?![\w]))?"
    r"(?:\s+(?:d['’]|(?:de|of|more|de plus|supplémentaires|additional|US|U\.S\.|American|américains|"
    r"russes|Russian|ukrainiens|Ukrainian)(?![\w])))*"  # whole words: "of" is not the start of "officials"
    # up to two modifiers before a known counted noun: "40 armoured vehicles", "two Israeli soldiers"
    rf"(?:(?:\s+|(?<=['’]))(?P<unit>{_UNIT_ALT})(?![\w-])"
    rf"|(?:\s+(?!{_NOT_MODIFIER})[^\W\d_]+(?:-[^\W\d_]+)?){{1,2}}?\s+(?P<unit2>{_UNIT_ALT})(?![\w-])"
    # round 25: a force named in three capitalized words ("120 Australian Defence Force personnel")
    rf"|(?:\s+(?-i:[A-ZÀ-Þ])[^\W\d_]+){{3}}\s+(?P<unit3>{_UNIT_ALT})(?![\w-])"
    # a plural nationality noun ("15 Palestinians", "12 Ukrainiens"), checked against the demonyms below
    r"|\s+(?P<people>[A-ZÀ-Þ][^\W\d_]+s)(?![\w-]))?",
    re.IGNORECASE,
)


def parse_number(text: str, language: str = "fr") -> float:
    """Value of a written number: "3 000", "3,000", "1,5", "2.5 billion", "200 millions", "trois".

    A separator followed by exactly three digits groups thousands; otherwise a comma is a decimal
    mark (French) and so is a dot (English). Raises ValueError when `text` holds no number.
    """
    text = text.strip()
    m = re.fullmatch(rf"(?P<num>{_NUM}|{_WORD_NUM})(?:[\s\u00a0\u202f]?(?P<mult>{_MULT}))?", text, re.IGNORECASE)
    if not m:
        raise ValueError(f"not a number: {text!r}")
    num = m.group("num")
    value = _words_value(num) if num[:1].isalpha() else _digits_value(num, language)
    if m.group("mult"):
        value *= _MULTIPLIERS[m.group("mult").lower()]
    return value


def _words_value(num: str) -> float:
    """ "deux cents" -> 200, "trois mille cinq cents" -> 3500, "twenty-three" -> 23, "quatre-vingt-dix-sept" -> 97."""
    total, current = 0.0, 0.0
    for w in _ONE_WORD_RE.findall(num):  # longest names first: "quatre-vingt-dix" before "quatre"
        v = _WORDS[w.lower()]
        if v == 100:
            current = max(current, 1) * 100
        elif v >= 1000:
            total += max(current, 1) * v
            current = 0
        else:
            current += v
    return total + current


def _digits_value(num: str, language: str) -> float:
    groups = re.split(_SEP, num)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        # Every separator groups thousands ("3 000", "3,000", "1.000.000").
        if language == "en" and len(groups) == 2 and "." in num:
            return float(num)  # English "3.000" is a decimal (rare), keep the point
        return float("".join(groups))
    if len(groups) > 2 and all(len(g) == 3 for g in groups[1:-1]):
        # Grouped thousands then a decimal part: "1 234,5" / "1,234.5".
        return float("".join(groups[:-1]) + "." + groups[-1])
    return float(num.replace(",", "."))


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # relative to the sentence text
    end: int
    text: str
    value: float
    unit: str
    counted: str


_QUOTES = re.compile(r'["“”«»]')
# Round 26: French counted nouns that are also adjectives placed after a noun ("trois postes militaires", "deux
# convois civils"), and the adjectives that come before the noun ("deux anciens militaires")
_ALSO_ADJECTIVES = frozenset({"militaires", "civils", "paramilitaires"})
_PRENOMINAL = frozenset({"anciens", "jeunes", "autres", "nouveaux", "premiers", "derniers", "simples", "seuls",
                         "mêmes", "vrais", "faux", "pauvres", "braves", "ex-"})


def find_quantities(text: str, language: str = "fr") -> list[Quantity]:
    """Quantities whose unit is known (troops, people, currency…); bare numbers and years are skipped."""
    out: list[Quantity] = []
    # round 17: quotation marks around what is counted ('killed 26 "armed criminals"', « 7 coaccusés »), blanked
    # to spaces of the same length so that offsets still index `text`
    scan = _QUOTES.sub(" ", text)
    for m in _QTY.finditer(scan):
        cur, unit_word = m.group("cur"), m.group("unit") or m.group("unit2") or m.group("unit3")
        people = m.group("people")
        if people and not cur and not _YEAR.fullmatch(m.group("num")) and _is_demonym(people):
            unit_word = people
        counted = unit_word or ""
        num_word = m.group("num").lower()
        if num_word in _ROUND_WORDS and _VAGUE.search(text[: m.start("num")]):
            continue  # "several hundred people"
        between = text[m.end("num") : m.start("unit2")] if m.group("unit2") else ""
        if num_word in _ONE and not m.group("mult") and not m.group("unit") and not (
                m.group("unit2")
                and (_ONE_NATIONALITY.fullmatch(between) or between.strip().lower() in _ONE_PRENOMINAL)):
            continue  # "une aide", "one of the…": no count (round 19: "one French citizen" is one)
        unit_start = m.start("unit") if m.group("unit") else m.start("unit2") if m.group("unit2") else \
            m.start("unit3") if m.group("unit3") else -1
        if unit_start > 0 and _YEAR.fullmatch(m.group("num")) and text[m.end("num") : unit_start].strip():
            continue  # "in 2014 Russian troops": a year, not a count
        if language == "fr" and m.group("unit2") and m.group("unit2").lower() in _ALSO_ADJECTIVES and any(
                w.lower() not in _PRENOMINAL for w in text[m.end("num") : m.start("unit2")].split()):
            continue  # round 26: "trois postes militaires": after a French noun the word is its adjective
        unit = _CURRENCY.get(cur or "")
        if unit is not None:
            counted = cur or ""
            end = m.end("mult") if m.group("mult") else m.end("num")
        elif unit_word and unit_word is people:
            unit, end = "people", m.end("people")
        elif unit_word and unit_word.lower() in UNITS:
            unit = UNITS[unit_word.lower()]
            end = m.end("unit") if m.group("unit") else m.end("unit2") if m.group("unit2") else m.end("unit3")
            nxt = _AND_NOUN.match(text, end)
            if unit == "people" and nxt and UNITS.get(nxt.group(1).lower()) == "troops" \
                    and nxt.group(1).lower() not in _POLICE:  # "200 protesters and police": two sides
                unit = "troops"  # "4,000 sailors and Marines"
        else:
            continue
        num_text = m.group("num") + (" " + m.group("mult") if m.group("mult") else "")
        try:
            value = parse_number(num_text, language)
        except ValueError:
            continue
        if num_word in _ONE and not m.group("mult") and unit not in _COUNTED_ONE:
            continue  # "a abattu un drone", "one missile hit": the weapon itself, not a count of weapons
        start = m.start("cur") if cur else m.start("num")
        if counted.lower() in _ONE_PERSON and _ARMED.match(text, end):
            continue  # "un homme armé a ouvert le feu": the attacker, not a victim
        if unit == "USD" and not cur and counted.lower() in ("dollars", "dollar"):
            if (before := _DOLLAR_BEFORE.search(text, m.end("num"), unit_start)) is not None:
                unit = _DOLLAR_COUNTRIES[before.group("adj").lower()]
            elif (after := _DOLLAR_AFTER.match(text, end)) is not None:
                unit, end = _DOLLAR_COUNTRIES[after.group("adj").lower()], after.end()
        if unit in MONEY and _CONVERSION.match(text, end):
            continue  # "1 billion yuan ($137 million)": keep the bracketed conversion only
        out.append(Quantity(start, end, text[start:end], value, unit, counted))
        if unit in _COUNTED_ONE:
            out.extend(_coordinated(text, end, unit, language))
    out.extend(q for q in _agent_casualties(scan, language) + _part_of_group(scan, language) + _others(scan, language)
               + _clitic_toll(scan, language) + _approximate(scan)
               if all(q.end <= o.start or q.start >= o.end for o in out))
    out.sort(key=lambda q: q.start)
    return [_held_or_freed(_partitive(q, text, language), text) for q in out]


# verbs before a count that hold or free people: "retenant douze militaires", "freed 12 border guards"
_HOLDING_VERBS = words("holding_verbs")
# participles after a count that say it was held or freed: "trois soldats capturés", "were released"
_HELD_PARTICIPLES = words("held_participles")


def _words_before(text: str, i: int) -> list[str]:
    """The (up to) three words right before offset i, lower-cased."""
    return [w.lower() for w in _WORD_RE.findall(text[max(0, i - 40) : i])[-3:]]


def _words_after(text: str, i: int) -> list[str]:
    """The (up to) three words right after offset i, lower-cased."""
    return [w.lower() for w in _WORD_RE.findall(text[i : i + 40])[:3]]


def _match_count(m: re.Match[str], text: str, language: str, unit: str) -> Quantity | None:
    """The count a match of "num" + "noun" names, in `unit`; None for a year, "one" or no number."""
    num = m.group("num")
    if _YEAR.fullmatch(num) or num.lower() in _ONE:
        return None
    try:
        value = parse_number(num, language)
    except ValueError:
        return None
    return Quantity(m.start("num"), m.end("noun"), text[m.start("num") : m.end("noun")], value, unit, m.group("noun"))


def _held_or_freed(q: Quantity, text: str) -> Quantity:
    """A count of troops held or freed (the verb within three words before it, or its participle within three
    words after it) counts people."""
    if q.unit != "troops":
        return q
    if not _HOLDING_VERBS.intersection(_words_before(text, q.start)) and not _HELD_PARTICIPLES.intersection(
            _words_after(text, q.end)):
        return q
    return Quantity(q.start, q.end, q.text, q.value, "people", q.counted)


# Units in which "un/une/one" is a count ("one civilian", "un soldat"); for the rest the article is the thing itself
_COUNTED_ONE = frozenset({"people", "troops"})
# "tuant 15 soldats et 6 supplétifs", "4 soldiers and 6 others": a second count joined by "et/and" to a count of
# people counts the same kind, even when its noun is not a known counted noun
_COORD = re.compile(
    rf"\s*,?\s+(?:and|et)\s+(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))\s+(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-])",
    re.IGNORECASE,
)


def _coordinated(text: str, end: int, unit: str, language: str) -> list[Quantity]:
    """The count after "et/and" when its noun is a plural common noun that no unit knows."""
    m = _COORD.match(text, end)
    if m is None:
        return []
    noun = m.group("noun")
    if (noun.lower() in UNITS or noun[:1].isupper() or not noun.lower().endswith(("s", "x"))
            or re.fullmatch(_NOT_MODIFIER, noun, re.IGNORECASE)):
        return []
    q = _match_count(m, text, language, unit)
    return [q] if q else []


# beginnings of the words that make a count of people a toll (killed, wounded, abducted, arrested)
_CASUALTY_STEMS = words("casualty_stems")
# plural nouns ending like agent nouns that do not name people ("others", "trawlers", "dossiers")
_AGENT_LOOKALIKES = words("agent_lookalikes")
# "killing nine Pakistani labourers", "sept éleveurs mauritaniens, tués", "blessant deux légionnaires": people named by
# their trade (an agent noun: -ers, -eurs, -aires, -iers, -istes) are counted when the sentence makes them a toll
_AGENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))\s+(?:(?-i:[A-ZÀ-Þ])[^\W\d_]+\s+)?"
    r"(?P<noun>[^\W\d_]{2,}(?:ers|eurs|aires|iers|istes))(?![\w-])",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _agent_casualties(text: str, language: str) -> list[Quantity]:
    """Counts of agent nouns no unit knows, as people, in a sentence that kills, wounds or holds someone."""
    if not any(w.lower().startswith(tuple(_CASUALTY_STEMS)) for w in _WORD_RE.findall(text)):
        return []
    out: list[Quantity] = []
    for m in _AGENT.finditer(text):
        noun = m.group("noun")
        if noun.lower() in UNITS or noun.lower() in _AGENT_LOOKALIKES or noun[:1].isupper():
            continue
        if q := _match_count(m, text, language, "people"):
            out.append(q)
    return out


# "tuant quatre soldats et en blessant sept autres", "four others were wounded": a count of "others" is a count of
# people when a kill/wound/hold word stands right before or after it (within three words)
_OTHERS = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))\s+(?P<noun>autres|others)(?![\w-])",
    re.IGNORECASE,
)


def _others(text: str, language: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _OTHERS.finditer(text):
        near = _words_before(text, m.start()) + _words_after(text, m.end())
        if not any(w.startswith(tuple(_CASUALTY_STEMS)) for w in near):
            continue
        if q := _match_count(m, text, language, "people"):
            out.append(q)
    return out


# "tuant trois personnes et en blessant 27", "en a arrêté une dizaine": the pronoun "en" stands for the people the
# sentence already counts, so a bare number after a kill/wound/hold verb governed by "en" counts people too. The
# number must close its phrase (a comma, a full stop, "selon", "dont"…), not open a noun ("en blessant 27 soldats" is
# read by the units above).
_CLITIC_TOLL = re.compile(
    r"(?<![\w])en\s+(?:(?:a|ont|avait|avaient|aurait|auraient)\s+)?(?P<verb>[^\W\d_]+)\s+"
    r"(?:(?:au\s+moins|plus\s+de|près\s+de|environ|quelque)\s+)?"
    rf"(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))(?=\s*(?:[,.;:)]|$)|\s+(?:selon|dont|lors|d['’]après|parmi)(?![\w]))",
    re.IGNORECASE,
)


def _clitic_toll(text: str, language: str) -> list[Quantity]:
    if language != "fr":
        return []
    out: list[Quantity] = []
    for m in _CLITIC_TOLL.finditer(text):
        num = m.group("num")
        if not m.group("verb").lower().startswith(tuple(_CASUALTY_STEMS)) or _YEAR.fullmatch(num) \
                or num.lower() in _ONE:
            continue
        try:
            value = parse_number(num, language)
        except ValueError:
            continue
        out.append(Quantity(m.start("num"), m.end("num"), num, value, "people", ""))
    return out


# "31 of the detainees were released", "Deux des otages ont été libérés": a count of part of a group of people named
# without its own number, read only when it opens its clause as the subject (with a number, _PARTITIVE below keeps
# the part; as an object, "killed two of the hostages", it stays unread)
_PART_OF_GROUP = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))\s+"
    r"(?:of\s+(?:the|those|these|its|their)|des|d['’]entre\s+(?:les|eux|elles)|parmi\s+les)\s+"
    rf"(?P<noun>{_UNIT_ALT})(?![\w-])",
    re.IGNORECASE,
)

# what may stand before a clause's subject: nothing, a punctuation mark, "that/que" ("police said 31 of the…")
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:(\n]|\b(?:that|que|qu['’]|and|et|but|mais))\s*$", re.IGNORECASE)


# "une vingtaine de personnes", "un millier de marins": one approximate figure is a count (the gold gives it
# its round value); the plural ("des centaines de", "des milliers de") names no figure and stays vague
_APPROX_VALUES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                  "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
_APPROX = re.compile(
    r"(?<![\w])(?:une|un)\s+(?P<num>" + "|".join(_APPROX_VALUES) + r")\s+(?:de\s+|d['’])"
    rf"(?:(?:(?!{_NOT_MODIFIER})[^\W\d_]+\s+)?(?P<noun>{_UNIT_ALT})|(?P<people>(?-i:[A-ZÀ-Þ])[^\W\d_]+s))(?![\w-])",
    re.IGNORECASE,
)


# "une cinquantaine de Mahorais": a people's name the demonym list lacks, known by its ending
_PEOPLE_SUFFIX = re.compile(r"(?:iens|iennes|ais|aises|ois|oises|ains|aines)$")
APPROXIMATE = re.compile(r"(?:une|un)\s+(?:" + "|".join(_APPROX_VALUES) + r")(?![\w])", re.IGNORECASE)


def _approximate(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _APPROX.finditer(text):
        noun = m.group("noun") or m.group("people")
        unit = "people" if m.group("people") and (_is_demonym(noun) or _PEOPLE_SUFFIX.search(noun)) \
            else UNITS.get(noun.lower())
        if unit not in _COUNTED_ONE:
            continue
        out.append(Quantity(m.start(), m.end(), m.group(0), float(_APPROX_VALUES[m.group("num").lower()]),
                            unit, noun))
    return out


def _part_of_group(text: str, language: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _PART_OF_GROUP.finditer(text):
        unit = UNITS.get(m.group("noun").lower())
        if unit not in _COUNTED_ONE or not _CLAUSE_OPENING.search(text[: m.start()]):
            continue
        if q := _match_count(m, text, language, unit):
            out.append(q)
    return out


# Round 21: "quatre de ses 12 marins", "deux des 15 otages", "three of its 20 crew members": the count is the part
_PARTITIVE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|(?:{_WORD_NUM})(?![\w]))\s+"
    r"(?:de\s+(?:ses|leurs|ces|nos|vos)|d['’]entre\s+(?:les|ses|leurs|ces)|des|of\s+(?:its|their|the|these|his|her))"
    r"\s+$",
    re.IGNORECASE,
)


def _partitive(q: Quantity, text: str, language: str) -> Quantity:
    """A count of the part before "de ses/des/of its" N nouns replaces the count of the whole."""
    m = _PARTITIVE.search(text, max(0, q.start - 40), q.start)
    if m is None or m.end() != q.start or m.group("num").lower() in _ONE or _YEAR.fullmatch(m.group("num")):
        return q
    try:
        value = parse_number(m.group("num"), language)
    except ValueError:
        return q
    return Quantity(m.start("num"), q.end, text[m.start("num") : q.end], value, q.unit, q.counted)


def _is_demonym(word: str) -> bool:
    from worker.events.actors import demonym_country  # late: actors.py loads the dictionaries

    return demonym_country(word) is not None


def json_number(value: float) -> int | float:
    """Integral values as int so that JSON shows 3000, not 3000.0."""
    return int(value) if value == int(value) and abs(value) < 2**53 else value
