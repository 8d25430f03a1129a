"""Time expressions ("mercredi", "en décembre", "la semaine dernière", "Wednesday") and their
resolution against the article's published_at, with datetime only (no dateparser, no network).

`resolved` is ISO 8601 at the precision the text gives: a day "2022-02-02", a month "2021-12",
an ISO week "2022-W04" or a year "2021". Weekdays and bare months point to the past unless the
event is planned (then to the next occurrence), which is how news copy uses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
WEEKDAYS = frozenset(_WEEKDAYS)  # also read by triggers.py: a noun the parser hangs on the day
_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
_RELATIVE_DAY = {
    "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0, "ce soir": 0, "cet après-midi": 0,
    "plus tôt dans la journée": 0, "plus tôt ce jour": 0, "today": 0, "this morning": 0,
    "tonight": 0, "earlier today": 0, "earlier in the day": 0, "this afternoon": 0,
    "hier": -1, "hier soir": -1, "yesterday": -1, "last night": -1, "avant-hier": -2,
    "demain": 1, "tomorrow": 1, "après-demain": 2,
}
_RELATIVE_UNIT = {
    "la semaine dernière": ("week", -1), "la semaine passée": ("week", -1), "cette semaine": ("week", 0),
    "la semaine prochaine": ("week", 1), "last week": ("week", -1), "this week": ("week", 0),
    "next week": ("week", 1), "le mois dernier": ("month", -1), "le mois prochain": ("month", 1),
    "ce mois-ci": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this month": ("month", 0), "l'année dernière": ("year", -1), "l’année dernière": ("year", -1),
    "l'an dernier": ("year", -1), "l’an dernier": ("year", -1), "l'année prochaine": ("year", 1),
    "l’année prochaine": ("year", 1), "last year": ("year", -1), "next year": ("year", 1),
    "cette année": ("year", 0), "this year": ("year", 0),
}

# "the same evening", "le même jour": the day of the event told before, not a date of its own
SAME_DAY = re.compile(r"(?<![\w])(?:(?:the|that)\s+same\s+(?:day|evening|night|morning|afternoon)|later\s+that\s+day|"
                      r"le\s+même\s+jour|le\s+jour\s+même|le\s+soir\s+même|la\s+même\s+nuit|"
                      r"le\s+même\s+soir)(?![\w])", re.IGNORECASE)


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_MONTH_ALT = _alt(_MONTHS)
_D = r"(?P<d>\d{1,2})"
_Y = r"(?:,?\s+(?P<y>\d{4}))?"
_END = r"(?![\w])"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("relunit", re.compile(rf"(?<![\w])(?:{_alt(_RELATIVE_UNIT)}){_END}", re.I)),
    ("relday", re.compile(rf"(?<![\w])(?:{_alt(_RELATIVE_DAY)}){_END}", re.I)),
    # "du 24 au 26 novembre", "from 3 to 5 March", "24-26 novembre": the first day
    ("daymonth", re.compile(
        rf"(?<![\w])(?:du\s+|from\s+)?{_D}(?:er)?\s*(?:au|to|-|–)\s*\d{{1,2}}(?:er)?\s+(?P<m>{_MONTH_ALT}){_Y}{_END}",
        re.I)),
    # "le 3 février 2022", "3 February", "3 déc."
    ("daymonth", re.compile(rf"(?<![\w]){_D}(?:er)?\s+(?P<m>{_MONTH_ALT}){_Y}{_END}", re.I)),
    # "February 3, 2022", "Dec. 3"
    ("monthday", re.compile(rf"(?<![\w])(?P<m>{_MONTH_ALT})\s+{_D}(?:st|nd|rd|th)?{_Y}{_END}", re.I)),
    # "en décembre", "in December 2021", "début janvier"; "à partir de décembre", "by December": the month the
    # planned act starts or is done by
    ("month", re.compile(
        rf"(?<![\w])(?:en|in|début|fin|mi-|since|depuis|early|late|à\s+partir\s+de|dès|from|by)\s+(?P<m>{_MONTH_ALT})"
        rf"{_Y}{_END}", re.I)),
    ("weekday", re.compile(
        rf"(?<![\w])(?:(?P<pre>last|next)\s+)?(?P<w>{_alt(_WEEKDAYS)})"
        rf"(?:\s+(?:dernier|prochain|soir|matin|last|next))?{_END}", re.I)),
    # "en 2017", "In 2024,": a year on its own
    ("year", re.compile(r"(?<![\w])(?:en|in)\s+(?P<y>(?:19|20)\d{2})(?![\w%]|[.,]\d)", re.I)),
    # Vague future: no date, but it makes the event planned.
    ("vague", re.compile(
        r"(?<![\w])(?:dans les (?:prochains|prochaines) (?:jours|semaines|mois)|à court terme"
        r"|in the coming (?:days|weeks|months)|in the near term|soon)(?![\w])", re.I)),
]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int  # relative to the sentence
    end: int
    text: str
    kind: str
    groups: tuple[tuple[str, str], ...]

    def resolve(self, published_at: str | None, future: bool = False) -> str | None:
        ref = parse_published(published_at)
        if ref is None:
            return None
        return _resolve(self, ref, future)


def parse_published(published_at: str | None) -> date | None:
    if not published_at:
        return None
    try:
        return datetime.fromisoformat(published_at.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published_at.strip()[:10])
        except ValueError:
            return None


# Round 13: words right before a weekday that make it a coming day whatever the tense of the clause
# ("called a strike for Friday", "la réunion prévue jeudi"); also the start of what is to come ("pourrait débloquer
# dès jeudi", "à partir de lundi", "starting Monday"). A deadline ("d'ici lundi") is a bound, see _SINCE below.
_FUTURE_CUE = re.compile(
    r"(?:\bfor|\bpour|\bd['’]ici|\bprévue?s?|\bdès|\bà\s+partir\s+de|\bstarting)\s+(?:le\s+|this\s+|ce\s+)?$", re.I)
# A weekday closing the thing called for ("a appelé à une grève générale lundi", "appelé ses partisans à une nouvelle
# marche vendredi", "called for a general strike on Thursday"): the day of the strike or march, which is to come,
# within the same phrase (no comma or clause break between)
_CALLED_FOR = re.compile(
    r"(?<![\w])(?:appel\w*|call(?:ed|s|ing)?)(?:\s+[^\s,;:.]+){0,3}?\s+(?:à|aux?|for)\s+(?:[^\s,;:.]+\s+){0,4}"
    r"(?:grèves?|marches?|manifestations?|rassemblements?|mobilisation|boycott|strikes?|rall(?:y|ies)|protests?"
    r"|demonstrations?|stoppages?)(?:\s+[^\s,;:.]+){0,3}?\s+(?:on\s+|le\s+|ce\s+)?$", re.I)
# "le Mouvement du 23 mars", "the Movement of 6 June": a date that ends a capitalized name is part of the name
_NAME_OF_DATE = re.compile(r"(?<=[^\s.!?])\s+(?-i:[A-ZÀ-Þ])[^\W\d_]+\s+(?:du|of)\s+$", re.I)


# Words right before a time expression that make it a bound of a span, not a date of the event: "since/depuis"
# (where the span starts), "d'ici/by/until/jusqu'au" (a deadline for something still to happen). A month keeps its
# date ("has provided $200 million since December" dates the aid to that month).
_BOUND = r"(?:since|depuis|d['’]ici|by|until|jusqu['’](?:au|à))"
_SINCE = re.compile(rf"(?:^|(?<![\w])){_BOUND}(?:\s+(?:le|la|l['’]))?\s*$", re.I)


def find_times(text: str) -> list[TimeExpr]:
    """Non-overlapping time expressions in reading order (earlier patterns win overlaps)."""
    found: list[TimeExpr] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(not (m.end() <= f.start or m.start() >= f.end) for f in found):
                continue
            if kind == "daymonth" and _NAME_OF_DATE.search(text[max(0, m.start() - 40) : m.start()]) \
                    and m.group(0)[:1].isdigit():
                continue  # "le Mouvement du 6 juin (M66)": a name, not a date
            if kind in ("monthday", "month") and m.group("m") == "may":
                continue  # modal "may 3", "by may be" are not dates (the English month is capitalized)
            if kind == "weekday" and m.group("w")[:1].islower() and m.group("w").lower() in (
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
                continue  # English weekdays are capitalized
            groups = tuple((k, v) for k, v in m.groupdict().items() if v)
            if kind != "month" and _SINCE.search(text[max(0, m.start() - 20) : m.start()]):
                # "killed 30 people since Wednesday", "depuis le 25 septembre", "s'il ne démissionne pas d'ici
                # mercredi": a bound of a span, not when the event happened; no date, and any real date in the
                # clause wins (as for "vague")
                found.append(TimeExpr(m.start(), m.end(), m.group(0), "vague", ()))
                continue
            if kind == "weekday" and (_FUTURE_CUE.search(text[max(0, m.start() - 20) : m.start()])
                                      or _CALLED_FOR.search(text[max(0, m.start() - 80) : m.start()])):
                groups += (("cue", "future"),)  # round 13: "a vote for Sunday", "le sommet prévu mardi"
            found.append(TimeExpr(m.start(), m.end(), m.group(0), kind, groups))
    found.sort(key=lambda t: t.start)
    return found


def _resolve(t: TimeExpr, ref: date, future: bool) -> str | None:
    g = dict(t.groups)
    low = t.text.lower()
    if t.kind == "vague":
        return None
    if t.kind == "relday":
        return (ref + timedelta(days=_RELATIVE_DAY[low])).isoformat()
    if t.kind == "relunit":
        unit, delta = _RELATIVE_UNIT[low]
        if unit == "week":
            y, w, _ = (ref + timedelta(weeks=delta)).isocalendar()
            return f"{y}-W{w:02d}"
        if unit == "month":
            month0 = ref.year * 12 + ref.month - 1 + delta
            return f"{month0 // 12}-{month0 % 12 + 1:02d}"
        return str(ref.year + delta)
    if t.kind == "year":
        return g["y"]
    if t.kind == "weekday":
        wd = _WEEKDAYS[g["w"].lower()]
        if "prochain" in low or "next" in low or g.get("cue") == "future":
            future = True
        # "vendredi dernier" / "last Friday" written on a Friday is a week ago, "next Monday" on a Monday a week
        # ahead (the bare weekday on its own day is the day itself)
        pointed = 7 if re.search(r"(?<![\w])(?:dernier|last|prochain|next)(?![\w])", low) else 0
        if future:
            return (ref + timedelta(days=(wd - ref.weekday()) % 7 or pointed)).isoformat()
        return (ref - timedelta(days=(ref.weekday() - wd) % 7 or pointed)).isoformat()
    month = _MONTHS[g["m"].lower()]
    year = int(g["y"]) if "y" in g else _year_for(month, ref, future)
    if t.kind == "month":
        return f"{year}-{month:02d}"
    try:
        day = date(year, month, int(g["d"]))
        if "y" not in g and not future and day.year < ref.year:
            # "le 24 novembre" written on 15 October: a date a few weeks ahead is the coming one
            ahead = date(ref.year, month, int(g["d"]))
            if 0 < (ahead - ref).days <= _SOON_DAYS:
                day = ahead
        return day.isoformat()
    except ValueError:
        return None


_SOON_DAYS = 60


def _year_for(month: int, ref: date, future: bool) -> int:
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1
