"""Writes articles_heldout4.jsonl and labels_heldout4.json (this folder) from the hand-written text below.

Held-out set #4, written by reading docs/dedup.md ("Units and kinds", "How each kind is decided"), the
README, build script, validator and label file of set #3 (eval/dedup/blind/), eval/dedup/score_dedup.py and
worker/text/segment.py only, before any run of the deduplicator on it; it follows set #3's conventions.
Every paragraph carries a comment saying what it is; units not listed in LABELS are NOT repeats (hard
negatives are listed in HARD_NEGATIVES for the record only).
Stories, people, companies, the cheese dairy and the hackers are invented (real institutions, towns and
regions aside).
Run: .venv/bin/python eval/dedup/blind/build_heldout4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blindset import write_set  # noqa: E402

ARTICLES: list[dict] = [
    # ------------------------------------------------------------------ listeria recall (FR), Monday morning
    {
        "id": "fr-r1", "source": "afp", "language": "fr",
        "title": "Listériose : rappel national de fromages après 9 cas, dont 2 mortels",
        "paragraphs": [
            # 0 wire lede
            "Un rappel national de fromages au lait cru fabriqués par la fromagerie Lacombe, à Chaux-des-Prés "
            "(Doubs), a été lancé lundi après la détection de 9 cas de listériose, dont 2 mortels, potentiellement "
            "liés à leur consommation, a annoncé la Direction générale de la santé (DGS).",
            # 1 wire, two sentences (sentence 1 is repeated alone by fr-r4/10)
            "Les produits concernés sont des tommes et des morbiers vendus entre le 2 et le 28 octobre dans "
            "plusieurs enseignes de la grande distribution, notamment Carrefour, Leclerc et Intermarché. La liste "
            "complète des lots rappelés est disponible sur le site officiel Rappel Conso.",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after the short one)
            "« Il ne faut en aucun cas consommer ces fromages, même cuits »",
            # 3 wire quote, two sentences
            "« Il ne faut en aucun cas consommer ces fromages, même cuits, et les personnes qui en ont chez elles "
            "doivent les rapporter en magasin », a insisté le directeur général de la santé, Antoine Delmas, sur "
            "RTL. « Les femmes enceintes et les personnes âgées sont particulièrement exposées. »",
            # 4 wire, two sentences
            "Parmi les 9 malades, âgés de 41 à 88 ans, 7 ont été hospitalisés. Les deux personnes décédées "
            "résidaient dans le Doubs et dans le Jura.",
            # 5 wire
            "La listériose est une infection d’origine alimentaire rare mais grave, dont la période d’incubation "
            "peut atteindre huit semaines, ce qui complique l’identification des cas.",
            # 6 wire
            "Des analyses réalisées par les services vétérinaires ont mis en évidence la présence de la bactérie "
            "Listeria monocytogenes dans des échantillons prélevés sur le site de production.",
            # 7 wire
            "La fromagerie, qui emploie 45 salariés, a suspendu sa production et s’est engagée à coopérer "
            "pleinement avec les autorités sanitaires.",
            # 8 wire (its negation-polarity twin comes in fr-r4/6)
            "La préfecture du Doubs n’a pas ordonné la fermeture administrative du site à ce stade.",
            # 9 in-article paraphrase of ¶6 (attribution moved to the front, other words)
            "Selon les services vétérinaires, la bactérie a été retrouvée dans des prélèvements effectués dans "
            "l’usine de la fromagerie.",
            # 10 wire
            "Les consommateurs présentant de la fièvre, isolée ou accompagnée de maux de tête, dans les huit "
            "semaines suivant la consommation de ces produits sont invités à consulter leur médecin traitant.",
        ],
    },
    {
        "id": "fr-r2", "source": "estrepublicain", "language": "fr",
        "title": "Fromages rappelés dans le Doubs : « Il ne faut en aucun cas consommer ces fromages »",
        "paragraphs": [
            # 0 heading "Topic : « quote »" quoting the start of fr-r1/3 sentence 0 (first carrier fr-r1/3,
            #   not the in-article pull quote fr-r1/2, which is itself a repeat)
            "Listériose : « Il ne faut en aucun cas consommer ces fromages »",
            # 1 near copy of fr-r1/0 ("lancé" -> "déclenché")
            "Un rappel national de fromages au lait cru fabriqués par la fromagerie Lacombe, à Chaux-des-Prés "
            "(Doubs), a été déclenché lundi après la détection de 9 cas de listériose, dont 2 mortels, "
            "potentiellement liés à leur consommation, a annoncé la Direction générale de la santé (DGS).",
            # 2 update of fr-r1/1 (sales period corrected: 28 -> 31 octobre; both sentences otherwise the same)
            "Les produits concernés sont des tommes et des morbiers vendus entre le 2 et le 31 octobre dans "
            "plusieurs enseignes de la grande distribution, notamment Carrefour, Leclerc et Intermarché. La liste "
            "complète des lots rappelés est disponible sur le site officiel Rappel Conso.",
            # 3 new (local colour), two sentences; repeated verbatim in ¶9 (CMS duplicate)
            "À Chaux-des-Prés, village de 600 habitants où la fromagerie est installée depuis 1962, la nouvelle a "
            "été accueillie avec consternation. « Tout le monde ici connaît quelqu’un qui y travaille », confie "
            "une habitante.",
            # 4 paraphrase of fr-r1/7 (reordered, "emploie 45 salariés" -> "où travaillent 45 personnes",
            #   "s’est engagée à coopérer pleinement" -> "ont promis leur entière coopération")
            "Le site de production, où travaillent 45 personnes, est à l’arrêt, et ses dirigeants ont promis leur "
            "entière coopération aux autorités sanitaires.",
            # 5 one-sentence paragraph = fr-r1/3 sentence 1 (pull quote) -> contained in fr-r1/3
            "« Les femmes enceintes et les personnes âgées sont particulièrement exposées »",
            # 6 hard negative: same actor (the dairy), other fact
            "La fromagerie Lacombe avait reçu en 2022 une médaille d’or au Concours général agricole pour son "
            "morbier au lait cru.",
            # 7 near copy of fr-r1/5 ("grave" -> "sévère")
            "La listériose est une infection d’origine alimentaire rare mais sévère, dont la période d’incubation "
            "peut atteindre huit semaines, ce qui complique l’identification des cas.",
            # 8 exact copy of fr-r1/8 (straight apostrophe)
            "La préfecture du Doubs n'a pas ordonné la fermeture administrative du site à ce stade.",
            # 9 CMS duplicate of ¶3 (same article, identical) -> exact of fr-r2/3
            "À Chaux-des-Prés, village de 600 habitants où la fromagerie est installée depuis 1962, la nouvelle a "
            "été accueillie avec consternation. « Tout le monde ici connaît quelqu’un qui y travaille », confie "
            "une habitante.",
        ],
    },
    # ------------------------------------------------------------------ hospital cyberattack (EN), Monday
    {
        "id": "en-k1", "source": "reuters", "language": "en",
        "title": "Ransomware attack forces English hospital trust to cancel 1,200 appointments",
        "paragraphs": [
            # 0 wire lede
            "A ransomware attack on Severn Valley Hospitals NHS Foundation Trust has forced the cancellation of "
            "more than 1,200 operations and outpatient appointments since Friday, the trust said on Monday, as "
            "staff reverted to pen and paper.",
            # 1 wire
            "The trust, which runs three hospitals in Worcestershire and Shropshire, said its emergency "
            "departments remained open but urged patients to attend only if their condition was serious.",
            # 2 wire quote, two sentences
            "\"This is a serious incident and we are working around the clock with the National Cyber Security "
            "Centre to restore our systems safely,\" chief executive Helen Marsh said in a statement. \"Patient "
            "safety remains our absolute priority.\"",
            # 3 wire
            "Blood test results, X-ray images and electronic prescriptions were among the systems affected, "
            "according to an internal memo seen by Reuters.",
            # 4 wire
            "A criminal group calling itself Nightfall claimed responsibility for the attack on a dark web site "
            "on Sunday and threatened to publish 400 gigabytes of patient data unless a ransom was paid.",
            # 5 wire (negation on both clauses)
            "The trust said it had not paid a ransom and would not do so, in line with government guidance.",
            # 6 wire
            "The National Crime Agency said it had opened an investigation and was working with the trust.",
            # 7 wire (its opposite comes in en-k3/3)
            "It was not yet known whether patient data had been stolen, the trust said.",
            # 8 wire
            "A spokesperson for the Department of Health and Social Care said ministers were being kept "
            "informed.",
            # 9 in-article paraphrase of ¶3 (the systems become the object, attribution to the memo at the end)
            "The attack hit the systems used for blood tests, X-rays and electronic prescriptions, the internal "
            "memo showed.",
        ],
    },
    # ------------------------------------------------------------------ listeria recall (FR), Monday evening
    {
        "id": "fr-r3", "source": "franceinfo", "language": "fr",
        "title": "Fromages contaminés à la listeria : 11 cas désormais recensés",
        "paragraphs": [
            # 0 update of fr-r1/0 (9 -> 11 cas)
            "Un rappel national de fromages au lait cru fabriqués par la fromagerie Lacombe, à Chaux-des-Prés "
            "(Doubs), a été lancé lundi après la détection de 11 cas de listériose, dont 2 mortels, potentiellement "
            "liés à leur consommation, a annoncé la Direction générale de la santé (DGS).",
            # 1 exact copy of fr-r1/6 (double space, final period dropped)
            "Des analyses réalisées par les services vétérinaires ont mis en évidence la présence de la bactérie  "
            "Listeria monocytogenes dans des échantillons prélevés sur le site de production",
            # 2 paraphrase of fr-r1/3 sentence 0 (direct quote -> reported speech, attribution first)
            "Le directeur général de la santé, Antoine Delmas, a exhorté sur RTL les consommateurs à ne surtout "
            "pas manger ces fromages, même cuits, et à les rapporter au magasin s’ils en ont chez eux.",
            # 3 hard negative: same template as fr-r1/0, another dairy, another recall (past)
            "En 2022, un rappel national de fromages au lait cru fabriqués par une fromagerie de Haute-Savoie "
            "avait été lancé après la détection de 5 cas de listériose, sans décès.",
            # 4 sentence 0 new; sentence 1 exact copy of fr-r1/10 (one-sentence wire paragraph)
            "Les magasins ont été tenus de retirer immédiatement les produits de leurs rayons. Les consommateurs "
            "présentant de la fièvre, isolée ou accompagnée de maux de tête, dans les huit semaines suivant la "
            "consommation de ces produits sont invités à consulter leur médecin traitant.",
            # 5 paraphrase of fr-r1/8 (active -> passive; negation on both sides)
            "À ce stade, la fermeture administrative du site n’a pas été ordonnée par la préfecture du Doubs.",
            # 6 update of fr-r1/4 (9 -> 11 malades, 7 -> 9 hospitalisés; second sentence unchanged)
            "Parmi les 11 malades, âgés de 41 à 88 ans, 9 ont été hospitalisés. Les deux personnes décédées "
            "résidaient dans le Doubs et dans le Jura.",
            # 7 hard negative: same actor (DGS director), other fact
            "Antoine Delmas avait déjà appelé en juin les Français à la vigilance face à la hausse des cas de "
            "listériose liés aux fromages au lait cru.",
            # 8 near copy of fr-r1/7 ("suspendu" -> "arrêté")
            "La fromagerie, qui emploie 45 salariés, a arrêté sa production et s’est engagée à coopérer "
            "pleinement avec les autorités sanitaires.",
            # 9 near copy of fr-r1/5 ("potentiellement" inserted)
            "La listériose est une infection d’origine alimentaire rare mais potentiellement grave, dont la période "
            "d’incubation peut atteindre huit semaines, ce qui complique l’identification des cas.",
            # 10 hard negative: same actor (the dairy), negated, other object (vs fr-r1/7 "a suspendu sa production")
            "La fromagerie n’a pas suspendu sa production de comté, qui n’est pas concernée par le rappel.",
        ],
    },
    {
        "id": "en-k2", "source": "bbc", "language": "en",
        "title": "Severn Valley hospitals cyber attack: operations cancelled",
        "paragraphs": [
            # 0 heading "Topic: quote" = en-k1/2 sentence 1 (the whole short quote)
            "Hospital cyber attack: \"Patient safety remains our absolute priority\"",
            # 1 near copy of en-k1/0 ("has forced the cancellation" -> "has led to the cancellation")
            "A ransomware attack on Severn Valley Hospitals NHS Foundation Trust has led to the cancellation of "
            "more than 1,200 operations and outpatient appointments since Friday, the trust said on Monday, as "
            "staff reverted to pen and paper.",
            # 2 new (local colour, a patient's quote), two sentences
            "\"I had been waiting eight months for my hip operation and they rang me on Saturday to cancel it,\" "
            "said Margaret Hill, 67, from Kidderminster. \"Nobody could tell me when it would be rescheduled.\"",
            # 3 exact copy of en-k1/2 (typographic quotes)
            "“This is a serious incident and we are working around the clock with the National Cyber Security "
            "Centre to restore our systems safely,” chief executive Helen Marsh said in a statement. “Patient "
            "safety remains our absolute priority.”",
            # 4 paraphrase of en-k1/3 (reordered, "were among the systems affected" -> "systems hit include")
            "Systems hit by the attack include those used for blood test results, X-ray images and electronic "
            "prescriptions, according to an internal memo reported by Reuters.",
            # 5 hard negative: same template as en-k1/0, another (past) attack on another provider
            "A ransomware attack on a London pathology provider last year forced the cancellation of more than "
            "10,000 outpatient appointments and 1,700 operations over several months.",
            # 6 pull quote: middle part of en-k1/2 sentence 0 (no topic label)
            "\"We are working around the clock with the National Cyber Security Centre\"",
            # 7 near copy of en-k1/5 ("guidance" -> "advice")
            "The trust said it had not paid a ransom and would not do so, in line with government advice.",
            # 8 exact copy of en-k1/6
            "The National Crime Agency said it had opened an investigation and was working with the trust.",
            # 9 update of en-k1/4 (the group's claim raised: 400 -> 500 gigabytes)
            "A criminal group calling itself Nightfall claimed responsibility for the attack on a dark web site "
            "on Sunday and threatened to publish 500 gigabytes of patient data unless a ransom was paid.",
        ],
    },
    # ------------------------------------------------------------------ copper takeover bid (EN), Tuesday
    {
        "id": "en-m1", "source": "reuters", "language": "en",
        "title": "Corvane makes $8.4 billion unsolicited bid for Canada's Tahsis Mining",
        "paragraphs": [
            # 0 wire lede
            "Corvane Resources has made an unsolicited offer to buy Canadian copper miner Tahsis Mining for about "
            "$8.4 billion in cash and shares, the London-listed company said on Tuesday, seeking to expand its "
            "exposure to a metal in high demand for electrification.",
            # 1 wire
            "The offer of C$31.50 per share represents a premium of 38 percent to Tahsis's closing price on "
            "Monday, Corvane said.",
            # 2 wire
            "Tahsis said its board would review the proposal and urged shareholders to take no action.",
            # 3 wire quote, two sentences
            "\"Copper is the metal of the energy transition, and Tahsis has some of the best undeveloped deposits "
            "in the Americas,\" Corvane chief executive Pieter van Rensburg said on a call with analysts. \"We "
            "believe this is a compelling offer for Tahsis shareholders.\"",
            # 4 wire
            "Tahsis shares jumped 29 percent to C$29.40 in Toronto, while Corvane's stock fell 3.1 percent in "
            "London.",
            # 5 wire
            "The deal would need approval from Canadian regulators under the Investment Canada Act, which allows "
            "Ottawa to block foreign takeovers of companies in critical minerals.",
            # 6 wire (its negation-polarity twin comes in en-m3/5)
            "Corvane said it had not approached Tahsis's largest shareholder, the Norwegian pension fund "
            "Fjordkapital, which owns about 12 percent of the company.",
            # 7 in-article paraphrase of ¶2 (attribution moved, "urged to take no action" -> "advising not to act")
            "The Vancouver-based company's directors will study the bid, Tahsis said, advising investors not to "
            "act for now.",
            # 8 wire
            "Copper prices have risen about 20 percent this year on the London Metal Exchange, as supply "
            "disruptions at large mines have coincided with strong demand from grid and electric vehicle makers.",
        ],
    },
    # ------------------------------------------------------------------ hospital cyberattack (EN), Tuesday
    {
        "id": "en-k3", "source": "guardian", "language": "en",
        "title": "Hospital cyber-attack: 2,100 appointments now cancelled, patient data stolen",
        "paragraphs": [
            # 0 update of en-k1/0 (1,200 -> 2,100; Monday -> Tuesday)
            "A ransomware attack on Severn Valley Hospitals NHS Foundation Trust has forced the cancellation of "
            "more than 2,100 operations and outpatient appointments since Friday, the trust said on Tuesday, as "
            "staff reverted to pen and paper.",
            # 1 exact copy of en-k1/1
            "The trust, which runs three hospitals in Worcestershire and Shropshire, said its emergency "
            "departments remained open but urged patients to attend only if their condition was serious.",
            # 2 paraphrase of en-k1/4 (reordered, "claimed responsibility" -> "said it was behind",
            #   "unless a ransom was paid" -> "if it was not paid")
            "Nightfall, a criminal gang, said on a dark web site on Sunday that it was behind the attack, "
            "threatening to release 400 gigabytes of patient data if it was not paid a ransom.",
            # 3 hard negative: opposite of en-k1/7 (now confirmed), same actor
            "The trust confirmed on Tuesday that patient data had been stolen in the attack.",
            # 4 near copy of en-k1/3 ("seen by Reuters" -> "first reported by Reuters")
            "Blood test results, X-ray images and electronic prescriptions were among the systems affected, "
            "according to an internal memo first reported by Reuters.",
            # 5 sentence 0 new; sentence 1 exact copy of en-k1/6 (one-sentence wire paragraph)
            "Several GP surgeries in the area said they had been unable to obtain test results since Friday. The "
            "National Crime Agency said it had opened an investigation and was working with the trust.",
            # 6 paraphrase of en-k1/5 (guidance moved to the front, "would not do so" -> "would not pay one")
            "Following government guidance, the trust said it had not paid any ransom and would not pay one.",
            # 7 pull quote: start of en-k1/2 sentence 0 (12 words)
            "\"This is a serious incident and we are working around the clock\"",
            # 8 hard negative: same actor (Helen Marsh), other fact
            "Helen Marsh became chief executive of the trust in 2022 after running a hospital group in the North "
            "West.",
        ],
    },
    # ------------------------------------------------------------------ listeria recall (FR), Tuesday
    {
        "id": "fr-r4", "source": "lemonde", "language": "fr",
        "title": "Listériose : un troisième décès, la fromagerie Lacombe fermée",
        "paragraphs": [
            # 0 new lede (new fact: a third death)
            "Le bilan de l’épidémie de listériose liée aux fromages de la fromagerie Lacombe s’est alourdi mardi, "
            "avec un troisième décès, celui d’un homme de 79 ans dans le Jura.",
            # 1 update of fr-r1/0 and of the remembered update fr-r3/0 (14 cas, 3 mortels)
            "Un rappel national de fromages au lait cru fabriqués par la fromagerie Lacombe, à Chaux-des-Prés "
            "(Doubs), a été lancé lundi après la détection de 14 cas de listériose, dont 3 mortels, potentiellement "
            "liés à leur consommation, a annoncé la Direction générale de la santé (DGS).",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after)
            "« Nous avons toujours respecté les règles d’hygiène les plus strictes »",
            # 3 new quote, two sentences
            "« Nous avons toujours respecté les règles d’hygiène les plus strictes, et nous ne comprenons pas ce "
            "qui a pu se passer », a déclaré mardi au Monde le directeur de la fromagerie, Pascal Lacombe. « Nous "
            "pensons d’abord aux familles. »",
            # 4 paraphrase of fr-r1/5 (apposition, "peut atteindre huit semaines" -> "jusqu’à huit semaines après")
            "Infection alimentaire grave mais rare, la listériose peut se déclarer jusqu’à huit semaines après le "
            "repas, ce qui rend difficile l’identification des cas.",
            # 5 exact copy of fr-r1/7 (straight apostrophe)
            "La fromagerie, qui emploie 45 salariés, a suspendu sa production et s'est engagée à coopérer "
            "pleinement avec les autorités sanitaires.",
            # 6 hard negative: opposite polarity of fr-r1/8 (closure now ordered)
            "La préfecture du Doubs a ordonné mardi la fermeture administrative du site.",
            # 7 near copy of fr-r1/6 ("ont mis en évidence" -> "ont révélé")
            "Des analyses réalisées par les services vétérinaires ont révélé la présence de la bactérie Listeria "
            "monocytogenes dans des échantillons prélevés sur le site de production.",
            # 8 paraphrase of fr-r1/10 (reordered, "présentant de la fièvre" -> "en cas de fièvre")
            "En cas de fièvre, avec ou sans maux de tête, dans les huit semaines qui suivent la consommation de ces "
            "fromages, il est recommandé de consulter son médecin traitant.",
            # 9 hard negative: same topic and institution, other fact (national yearly figures)
            "Santé publique France avait recensé 412 cas de listériose en France en 2024, un niveau record depuis "
            "le début de la surveillance.",
            # 10 one-sentence paragraph = fr-r1/1 sentence 1 -> contained in fr-r1/1
            "La liste complète des lots rappelés est disponible sur le site officiel Rappel Conso.",
            # 11 update of fr-r1/4 and of the remembered update fr-r3/6 (14 malades, 38 ans, 11 hospitalisés,
            #   "deux" -> "trois" personnes décédées)
            "Parmi les 14 malades, âgés de 38 à 88 ans, 11 ont été hospitalisés. Les trois personnes décédées "
            "résidaient dans le Doubs et dans le Jura.",
            # 12 hard negative: same template as fr-r1/0, another product and bacterium
            "Un rappel national de steaks hachés surgelés a par ailleurs été lancé mardi après la détection de 4 "
            "cas d’infection à la bactérie Escherichia coli chez des enfants, a annoncé la DGS.",
        ],
    },
    # ------------------------------------------------------------------ copper takeover bid (EN), Tuesday afternoon
    {
        "id": "en-m2", "source": "ft", "language": "en",
        "title": "Corvane swoops on Tahsis in copper push",
        "paragraphs": [
            # 0 heading "Topic: quote" quoting the start of en-m1/3 sentence 1
            "Corvane bid: \"We believe this is a compelling offer\"",
            # 1 paraphrase of en-m1/0 (attribution first, "offer to buy" -> "approach", reordered)
            "London-listed Corvane Resources said on Tuesday it had made an unsolicited cash-and-shares approach "
            "worth about $8.4 billion for Tahsis Mining, the Canadian copper producer, as it seeks more exposure to "
            "a metal in high demand for electrification.",
            # 2 exact copy of en-m1/1 (typographic apostrophe)
            "The offer of C$31.50 per share represents a premium of 38 percent to Tahsis’s closing price on "
            "Monday, Corvane said.",
            # 3 update of en-m1/4 (29 -> 31 percent, C$29.40 -> C$29.85; 3.1 -> 3.4 percent)
            "Tahsis shares jumped 31 percent to C$29.85 in Toronto, while Corvane's stock fell 3.4 percent in "
            "London.",
            # 4 new (analyst comment), two sentences; repeated verbatim in ¶9 (CMS duplicate)
            "\"The premium is generous but not a knockout,\" said Laura Chen, a mining analyst at Berenberg. \"We "
            "would not be surprised to see Tahsis hold out for more.\"",
            # 5 near copy of en-m1/5 ("allows Ottawa to block" -> "lets Ottawa block")
            "The deal would need approval from Canadian regulators under the Investment Canada Act, which lets "
            "Ottawa block foreign takeovers of companies in critical minerals.",
            # 6 hard negative: same template as en-m1/0, another bidder, target and date
            "In March, Australia's Kestrel Group made an unsolicited offer to buy Chilean copper miner Andes Cobre "
            "for about $3.1 billion in cash, which was rejected.",
            # 7 pull quote = start of en-m1/3 sentence 0
            "\"Copper is the metal of the energy transition\"",
            # 8 paraphrase of en-m1/2 (first carrier; en-m1/7 is an in-article repeat)
            "Tahsis's board will review the proposal, the company said, advising shareholders not to do anything "
            "for the time being.",
            # 9 CMS duplicate of ¶4 (same article, identical) -> exact of en-m2/4
            "\"The premium is generous but not a knockout,\" said Laura Chen, a mining analyst at Berenberg. \"We "
            "would not be surprised to see Tahsis hold out for more.\"",
            # 10 near copy of en-m1/6 ("owns" -> "holds")
            "Corvane said it had not approached Tahsis's largest shareholder, the Norwegian pension fund "
            "Fjordkapital, which holds about 12 percent of the company.",
        ],
    },
    # ------------------------------------------------------------------ Pyrenees earthquake (FR), Tuesday night
    {
        "id": "fr-q1", "source": "afp", "language": "fr",
        "title": "Un séisme de magnitude 4,9 ressenti dans les Pyrénées",
        "paragraphs": [
            # 0 wire lede
            "Un séisme de magnitude 4,9 a été ressenti mardi vers 21 h 40 dans une large partie des Pyrénées, sans "
            "faire de victimes, selon le Bureau central sismologique français (BCSF).",
            # 1 wire
            "L’épicentre a été localisé à 8 kilomètres au sud d’Argelès-Gazost (Hautes-Pyrénées), à une "
            "profondeur d’environ 10 kilomètres.",
            # 2 wire
            "Les pompiers ont reçu plus de 600 appels en une heure, mais n’ont fait état que de dégâts légers : "
            "fissures, chutes de cheminées et de tuiles.",
            # 3 wire quote, two sentences
            "« C’est le séisme le plus fort enregistré dans les Hautes-Pyrénées depuis 2006 », a indiqué à l’AFP "
            "le sismologue Julien Moreau, de l’Observatoire Midi-Pyrénées. « Des répliques sont probables dans les "
            "prochains jours, mais elles devraient être de plus faible intensité. »",
            # 4 wire
            "La préfecture a ouvert un centre opérationnel départemental et demandé aux habitants de ne pas "
            "rentrer dans les bâtiments présentant des fissures importantes.",
            # 5 wire
            "Le trafic ferroviaire entre Lourdes et Pau a été interrompu pour permettre l’inspection des voies, a "
            "indiqué la SNCF.",
            # 6 wire
            "La secousse a été ressentie jusqu’à Toulouse, Bordeaux et dans le nord de l’Espagne, selon des "
            "témoignages recueillis par le BCSF.",
            # 7 wire (its polarity twin comes in fr-q2/5)
            "Aucun blessé n’a été signalé, a précisé la préfecture.",
            # 8 in-article paraphrase of ¶5 (passive -> active, "pour permettre l’inspection" ->
            # "afin que … inspectées")
            "La SNCF a suspendu la circulation des trains entre Lourdes et Pau afin que les voies puissent être "
            "inspectées.",
        ],
    },
    # ------------------------------------------------------------------ Pyrenees earthquake (FR), Wednesday morning
    {
        "id": "fr-q2", "source": "ladepeche", "language": "fr",
        "title": "Séisme dans les Hautes-Pyrénées : des dégâts légers et des répliques attendues",
        "paragraphs": [
            # 0 heading "Topic : « quote »" quoting the start of fr-q1/3 sentence 1
            "Séisme dans les Pyrénées : « Des répliques sont probables dans les prochains jours »",
            # 1 update of fr-q1/0 (magnitude revised 4,9 -> 5,1)
            "Un séisme de magnitude 5,1 a été ressenti mardi vers 21 h 40 dans une large partie des Pyrénées, sans "
            "faire de victimes, selon le Bureau central sismologique français (BCSF).",
            # 2 exact copy of fr-q1/1 (straight apostrophes)
            "L'épicentre a été localisé à 8 kilomètres au sud d'Argelès-Gazost (Hautes-Pyrénées), à une "
            "profondeur d'environ 10 kilomètres.",
            # 3 new (local colour), two sentences
            "« Les verres sont tombés des étagères et le lustre s’est mis à balancer », raconte Josiane, qui tient "
            "un café sur la place d’Argelès-Gazost. « J’ai cru qu’un camion avait percuté la façade. »",
            # 4 near copy of fr-q1/2 ("légers" -> "mineurs")
            "Les pompiers ont reçu plus de 600 appels en une heure, mais n’ont fait état que de dégâts mineurs : "
            "fissures, chutes de cheminées et de tuiles.",
            # 5 hard negative: polarity flip of fr-q1/7 (one slightly injured person now reported)
            "Un blessé léger a été signalé à Argelès-Gazost, a précisé la préfecture.",
            # 6 paraphrase of fr-q1/6 (the witnesses become the subject, "selon" -> "d’après")
            "Des habitants de Toulouse, de Bordeaux et du nord de l’Espagne ont eux aussi senti la secousse, "
            "d’après les témoignages recueillis par le BCSF.",
            # 7 one-sentence paragraph = fr-q1/3 sentence 0 without its attribution -> contained in fr-q1/3
            "« C’est le séisme le plus fort enregistré dans les Hautes-Pyrénées depuis 2006 »",
            # 8 hard negative: same template as fr-q1/0, another quake (other place, magnitude, month)
            "Un séisme de magnitude 3,2 avait été ressenti en septembre dans les Alpes-de-Haute-Provence, sans "
            "faire de dégâts.",
            # 9 paraphrase of fr-q1/4 (passive, reordered)
            "Un centre opérationnel départemental a été activé par la préfecture, qui a appelé la population à ne "
            "pas pénétrer dans les bâtiments très fissurés.",
            # 10 near copy of fr-q1/5 ("a indiqué" -> "a précisé")
            "Le trafic ferroviaire entre Lourdes et Pau a été interrompu pour permettre l’inspection des voies, a "
            "précisé la SNCF.",
        ],
    },
    # ------------------------------------------------------------------ hospital cyberattack (EN), Wednesday
    {
        "id": "en-k4", "source": "ap", "language": "en",
        "title": "English hospitals still crippled by ransomware attack",
        "paragraphs": [
            # 0 update of en-k1/0 and of the remembered update en-k3/0 (more than 3,000; Wednesday)
            "A ransomware attack on Severn Valley Hospitals NHS Foundation Trust has forced the cancellation of "
            "more than 3,000 operations and outpatient appointments since Friday, the trust said on Wednesday, as "
            "staff reverted to pen and paper.",
            # 1 near copy of en-k1/1 ("urged" -> "asked")
            "The trust, which runs three hospitals in Worcestershire and Shropshire, said its emergency "
            "departments remained open but asked patients to attend only if their condition was serious.",
            # 2 exact copy of en-k2/2 (the BBC's own patient quote; straight quotes kept, one space changed)
            "\"I had been waiting eight months for my hip operation and they rang me on Saturday to cancel it,\"  "
            "said Margaret Hill, 67, from Kidderminster. \"Nobody could tell me when it would be rescheduled.\"",
            # 3 paraphrase of en-k1/2 sentence 0 (direct quote -> reported speech)
            "Chief executive Helen Marsh described the attack as a serious incident and said staff were working "
            "with the National Cyber Security Centre around the clock to bring the systems back safely.",
            # 4 one-sentence paragraph = en-k1/2 sentence 1 -> contained in en-k1/2
            "\"Patient safety remains our absolute priority.\"",
            # 5 paraphrase of en-k1/6 (active -> passive)
            "An investigation has been opened by the National Crime Agency, which said it was working alongside "
            "the trust.",
            # 6 hard negative: same template (ransomware on hospitals), other country and figures
            "A ransomware attack on two hospitals in the Netherlands in March forced the cancellation of about "
            "600 operations, Dutch officials said.",
            # 7 paraphrase of en-k1/8 (attribution moved to the end, passive kept)
            "Ministers are being kept up to date, according to a Department of Health and Social Care "
            "spokesperson.",
            # 8 sentence 0 new; sentence 1 near copy of en-k1/4 ("patient data" -> "patient records")
            "The trust has set up a helpline for patients whose appointments were cancelled. A criminal group "
            "calling itself Nightfall claimed responsibility for the attack on a dark web site on Sunday and "
            "threatened to publish 400 gigabytes of patient records unless a ransom was paid.",
            # 9 hard negative: same actor, emergency department closed to ambulances (vs en-k1/1 "remained open")
            "The trust said its emergency department in Kidderminster was not accepting ambulances, which were "
            "being diverted to hospitals in Birmingham.",
        ],
    },
    # ------------------------------------------------------------------ copper takeover bid (EN), Wednesday
    {
        "id": "en-m3", "source": "ap", "language": "en",
        "title": "Tahsis Mining rejects Corvane's $8.4 billion takeover bid",
        "paragraphs": [
            # 0 hard negative: new lede, same actors, other fact (the rejection)
            "Canadian copper miner Tahsis Mining on Wednesday rejected an unsolicited $8.4 billion takeover offer "
            "from Corvane Resources, saying it significantly undervalued the company.",
            # 1 new quote (Tahsis CEO)
            "\"Our shareholders deserve full value for assets that took two decades to build,\" Tahsis chief "
            "executive Marie Gagnon said in a statement.",
            # 2 update of en-m1/8 (20 -> 22 percent)
            "Copper prices have risen about 22 percent this year on the London Metal Exchange, as supply "
            "disruptions at large mines have coincided with strong demand from grid and electric vehicle makers.",
            # 3 exact copy of en-m1/5
            "The deal would need approval from Canadian regulators under the Investment Canada Act, which allows "
            "Ottawa to block foreign takeovers of companies in critical minerals.",
            # 4 near copy of en-m1/3 (attribution rewritten: "said on a call with analysts" -> "told analysts on
            #   Tuesday"; quotes unchanged)
            "\"Copper is the metal of the energy transition, and Tahsis has some of the best undeveloped deposits "
            "in the Americas,\" Corvane chief executive Pieter van Rensburg told analysts on Tuesday. \"We "
            "believe this is a compelling offer for Tahsis shareholders.\"",
            # 5 hard negative: polarity flip of en-m1/6 (Corvane now says it has approached the fund)
            "Corvane said on Wednesday it had approached Tahsis's largest shareholder, the Norwegian pension fund "
            "Fjordkapital, which owns about 12 percent of the company.",
            # 6 paraphrase of en-m1/5 (reordered, "would need approval" -> "would require clearance")
            "Because Tahsis operates in critical minerals, the takeover would require clearance from Canadian "
            "regulators, who can block such foreign acquisitions under the Investment Canada Act.",
            # 7 sentence 0 new; sentence 1 exact copy of en-m1/1
            "Tahsis shares fell 4 percent to C$28.20 on Wednesday. The offer of C$31.50 per share represents a "
            "premium of 38 percent to Tahsis's closing price on Monday, Corvane said.",
            # 8 hard negative: same actor (van Rensburg), other fact
            "Van Rensburg, a former investment banker, became Corvane's chief executive in 2021 and has since "
            "sold the company's coal mines.",
            # 9 paraphrase of en-m1/4 (stock moves reordered, "jumped" -> "soared", "fell" -> "lost")
            "In London, Corvane's stock lost 3.1 percent on Tuesday, while Tahsis shares soared 29 percent in "
            "Toronto to C$29.40.",
            # 10 one-sentence paragraph = en-m1/3 sentence 1 (pull quote), also inside the in-article near copy
            #   ¶4 (a repeat) -> contained, of = first carrier en-m1/3
            "\"We believe this is a compelling offer for Tahsis shareholders\"",
        ],
    },
    # ------------------------------------------------------------------ Pyrenees earthquake (FR), Wednesday evening
    {
        "id": "fr-q3", "source": "lefigaro", "language": "fr",
        "title": "Séisme dans les Pyrénées : une quarantaine de répliques, les inspections se poursuivent",
        "paragraphs": [
            # 0 new lede (new facts: aftershocks)
            "Une quarantaine de répliques ont été enregistrées mercredi dans les Hautes-Pyrénées, au lendemain du "
            "séisme qui a secoué une large partie de la chaîne, a indiqué le BCSF.",
            # 1 exact copy of the update fr-q2/1 (magnitude 5,1) -> names that update, its first carrier
            "Un séisme de magnitude 5,1 a été ressenti mardi vers 21 h 40 dans une large partie des Pyrénées, sans "
            "faire de victimes, selon le Bureau central sismologique français (BCSF).",
            # 2 paraphrase of fr-q1/3 sentence 0 (direct quote -> reported speech, attribution first)
            "Selon le sismologue Julien Moreau, de l’Observatoire Midi-Pyrénées, il s’agit du plus fort séisme "
            "mesuré dans les Hautes-Pyrénées depuis 2006.",
            # 3 update of fr-q1/2 (600 -> 900 appels)
            "Les pompiers ont reçu plus de 900 appels en une heure, mais n’ont fait état que de dégâts légers : "
            "fissures, chutes de cheminées et de tuiles.",
            # 4 near copy of fr-q1/4 ("demandé" -> "recommandé")
            "La préfecture a ouvert un centre opérationnel départemental et recommandé aux habitants de ne pas "
            "rentrer dans les bâtiments présentant des fissures importantes.",
            # 5 hard negative: same actor (SNCF) and line, other fact (traffic resumed)
            "La SNCF a annoncé la reprise du trafic ferroviaire entre Lourdes et Pau mercredi à partir de 14 h.",
            # 6 sentence 0 new; sentence 1 exact copy of fr-q1/6 (one-sentence wire paragraph)
            "Les experts ont inspecté 140 bâtiments mercredi, dont une trentaine d’écoles. La secousse a été "
            "ressentie jusqu’à Toulouse, Bordeaux et dans le nord de l’Espagne, selon des témoignages recueillis "
            "par le BCSF.",
            # 7 paraphrase of fr-q1/1 (depth first, "a été localisé" -> "se trouvait", figures kept)
            "Situé à environ 10 kilomètres de profondeur, l’épicentre se trouvait à 8 kilomètres au sud "
            "d’Argelès-Gazost, dans les Hautes-Pyrénées.",
            # 8 hard negative: same template as fr-q1/6, the 2006 quake (other event)
            "Le séisme de 2006 avait été ressenti jusqu’à Toulouse et Bordeaux, selon le BCSF.",
            # 9 pull quote: end of fr-q1/3 sentence 1
            "« Elles devraient être de plus faible intensité »",
        ],
    },
]

N = None
# (article, paragraph, sentence or None, kind, [acceptable originals (article, paragraph, sentence|None)])
LABELS: list[tuple] = [
    # --- fr-r1 (wire) ---
    ("fr-r1", 2, N, "contained", [("fr-r1", 3, 0)]),
    ("fr-r1", 9, N, "paraphrase", [("fr-r1", 6, N)]),
    # --- fr-r2 ---
    ("fr-r2", 0, N, "contained", [("fr-r1", 3, 0)]),
    ("fr-r2", 1, N, "near", [("fr-r1", 0, N)]),
    ("fr-r2", 2, N, "update", [("fr-r1", 1, N)]),
    ("fr-r2", 4, N, "paraphrase", [("fr-r1", 7, N)]),
    ("fr-r2", 5, N, "contained", [("fr-r1", 3, 1)]),
    ("fr-r2", 7, N, "near", [("fr-r1", 5, N)]),
    ("fr-r2", 8, N, "exact", [("fr-r1", 8, N)]),
    ("fr-r2", 9, N, "exact", [("fr-r2", 3, N)]),
    # --- en-k1 (wire) ---
    ("en-k1", 9, N, "paraphrase", [("en-k1", 3, N)]),
    # --- fr-r3 ---
    ("fr-r3", 0, N, "update", [("fr-r1", 0, N)]),
    ("fr-r3", 1, N, "exact", [("fr-r1", 6, N)]),
    ("fr-r3", 2, N, "paraphrase", [("fr-r1", 3, 0)]),
    ("fr-r3", 4, 1, "exact", [("fr-r1", 10, N)]),
    ("fr-r3", 5, N, "paraphrase", [("fr-r1", 8, N)]),
    ("fr-r3", 6, N, "update", [("fr-r1", 4, N)]),
    ("fr-r3", 8, N, "near", [("fr-r1", 7, N)]),
    ("fr-r3", 9, N, "near", [("fr-r1", 5, N)]),
    # --- en-k2 ---
    ("en-k2", 0, N, "contained", [("en-k1", 2, 1)]),
    ("en-k2", 1, N, "near", [("en-k1", 0, N)]),
    ("en-k2", 3, N, "exact", [("en-k1", 2, N)]),
    ("en-k2", 4, N, "paraphrase", [("en-k1", 3, N)]),
    ("en-k2", 6, N, "contained", [("en-k1", 2, 0)]),
    ("en-k2", 7, N, "near", [("en-k1", 5, N)]),
    ("en-k2", 8, N, "exact", [("en-k1", 6, N)]),
    ("en-k2", 9, N, "update", [("en-k1", 4, N)]),
    # --- en-m1 (wire) ---
    ("en-m1", 7, N, "paraphrase", [("en-m1", 2, N)]),
    # --- en-k3 ---
    ("en-k3", 0, N, "update", [("en-k1", 0, N)]),
    ("en-k3", 1, N, "exact", [("en-k1", 1, N)]),
    ("en-k3", 2, N, "paraphrase", [("en-k1", 4, N)]),
    ("en-k3", 4, N, "near", [("en-k1", 3, N)]),
    ("en-k3", 5, 1, "exact", [("en-k1", 6, N)]),
    ("en-k3", 6, N, "paraphrase", [("en-k1", 5, N)]),
    ("en-k3", 7, N, "contained", [("en-k1", 2, 0)]),
    # --- fr-r4 ---
    ("fr-r4", 1, N, "update", [("fr-r1", 0, N), ("fr-r3", 0, N)]),
    ("fr-r4", 2, N, "contained", [("fr-r4", 3, 0)]),
    ("fr-r4", 4, N, "paraphrase", [("fr-r1", 5, N)]),
    ("fr-r4", 5, N, "exact", [("fr-r1", 7, N)]),
    ("fr-r4", 7, N, "near", [("fr-r1", 6, N)]),
    ("fr-r4", 8, N, "paraphrase", [("fr-r1", 10, N)]),
    ("fr-r4", 10, N, "contained", [("fr-r1", 1, 1)]),
    ("fr-r4", 11, N, "update", [("fr-r1", 4, N), ("fr-r3", 6, N)]),
    # --- en-m2 ---
    ("en-m2", 0, N, "contained", [("en-m1", 3, 1)]),
    ("en-m2", 1, N, "paraphrase", [("en-m1", 0, N)]),
    ("en-m2", 2, N, "exact", [("en-m1", 1, N)]),
    ("en-m2", 3, N, "update", [("en-m1", 4, N)]),
    ("en-m2", 5, N, "near", [("en-m1", 5, N)]),
    ("en-m2", 7, N, "contained", [("en-m1", 3, 0)]),
    ("en-m2", 8, N, "paraphrase", [("en-m1", 2, N)]),
    ("en-m2", 9, N, "exact", [("en-m2", 4, N)]),
    ("en-m2", 10, N, "near", [("en-m1", 6, N)]),
    # --- fr-q1 (wire) ---
    ("fr-q1", 8, N, "paraphrase", [("fr-q1", 5, N)]),
    # --- fr-q2 ---
    ("fr-q2", 0, N, "contained", [("fr-q1", 3, 1)]),
    ("fr-q2", 1, N, "update", [("fr-q1", 0, N)]),
    ("fr-q2", 2, N, "exact", [("fr-q1", 1, N)]),
    ("fr-q2", 4, N, "near", [("fr-q1", 2, N)]),
    ("fr-q2", 6, N, "paraphrase", [("fr-q1", 6, N)]),
    ("fr-q2", 7, N, "contained", [("fr-q1", 3, 0)]),
    ("fr-q2", 9, N, "paraphrase", [("fr-q1", 4, N)]),
    ("fr-q2", 10, N, "near", [("fr-q1", 5, N)]),
    # --- en-k4 ---
    ("en-k4", 0, N, "update", [("en-k1", 0, N), ("en-k3", 0, N)]),
    ("en-k4", 1, N, "near", [("en-k1", 1, N)]),
    ("en-k4", 2, N, "exact", [("en-k2", 2, N)]),
    ("en-k4", 3, N, "paraphrase", [("en-k1", 2, 0)]),
    ("en-k4", 4, N, "contained", [("en-k1", 2, 1)]),
    ("en-k4", 5, N, "paraphrase", [("en-k1", 6, N)]),
    ("en-k4", 7, N, "paraphrase", [("en-k1", 8, N)]),
    ("en-k4", 8, 1, "near", [("en-k1", 4, N)]),
    # --- en-m3 ---
    ("en-m3", 2, N, "update", [("en-m1", 8, N)]),
    ("en-m3", 3, N, "exact", [("en-m1", 5, N)]),
    ("en-m3", 4, N, "near", [("en-m1", 3, N)]),
    ("en-m3", 6, N, "paraphrase", [("en-m1", 5, N)]),
    ("en-m3", 7, 1, "exact", [("en-m1", 1, N)]),
    ("en-m3", 9, N, "paraphrase", [("en-m1", 4, N)]),
    ("en-m3", 10, N, "contained", [("en-m1", 3, 1)]),
    # --- fr-q3 ---
    ("fr-q3", 1, N, "exact", [("fr-q2", 1, N)]),
    ("fr-q3", 2, N, "paraphrase", [("fr-q1", 3, 0)]),
    ("fr-q3", 3, N, "update", [("fr-q1", 2, N)]),
    ("fr-q3", 4, N, "near", [("fr-q1", 4, N)]),
    ("fr-q3", 6, 1, "exact", [("fr-q1", 6, N)]),
    ("fr-q3", 7, N, "paraphrase", [("fr-q1", 1, N)]),
    ("fr-q3", 9, N, "contained", [("fr-q1", 3, 1)]),
]

# Units that must NOT be marked (close to an earlier unit but a different statement). For the record only:
# they are simply absent from LABELS. (article, paragraph, sentence|None, type, look-alike)
HARD_NEGATIVES: list[tuple] = [
    ("fr-r2", 6, N, "same actor (the dairy), other fact (a 2022 prize)", ("fr-r1", 7, N)),
    ("fr-r3", 3, N, "same template, another dairy and an earlier recall", ("fr-r1", 0, N)),
    ("fr-r3", 7, N, "same actor (Antoine Delmas), other (earlier) statement", ("fr-r1", 3, 0)),
    ("fr-r3", 10, N, "same actor, negated, other object (production not suspended for another cheese)",
     ("fr-r1", 7, N)),
    ("en-k2", 5, N, "same template, another (past) attack on another provider", ("en-k1", 0, N)),
    ("en-k3", 3, N, "opposite statement (data now confirmed stolen; negation dropped)", ("en-k1", 7, N)),
    ("en-k3", 8, N, "same actor (Helen Marsh), other fact", ("en-k1", 2, 0)),
    ("fr-r4", 6, N, "opposite negation polarity (closure now ordered)", ("fr-r1", 8, N)),
    ("fr-r4", 9, N, "same topic and institution, other fact (national yearly figures)", ("fr-r1", 5, N)),
    ("fr-r4", 12, N, "same template, another product and bacterium", ("fr-r1", 0, N)),
    ("en-m2", 6, N, "same template, another bidder, target and date", ("en-m1", 0, N)),
    ("fr-q2", 5, N, "opposite polarity (one injured vs none)", ("fr-q1", 7, N)),
    ("fr-q2", 8, N, "same template, another quake (place, magnitude, month)", ("fr-q1", 0, N)),
    ("en-k4", 6, N, "same template, another country and figures", ("en-k1", 0, N)),
    ("en-k4", 9, N, "same actor, emergency department not accepting ambulances (negated)", ("en-k1", 1, N)),
    ("en-m3", 0, N, "same actors, other fact (the rejection lede)", ("en-m1", 0, N)),
    ("en-m3", 5, N, "opposite negation polarity (fund now approached)", ("en-m1", 6, N)),
    ("en-m3", 8, N, "same actor (van Rensburg), other fact", ("en-m1", 3, 0)),
    ("fr-q3", 5, N, "same actor (SNCF) and line, other fact (traffic resumed)", ("fr-q1", 5, N)),
    ("fr-q3", 8, N, "same template, another (2006) quake", ("fr-q1", 6, N)),
]


def main() -> None:
    write_set("heldout4", 4, ARTICLES, LABELS, HARD_NEGATIVES)


if __name__ == "__main__":
    main()
