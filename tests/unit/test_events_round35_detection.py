"""Detection, type and mode: an infinitive the parser hung on a date word, subjects that stand for the speaker's
state ("son pays", "nous", "la patrouille", "his government", a state's "it", "her government" after its leader), an
accusation on expelled diplomats, a banned word of a coordinated verb, the content of denied reports, a pronoun
resolved to a town in a crowd's phrase, "stand with", patrols reinforced, the actor of a plan noun, "exclure" with
an infinitive, "prête à faciliter une rencontre", a commission convened, state vessels leaving a zone, supporters
of a political movement marching (their demand is the protest's aim), a dispute taken to court and no aid
without a giver, a receiver or a sum. Sentences are written for the tests (not taken from eval/events); two tests
guard against over-firing (a passive "we", people arrested on suspicion)."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src, tgt


def test_offer_with_date_before_infinitive_fr(nlps: dict[str, Any]) -> None:
    body = "Le Bhoutan a proposé vendredi d'ouvrir des consultations avec le Népal."
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and src(evs[0]) == "Bhutan" and evs[0]["mode"] == "possible"


def test_own_country_retaliates_fr(nlps: dict[str, Any]) -> None:
    body = "Le président sénégalais a prévenu que son pays riposterait si ses soldats étaient encore visés."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and src(evs[0]) == "Senegal" and evs[0]["mode"] == "conditional"


def test_unnamed_patrol_of_speaker_fr(nlps: dict[str, Any]) -> None:
    body = "Accra a affirmé que la patrouille avait riposté à des tirs venus de la rive."
    evs = of_type(run(nlps, "fr", body), "ASSAULT")
    assert evs and src(evs[0]) == "Ghana"


def test_passive_we_is_no_source_en(nlps: dict[str, Any]) -> None:
    body = "\"We will not be threatened,\" the Estonian foreign minister told reporters."
    assert not any(src(e) == "Estonia" for e in of_type(run(nlps, "en", body), "THREATEN"))


def test_patrols_reinforced_by_speaker_fr(nlps: dict[str, Any]) -> None:
    body = "Selon le ministre chilien de la Défense, les patrouilles dans la baie seront renforcées."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Chile"


def test_expelled_diplomats_accused_fr(nlps: dict[str, Any]) -> None:
    body = "L'Estonie a expulsé jeudi deux diplomates biélorusses, accusés d'avoir recruté des informateurs."
    evs = of_type(run(nlps, "fr", body), "ACCUSE")
    assert evs and src(evs[0]) == "Estonia" and tgt(evs[0]) == "Belarus"


def test_people_arrested_suspected_is_no_accusation_en(nlps: dict[str, Any]) -> None:
    body = "Police in Lima arrested nine men suspected of smuggling fuel."
    assert not of_type(run(nlps, "en", body), "ACCUSE")


def test_deployment_then_flag_raised_en(nlps: dict[str, Any]) -> None:
    body = "Tanzania's army deployed 50 soldiers to the islet on Friday and raised its flag over the jetty."
    evs = of_type(run(nlps, "en", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Tanzania"


def test_denied_reports_content_en(nlps: dict[str, Any]) -> None:
    body = "Armenian officials denied reports that Yerevan had arrested 12 Azerbaijani shepherds."
    evs = run(nlps, "en", body)
    assert of_type(evs, "REJECT") and not of_type(evs, "COERCE")


def test_pronoun_of_crowd_in_capital_en(nlps: dict[str, Any]) -> None:
    body = "Teachers in Lusaka said they would march to the ministry on Friday if their pay was not raised."
    evs = run(nlps, "en", body)
    assert of_type(evs, "PROTEST") and not of_type(evs, "ACCUSE")


def test_stand_with_is_support_en(nlps: dict[str, Any]) -> None:
    body = "Norway stands with the people of Moldova, the Norwegian foreign minister said."
    assert of_type(run(nlps, "en", body), "SUPPORT")


def test_troops_reinforced_is_mobilize_fr(nlps: dict[str, Any]) -> None:
    body = "La Grèce renforcera ses troupes à la frontière."
    evs = of_type(run(nlps, "fr", body), "MOBILIZE")
    assert evs and src(evs[0]) == "Greece"


def test_patrols_reinforced_is_mobilize_en(nlps: dict[str, Any]) -> None:
    body = "The Philippine navy reinforced its patrols off the coast."
    assert of_type(run(nlps, "en", body), "MOBILIZE")


def test_no_plans_to_attack_en(nlps: dict[str, Any]) -> None:
    body = "Eritrea had no plans to attack the port of Assab, its information minister said."
    evs = of_type(run(nlps, "en", body), "ASSAULT")
    assert evs and src(evs[0]) == "Eritrea" and evs[0]["mode"] == "negated"


def test_not_ruling_out_recall_fr(nlps: dict[str, Any]) -> None:
    body = "Rome n'a pas exclu de rappeler son ambassadeur à Tunis."
    evs = run(nlps, "fr", body)
    sanctions = of_type(evs, "SANCTION")
    assert sanctions and all(e["mode"] == "possible" for e in sanctions)


def test_ruling_out_talks_is_rejection_fr(nlps: dict[str, Any]) -> None:
    body = "Le gouvernement malien a exclu de négocier avec les rebelles."
    evs = run(nlps, "fr", body)
    assert of_type(evs, "REJECT") and not of_type(evs, "SANCTION")


def test_ready_to_facilitate_meeting_fr(nlps: dict[str, Any]) -> None:
    body = "L'Union africaine s'est dite prête à faciliter une rencontre entre les deux présidents."
    evs = of_type(run(nlps, "fr", body), "CONSULT")
    assert evs and evs[0]["mode"] == "possible"


def test_convene_commission_is_consult_en(nlps: dict[str, Any]) -> None:
    body = "ASEAN offered to convene a joint border commission next month."
    assert of_type(run(nlps, "en", body), "CONSULT")


def test_state_vessels_left_zone_en(nlps: dict[str, Any]) -> None:
    body = "The three Russian vessels left the Norwegian zone on Sunday."
    assert of_type(run(nlps, "en", body), "RETREAT")


def test_supporters_of_political_movement_march_en(nlps: dict[str, Any]) -> None:
    body = ("Riot police in Fiji used tear gas against hundreds of supporters of the Green Land Movement who marched"
            " on parliament in Suva.")
    assert of_type(run(nlps, "en", body), "PROTEST")


def test_dispute_taken_to_court_is_accuse_en(nlps: dict[str, Any]) -> None:
    body = "Chile will take the dispute to the International Court of Justice."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and src(evs[0]) == "Chile"


def test_his_government_is_speakers_state_en(nlps: dict[str, Any]) -> None:
    body = "Peru's president said his government would bring the case before the international tribunal."
    evs = of_type(run(nlps, "en", body), "ACCUSE")
    assert evs and src(evs[0]) == "Peru"


def test_state_said_it_was_ready_to_host_en(nlps: dict[str, Any]) -> None:
    body = "Kenya said it was ready to host a meeting of the two foreign ministers in Nairobi."
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and src(evs[0]) == "Kenya" and evs[0]["mode"] == "possible"


def test_her_government_after_named_leader_en(nlps: dict[str, Any]) -> None:
    body = ("Namibia's President Netumbo Nandi-Ndaitwah said the fishermen would be freed soon. "
            "Her government also offered to hold talks on the river with its neighbour.")
    evs = of_type(run(nlps, "en", body), "CONSULT")
    assert evs and src(evs[0]) == "Namibia"


def test_crowd_demanding_is_the_protest_en(nlps: dict[str, Any]) -> None:
    body = "Around 500 teachers marched through Lusaka on Friday demanding that the government raise their pay."
    evs = run(nlps, "en", body)
    assert of_type(evs, "PROTEST") and not of_type(evs, "REQUEST")


def test_aid_needs_a_giver_or_receiver_en(nlps: dict[str, Any]) -> None:
    body = "Its forests provide about a third of export earnings."
    assert not of_type(run(nlps, "en", body), "AID")
