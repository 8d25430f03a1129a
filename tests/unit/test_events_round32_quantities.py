"""Round 32 (quantities and time): dollars of another country, hyphenated border guards, arrests counted as acts, a
bare count after "en" + a wounding verb; times that bound a span (since, until, d'ici), "last/next" weekday on the
same weekday, the day of a strike called for, a date inside a name. Sentences are written for the tests (not taken
from eval/events). The harness publishes on Sunday 2024-03-10."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run
from worker.events.quantities import find_quantities
from worker.events.timex import find_times


def _counts(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


def _found(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang)]


def _resolved(text: str, published: str = "2024-03-10T08:00:00Z") -> list[str | None]:
    return [t.resolve(published) for t in find_times(text)]


# --- quantities ---------------------------------------------------------------------------------------------------


def test_dollars_of_another_country_keep_their_currency() -> None:
    assert _found("Ottawa a promis 3 millions de dollars canadiens pour la reconstruction.", "fr") == [
        (3_000_000, "CAD")]
    assert _found("Wellington pledged 5 million New Zealand dollars for the clinics.", "en") == [(5_000_000, "NZD")]
    assert _found("Washington pledged 5 million dollars for the clinics.", "en") == [(5_000_000, "USD")]


def test_foreign_dollars_count_as_aid(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Canberra pledged 4 million Australian dollars in aid to Tonga on Monday."), "AID")
    assert any((4_000_000, "AUD") in _counts(ev) for ev in evs)


def test_hyphenated_border_guards_are_a_force_sent(nlps: dict[str, Any]) -> None:
    body = "La Roumanie a annoncé mardi l'envoi de 80 gardes-frontières en Moldavie."
    evs = run(nlps, "fr", body)
    assert any((80, "troops") in _counts(ev) for ev in evs)


def test_arrests_counted_as_acts_count_people(nlps: dict[str, Any]) -> None:
    assert _found("La gendarmerie a procédé à 35 interpellations dans la nuit.", "fr") == [(35, "people")]
    evs = of_type(run(nlps, "en", "Riot police made 300 arrests in the capital on Friday."), "COERCE")
    assert any((300, "people") in _counts(ev) for ev in evs)


def test_deaths_are_a_toll() -> None:
    assert _found("The shelling caused 14 deaths in the market.", "en") == [(14, "people")]


def test_bare_count_after_en_and_a_wounding_verb(nlps: dict[str, Any]) -> None:
    assert _found("Les tirs ont tué deux bergers et en ont blessé six, selon le maire.", "fr") == [
        (2, "people"), (6, "people")]
    body = "Des hommes armés ont attaqué un village du nord, tuant cinq personnes et en blessant huit, selon la police."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert any({(5, "people"), (8, "people")} <= set(_counts(ev)) for ev in evs)
    assert _found("Il a acheté des pommes et en a mangé trois.", "fr") == []  # no kill/wound/hold verb


# --- time ---------------------------------------------------------------------------------------------------------


def test_since_and_deadlines_give_no_date() -> None:
    assert _resolved("Au moins 40 personnes ont été arrêtées depuis mardi.") == [None]
    assert _resolved("Fighting has killed 200 people since last year.") == [None]
    assert _resolved("Le syndicat menace de bloquer le port si rien ne change d'ici vendredi.") == [None]
    assert _resolved("Au moins 40 personnes ont été arrêtées mardi.") == ["2024-03-05"]


def test_since_does_not_date_the_event(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Security forces have detained 60 protesters since Wednesday, activists said."),
                  "COERCE")
    assert evs and all(ev["time"] is None or ev["time"]["resolved"] is None for ev in evs)


def test_month_a_planned_act_starts_or_ends_by() -> None:
    assert _resolved("Le Maroc va livrer du gaz à son voisin à partir de novembre.") == ["2023-11"]
    assert [t.resolve("2024-03-10", future=True) for t in find_times("Kenya will send 300 police by June.")] == [
        "2024-06"]


def test_last_weekday_on_that_weekday_is_a_week_ago() -> None:
    assert _resolved("Les deux ministres se sont rencontrés dimanche dernier à Genève.") == ["2024-03-03"]
    assert _resolved("The two envoys met last Sunday in Geneva.") == ["2024-03-03"]
    assert _resolved("The two envoys met last Friday in Geneva.") == ["2024-03-08"]
    assert _resolved("The two envoys met on Sunday in Geneva.") == ["2024-03-10"]


def test_weekday_of_a_strike_called_for_is_to_come() -> None:
    assert _resolved("Les syndicats ont appelé à une grève générale mardi.") == ["2024-03-12"]
    assert _resolved("The opposition called for a nationwide strike on Thursday.") == ["2024-03-14"]
    assert _resolved("The UN called for restraint on Thursday.") == ["2024-03-07"]


def test_weekday_a_coming_act_starts_is_to_come() -> None:
    assert _resolved("Le gouvernement pourrait verser dès mardi une aide aux éleveurs.") == ["2024-03-12"]
    assert _resolved("La marine mènera des manœuvres à partir de jeudi.") == ["2024-03-14"]


def test_date_closing_a_name_is_no_date() -> None:
    assert _resolved("Les rebelles du Mouvement du 23 mars ont repris l'offensive jeudi.") == ["2024-03-07"]
    assert _resolved("La réunion du 23 février a été reportée.") == ["2024-02-23"]
