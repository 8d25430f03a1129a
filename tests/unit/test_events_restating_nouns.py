"""One word list of nouns that restate the clause before them in an apposition ("…, un bilan contesté par le
gouvernement", "…, a charge denied by X"): the reaction on the noun answers that clause, and its agent is the one
who reacts, not the speaker of the clause. Session 15 merged `answered_act_nouns` into `restating_nouns`; "bilan"
was only in the second, so a disputed toll was read as the UN's own rejection. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

from tests.unit.events_harness import of_type, run, src

_CONTEXT = ("Des milliers de manifestants ont défilé samedi à Antananarivo contre le président malgache. "
            "Les forces de l'ordre ont dispersé la foule à coups de gaz lacrymogène. ")


def test_a_disputed_toll_is_rejected_by_the_government_not_by_the_speaker(nlps: dict[str, Any]) -> None:
    body = _CONTEXT + ("Les Nations unies ont affirmé que la répression avait fait au moins 22 morts depuis le "
                       "25 septembre, un bilan contesté par le gouvernement.")
    evs = of_type(run(nlps, "fr", body), "REJECT")
    assert evs and src(evs[0]) == "Madagascar"
    assert not evs[0].get("reported_by")
