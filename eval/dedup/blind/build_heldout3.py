"""Writes articles_heldout3.jsonl and labels_heldout3.json (this folder) from the hand-written text below.

Held-out set #3, written by reading docs/dedup.md ("Units and kinds") and the existing label files only
(labels.json, labels_heldout.json, labels_heldout2.json and build_heldout2.py, whose conventions it
follows), before any run of the deduplicator on it. Every paragraph carries a comment saying what it is;
units not listed in LABELS are NOT repeats (hard negatives are listed in HARD_NEGATIVES for the record only).
Stories, people, companies, towns and the fire are invented (real institutions and places aside).
Run: .venv/bin/python eval/dedup/blind/build_heldout3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blindset import write_set  # noqa: E402

ARTICLES: list[dict] = [
    # ------------------------------------------------------------------ ferry accident (FR), Wednesday morning
    {
        "id": "fr-f1", "source": "afp", "language": "fr",
        "title": "Belle-Île : un ferry heurte un haut-fond, au moins 2 morts",
        "paragraphs": [
            # 0 wire lede
            "Un ferry transportant 212 passagers et 14 membres d’équipage a heurté mercredi matin un haut-fond à "
            "l’entrée du port du Palais, à Belle-Île-en-Mer (Morbihan), faisant au moins 2 morts et 31 blessés, "
            "selon un bilan provisoire de la préfecture maritime de l’Atlantique.",
            # 1 wire, two sentences (the second is dropped by fr-f3/1)
            "Le navire, l’« Enez Vihan » de la compagnie Armor Liaisons, assurait la traversée de 9 h 15 depuis "
            "Quiberon lorsqu’il s’est brusquement immobilisé à quelques centaines de mètres du quai. Une voie "
            "d’eau s’est ouverte dans la coque, à l’avant.",
            # 2 wire quote, two sentences
            "« Le choc a été très violent, beaucoup de passagers qui se trouvaient debout ont été projetés au "
            "sol », a déclaré le préfet maritime, le vice-amiral Hervé Castel, lors d’un point presse à Brest. "
            "« La priorité absolue reste la prise en charge des blessés. »",
            # 3 wire
            "Les passagers ont été évacués par les canots de sauvetage du bord et par une dizaine de bateaux de "
            "pêche et de plaisance venus prêter main-forte, avant d’être pris en charge sur le quai du Palais.",
            # 4 wire
            "Parmi les blessés, 6 sont dans un état grave et ont été héliportés vers les hôpitaux de Vannes et de "
            "Lorient.",
            # 5 wire, two sentences (sentence 1 is negated later by fr-f4/3)
            "Le parquet de Lorient a ouvert une enquête pour homicides et blessures involontaires, confiée à la "
            "gendarmerie maritime. Le commandant du navire n’a pas encore été entendu par les enquêteurs.",
            # 6 wire, two sentences
            "La compagnie Armor Liaisons a annoncé la suspension de toutes ses rotations vers Belle-Île jusqu’à "
            "nouvel ordre. Elle a mis en place une cellule d’écoute pour les familles des passagers.",
            # 7 wire
            "Les conditions météorologiques étaient bonnes au moment de l’accident, avec une mer peu agitée et une "
            "bonne visibilité, a précisé la préfecture maritime.",
            # 8 in-article paraphrase of ¶5 sentence 0 (active -> passive, reordered)
            "Une enquête pour homicides et blessures involontaires a été confiée à la gendarmerie maritime par le "
            "parquet de Lorient.",
            # 9 wire (its negation-polarity twin comes in fr-f4/9)
            "La préfecture maritime n’a pas exclu un risque de pollution aux hydrocarbures, le navire transportant "
            "30 tonnes de gazole.",
            # 10 wire boilerplate (a same-template sentence about another actor comes in fr-v1/10)
            "Contactée par l’AFP, la compagnie n’a pas souhaité commenter les causes de l’accident.",
        ],
    },
    {
        "id": "fr-f2", "source": "letelegramme", "language": "fr",
        "title": "Ferry accidenté à Belle-Île : « Le choc a été très violent »",
        "paragraphs": [
            # 0 heading "Topic : « quote »" quoting the start of fr-f1/2 sentence 0 (6-word quote)
            "Ferry accidenté : « Le choc a été très violent »",
            # 1 near copy of fr-f1/0 ("mercredi matin" moved after "haut-fond")
            "Un ferry transportant 212 passagers et 14 membres d’équipage a heurté un haut-fond mercredi matin à "
            "l’entrée du port du Palais, à Belle-Île-en-Mer (Morbihan), faisant au moins 2 morts et 31 blessés, "
            "selon un bilan provisoire de la préfecture maritime de l’Atlantique.",
            # 2 exact copy of fr-f1/3 (straight apostrophes)
            "Les passagers ont été évacués par les canots de sauvetage du bord et par une dizaine de bateaux de "
            "pêche et de plaisance venus prêter main-forte, avant d'être pris en charge sur le quai du Palais.",
            # 3 update of fr-f1/4 (6 -> 8)
            "Parmi les blessés, 8 sont dans un état grave et ont été héliportés vers les hôpitaux de Vannes et de "
            "Lorient.",
            # 4 new (local colour, a passenger's quote)
            "« On a entendu un grand bruit, puis le bateau s’est penché d’un coup », raconte Maëlle, 34 ans, qui se "
            "rendait sur l’île avec ses deux enfants pour les vacances de la Toussaint.",
            # 5 paraphrase of fr-f1/6 sentence 0 (reordered, "rotations" -> "traversées", nominal -> verbal)
            "Armor Liaisons a suspendu jusqu’à nouvel ordre l’ensemble de ses traversées vers Belle-Île.",
            # 6 one-sentence paragraph = fr-f1/2 sentence 1 (pull quote) -> contained in fr-f1/2
            "« La priorité absolue reste la prise en charge des blessés »",
            # 7 hard negative: same actor (Armor Liaisons), other fact
            "Armor Liaisons avait mis en service en 2021 un nouveau navire, le « Houat II », sur la ligne reliant "
            "Quiberon aux îles de Houat et d’Hœdic.",
            # 8 near copy of fr-f1/7 ("peu agitée" -> "calme")
            "Les conditions météorologiques étaient bonnes au moment de l’accident, avec une mer calme et une "
            "bonne visibilité, a précisé la préfecture maritime.",
            # 9 exact copy of fr-f1/5 (two sentences; spacing)
            "Le parquet de Lorient a ouvert une enquête pour homicides et blessures involontaires,  confiée à la "
            "gendarmerie maritime. Le commandant du navire n’a pas encore été entendu par les enquêteurs.",
        ],
    },
    # ------------------------------------------------------------------ rate decision (EN), Wednesday
    {
        "id": "en-c1", "source": "reuters", "language": "en",
        "title": "Bank of Canada cuts key rate to 3.25%, third cut this year",
        "paragraphs": [
            # 0 wire lede
            "The Bank of Canada cut its key overnight interest rate by 25 basis points to 3.25 percent on "
            "Wednesday, its third reduction this year, saying inflation was now close to its 2 percent target "
            "and the economy needed support.",
            # 1 wire
            "Markets had priced in a roughly 80 percent chance of a quarter-point cut before the announcement, "
            "according to swaps data.",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after the short one)
            "\"Monetary policy no longer needs to be as restrictive\"",
            # 3 wire quote, two sentences
            "\"With inflation back near target, monetary policy no longer needs to be as restrictive,\" Governor "
            "Daniel Fortier told reporters in Ottawa. \"We will take our decisions one meeting at a time.\"",
            # 4 wire
            "The bank said the economy grew at an annualized rate of 1.1 percent in the third quarter, slower than "
            "it had projected in July, and that the unemployment rate had risen to 6.8 percent.",
            # 5 wire
            "It said further cuts were possible if the economy weakened more than expected, but gave no "
            "indication of timing.",
            # 6 wire
            "The Canadian dollar weakened 0.4 percent to 1.3950 per U.S. dollar after the decision, while the "
            "yield on the two-year government bond fell 6 basis points.",
            # 7 wire
            "The bank's next rate announcement is scheduled for January 28.",
            # 8 wire (its negation-polarity twin comes in en-c3/2)
            "The bank did not discuss a larger, half-point cut, Fortier said, adding that the decision had been "
            "unanimous.",
            # 9 in-article paraphrase of ¶5 (same subject, other words)
            "The central bank left the door open to more rate reductions should growth weaken more than "
            "expected, without saying when they might come.",
        ],
    },
    # ------------------------------------------------------------------ ferry accident (FR), Wednesday evening
    {
        "id": "fr-f3", "source": "franceinfo", "language": "fr",
        "title": "Accident de ferry à Belle-Île : le bilan s’alourdit à 3 morts",
        "paragraphs": [
            # 0 update of fr-f1/0 (2 -> 3 morts)
            "Un ferry transportant 212 passagers et 14 membres d’équipage a heurté mercredi matin un haut-fond à "
            "l’entrée du port du Palais, à Belle-Île-en-Mer (Morbihan), faisant au moins 3 morts et 31 blessés, "
            "selon un bilan provisoire de la préfecture maritime de l’Atlantique.",
            # 1 fr-f1/1 with its second sentence dropped: one-sentence paragraph = fr-f1/1 sentence 0
            #   -> contained in fr-f1/1 (doc rule; ~0.71 of its length)
            "Le navire, l’« Enez Vihan » de la compagnie Armor Liaisons, assurait la traversée de 9 h 15 depuis "
            "Quiberon lorsqu’il s’est brusquement immobilisé à quelques centaines de mètres du quai.",
            # 2 paraphrase of fr-f1/3 (reordered, passive -> active)
            "Une dizaine de bateaux de pêche et de plaisance sont venus aider à évacuer les passagers, qui ont "
            "quitté le ferry à bord des canots de sauvetage avant d’être débarqués sur le quai du Palais.",
            # 3 hard negative: same place and company, another (past) incident
            "En 2019, un ferry de la même compagnie avait déjà heurté un ponton à l’entrée du port du Palais, sans "
            "faire de blessés.",
            # 4 exact copy of fr-f1/6 (two sentences; straight apostrophes)
            "La compagnie Armor Liaisons a annoncé la suspension de toutes ses rotations vers Belle-Île jusqu'à "
            "nouvel ordre. Elle a mis en place une cellule d'écoute pour les familles des passagers.",
            # 5 pull quote: middle part of fr-f1/2 sentence 0 (no topic label)
            "« Beaucoup de passagers qui se trouvaient debout ont été projetés au sol »",
            # 6 hard negative: same actor (préfecture maritime), other fact
            "La préfecture maritime de l’Atlantique avait déjà coordonné en mars le sauvetage de 40 passagers d’un "
            "catamaran en panne au large de l’île d’Yeu.",
            # 7 new
            "Le président de la région Bretagne a fait part de sa « profonde tristesse » et salué la mobilisation "
            "des marins-pêcheurs de l’île.",
            # 8 paraphrase of fr-f1/7 (reordered, other words)
            "La mer était calme et la visibilité bonne lorsque le ferry a touché le fond, selon la préfecture "
            "maritime.",
            # 9 near copy of fr-f1/9 ("exclu" -> "écarté"; negation kept on both sides)
            "La préfecture maritime n’a pas écarté un risque de pollution aux hydrocarbures, le navire "
            "transportant 30 tonnes de gazole.",
        ],
    },
    # ------------------------------------------------------------------ wildfire (EN), Wednesday
    {
        "id": "en-w1", "source": "ap", "language": "en",
        "title": "Wind-driven California wildfire forces 8,000 to flee",
        "paragraphs": [
            # 0 wire lede
            "A fast-moving wildfire in Northern California forced more than 8,000 people to evacuate their homes "
            "on Wednesday as strong winds drove the flames toward the town of Alder Springs, fire officials said.",
            # 1 wire
            "The Cedar Gap Fire had burned about 12,500 acres by Wednesday evening and was 5 percent contained, "
            "according to the California Department of Forestry and Fire Protection, known as Cal Fire.",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after the short one)
            "\"We are asking people to leave now, not in an hour\"",
            # 3 wire quote + fact, two sentences
            "\"This fire is moving faster than anything we've seen this season, and we are asking people to leave "
            "now, not in an hour,\" Cal Fire Battalion Chief Rosa Delgado said at a news briefing. She said at "
            "least 40 structures had been destroyed.",
            # 4 wire
            "Evacuation orders covered Alder Springs and several unincorporated communities along State Route 299, "
            "and an evacuation center was opened at the Shasta County fairgrounds in Anderson.",
            # 5 wire, three sentences (the short last one is dropped by en-w2/4)
            "About 1,100 firefighters, supported by 14 helicopters and air tankers, were battling the blaze in "
            "steep, hard-to-reach terrain. Gusts of up to 50 mph were expected to continue through Thursday "
            "morning. Crews were to work through the night.",
            # 6 wire
            "Pacific Gas and Electric said it had cut power to about 20,000 customers in the area as a precaution.",
            # 7 wire (its negated twin comes in en-w3/3)
            "PG&E said it was investigating whether its equipment played a role in starting the fire.",
            # 8 wire
            "Officials said it was too early to say when residents would be allowed to return.",
            # 9 wire boilerplate (a same-template sentence about another actor comes in en-c3/10)
            "A spokesperson for the sheriff's office did not immediately respond to a request for comment.",
        ],
    },
    {
        "id": "en-w2", "source": "latimes", "language": "en",
        "title": "Cedar Gap fire explodes in Shasta County, thousands evacuated",
        "paragraphs": [
            # 0 heading "Topic: quote" quoting the start of en-w1/3's quote (first carrier en-w1/3, not the
            #   in-article pull quote en-w1/2, which is itself a repeat)
            "Cedar Gap Fire: \"We are asking people to leave now\"",
            # 1 near copy of en-w1/0 ("drove" -> "pushed")
            "A fast-moving wildfire in Northern California forced more than 8,000 people to evacuate their homes "
            "on Wednesday as strong winds pushed the flames toward the town of Alder Springs, fire officials said.",
            # 2 exact copy of en-w1/1
            "The Cedar Gap Fire had burned about 12,500 acres by Wednesday evening and was 5 percent contained, "
            "according to the California Department of Forestry and Fire Protection, known as Cal Fire.",
            # 3 new (local colour, a resident's quote)
            "\"We grabbed the dogs, the photo albums and our medications, and we just drove,\" said Tom Whitaker, "
            "72, who has lived in Alder Springs for 40 years. \"I don't know if there will be anything left.\"",
            # 4 near copy of en-w1/5: its short third sentence dropped (~0.82 of its length, sim ~0.9)
            "About 1,100 firefighters, supported by 14 helicopters and air tankers, were battling the blaze in "
            "steep, hard-to-reach terrain. Gusts of up to 50 mph were expected to continue through Thursday "
            "morning.",
            # 5 paraphrase of en-w1/4 (reordered, passive, "covered" -> "placed under")
            "An evacuation center has been set up at the Shasta County fairgrounds in Anderson for residents of "
            "Alder Springs and of unincorporated communities along State Route 299, which were placed under "
            "evacuation orders.",
            # 6 hard negative: same template as en-w1/1, another fire
            "A separate blaze in Riverside County, the Sage Hill Fire, had burned about 900 acres by Wednesday "
            "evening and was 40 percent contained, according to Cal Fire.",
            # 7 update of en-w1/6 (20,000 -> 27,000)
            "Pacific Gas and Electric said it had cut power to about 27,000 customers in the area as a precaution.",
            # 8 one-sentence paragraph = en-w1/3 sentence 1 -> contained in en-w1/3
            "She said at least 40 structures had been destroyed.",
            # 9 hard negative: same actor (Delgado), other fact
            "Delgado said last month that Cal Fire was struggling to recruit seasonal firefighters because of low "
            "pay.",
        ],
    },
    # ------------------------------------------------------------------ rate decision (EN), Wednesday afternoon
    {
        "id": "en-c2", "source": "globeandmail", "language": "en",
        "title": "Bank of Canada cuts rates again, signals caution",
        "paragraphs": [
            # 0 heading "Topic: quote" = en-c1/3 sentence 1 (the whole short quote)
            "Bank of Canada: \"We will take our decisions one meeting at a time\"",
            # 1 near copy of en-c1/0 ("saying" -> "noting")
            "The Bank of Canada cut its key overnight interest rate by 25 basis points to 3.25 percent on "
            "Wednesday, its third reduction this year, noting inflation was now close to its 2 percent target "
            "and the economy needed support.",
            # 2 new
            "The cut will bring some relief to Canadians with variable-rate mortgages, whose monthly payments are "
            "tied to the bank's policy rate.",
            # 3 exact copy of en-c1/3 (typographic quotes)
            "“With inflation back near target, monetary policy no longer needs to be as restrictive,” Governor "
            "Daniel Fortier told reporters in Ottawa. “We will take our decisions one meeting at a time.”",
            # 4 paraphrase of en-c1/4 (reordered, "grew" -> "growth came in", attribution moved)
            "Third-quarter growth came in at an annualized 1.1 percent, weaker than the bank had forecast in "
            "July, while unemployment climbed to 6.8 percent, the central bank said.",
            # 5 hard negative: same actor (Fortier), other fact
            "Fortier, who became governor in June, previously served as the bank's senior deputy governor for "
            "five years.",
            # 6 update of en-c1/6 (0.4 -> 0.6, 1.3950 -> 1.3978)
            "The Canadian dollar weakened 0.6 percent to 1.3978 per U.S. dollar after the decision, while the "
            "yield on the two-year government bond fell 6 basis points.",
            # 7 exact copy of en-c1/7
            "The bank's next rate announcement is scheduled for January 28.",
            # 8 hard negative: same template as en-c1/0, another central bank, other decision
            "The Reserve Bank of Australia left its cash rate unchanged at 3.60 percent on Tuesday, saying "
            "inflation remained too high to ease policy.",
            # 9 near copy of en-c1/5 ("further" -> "more")
            "It said more cuts were possible if the economy weakened more than expected, but gave no indication "
            "of timing.",
            # 10 sentence 0 new; sentence 1 exact copy of en-c1/1
            "Economists said the bank was likely to pause in January. Markets had priced in a roughly 80 percent "
            "chance of a quarter-point cut before the announcement, according to swaps data.",
        ],
    },
    # ------------------------------------------------------------------ court verdict (FR), Thursday morning
    {
        "id": "fr-v1", "source": "afp", "language": "fr",
        "title": "Corruption : l’ex-maire de Castelnau-sur-Mer condamné à 3 ans de prison dont 18 mois ferme",
        "paragraphs": [
            # 0 wire lede
            "L’ancien maire de Castelnau-sur-Mer (Hérault), Bernard Fabre, a été condamné jeudi par le tribunal "
            "correctionnel de Montpellier à 3 ans de prison, dont 18 mois ferme, pour corruption passive et prise "
            "illégale d’intérêts.",
            # 1 wire
            "Le tribunal l’a également condamné à 50 000 euros d’amende et à 5 ans d’inéligibilité, avec exécution "
            "provisoire, ce qui l’empêche de se présenter aux élections municipales de mars.",
            # 2 wire quote + requisitions, two sentences
            "« Les faits sont d’une particulière gravité, car ils ont été commis par un élu qui devait l’exemple à "
            "ses administrés », a souligné la présidente du tribunal, Catherine Rouvière, en lisant le jugement. "
            "Le parquet avait requis 4 ans de prison, dont 2 ferme.",
            # 3 wire
            "Bernard Fabre était accusé d’avoir favorisé un promoteur immobilier dans l’attribution de terrains "
            "communaux, en échange de travaux réalisés gratuitement dans sa résidence secondaire.",
            # 4 wire, two sentences
            "Son avocat, Me Olivier Sarda, a annoncé qu’il allait faire appel. « Mon client conteste fermement "
            "les faits et continuera de clamer son innocence », a-t-il déclaré à la sortie de l’audience.",
            # 5 wire
            "Le promoteur, Gilles Marchetti, a été condamné à 2 ans de prison avec sursis et 100 000 euros "
            "d’amende pour corruption active.",
            # 6 wire
            "Élu depuis 2008, Bernard Fabre avait démissionné de ses fonctions de maire en 2023, après sa mise en "
            "examen.",
            # 7 in-article paraphrase of ¶4 sentence 0 (other words: défense, édile, interjeter appel)
            "La défense a fait savoir que l’ancien édile interjetterait appel du jugement.",
            # 8 wire
            "Il devra en outre verser 120 000 euros de dommages et intérêts à la commune, qui s’était constituée "
            "partie civile.",
            # 9 wire (a same-template negated twin about the other defendant comes in fr-v2/10)
            "Gilles Marchetti a reconnu les faits à l’audience.",
            # 10 hard negative: boilerplate of fr-f1/10 with another actor and object (another story)
            "Contacté par l’AFP, l’avocat du promoteur n’a pas souhaité commenter le jugement.",
        ],
    },
    # ------------------------------------------------------------------ wildfire (EN), Thursday morning
    {
        "id": "en-w3", "source": "reuters", "language": "en",
        "title": "California's Cedar Gap Fire more than doubles in size",
        "paragraphs": [
            # 0 update of en-w1/0 (8,000 -> 15,000, Wednesday -> Thursday)
            "A fast-moving wildfire in Northern California forced more than 15,000 people to evacuate their homes "
            "on Thursday as strong winds drove the flames toward the town of Alder Springs, fire officials said.",
            # 1 update of en-w1/1 (12,500 -> 31,000, Wednesday evening -> Thursday morning, 5 -> 3)
            "The Cedar Gap Fire had burned about 31,000 acres by Thursday morning and was 3 percent contained, "
            "according to the California Department of Forestry and Fire Protection, known as Cal Fire.",
            # 2 exact copy of en-w1/3 (two sentences; typographic quotes and apostrophe)
            "“This fire is moving faster than anything we’ve seen this season, and we are asking people to leave "
            "now, not in an hour,” Cal Fire Battalion Chief Rosa Delgado said at a news briefing. She said at "
            "least 40 structures had been destroyed.",
            # 3 hard negative: en-w1/7 with the opposite statement (denial instead of inquiry)
            "PG&E said it did not believe its equipment played a role in starting the fire.",
            # 4 paraphrase of en-w1/8 ("too early to say" -> "not yet possible to say": a hard positive)
            "It was not yet possible to say when evacuees could go back to their homes, officials said.",
            # 5 exact copy of en-w1/4
            "Evacuation orders covered Alder Springs and several unincorporated communities along State Route "
            "299, and an evacuation center was opened at the Shasta County fairgrounds in Anderson.",
            # 6 paraphrase of en-w1/5 sentence 0 (active -> passive, reordered)
            "The blaze, burning in steep and remote terrain, was being fought by some 1,100 firefighters backed by "
            "14 helicopters and air tankers.",
            # 7 pull quote: first clause of en-w1/3 sentence 0
            "\"This fire is moving faster than anything we've seen this season\"",
            # 8 new
            "The fire is the largest in California so far this year.",
            # 9 sentence 0 new; sentence 1 exact copy of en-w1/6 (not of en-w2/7's updated figure)
            "Schools across Shasta County were closed on Thursday. Pacific Gas and Electric said it had cut power "
            "to about 20,000 customers in the area as a precaution.",
        ],
    },
    # ------------------------------------------------------------------ ferry accident (FR), Thursday
    {
        "id": "fr-f4", "source": "lemonde", "language": "fr",
        "title": "Accident du ferry de Belle-Île : l’enquête se concentre sur la trajectoire du navire",
        "paragraphs": [
            # 0 new lede
            "Au lendemain de l’accident de l’« Enez Vihan » à Belle-Île-en-Mer, les enquêteurs cherchent à "
            "comprendre pourquoi le ferry s’est écarté du chenal d’accès au port.",
            # 1 update of fr-f1/0 (2 -> 3 morts, 31 -> 35 blessés); fr-f3/0 (3 morts, an update, hence
            #   remembered) also acceptable
            "Un ferry transportant 212 passagers et 14 membres d’équipage a heurté mercredi matin un haut-fond à "
            "l’entrée du port du Palais, à Belle-Île-en-Mer (Morbihan), faisant au moins 3 morts et 35 blessés, "
            "selon un bilan provisoire de la préfecture maritime de l’Atlantique.",
            # 2 update of fr-f1/4 (6 -> 5); fr-f2/3 (8, an update, hence remembered) also acceptable
            "Parmi les blessés, 5 sont dans un état grave et ont été héliportés vers les hôpitaux de Vannes et de "
            "Lorient.",
            # 3 hard negative: negation polarity opposite to fr-f1/5 sentence 1 (now heard)
            "Le commandant du navire a été entendu par les enquêteurs jeudi matin.",
            # 4 exact copy of fr-f1/1 (two sentences; quote spacing, apostrophes)
            "Le navire, l'« Enez Vihan » de la compagnie Armor Liaisons, assurait la traversée de 9 h 15 depuis "
            "Quiberon lorsqu'il s'est brusquement immobilisé à quelques centaines de mètres du quai. Une voie "
            "d'eau s'est ouverte dans la coque, à l'avant.",
            # 5 one-sentence paragraph = fr-f1/5 sentence 0 -> contained in fr-f1/5
            "Le parquet de Lorient a ouvert une enquête pour homicides et blessures involontaires, confiée à la "
            "gendarmerie maritime.",
            # 6 paraphrase of fr-f1/2 sentence 0 (direct quote -> reported speech)
            "Selon le préfet maritime, le vice-amiral Hervé Castel, le choc a été si violent que de nombreux "
            "passagers debout ont été projetés au sol.",
            # 7 hard negative: same actor (the maritime prefect), other fact
            "Le préfet maritime, le vice-amiral Hervé Castel, a annoncé jeudi qu’un remorqueur de haute mer "
            "resterait sur zone tant que le navire ne serait pas renfloué.",
            # 8 near copy of fr-f1/6 ("cellule d’écoute" -> "cellule d’accompagnement")
            "La compagnie Armor Liaisons a annoncé la suspension de toutes ses rotations vers Belle-Île jusqu’à "
            "nouvel ordre. Elle a mis en place une cellule d’accompagnement pour les familles des passagers.",
            # 9 hard negative: negation polarity opposite to fr-f1/9 (risk now excluded)
            "La préfecture maritime a exclu jeudi un risque de pollution aux hydrocarbures, le navire transportant "
            "30 tonnes de gazole.",
            # 10 exact copy of fr-f2/4 (first carried by Le Télégramme; straight quotes)
            "\"On a entendu un grand bruit, puis le bateau s’est penché d’un coup\", raconte Maëlle, 34 ans, qui se "
            "rendait sur l’île avec ses deux enfants pour les vacances de la Toussaint.",
        ],
    },
    # ------------------------------------------------------------------ court verdict (FR), Thursday evening
    {
        "id": "fr-v2", "source": "lefigaro", "language": "fr",
        "title": "Castelnau-sur-Mer : l’ancien maire Bernard Fabre condamné pour corruption",
        "paragraphs": [
            # 0 heading "Topic : « quote »" quoting the start of fr-v1/2 sentence 0
            "Procès de Castelnau : « Les faits sont d’une particulière gravité »",
            # 1 near copy of fr-v1/0 ("jeudi" -> "ce jeudi")
            "L’ancien maire de Castelnau-sur-Mer (Hérault), Bernard Fabre, a été condamné ce jeudi par le "
            "tribunal correctionnel de Montpellier à 3 ans de prison, dont 18 mois ferme, pour corruption passive "
            "et prise illégale d’intérêts.",
            # 2 exact copy of fr-v1/1 (straight apostrophes)
            "Le tribunal l'a également condamné à 50 000 euros d'amende et à 5 ans d'inéligibilité, avec exécution "
            "provisoire, ce qui l'empêche de se présenter aux élections municipales de mars.",
            # 3 paraphrase of fr-v1/3 ("était accusé d’avoir" -> "selon l’accusation, avait"; other words)
            "Selon l’accusation, Bernard Fabre avait avantagé un promoteur immobilier lors de la cession de "
            "terrains appartenant à la commune, et obtenu en contrepartie des travaux gratuits dans sa résidence "
            "secondaire.",
            # 4 hard negative: same actor (Fabre), other (earlier) conviction
            "Bernard Fabre avait déjà été condamné en 2015 à 15 000 euros d’amende pour favoritisme dans "
            "l’attribution d’un marché public.",
            # 5 one-sentence paragraph = fr-v1/4 sentence 0 -> contained in fr-v1/4
            "Son avocat, Me Olivier Sarda, a annoncé qu’il allait faire appel.",
            # 6 near copy of fr-v1/5 ("a été condamné" -> "a été quant à lui condamné")
            "Le promoteur, Gilles Marchetti, a été quant à lui condamné à 2 ans de prison avec sursis et 100 000 "
            "euros d’amende pour corruption active.",
            # 7 new (reaction)
            "Dans l’opposition municipale, on salue « un jugement qui tourne enfin la page ». « Les habitants "
            "attendaient cette décision depuis quatre ans », estime la conseillère Nadia Benali.",
            # 8 update of fr-v1/8 (120 000 -> 150 000)
            "Il devra en outre verser 150 000 euros de dommages et intérêts à la commune, qui s’était constituée "
            "partie civile.",
            # 9 new (the parquet's appeal not yet known; negated twin in fr-v3/7)
            "Le parquet n’a pas indiqué s’il comptait faire appel de la décision.",
            # 10 hard negative: same template as fr-v1/9, the other defendant, negated
            "Bernard Fabre n’a pas reconnu les faits à l’audience.",
        ],
    },
    # ------------------------------------------------------------------ rate decision (EN), Thursday
    {
        "id": "en-c3", "source": "bloomberg", "language": "en",
        "title": "Bank of Canada officials split on pace of further easing",
        "paragraphs": [
            # 0 new lede
            "Bank of Canada officials are divided over how much further to lower borrowing costs, a day after the "
            "central bank cut its key rate for the third time this year.",
            # 1 paraphrase of en-c1/0 (active -> passive, "25 basis points" -> "a quarter point", other words)
            "Canada's key overnight rate was lowered by a quarter point to 3.25 percent on Wednesday, the third "
            "cut this year, as the central bank judged inflation to be close to its 2 percent goal and the economy "
            "in need of support.",
            # 2 hard negative: negation polarity opposite to en-c1/8 (another speaker says it was discussed)
            "The bank discussed a larger, half-point cut, Deputy Governor Sylvie Caron said on Thursday, adding "
            "that the decision had not been unanimous.",
            # 3 near copy of en-c1/1 ("roughly" -> "about")
            "Markets had priced in about an 80 percent chance of a quarter-point cut before the announcement, "
            "according to swaps data.",
            # 4 one-sentence paragraph = en-c1/3 sentence 0 -> contained in en-c1/3
            "\"With inflation back near target, monetary policy no longer needs to be as restrictive,\" Governor "
            "Daniel Fortier told reporters in Ottawa.",
            # 5 update of en-c1/6 (0.4 -> 0.7, 1.3950 -> 1.4010); en-c2/6 (an update, hence remembered) also
            #   acceptable
            "The Canadian dollar weakened 0.7 percent to 1.4010 per U.S. dollar after the decision, while the "
            "yield on the two-year government bond fell 6 basis points.",
            # 6 exact copy of en-c1/5
            "It said further cuts were possible if the economy weakened more than expected, but gave no "
            "indication of timing.",
            # 7 paraphrase of en-c1/7 (other words)
            "The central bank will announce its next decision on interest rates on January 28.",
            # 8 hard negative: same template as en-c1/7, other event and date
            "The bank's next financial system review is scheduled for May 14.",
            # 9 near copy of en-c1/4 ("had risen" -> "had climbed")
            "The bank said the economy grew at an annualized rate of 1.1 percent in the third quarter, slower than "
            "it had projected in July, and that the unemployment rate had climbed to 6.8 percent.",
            # 10 hard negative: boilerplate of en-w1/9 with another actor (another story; two words swapped)
            "A spokesperson for the finance department did not immediately respond to a request for comment.",
        ],
    },
    # ------------------------------------------------------------------ wildfire (EN), Thursday evening
    {
        "id": "en-w4", "source": "bbc", "language": "en",
        "title": "California wildfire: thousands flee as Cedar Gap Fire spreads",
        "paragraphs": [
            # 0 new lede
            "Residents of Alder Springs, a former gold-mining town of about 3,000 people in northern California, "
            "spent a second night in shelters as a wildfire burned in the hills above them.",
            # 1 update of en-w1/0 (8,000 -> 18,000, Wednesday -> Thursday); en-w3/0 (15,000 Thursday, an update,
            #   hence remembered) also acceptable
            "A fast-moving wildfire in Northern California forced more than 18,000 people to evacuate their homes "
            "on Thursday as strong winds drove the flames toward the town of Alder Springs, fire officials said.",
            # 2 paraphrase of en-w1/3 sentence 0 (direct quote -> reported speech)
            "Cal Fire battalion chief Rosa Delgado said the fire was spreading faster than any other this season "
            "and urged residents to leave immediately rather than wait.",
            # 3 near copy of en-w1/4 ("was opened" -> "has been opened")
            "Evacuation orders covered Alder Springs and several unincorporated communities along State Route 299, "
            "and an evacuation center has been opened at the Shasta County fairgrounds in Anderson.",
            # 4 hard negative: same place, another (past) fire
            "Shasta County was also hit by the Carr Fire in 2018, which destroyed more than 1,000 homes.",
            # 5 one-sentence paragraph = en-w1/5 sentence 1 -> contained in en-w1/5
            "Gusts of up to 50 mph were expected to continue through Thursday morning.",
            # 6 near copy of en-w2/3 (first carried by the LA Times; "just drove" -> "just left")
            "\"We grabbed the dogs, the photo albums and our medications, and we just left,\" said Tom Whitaker, "
            "72, who has lived in Alder Springs for 40 years. \"I don't know if there will be anything left.\"",
            # 7 exact copy of en-w1/8
            "Officials said it was too early to say when residents would be allowed to return.",
            # 8 hard negative: same template as en-w1/4, other places and level (warnings, not orders)
            "Evacuation warnings were also issued for the town of Burney and several communities along State "
            "Route 89.",
            # 9 paraphrase of en-w1/7 (other words)
            "The utility PG&E is looking into whether its equipment may have sparked the blaze.",
        ],
    },
    # ------------------------------------------------------------------ court verdict (FR), Friday
    {
        "id": "fr-v3", "source": "liberation", "language": "fr",
        "title": "Corruption à Castelnau-sur-Mer : Bernard Fabre fait appel",
        "paragraphs": [
            # 0 new lede
            "Au lendemain de sa condamnation, l’ancien maire de Castelnau-sur-Mer, Bernard Fabre, a fait appel "
            "vendredi du jugement du tribunal correctionnel de Montpellier.",
            # 1 near copy of fr-v1/0 ("a été condamné" -> "avait été condamné")
            "L’ancien maire de Castelnau-sur-Mer (Hérault), Bernard Fabre, avait été condamné jeudi par le "
            "tribunal correctionnel de Montpellier à 3 ans de prison, dont 18 mois ferme, pour corruption passive "
            "et prise illégale d’intérêts.",
            # 2 paraphrase of fr-v1/1 (other words: écope, briguer un mandat)
            "Il écope en outre d’une amende de 50 000 euros et de 5 ans d’inéligibilité avec exécution provisoire, "
            "qui l’empêche de briguer un nouveau mandat aux municipales de mars.",
            # 3 exact copy of fr-v1/2 (two sentences; straight quotes)
            "\"Les faits sont d’une particulière gravité, car ils ont été commis par un élu qui devait l’exemple à "
            "ses administrés\", a souligné la présidente du tribunal, Catherine Rouvière, en lisant le jugement. "
            "Le parquet avait requis 4 ans de prison, dont 2 ferme.",
            # 4 pull quote: start of fr-v1/4 sentence 1 (6 words)
            "« Mon client conteste fermement les faits »",
            # 5 exact copy of fr-v2/8 (an update of fr-v1/8, hence remembered: its first carrier is fr-v2)
            "Il devra en outre verser 150 000 euros de dommages et intérêts à la commune, qui s’était constituée "
            "partie civile.",
            # 6 update of fr-v1/5 (100 000 -> 80 000)
            "Le promoteur, Gilles Marchetti, a été condamné à 2 ans de prison avec sursis et 80 000 euros "
            "d’amende pour corruption active.",
            # 7 hard negative: negation polarity opposite to fr-v2/9 (the parquet now says it will appeal)
            "Le parquet a indiqué vendredi qu’il comptait faire appel de la décision.",
            # 8 hard negative: same template as fr-v1/0, another mayor and conviction
            "En juin, l’ancien maire de Saint-Aunès-le-Vieux (Hérault) avait été condamné par le même tribunal à "
            "2 ans de prison avec sursis pour favoritisme.",
            # 9 one-sentence paragraph = fr-v1/2 sentence 1 -> contained in fr-v1/2
            "Le parquet avait requis 4 ans de prison, dont 2 ferme.",
            # 10 paraphrase of fr-v1/6 (reordered, other words)
            "Maire de la commune depuis 2008, il avait quitté ses fonctions en 2023 après avoir été mis en examen.",
            # 11 near copy of fr-v1/3 ("favorisé" -> "avantagé")
            "Bernard Fabre était accusé d’avoir avantagé un promoteur immobilier dans l’attribution de terrains "
            "communaux, en échange de travaux réalisés gratuitement dans sa résidence secondaire.",
        ],
    },
]

N = None
# (article, paragraph, sentence or None, kind, [acceptable originals (article, paragraph, sentence|None)])
LABELS: list[tuple] = [
    # --- fr-f1 (wire) ---
    ("fr-f1", 8, N, "paraphrase", [("fr-f1", 5, 0)]),
    # --- fr-f2 ---
    ("fr-f2", 0, N, "contained", [("fr-f1", 2, 0)]),
    ("fr-f2", 1, N, "near", [("fr-f1", 0, N)]),
    ("fr-f2", 2, N, "exact", [("fr-f1", 3, N)]),
    ("fr-f2", 3, N, "update", [("fr-f1", 4, N)]),
    ("fr-f2", 5, N, "paraphrase", [("fr-f1", 6, 0)]),
    ("fr-f2", 6, N, "contained", [("fr-f1", 2, 1)]),
    ("fr-f2", 8, N, "near", [("fr-f1", 7, N)]),
    ("fr-f2", 9, N, "exact", [("fr-f1", 5, N)]),
    # --- en-c1 (wire) ---
    ("en-c1", 2, N, "contained", [("en-c1", 3, 0)]),
    ("en-c1", 9, N, "paraphrase", [("en-c1", 5, N)]),
    # --- fr-f3 ---
    ("fr-f3", 0, N, "update", [("fr-f1", 0, N)]),
    ("fr-f3", 1, N, "contained", [("fr-f1", 1, 0)]),
    ("fr-f3", 2, N, "paraphrase", [("fr-f1", 3, N)]),
    ("fr-f3", 4, N, "exact", [("fr-f1", 6, N)]),
    ("fr-f3", 5, N, "contained", [("fr-f1", 2, 0)]),
    ("fr-f3", 8, N, "paraphrase", [("fr-f1", 7, N)]),
    ("fr-f3", 9, N, "near", [("fr-f1", 9, N)]),
    # --- en-w1 (wire) ---
    ("en-w1", 2, N, "contained", [("en-w1", 3, 0)]),
    # --- en-w2 ---
    ("en-w2", 0, N, "contained", [("en-w1", 3, 0)]),
    ("en-w2", 1, N, "near", [("en-w1", 0, N)]),
    ("en-w2", 2, N, "exact", [("en-w1", 1, N)]),
    ("en-w2", 4, N, "near", [("en-w1", 5, N)]),
    ("en-w2", 5, N, "paraphrase", [("en-w1", 4, N)]),
    ("en-w2", 7, N, "update", [("en-w1", 6, N)]),
    ("en-w2", 8, N, "contained", [("en-w1", 3, 1)]),
    # --- en-c2 ---
    ("en-c2", 0, N, "contained", [("en-c1", 3, 1)]),
    ("en-c2", 1, N, "near", [("en-c1", 0, N)]),
    ("en-c2", 3, N, "exact", [("en-c1", 3, N)]),
    ("en-c2", 4, N, "paraphrase", [("en-c1", 4, N)]),
    ("en-c2", 6, N, "update", [("en-c1", 6, N)]),
    ("en-c2", 7, N, "exact", [("en-c1", 7, N)]),
    ("en-c2", 9, N, "near", [("en-c1", 5, N)]),
    ("en-c2", 10, 1, "exact", [("en-c1", 1, N)]),
    # --- fr-v1 (wire) ---
    ("fr-v1", 7, N, "paraphrase", [("fr-v1", 4, 0)]),
    # --- en-w3 ---
    ("en-w3", 0, N, "update", [("en-w1", 0, N)]),
    ("en-w3", 1, N, "update", [("en-w1", 1, N)]),
    ("en-w3", 2, N, "exact", [("en-w1", 3, N)]),
    ("en-w3", 4, N, "paraphrase", [("en-w1", 8, N)]),
    ("en-w3", 5, N, "exact", [("en-w1", 4, N)]),
    ("en-w3", 6, N, "paraphrase", [("en-w1", 5, 0)]),
    ("en-w3", 7, N, "contained", [("en-w1", 3, 0)]),
    ("en-w3", 9, 1, "exact", [("en-w1", 6, N)]),
    # --- fr-f4 ---
    ("fr-f4", 1, N, "update", [("fr-f1", 0, N), ("fr-f3", 0, N)]),
    ("fr-f4", 2, N, "update", [("fr-f1", 4, N), ("fr-f2", 3, N)]),
    ("fr-f4", 4, N, "exact", [("fr-f1", 1, N)]),
    ("fr-f4", 5, N, "contained", [("fr-f1", 5, 0)]),
    ("fr-f4", 6, N, "paraphrase", [("fr-f1", 2, 0)]),
    ("fr-f4", 8, N, "near", [("fr-f1", 6, N)]),
    ("fr-f4", 10, N, "exact", [("fr-f2", 4, N)]),
    # --- fr-v2 ---
    ("fr-v2", 0, N, "contained", [("fr-v1", 2, 0)]),
    ("fr-v2", 1, N, "near", [("fr-v1", 0, N)]),
    ("fr-v2", 2, N, "exact", [("fr-v1", 1, N)]),
    ("fr-v2", 3, N, "paraphrase", [("fr-v1", 3, N)]),
    ("fr-v2", 5, N, "contained", [("fr-v1", 4, 0)]),
    ("fr-v2", 6, N, "near", [("fr-v1", 5, N)]),
    ("fr-v2", 8, N, "update", [("fr-v1", 8, N)]),
    # --- en-c3 ---
    ("en-c3", 1, N, "paraphrase", [("en-c1", 0, N)]),
    ("en-c3", 3, N, "near", [("en-c1", 1, N)]),
    ("en-c3", 4, N, "contained", [("en-c1", 3, 0)]),
    ("en-c3", 5, N, "update", [("en-c1", 6, N), ("en-c2", 6, N)]),
    ("en-c3", 6, N, "exact", [("en-c1", 5, N)]),
    ("en-c3", 7, N, "paraphrase", [("en-c1", 7, N)]),
    ("en-c3", 9, N, "near", [("en-c1", 4, N)]),
    # --- en-w4 ---
    ("en-w4", 1, N, "update", [("en-w1", 0, N), ("en-w3", 0, N)]),
    ("en-w4", 2, N, "paraphrase", [("en-w1", 3, 0)]),
    ("en-w4", 3, N, "near", [("en-w1", 4, N)]),
    ("en-w4", 5, N, "contained", [("en-w1", 5, 1)]),
    ("en-w4", 6, N, "near", [("en-w2", 3, N)]),
    ("en-w4", 7, N, "exact", [("en-w1", 8, N)]),
    ("en-w4", 9, N, "paraphrase", [("en-w1", 7, N)]),
    # --- fr-v3 ---
    ("fr-v3", 1, N, "near", [("fr-v1", 0, N)]),
    ("fr-v3", 2, N, "paraphrase", [("fr-v1", 1, N)]),
    ("fr-v3", 3, N, "exact", [("fr-v1", 2, N)]),
    ("fr-v3", 4, N, "contained", [("fr-v1", 4, 1)]),
    ("fr-v3", 5, N, "exact", [("fr-v2", 8, N)]),
    ("fr-v3", 6, N, "update", [("fr-v1", 5, N)]),
    ("fr-v3", 9, N, "contained", [("fr-v1", 2, 1)]),
    ("fr-v3", 10, N, "paraphrase", [("fr-v1", 6, N)]),
    ("fr-v3", 11, N, "near", [("fr-v1", 3, N)]),
]

# Units that must NOT be marked (close to an earlier unit but a different statement). For the record only:
# they are simply absent from LABELS. (article, paragraph, sentence|None, type, look-alike)
HARD_NEGATIVES: list[tuple] = [
    ("fr-f2", 7, N, "same actor (Armor Liaisons), other fact", ("fr-f1", 6, 0)),
    ("fr-f3", 3, N, "same company and port, another (past) incident", ("fr-f1", 0, N)),
    ("fr-f3", 6, N, "same actor (préfecture maritime), other fact", ("fr-f1", 7, N)),
    ("en-w2", 6, N, "same template, another fire", ("en-w1", 1, N)),
    ("en-w2", 9, N, "same actor (Delgado), other fact", ("en-w1", 3, 0)),
    ("en-c2", 5, N, "same actor (Fortier), other fact", ("en-c1", 3, 0)),
    ("en-c2", 8, N, "same template, another central bank and decision", ("en-c1", 0, N)),
    ("en-w3", 3, N, "opposite statement (denial instead of inquiry, negation added)", ("en-w1", 7, N)),
    ("fr-f4", 3, N, "opposite negation polarity (now heard)", ("fr-f1", 5, 1)),
    ("fr-f4", 7, N, "same actor (maritime prefect), other fact", ("fr-f1", 2, 0)),
    ("fr-f4", 9, N, "opposite negation polarity (risk now excluded)", ("fr-f1", 9, N)),
    ("fr-v2", 4, N, "same actor (Fabre), other (earlier) conviction", ("fr-v1", 1, N)),
    ("fr-v2", 10, N, "same template, other defendant, negated", ("fr-v1", 9, N)),
    ("en-c3", 2, N, "opposite negation polarity, other speaker", ("en-c1", 8, N)),
    ("en-c3", 8, N, "same template, other event and date", ("en-c1", 7, N)),
    ("en-w4", 4, N, "same place, another (past) fire", ("en-w1", 4, N)),
    ("en-w4", 8, N, "same template, other places and level (warnings)", ("en-w1", 4, N)),
    ("fr-v3", 0, N, "same actors and court, other fact (the appeal)", ("fr-v1", 0, N)),
    ("fr-v3", 7, N, "opposite negation polarity", ("fr-v2", 9, N)),
    ("fr-v3", 8, N, "same template, another mayor and conviction", ("fr-v1", 0, N)),
    ("fr-v1", 10, N, "boilerplate, another actor in another story", ("fr-f1", 10, N)),
    ("en-c3", 10, N, "boilerplate, another actor in another story", ("en-w1", 9, N)),
]


def main() -> None:
    write_set("heldout3", 3, ARTICLES, LABELS, HARD_NEGATIVES)


if __name__ == "__main__":
    main()
