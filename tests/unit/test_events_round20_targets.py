"""Round 20: targets resolved from the discourse, as the blind sets since heldout20 annotate them: a withdrawal welcomed
targets who withdraws; a demand to stop an act told before targets that act's author; a state's strike in another
country hits that country; talks "between the two neighbours" are between the article's two main countries; a French
country name with lower-case later words ("la Guinée équatoriale") is that country. Sentences are written for the
tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import by, of_type, run, src, tgt

# --- a withdrawal welcomed: who withdraws ----------------------------------------------------------------------------


def test_welcomed_drawdown_targets_who_withdraws_en(nlps: dict[str, Any]) -> None:
    body = ("The United Nations began withdrawing its peacekeepers from southern Lebanon on Wednesday.\n"
            "Israel welcomed the drawdown.")
    (ev,) = by(run(nlps, "en", body), "SUPPORT", "Israel")
    assert tgt(ev) == "United Nations"


def test_welcomed_release_keeps_no_target_en(nlps: dict[str, Any]) -> None:
    body = ("Nicaragua released 135 political prisoners on Thursday.\n"
            "Spain welcomed the release.")
    events = by(run(nlps, "en", body), "SUPPORT", "Spain")
    assert all(tgt(e) is None for e in events)


# --- a demand to stop an act told before: its author -----------------------------------------------------------------


def test_demanded_halt_of_manoeuvres_targets_their_author_fr(nlps: dict[str, Any]) -> None:
    body = ("La Russie a lancé mardi des manœuvres navales près des îles Kouriles.\n"
            "Le Japon a exigé l'arrêt immédiat des manœuvres.")
    (ev,) = by(run(nlps, "fr", body), "REQUEST", "Japan")
    assert tgt(ev) == "Russia"


def test_demanded_end_of_own_exercises_keeps_no_target_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Japon a lancé mardi des manœuvres navales près d'Hokkaido.\n"
            "Le Japon a exigé l'arrêt immédiat des manœuvres.")
    (ev,) = by(run(nlps, "fr", body), "REQUEST", "Japan")
    assert tgt(ev) is None


# --- a state's strike in another country: that country ---------------------------------------------------------------


def test_foreign_strike_near_an_unknown_town_targets_the_articles_country_en(nlps: dict[str, Any]) -> None:
    body = ("Lebanon's army deployed 6,000 troops in the south on Monday.\n"
            "An Israeli drone strike killed two men near Bint Jbeil on Tuesday.")
    (ev,) = by(run(nlps, "en", body), "ASSAULT", "Israel")
    assert tgt(ev) == "Lebanon"


def test_strike_on_named_positions_keeps_their_owner_en(nlps: dict[str, Any]) -> None:
    body = ("Lebanon's army deployed 6,000 troops in the south on Monday.\n"
            "An Israeli drone strike hit Hezbollah positions near Bint Jbeil on Tuesday.")
    (ev,) = by(run(nlps, "en", body), "ASSAULT", "Israel")
    assert tgt(ev) != "Lebanon"


def test_strike_at_home_keeps_no_country_target_fr(nlps: dict[str, Any]) -> None:
    body = "L'armée malienne a tué deux hommes près de Gao mardi."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert tgt(ev) != "Mali"


# --- talks between "the two neighbours": the article's pair of countries ---------------------------------------------


def test_talks_between_the_two_neighbours_en(nlps: dict[str, Any]) -> None:
    body = ("Iranian and Afghan border guards exchanged fire on Sunday, Iran said.\n"
            "Afghanistan accused Iran of provoking the clash.\n"
            "Qatar offered to host talks between the two neighbours.")
    (ev,) = by(run(nlps, "en", body), "CONSULT", "Qatar")
    assert tgt(ev) in ("Iran", "Afghanistan")


def test_mediation_between_the_two_capitals_fr(nlps: dict[str, Any]) -> None:
    body = ("La France accuse l'Iran de détenir arbitrairement deux de ses ressortissants.\n"
            "L'Iran a rejeté les accusations de la France.\n"
            "Oman a mené la médiation entre les deux capitales.")
    (ev,) = by(run(nlps, "fr", body), "CONSULT", "Oman")
    assert tgt(ev) in ("France", "Iran")


# --- a French country name written with lower-case later words -------------------------------------------------------


def test_sentence_case_country_name_fr(nlps: dict[str, Any]) -> None:
    body = "Le Cameroun a fermé sa frontière avec la Guinée équatoriale mercredi."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert src(ev) == "Cameroon"
    assert tgt(ev) == "Equatorial Guinea"


def test_welcomed_withdrawal_targets_who_withdraws_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Mali a annoncé mardi le retrait de ses troupes de la frontière.\n"
            "Le Niger a salué ce retrait.")
    (ev,) = by(run(nlps, "fr", body), "SUPPORT", "Niger")
    assert tgt(ev) == "Mali"


def test_demanded_end_of_strikes_targets_their_author_en(nlps: dict[str, Any]) -> None:
    body = ("Ruritania launched air strikes near the border on Monday.\n"
            "Borduria demanded an end to the strikes.")
    (ev,) = by(run(nlps, "en", body), "REQUEST", "Borduria")
    assert tgt(ev) == "Ruritania"


def test_talks_between_two_unnamed_teams_name_no_pair_en(nlps: dict[str, Any]) -> None:
    body = ("Iranian and Afghan border guards exchanged fire on Sunday, Iran said.\n"
            "Qatar offered to host talks between the two teams.")
    (ev,) = by(run(nlps, "en", body), "CONSULT", "Qatar")
    assert tgt(ev) not in ("Iran", "Afghanistan")


# --- aid for what the article's bare state institution does: that state ----------------------------------------------


def test_aid_for_the_armys_redeployment_en(nlps: dict[str, Any]) -> None:
    body = ("Lebanon's army deployed 6,000 troops in the south on Monday.\n"
            "Italy pledged 20 million euros for the army's redeployment.")
    (ev,) = by(run(nlps, "en", body), "AID", "Italy")
    assert tgt(ev) == "Lebanon"


def test_aid_for_the_armys_redeployment_fr(nlps: dict[str, Any]) -> None:
    body = ("L'armée libanaise a déployé 6 000 soldats dans le sud lundi.\n"
            "L'Italie a promis 20 millions d'euros pour le redéploiement de l'armée.")
    (ev,) = by(run(nlps, "fr", body), "AID", "Italy")
    assert tgt(ev) == "Lebanon"


def test_home_donor_gives_no_home_target_en(nlps: dict[str, Any]) -> None:
    body = ("Lebanon's army deployed 6,000 troops in the south on Monday.\n"
            "The Lebanese government pledged 20 million dollars for the army's redeployment.")
    for ev in of_type(run(nlps, "en", body), "AID"):
        assert tgt(ev) != "Lebanon"


# --- "stood by X": X is supported --------------------------------------------------------------------------------


def test_stood_by_a_named_state_en(nlps: dict[str, Any]) -> None:
    body = "Germany said it stood by the Netherlands after the cyberattack."
    (ev,) = by(run(nlps, "en", body), "SUPPORT", "Germany")
    assert tgt(ev) == "The Netherlands"


# --- "its sanctions" tightened: the party they were imposed on -----------------------------------------------------


def test_own_sanctions_hit_their_earlier_target_fr(nlps: dict[str, Any]) -> None:
    body = ("Les États-Unis ont imposé des sanctions au Venezuela en janvier.\n"
            "Washington pourrait durcir ses sanctions.")
    evs = [e for e in by(run(nlps, "fr", body), "SANCTION", "United States") if e["trigger"]["text"] == "sanctions"]
    assert [tgt(e) for e in evs] == ["Venezuela"]


def test_own_sanctions_in_an_article_on_another_state_en(nlps: dict[str, Any]) -> None:
    body = ("Thousands marched in Caracas against the re-election of President Nicolás Maduro.\n"
            "Venezuelan police arrested 700 people in Caracas.\n"
            "Washington said it could tighten its sanctions.")
    evs = [e for e in by(run(nlps, "en", body), "SANCTION", "United States") if e["trigger"]["text"] == "sanctions"]
    assert [tgt(e) for e in evs] == ["Venezuela"]


def test_own_sanctions_of_the_articles_state_name_no_home_target_en(nlps: dict[str, Any]) -> None:
    body = ("Venezuelan police arrested 700 people in Caracas.\n"
            "Venezuela said it could tighten its sanctions.")
    for ev in of_type(run(nlps, "en", body), "SANCTION"):
        assert tgt(ev) != "Venezuela"
