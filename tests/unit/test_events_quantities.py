"""Number and quantity parsing (no spaCy model needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from worker.events.quantities import find_quantities, parse_number
from worker.events.timex import find_times


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("il déploierait 3 000 soldats en Allemagne", "fr", 3000, "troops"),
        ("il déploierait 3\u202f000 soldats", "fr", 3000, "troops"),
        ("masser 100 000 soldats", "fr", 100000, "troops"),
        ("les 8 500 hommes placés en alerte", "fr", 8500, "troops"),
        ("fournir 200 millions de dollars d’aide", "fr", 200_000_000, "USD"),
        ("une aide de 1,5 milliard d’euros", "fr", 1_500_000_000, "EUR"),
        ("the Pentagon will send 3,000 troops", "en", 3000, "troops"),
        ("approved $200 million in security aid", "en", 200_000_000, "USD"),
        ("some 2.5 billion euros", "en", 2_500_000_000, "EUR"),
        ("trois chars ont été détruits", "fr", 3, "tanks"),
        # modifiers between the number and what it counts
        ("livrer 40 véhicules blindés supplémentaires", "fr", 40, "vehicles"),
        ("fired 20 anti-tank missiles", "en", 20, "missiles"),
        ("killed two Israeli soldiers", "en", 2, "troops"),
        # "un/one" before a counted noun or a multiplier
        ("killing one civilian", "en", 1, "people"),
        ("plus d’un million de personnes ont manifesté", "fr", 1_000_000, "people"),
        # counted nouns beyond troops and money
        ("libérant près de 4 000 détenus", "fr", 4000, "people"),
        ("Kenya sent 1,000 police officers", "en", 1000, "troops"),  # forces sent, police included
        ("freed 12 hostages", "en", 12, "people"),
    ],
)
def test_find_quantities(text: str, lang: str, value: float, unit: str) -> None:
    found = find_quantities(text, lang)
    assert [(q.value, q.unit) for q in found] == [(value, unit)]
    q = found[0]
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", ["en 2014, la crise", "les 3 000 viendront", "le 3 février", "les deux dirigeants"])
def test_no_quantity_without_unit(text: str) -> None:
    assert find_quantities(text, "fr") == []


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", ",", "."]))
def test_grouped_integers_round_trip(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number(grouped, "fr") == n
    if sep != ".":
        assert parse_number(grouped, "en") == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["millions", "million", "milliards", "billion"]))
def test_multipliers(n: int, mult: str) -> None:
    factor = 1_000_000 if mult.startswith("million") else 1_000_000_000
    assert parse_number(f"{n} {mult}") == n * factor


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=9))
def test_decimal_comma_in_french(whole: int, tenth: int) -> None:
    assert parse_number(f"{whole},{tenth}", "fr") == pytest.approx(whole + tenth / 10)


def test_not_a_number() -> None:
    with pytest.raises(ValueError):
        parse_number("beaucoup")


@pytest.mark.parametrize(
    ("text", "expected", "future"),
    [
        ("Mercredi, le Pentagone a annoncé", "2022-02-02", False),
        ("approuvée en décembre", "2021-12", False),
        ("placés en alerte la semaine dernière", "2022-W04", False),
        ("On Wednesday the Pentagon said", "2022-02-02", False),
        ("he will travel on Monday", "2022-02-07", True),
        ("hier soir", "2022-02-02", False),
        ("le 24 février 2022", "2022-02-24", False),
    ],
)
def test_time_resolution(text: str, expected: str, future: bool) -> None:
    times = find_times(text)
    assert times
    assert times[0].resolve("2022-02-03T08:00:00+00:00", future=future) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("one of the soldiers was hurt", "en"),
        ("un des soldats a été blessé", "fr"),
        ("une aide humanitaire", "fr"),
        ("killed two of the hostages", "en"),  # partitive: no clean count
        ("after 30 years of protesters' demands", "en"),
        ("in 2014 Russian troops entered Crimea", "en"),  # a year, not a count
    ],
)
def test_no_spurious_quantities(text: str, lang: str) -> None:
    assert find_quantities(text, lang) == []
