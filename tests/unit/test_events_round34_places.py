"""Places and sources: French gulfs and straits named after "de" take their English name, the Mediterranean
written alone, hyphenated surnames the model splits, titles and honorifics tagged inside a person's name, a pronoun
after a sentence whose subject the parse lost, the forces of a territory the dictionaries lack, the capital a
mission is sent to, the town of the subject ("the embassy in X protested") and towns marched through. Sentences
are written for the tests (not taken from eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def _places(ev: dict[str, Any]) -> list[str]:
    return [p["normalized"] or p["text"] for p in ev["location"]]


def test_golfe_de_takes_english_name_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "La marine hondurienne a arraisonné deux bateaux de pêche dans le golfe de Fonseca."),
                  "COERCE")
    assert evs and "Gulf of Fonseca" in _places(evs[0])


def test_mediterranee_alone_is_the_sea_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Les garde-côtes italiens ont saisi un chalutier en Méditerranée."), "COERCE")
    assert evs and "Mediterranean Sea" in _places(evs[0])


def test_hyphenated_surname_kept_whole_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "Lundi, la ministre Naledi Mogae-Khama a dénoncé les attaques."), "ACCUSE")
    assert evs and src(evs[0]) == "Naledi Mogae-Khama"


def test_honorific_not_in_name_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "The minister said he had spoken with Emir Tamim Al Thani about the border."),
                  "CONSULT")
    assert evs and tgt(evs[0]) == "Tamim Al Thani"


def test_spokesman_title_not_in_name_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Spokeswoman Irina Volkova accused Warsaw of provoking the crisis."), "ACCUSE")
    assert evs and src(evs[0]) == "Irina Volkova"


def test_pronoun_after_sentence_without_parsed_subject_fr(nlps: dict[str, Any]) -> None:
    body = ("Banjul a démenti toute faute de ses soldats. Lundi, à Dakar, la présidente Amina Sow-Diallo, qui a "
            "annoncé le déploiement de 400 soldats le long de la frontière. Elle a averti que le pays suspendrait "
            "la coopération si la Gambie refusait l'enquête.")
    evs = of_type(run(nlps, "fr", body), "THREATEN")
    assert evs and src(evs[0]) == "Amina Sow-Diallo"


def test_pronoun_keeps_speaker_when_state_is_content_fr(nlps: dict[str, Any]) -> None:
    body = ("La Première ministre, Ilze Ozola, a déclaré que la Lettonie ne fermerait pas sa frontière. "
            "Elle a toutefois averti que Riga suspendrait le transit si les incidents continuaient.")
    evs = of_type(run(nlps, "fr", body), "THREATEN")
    assert evs and src(evs[0]) == "Ilze Ozola"


def test_forces_of_a_territory_are_the_territory_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Jubaland forces attacked the town of Dolow on Monday."), "ASSAULT")
    assert evs and src(evs[0]) == "Jubaland"


def test_sentence_initial_common_word_is_no_group_name_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Jihadist fighters killed 12 villagers near the border on Sunday."), "ASSAULT")
    assert evs and src(evs[0]) != "Jihadist fighters"


def test_mission_sent_to_capital_is_its_place_fr(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "fr", "L'Union africaine a annoncé l'envoi d'une mission d'enquête à Bangui."), "CONSULT")
    assert evs and "Bangui" in _places(evs[0])



def test_town_of_the_subject_is_the_place_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Kenya's embassy in Kampala protested the arrests."), "ACCUSE")
    assert evs and _places(evs[0]) == ["Kampala"]


def test_marched_through_town_tagged_person_en(nlps: dict[str, Any]) -> None:
    evs = of_type(run(nlps, "en", "Around 3,000 miners marched through Colquiri on Friday."), "PROTEST")
    assert evs and _places(evs[0]) == ["Colquiri"]
