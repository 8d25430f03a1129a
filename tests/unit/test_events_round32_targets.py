"""Targets of reactions and speech acts: the party a warning, a denial, an accusation, a welcome or an aid answers,
found where the parser hangs it or in the sentences before. Sentences are written for the tests (not taken from
eval/events)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run


def _targets(ev: dict[str, Any]) -> set[str]:
    tgt = ev["actors"]["target"] or {}
    return {n for n in (tgt.get("normalized"), tgt.get("text")) if n}


def _targeted(evs: list[dict[str, Any]], name: str) -> bool:
    return any(name in _targets(ev) for ev in evs)


def test_if_clause_hung_on_object_fr(nlps: dict[str, Any]) -> None:
    body = ("Le président zambien a dénoncé l'incident. "
            "Il a averti que la Zambie suspendrait les échanges commerciaux si le Malawi refusait la médiation.")
    evs = of_type(run(nlps, "fr", body), "THREATEN")
    assert evs and _targeted(evs, "Malawi")


def test_promised_response_answers_act_en(nlps: dict[str, Any]) -> None:
    body = ("Canada imposed sanctions on four Iranian banks on Monday.\n"
            "Tehran condemned the move and vowed to respond.")
    evs = [e for e in run(nlps, "en", body) if e["trigger"]["text"] == "vowed"]
    assert evs and _targeted(evs, "Canada")


def test_talks_partner_below_medium_fr(nlps: dict[str, Any]) -> None:
    body = "Le président ghanéen John Mahama s'est entretenu dimanche soir au téléphone avec son homologue Bola Tinubu."
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and _targeted(evs, "Bola Tinubu")


def test_rejected_account_answers_its_teller_en(nlps: dict[str, Any]) -> None:
    body = ("Police killed two miners near Oruro on Monday.\n"
            "Interior Minister Carlos Mendoza said the officers had acted in self-defence. "
            "The Miners Federation rejected that account.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and _targeted(evs, "Carlos Mendoza")


def test_ministry_with_no_nationality_is_home_state_en(nlps: dict[str, Any]) -> None:
    body = ("A Chinese coast guard vessel rammed a Vietnamese fishing boat near the Paracel Islands.\n"
            "The Ministry of Foreign Affairs summoned the Chinese ambassador in Hanoi on Tuesday.\n"
            "Beijing rejected the account.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and _targeted(evs, "Vietnam")


def test_accused_crew_of_seized_boat_en(nlps: dict[str, Any]) -> None:
    body = "The Ghanaian navy arrested 12 Togolese fishermen off Keta, accusing the crews of using illegal nets."
    evs = [e for e in of_type(run(nlps, "en", body), "ACCUSE") if e["trigger"]["text"] == "accusing"]
    assert evs and _targeted(evs, "Togo")


def test_condemned_seizure_told_before_en(nlps: dict[str, Any]) -> None:
    body = ("The Senegalese navy seized two Gambian trawlers on Monday.\n"
            "Gambia's foreign minister condemned the seizure as illegal.")
    evs = [e for e in of_type(run(nlps, "en", body), "ACCUSE") if e["trigger"]["text"] == "condemned"]
    assert evs and _targeted(evs, "Senegal")


def test_welcomed_reinforcements_fr(nlps: dict[str, Any]) -> None:
    body = ("Le Rwanda a annoncé jeudi l'envoi de 800 soldats au Mozambique.\n"
            "Maputo a salué ce renfort.")
    evs = of_type(run(nlps, "fr", body), "SUPPORT")
    assert evs and _targeted(evs, "Rwanda")


def test_group_denies_own_state_charge_en(nlps: dict[str, Any]) -> None:
    body = ("The Lebanese army accused Hezbollah of firing rockets from a village near Tyre.\n"
            "Hezbollah denied the accusation.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and _targeted(evs, "Lebanon")


def test_aid_after_support_fr(nlps: dict[str, Any]) -> None:
    body = ("La Lituanie et la Lettonie ont exprimé leur soutien à Varsovie, et l'Allemagne a annoncé l'envoi "
            "de 200 gardes-frontières.")
    evs = of_type(run(nlps, "fr", body, title="La Lituanie renforce sa frontière"), "AID")
    assert evs and _targeted(evs, "Poland")


def test_funds_destined_to_party_fr(nlps: dict[str, Any]) -> None:
    body = "Bruxelles pourrait geler une partie des fonds de cohésion destinés à la Hongrie si la loi était adoptée."
    evs = of_type(run(nlps, "fr", body), "SANCTION")
    assert evs and _targeted(evs, "Hungary")


def test_denial_tagged_as_noun_in_relative_fr(nlps: dict[str, Any]) -> None:
    body = "Ottawa accuse l'Inde d'avoir financé des réseaux criminels, ce que le gouvernement indien conteste."
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and _targeted(evs, "Canada")


def test_results_rejected_by_opposition_fr(nlps: dict[str, Any]) -> None:
    body = ("La commission électorale du Gabon a proclamé lundi la victoire du président sortant.\n"
            "L'opposant Jean Ping a rejeté les résultats et appelé à manifester.")
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and _targeted(evs, "Gabon")


def test_own_nationality_is_no_partner_fr(nlps: dict[str, Any]) -> None:
    body = ("Le ministre néerlandais de la Défense, Ruben Brekelmans, doit s'entretenir lundi à Oslo "
            "avec ses homologues nordiques.")
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and not _targeted(evs, "The Netherlands")


def test_rejected_protest_answers_envoy_summons_en(nlps: dict[str, Any]) -> None:
    body = ("The Senegalese navy seized two Gambian trawlers on Monday.\n"
            "Gambia summoned Senegal's ambassador on Tuesday.\n"
            "Mauritania accused Senegal of ignoring a regional fishing accord.\n"
            "Dakar rejected the protest.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and _targeted(evs, "Gambia")


def test_person_named_by_the_model_answers_for_home_state_en(nlps: dict[str, Any]) -> None:
    body = ("Rebel leader Samuel Dako accused the Liberian government of stalling the peace talks.\n"
            "He warned that his movement would take up arms again if Monrovia failed to act.\n"
            "Prime Minister Peter Okoye rejected the ultimatum on Wednesday.")
    evs = of_type(run(nlps, "en", body), "REJECT")
    assert evs and _targeted(evs, "Samuel Dako")


def test_threat_coordinated_with_charge_en(nlps: dict[str, Any]) -> None:
    body = ("Guyana on Tuesday accused Venezuela of blocking talks on the river border and threatened to take "
            "the dispute to the World Court.")
    evs = of_type(run(nlps, "en", body), "THREATEN")
    assert evs and _targeted(evs, "Venezuela")


def test_demand_coordinated_with_summons_fr(nlps: dict[str, Any]) -> None:
    body = "Le ministère estonien des Affaires étrangères a convoqué l'ambassadeur russe et exigé des explications."
    evs = of_type(run(nlps, "fr", body), "REQUEST")
    assert evs and _targeted(evs, "Russia")
