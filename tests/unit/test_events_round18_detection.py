"""Round 18 (detection and sources): an organisation named with its acronym and then called "le mouvement", "the
group"; a title subject beside a named one; the antecedent of a relative pronoun hung elsewhere; a possessed force
in a coordinated passive; a participle sharing the first verb's auxiliary though hung on its object; a participle
after a comma parsed as a refusal's complement; the title's first country as the article's; soldiers blocking a
patrol, anti-dumping duties, taking up arms again.
Sentences are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import norm, of_type, run

# --- an organisation defined with its acronym, then named by a collective noun ----------------------------------


def test_movement_named_before_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Front de libération du Nord (FLN) a boycotté la conférence de paix.\n"
            "Le mouvement rebelle exige la libération de ses combattants.")
    (ev,) = of_type(run(nlps, "fr", body), "REQUEST")
    assert norm(ev["actors"]["source"]) == "Front de libération du Nord"


def test_group_named_before_en(nlps: dict[str, Any]) -> None:
    body = ("The Northern Liberation Front (NLF) boycotted the peace conference.\n"
            "The group denied that its fighters had attacked the convoy.")
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert norm(ev["actors"]["source"]) == "Northern Liberation Front"


def test_movement_is_no_institution_fr(nlps: dict[str, Any]) -> None:
    body = ("La Banque de développement des Caraïbes (BDC) a suspendu ses prêts.\n"
            "Le mouvement a rejeté le plan du gouvernement.")
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert norm(ev["actors"]["source"]) is None


def test_plural_groups_stay_unnamed_en(nlps: dict[str, Any]) -> None:
    body = ("The Northern Liberation Front (NLF) boycotted the peace conference.\n"
            "Several groups rejected the plan.")
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert norm(ev["actors"]["source"]) != "Northern Liberation Front"


def test_collective_in_apposition_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mouvement du 12 mars (M12), un collectif né en ligne, a accusé vendredi la police de brutalités."
    (ev,) = of_type(run(nlps, "fr", body), "ACCUSE")
    assert norm(ev["actors"]["source"]) == "Mouvement du 12 mars"


# --- two subjects: a title and a name -----------------------------------------------------------------------


def test_title_beside_named_subject_fr(nlps: dict[str, Any]) -> None:
    body = ("Le président de transition, le général Mahamat Idriss Déby, a promis de libérer les prisonniers et a "
            "ordonné le retrait de 800 soldats de la région.")
    events = run(nlps, "fr", body)
    (agree,) = of_type(events, "AGREE")
    assert norm(agree["actors"]["source"]) in ("Mahamat Idriss Déby", "Chad")


# --- relative pronoun: the name right before it ------------------------------------------------------------------


def test_relative_after_object_fr(nlps: dict[str, Any]) -> None:
    body = "La Bulgarie a coupé le gaz à la Pologne, qui refusait de payer en roubles."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert norm(ev["actors"]["source"]) == "Poland"


def test_relative_commitment_fr(nlps: dict[str, Any]) -> None:
    body = "Washington a suspendu les taxes sur le Mexique, qui s'est engagé à renforcer ses contrôles à la frontière."
    (ev,) = of_type(run(nlps, "fr", body), "AGREE")
    assert norm(ev["actors"]["source"]) == "Mexico"


def test_relative_after_object_en(nlps: dict[str, Any]) -> None:
    body = "Moscow cut gas supplies to Poland, which refused to pay in roubles."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert norm(ev["actors"]["source"]) == "Poland"


# --- a possessed force in a coordinated passive ---------------------------------------------------------------


def test_navy_placed_on_alert_en(nlps: dict[str, Any]) -> None:
    body = "Sweden reinforced the island and its navy was placed on heightened alert."
    (ev,) = of_type(run(nlps, "en", body), "MOBILIZE")
    assert norm(ev["actors"]["source"]) == "Sweden"


# --- a participle sharing the first verb's auxiliary -----------------------------------------------------------


def test_condemned_and_called_fr(nlps: dict[str, Any]) -> None:
    body = "Les États-Unis et l'Union européenne ont condamné l'usage excessif de la force et appelé au calme."
    events = run(nlps, "fr", body)
    (req,) = of_type(events, "REQUEST")
    assert norm(req["actors"]["source"]) in ("United States", "European Union")
    assert len(of_type(events, "ACCUSE")) == 1


def test_condemned_and_called_hung_on_adjective_fr(nlps: dict[str, Any]) -> None:
    body = "La Chine et le Japon ont condamné l'usage excessif de la force et appelé au calme."
    (req,) = of_type(run(nlps, "fr", body), "REQUEST")
    assert norm(req["actors"]["source"]) in ("China", "Japan")


def test_storm_with_two_participles_is_no_event_fr(nlps: dict[str, Any]) -> None:
    body = "La tempête a arraché les toits des maisons et coupé les routes de la région."
    assert run(nlps, "fr", body) == []


# --- a participle after a comma is no refusal's complement ---------------------------------------------------------


def test_refused_then_accusing_fr(nlps: dict[str, Any]) -> None:
    body = "Le parti a refusé de participer, accusant le gouvernement de vouloir truquer le scrutin."
    events = run(nlps, "fr", body)
    assert len(of_type(events, "ACCUSE")) == 1
    assert len(of_type(events, "REJECT")) == 1


# --- the title's first country --------------------------------------------------------------------------------


def test_title_first_country_is_home_en(nlps: dict[str, Any]) -> None:
    title = "Bolivian police fire tear gas at protest over lithium deal with China"
    body = ("Riot police fired tear gas as thousands rallied against a lithium deal with a Chinese firm.\n"
            "The interior ministry denied that officers had used rubber bullets.")
    (ev,) = of_type(run(nlps, "en", body, title=title), "REJECT")
    assert norm(ev["actors"]["source"]) == "Bolivia"


# --- lexicon senses --------------------------------------------------------------------------------------------------


def test_soldiers_blocking_a_patrol_en(nlps: dict[str, Any]) -> None:
    body = "Guatemala said its soldiers blocked a Honduran fishing boat near the river."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert norm(ev["actors"]["source"]) == "Guatemala"


def test_farmers_blocking_a_convoy_is_a_protest_en(nlps: dict[str, Any]) -> None:
    events = run(nlps, "en", "Farmers blocked a convoy of trucks near the border.")
    assert of_type(events, "COERCE") == []
    assert len(of_type(events, "PROTEST")) == 1


def test_soldiers_blocking_a_patrol_fr(nlps: dict[str, Any]) -> None:
    body = "Le Guatemala a indiqué que ses soldats avaient bloqué une patrouille de garde-côtes près du fleuve."
    assert len(of_type(run(nlps, "fr", body), "COERCE")) == 1


def test_farmers_blocking_a_convoy_is_a_protest_fr(nlps: dict[str, Any]) -> None:
    events = run(nlps, "fr", "Des agriculteurs ont bloqué un convoi de camions.")
    assert of_type(events, "COERCE") == []


def test_anti_dumping_duties_en(nlps: dict[str, Any]) -> None:
    body = "The European Union imposed anti-dumping duties of up to 20% on Chinese steel on Monday."
    (ev,) = of_type(run(nlps, "en", body), "SANCTION")
    assert norm(ev["actors"]["target"]) == "China"


def test_taking_up_arms_again_fr(nlps: dict[str, Any]) -> None:
    body = "Si les rebelles reprenaient les armes, le gouvernement demanderait l'aide de la France."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert ev["mode"] == "conditional"


def test_resuming_training_is_no_attack_fr(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "fr", "Le club a repris l'entraînement lundi après la défaite."), "ASSAULT") == []


def test_soldiers_stopping_a_patrol_en(nlps: dict[str, Any]) -> None:
    body = "If Honduran soldiers stop another patrol, Guatemala will go to court."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert ev["mode"] == "conditional"


def test_referee_stopping_a_match_is_no_event_en(nlps: dict[str, Any]) -> None:
    assert run(nlps, "en", "The referee stopped the match after an hour.") == []


# --- detainees released in the passive --------------------------------------------------------------------------


def test_detainees_released_by_the_state_en(nlps: dict[str, Any]) -> None:
    body = "Police detained 80 protesters in Lima on Sunday. By Monday, 31 of the detainees had been released."
    (ev,) = of_type(run(nlps, "en", body), "RETREAT")
    assert ev["actors"]["source"]["normalized"] == "Peru"


def test_prisoners_released_by_the_state_fr(nlps: dict[str, Any]) -> None:
    body = "La police péruvienne a arrêté 80 manifestants à Lima. Les détenus ont été libérés lundi."
    (ev,) = of_type(run(nlps, "fr", body), "RETREAT")
    assert ev["actors"]["source"]["normalized"] == "Peru"


def test_hostages_released_are_no_state_act_en(nlps: dict[str, Any]) -> None:
    assert of_type(run(nlps, "en", "The hostages were released on Monday in Peru."), "RETREAT") == []


def test_rebels_named_before_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Front de libération du Nord (FLN) a boycotté la conférence de paix.\n"
            "Les rebelles ont réclamé la libération de leurs combattants détenus.")
    (ev,) = of_type(run(nlps, "fr", body), "REQUEST")
    assert ev["actors"]["source"]["normalized"] == "Front de libération du Nord"


def test_rebels_without_a_named_group_stay_unnamed_en(nlps: dict[str, Any]) -> None:
    body = "The rebels demanded the release of their fighters."
    for ev in of_type(run(nlps, "en", body), "REQUEST"):
        assert ev["actors"]["source"] is None or ev["actors"]["source"]["country"] is None


# --- a warning closing the sentence: its object is the speaker ------------------------------------------------------


def test_closing_warning_by_a_counsellor_fr(nlps: dict[str, Any]) -> None:
    body = ("Des manifestants ont affronté la police à Bamako. Si les rebelles reprenaient les armes, le pays "
            "pourrait demander l'aide militaire de la France, a averti un conseiller de la présidence.")
    (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
    assert ev["actors"]["source"]["normalized"] == "Mali"


def test_warning_a_party_keeps_its_subject_fr(nlps: dict[str, Any]) -> None:
    body = "Le Mali a averti la France."
    (ev,) = of_type(run(nlps, "fr", body), "THREATEN")
    assert ev["actors"]["source"]["normalized"] == "Mali"


# --- the unnamed head of a home institution -----------------------------------------------------------------------


def test_police_commissioner_is_the_state_en(nlps: dict[str, Any]) -> None:
    body = ("Protesters clashed with police in Lima. The police commissioner denied that officers had fired on "
            "residents.")
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert ev["actors"]["source"]["normalized"] == "Peru"


def test_party_spokesman_is_no_state_en(nlps: dict[str, Any]) -> None:
    body = "Protesters clashed with police in Lima. The party spokesman denied that members had fired on residents."
    for ev in of_type(run(nlps, "en", body), "REJECT"):
        assert ev["actors"]["source"] is None or ev["actors"]["source"]["normalized"] != "Peru"


# --- a surname opening a sentence, met in full before ---------------------------------------------------------------


def test_surname_opening_a_sentence_en(nlps: dict[str, Any]) -> None:
    body = ("Greek Cypriot leader Nikos Christodoulides met Ersin Tatar on Monday.\n"
            "Christodoulides later accused Ankara of stalling progress.")
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert ev["actors"]["source"]["normalized"] == "Nikos Christodoulides"
