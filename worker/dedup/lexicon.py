"""Small word lists (French + English) used by the heuristics. Lower-cased."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    le la les l un une des du de d au aux à a et ou mais donc or ni car que qu qui quoi dont où ce cet cette
    ces ça cela il ils elle elles on nous vous je j tu se s sa son ses leur leurs lui y en ne n pas plus
    est sont été être avait ont avoir fait par pour sur sous dans avec sans entre vers chez comme si
    tout tous toute toutes aussi très déjà encore même autre autres
    the a an and or but of to in on at by for with from as is are was were be been being has have had
    it its this that these those he she they them his her their we our you your i not no than then
    also into over after before about which who whom what when where while said says
    will would could should may might must can shall until unless more most some any there here so just
    only further
    """
)

NEGATIONS = _words(
    # "n't" is tokenized as "don" + "t": the stem and the "t" are both cues.
    """
    ne n pas jamais aucun aucune rien ni nullement guère non sans
    not no never none nothing nobody neither nor without unless cannot t don didn doesn isn wasn aren weren
    hasn haven hadn shouldn wouldn couldn won
    """
)

DATE_WORDS = _words(
    """
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    hier aujourd demain veille lendemain matin soir semaine mois année week month year weekend
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    yesterday today tomorrow tonight morning evening
    """
)

# Verbs whose meaning is a negation: "a exclu" ~ "ne pourrait pas", "n'a pas exclu" ~ "pourrait".
# Matched on 5-character stems (see paraphrase.py); polarity = parity of cues.
NEGATIVE_VERB_STEMS = _words(
    """
    exclu nie nié niait démen dément refus rejet
    denie denyi deny refus rejec
    """
)
# The negation particle: "ne ... pas" counts once (on "ne"/"n"), "pas" alone (spoken French) counts once.
NEGATION_PARTICLES_FR = frozenset({"ne", "n"})
NEGATION_SECOND_FR = frozenset({"pas", "jamais", "rien", "aucun", "aucune", "plus", "guère", "nullement", "personne"})
