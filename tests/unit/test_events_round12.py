"""Round 12: slots and events the rules missed for generic reasons (blind set heldout17 and earlier ones).
An agreement signed "with X" names its partner below the object ("signed a defence pact with X", "a signé un
accord avec X"); a leader's aide named by a possessive reports for that leader ("his spokesman said", "a déclaré
son porte-parole"), and a leader's office for the leader's state ("his office said", "a indiqué son cabinet").
A passive killing or wounding by a weapon ("tué par balle", "killed by gunfire") is an attack though no attacker
is named. Warnings and threats name their author as criticism does ("rejected the threats of X", "a rejeté les
avertissements de X"). A prosecution told in the passive is a COERCE ("seront poursuivis", "will be tried"),
the active verbs are not ("poursuivre les discussions", "try to").
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run, tgt


def reporter(ev: dict[str, Any]) -> str | None:
    return norm(ev.get("reported_by"))


# --- the partner of an agreement hangs below its object ------------------------------------------------------


def test_agreement_partner_below_object_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya has signed a defence agreement with Japan."), "AGREE")
    assert tgt(ev) == "Japan"


def test_agreement_partner_below_object_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Sénégal a signé un accord de pêche avec le Japon."), "AGREE")
    assert tgt(ev) == "Japan"


def test_agreement_without_partner_has_no_target_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya signed a defence agreement on Monday."), "AGREE")
    assert tgt(ev) is None


def test_agreement_without_partner_has_no_target_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Sénégal a signé un accord de pêche lundi."), "AGREE")
    assert tgt(ev) is None


# --- a leader's office or spokesperson, named by a possessive, reports -------------------------------------------


def test_leader_office_reports_for_the_state_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Emmanuel Macron met William Ruto on Friday, his office said."), "CONSULT")
    assert reporter(ev) == "France"


def test_leader_office_reports_for_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "Emmanuel Macron a rencontré William Ruto vendredi, a indiqué son cabinet."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert reporter(ev) == "France"


def test_leader_spokesperson_reports_for_the_leader_en(nlps: dict[str, Any]) -> None:
    body = "Emmanuel Macron met William Ruto on Friday, his spokesman said."
    (ev,) = of_type(run(nlps, "en", body), "CONSULT")
    assert reporter(ev) == "Emmanuel Macron"


def test_leader_spokesperson_reports_for_the_leader_fr(nlps: dict[str, Any]) -> None:
    body = "Emmanuel Macron a rencontré William Ruto vendredi, a déclaré son porte-parole."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert reporter(ev) == "Emmanuel Macron"


def test_office_without_possessive_is_no_reporter_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Emmanuel Macron met William Ruto on Friday, an office said."), "CONSULT")
    assert reporter(ev) is None


def test_office_without_possessive_is_no_reporter_fr(nlps: dict[str, Any]) -> None:
    body = "Emmanuel Macron a rencontré William Ruto vendredi, a indiqué un cabinet."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert reporter(ev) is None


# --- a passive killing by a weapon is an attack, with no attacker named ------------------------------------------


def test_killed_by_a_bullet_is_an_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Un étudiant a été tué par balle mardi dans le quartier de Kalaban."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert ev["actors"]["source"] is None


def test_killed_by_gunfire_is_an_attack_en(nlps: dict[str, Any]) -> None:
    body = "A teenager was killed by gunfire on Tuesday in the Kibera district."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert ev["actors"]["source"] is None


def test_wounded_by_bullets_is_an_attack_en(nlps: dict[str, Any]) -> None:
    body = "Two students were wounded by bullets on Tuesday near the market."
    assert len(of_type(run(nlps, "en", body), "ASSAULT")) == 1


def test_killed_in_an_accident_is_no_attack_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "A teenager was killed in a road accident on Tuesday."), "ASSAULT") == []


def test_killed_in_an_accident_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    body = "Un adolescent a été tué dans un accident de la route mardi."
    assert of_type(run(nlps, "fr", body), "ASSAULT") == []


# --- warnings and threats name their author, as criticism does ----------------------------------------------


def test_rejected_threats_name_their_author_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya rejected the threats of Japan."), "REJECT")
    assert tgt(ev) == "Japan"


def test_rejected_warnings_name_their_author_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Sénégal a rejeté les avertissements de la France."), "REJECT")
    assert tgt(ev) == "France"


def test_rejected_threats_name_their_author_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Sénégal a rejeté les menaces du Japon."), "REJECT")
    assert tgt(ev) == "Japan"


def test_rejected_warnings_without_author_have_no_target_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenya rejected the warnings on Monday."), "REJECT")
    assert tgt(ev) is None


def test_rejected_warnings_without_author_have_no_target_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Sénégal a rejeté les avertissements lundi."), "REJECT")
    assert tgt(ev) is None


# --- a prosecution told in the passive ("seront poursuivis", "will be tried") ----------------------------------


def test_prosecuted_in_the_passive_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Les émeutiers seront poursuivis en justice par le Kenya."), "COERCE")
    assert norm(ev["actors"]["source"]) == "Kenya"
    assert ev["mode"] == "planned"


def test_tried_in_the_passive_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "The rioters will be tried by Kenya."), "COERCE")
    assert norm(ev["actors"]["source"]) == "Kenya"


def test_active_poursuivre_is_no_prosecution_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Le Kenya poursuivra les discussions avec le Japon."), "COERCE") == []


def test_active_try_is_no_prosecution_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "Kenya will try to reach a deal with Japan."), "COERCE") == []
