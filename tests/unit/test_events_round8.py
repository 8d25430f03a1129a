"""Generalization round 8 of issue #4: targets, places and counts the verb's own arguments miss. Whose thing
is judged ("a salué le rôle de la Pologne"), the author of what is rejected or protested ("criticism made by
X", "a protest over remarks by X"), a partner below the shared object, the party of the people acted on;
multi-word countries over the shorter country inside them ("South Sudan"); where a withdrawal starts ("out of
X to Y"), where the event's object is held ("la réunion … organisée à X"), names that read as places ("Black
River, ville de …"); tolls in a participle hung on a clause inside the attack, sub-counts ("including two
children"), and counted nouns restricted to the events that act on them. Sentences are written for the tests
(not taken from eval/events), with negatives."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def locs(ev: dict[str, Any]) -> list[str]:
    return sorted(loc["normalized"] for loc in ev["location"])


def qty(ev: dict[str, Any]) -> list[tuple[float, str]]:
    return [(q["value"], q["unit"]) for q in ev["quantities"]]


# --- multi-word countries ---------------------------------------------------------------------------------


def test_multiword_country_beats_the_country_inside(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Norway pledged $3 million in funding for South Sudan."), "AID")
    assert tgt(ev) == "South Sudan"


def test_compass_demonym(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "South Sudanese soldiers arrested three journalists in the capital."), "COERCE")
    assert src(ev) == "South Sudan"


# --- targets ----------------------------------------------------------------------------------------------


def test_owner_of_the_object_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Berlin a salué le rôle de la Pologne dans la crise."), "SUPPORT")
    assert tgt(ev) == "Poland"


def test_owner_of_the_object_en(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "The minister praised the role of Qatar in the talks."), "SUPPORT")
    assert tgt(ev) == "Qatar"


def test_owner_not_below_an_act(nlps: dict[str, Any]) -> None:
    # the victim of a condemned killing is not the one blamed
    (ev,) = of_type(run(nlps, "en", "Rome condemned the killing of the Iranian general."), "ACCUSE")
    assert tgt(ev) is None


def test_owner_not_for_a_denial(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "Le Tchad a démenti la présence de soldats russes sur son sol."), "REJECT")
    assert tgt(ev) is None


def test_author_of_rejected_criticism(nlps: dict[str, Any]) -> None:
    body = "The prime minister rejected criticism made by Senator Marco Rubio during a visit in May."
    (ev,) = of_type(run(nlps, "en", body), "REJECT")
    assert tgt(ev) == "Marco Rubio"


def test_author_of_rejected_criticism_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministre a rejeté les critiques formulées par le Premier ministre hongrois Viktor Orbán."
    (ev,) = of_type(run(nlps, "fr", body), "REJECT")
    assert tgt(ev) in ("Hungary", "Viktor Orbán")


def test_protest_over_remarks_by(nlps: dict[str, Any]) -> None:
    body = "Berlin lodged a protest over remarks by the Hungarian foreign minister."
    (ev,) = of_type(run(nlps, "en", body), "ACCUSE")
    assert (src(ev), tgt(ev)) == ("Germany", "Hungary")


def test_cooperation_partner_below_the_object(nlps: dict[str, Any]) -> None:
    body = "Japan said it was sharing tracking data on the vessels with the US military."
    (ev,) = of_type(run(nlps, "en", body), "COOPERATE")
    assert tgt(ev) == "United States"


def test_pronoun_object_of_a_coordinated_verb_en(nlps: dict[str, Any]) -> None:
    body = "Kenya accused the Somali government of harbouring militants and urged it to act."
    (ev,) = of_type(run(nlps, "en", body), "REQUEST")
    assert tgt(ev) == "Somalia"


def test_pronoun_object_of_a_coordinated_verb_fr(nlps: dict[str, Any]) -> None:
    body = "Le président chilien s'est entretenu avec Petro par téléphone et l'a exhorté à éviter toute escalade."
    (ev,) = of_type(run(nlps, "fr", body), "REQUEST")
    assert tgt(ev) == "Petro"


def test_target_after_a_prepositional_locution(nlps: dict[str, Any]) -> None:
    body = "L'Union européenne a imposé des sanctions à l'encontre du Nicaragua."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "Nicaragua"
    body = "L'UE a adopté des sanctions à l'encontre de responsables iraniens."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert tgt(ev) == "Iran"


def test_relief_with_military_helicopters_is_aid(nlps: dict[str, Any]) -> None:
    body = "Le Japon a envoyé en Indonésie des équipes de secours et trois hélicoptères militaires."
    events = run(nlps, "fr", body)
    (ev,) = of_type(events, "AID")
    assert tgt(ev) == "Indonesia"
    assert not of_type(events, "MOBILIZE")


def test_military_helicopters_alone_stay_mobilize(nlps: dict[str, Any]) -> None:
    events = run(nlps, "fr", "Paris a envoyé deux hélicoptères militaires au Niger.")
    assert of_type(events, "MOBILIZE") and not of_type(events, "AID")


# --- places -----------------------------------------------------------------------------------------------


def test_withdrawal_origin_not_destination(nlps: dict[str, Any]) -> None:
    body = "The army said it had pulled its remaining troops out of Malakal to a base in Renk."
    (ev,) = of_type(run(nlps, "en", body), "RETREAT")
    assert locs(ev) == ["Malakal"]


def test_withdrawal_origin_fr(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La France a retiré ses soldats de Ménaka vers Gao."), "RETREAT")
    assert locs(ev) == ["Ménaka"]


def test_venue_of_the_boycotted_meeting(nlps: dict[str, Any]) -> None:
    body = "Le ministre avait boycotté en mars la réunion des ministres du G7 organisée à Kananaskis."
    (ev,) = of_type(run(nlps, "fr", body), "SANCTION")
    assert locs(ev) == ["Kananaskis"]


def test_venue_of_the_summit_in_a_relative(nlps: dict[str, Any]) -> None:
    body = "Le Brésil ne participera pas au sommet de l'OTAN qui s'ouvre lundi à Vilnius."
    (ev,) = of_type(run(nlps, "fr", body), "CONSULT")
    assert locs(ev) == ["Vilnius"]


def test_name_with_settlement_appositive_is_a_place(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement a imposé un couvre-feu à Green River, ville du nord touchée par les pillages."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert locs(ev) == ["Green River"]
    assert tgt(ev) is None


def test_name_with_geographic_word_is_a_place(nlps: dict[str, Any]) -> None:
    body = "La police a interpellé une dizaine de personnes soupçonnées de vol à Morgan Bay."
    (ev,) = of_type(run(nlps, "fr", body), "COERCE")
    assert locs(ev) == ["Morgan Bay"]
    assert tgt(ev) is None


def test_unknown_town_on_the_object(nlps: dict[str, Any]) -> None:
    body = "Two people were killed when police dispersed a rally in Mzuzu."
    (ev,) = of_type(run(nlps, "en", body), "COERCE")
    assert locs(ev) == ["Mzuzu"]


# --- quantities -------------------------------------------------------------------------------------------


def test_toll_participle_below_a_relative(nlps: dict[str, Any]) -> None:
    body = "Navy ships destroyed a vessel that officials said belonged to a cartel, killing 6 people on board."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert qty(ev) == [(6, "people")]


def test_subcount_is_not_a_second_toll(nlps: dict[str, Any]) -> None:
    body = "Soldiers opened fire on protesters, killing at least 14 people, including two children."
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert qty(ev) == [(14, "people")]


def test_when_clause_attack_takes_the_toll_clause(nlps: dict[str, Any]) -> None:
    body = ("At least four people were killed on Monday in Garoua when Cameroonian police opened fire on "
            "protesters in the Bibemi district.")
    (ev,) = of_type(run(nlps, "en", body), "ASSAULT")
    assert (qty(ev), locs(ev)) == ([(4, "people")], ["Bibemi", "Garoua"])
    assert ev["time"] is not None


def test_lorsque_clause_attack_takes_the_toll_clause(nlps: dict[str, Any]) -> None:
    body = ("Au moins quatre personnes ont été tuées lundi à Garoua lorsque les soldats camerounais ont attaqué "
            "un marché.")
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert (qty(ev), locs(ev)) == ([(4, "people")], ["Garoua"])


def test_ministers_counted_when_arrested(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "fr", "La police a arrêté deux ministres de l'ancien gouvernement."), "COERCE")
    assert qty(ev) == [(2, "people")]


def test_ministers_not_counted_when_they_act(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "The two ministers met in Oslo on Monday."), "CONSULT")
    assert qty(ev) == []


def test_team_of_experts_sent_as_aid(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Britain dispatched a team of 15 experts to the flooded province."), "AID")
    assert qty(ev) == [(15, "people")]


# --- shooting and arson idioms ----------------------------------------------------------------------------


def test_opened_fire_is_an_attack(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Nigerian police opened fire on protesters in Lagos."), "ASSAULT")
    assert (src(ev), locs(ev)) == ("Nigeria", ["Lagos"])
    assert not run(nlps, "en", "Kenya opened a new embassy in Lagos.")


def test_ouvrir_le_feu_is_an_attack(nlps: dict[str, Any]) -> None:
    body = "Des policiers camerounais ont ouvert le feu sur des manifestants à Douala."
    (ev,) = of_type(run(nlps, "fr", body), "ASSAULT")
    assert src(ev) == "Cameroon"
    assert not run(nlps, "fr", "Le club camerounais a ouvert la saison par une victoire à Douala.")


def test_set_fire_to_is_an_attack(nlps: dict[str, Any]) -> None:
    (ev,) = of_type(run(nlps, "en", "Kenyan protesters set fire to a police station in Nairobi."), "ASSAULT")
    assert locs(ev) == ["Nairobi"]
    assert not run(nlps, "en", "The Kenyan firm set up a new office in Nairobi.")


def test_embassy_state_is_the_protest_target(nlps: dict[str, Any]) -> None:
    body = "Hundreds of people rallied outside the Russian embassy in Vilnius on Sunday."
    (ev,) = of_type(run(nlps, "en", body), "PROTEST")
    assert tgt(ev) == "Russia"
    body = "Quelque trois cents personnes ont manifesté devant l'ambassade de Chine à Berne."
    (ev,) = of_type(run(nlps, "fr", body), "PROTEST")
    assert tgt(ev) == "China"
