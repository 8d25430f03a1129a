"""Writes articles_heldout6.jsonl and labels_heldout6.json (this folder, eval/dedup/blind/) from the
hand-written text below.

Held-out set #6, written by reading docs/dedup.md ("Units and kinds", "How each kind is decided" only), the
READMEs, build script, blindset.py, validator and label file of set #5 (eval/dedup/blind/),
eval/dedup/score_dedup.py and worker/text/segment.py only, before any run of the deduplicator on it; it
follows set #5's conventions. Every paragraph carries a comment saying what it is; units not listed in LABELS
are NOT repeats (hard negatives are listed in HARD_NEGATIVES for the record only).
Stories, people, companies, the airline, the union figures and the contamination are invented (real
institutions, towns and regions aside).
Run: .venv/bin/python eval/dedup/blind/build_heldout6.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blindset import write_set  # noqa: E402

N = None

ARTICLES: list[dict] = [
    # ---------------------------------------------------- PFAS in tap water, Haut-Rhin (FR), Monday-Tuesday
    {
        "id": "fr-e1", "source": "afp", "language": "fr",
        "title": "PFAS : l’eau du robinet interdite à la consommation dans 14 communes du Haut-Rhin",
        "paragraphs": [
            # 0 wire lede
            "L’eau du robinet de 14 communes du Haut-Rhin a été déclarée impropre à la consommation lundi après la "
            "détection de PFAS à des taux quatre fois supérieurs à la limite réglementaire, a annoncé l’agence "
            "régionale de santé (ARS) Grand Est.",
            # 1 wire, two sentences
            "Environ 38 000 habitants sont concernés par cette interdiction. Des bouteilles d’eau seront distribuées "
            "à partir de mardi dans les mairies, selon la préfecture.",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after)
            "« Il n’y a pas de danger immédiat, mais nous ne prenons aucun risque »",
            # 3 wire quote, two sentences
            "« Il n’y a pas de danger immédiat, mais nous ne prenons aucun risque », a déclaré le directeur de "
            "l’ARS, Laurent Keller, lors d’un point presse à Colmar. « Les analyses seront refaites chaque "
            "semaine. »",
            # 4 wire
            "Les prélèvements ont été effectués le 3 mars dans le captage de la Lauch, qui alimente le syndicat des "
            "eaux de la vallée.",
            # 5 wire
            "La pollution proviendrait d’une ancienne usine de traitement de textiles fermée en 2009, selon les "
            "premières hypothèses des services de l’État.",
            # 6 wire (its polarity twin comes in fr-e4/5)
            "Les habitants peuvent continuer à utiliser l’eau pour se laver et pour la vaisselle, a précisé la "
            "préfecture.",
            # 7 wire
            "Aucune plainte n’a été déposée à ce stade, selon le parquet de Colmar.",
            # 8 in-article paraphrase of ¶4 (cleft sentence, synonyms)
            "C’est le 3 mars que les échantillons ont été prélevés dans le captage de la Lauch, source du syndicat "
            "des eaux de la vallée.",
        ],
    },
    {
        "id": "fr-e2", "source": "lalsace", "language": "fr",
        "title": "Eau polluée aux PFAS : 14 communes privées d’eau potable",
        "paragraphs": [
            # 0 heading "Topic : « quote »" quoting fr-e1/3 sentence 0 (first carrier fr-e1/3, not the pull quote)
            "Eau contaminée : « Il n’y a pas de danger immédiat, mais nous ne prenons aucun risque »",
            # 1 near copy of fr-e1/0 ("déclarée" -> "jugée")
            "L’eau du robinet de 14 communes du Haut-Rhin a été jugée impropre à la consommation lundi après la "
            "détection de PFAS à des taux quatre fois supérieurs à la limite réglementaire, a annoncé l’agence "
            "régionale de santé (ARS) Grand Est.",
            # 2 exact copy of fr-e1/1 (straight apostrophe)
            "Environ 38 000 habitants sont concernés par cette interdiction. Des bouteilles d'eau seront distribuées "
            "à partir de mardi dans les mairies, selon la préfecture.",
            # 3 new (local colour); paraphrased later by fr-e4/2
            "À Guebwiller, des files d’attente se sont formées dès lundi soir devant les supermarchés, où les packs "
            "d’eau ont été rapidement dévalisés.",
            # 4 paraphrase of fr-e1/5 (attribution moved to the front, cleft, "textiles" -> "textile")
            "Selon les premières hypothèses des services de l’État, c’est une ancienne usine de traitement textile, "
            "fermée en 2009, qui serait à l’origine de la pollution.",
            # 5 paraphrase of fr-e1/6 (synonyms, "a précisé" -> "a indiqué")
            "L’eau du robinet reste utilisable pour la toilette et la vaisselle, a indiqué la préfecture.",
            # 6 HARD NEGATIVE: same template, another département, year and pollutant count
            "En 2023, l’eau du robinet de six communes de la Meuse avait déjà été déclarée impropre à la "
            "consommation en raison de PFAS.",
            # 7 near copy of fr-e1/7 ("encore" inserted)
            "Aucune plainte n’a encore été déposée à ce stade, selon le parquet de Colmar.",
            # 8 one-sentence paragraph repeating fr-e1/3 sentence 1 -> contained
            "« Les analyses seront refaites chaque semaine. »",
        ],
    },
    # ---------------------------------------------------- Skylane grounding (EN), Monday-Tuesday
    {
        "id": "en-a1", "source": "reuters", "language": "en",
        "title": "Skylane grounds 12 jets after cracks found in engine fan blades",
        "paragraphs": [
            # 0 wire lede
            "Skylane Airways grounded 12 of its 46 narrow-body jets on Monday after inspectors found cracks in "
            "engine fan blades, the British carrier said, cancelling around 180 flights.",
            # 1 wire, two sentences
            "The affected aircraft are all fitted with the same engine model. The airline said the cracks were "
            "discovered during a routine overnight inspection at Manchester Airport.",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after)
            "\"Safety will always come before our schedule\"",
            # 3 wire quote, two sentences
            "\"Safety will always come before our schedule,\" chief executive Helen Marsh said in a statement. "
            "\"We are deeply sorry for the disruption to our passengers.\"",
            # 4 wire
            "The UK Civil Aviation Authority said it was in contact with the airline and the engine manufacturer.",
            # 5 wire
            "Passengers on cancelled flights will be offered a refund or rebooking within 48 hours, the company "
            "said.",
            # 6 wire
            "Shares in Skylane fell 6.2% in London trading on Monday.",
            # 7 wire (its polarity twin comes in en-a3/3)
            "No other airline operating the engine has reported similar problems, according to the CAA.",
            # 8 in-article paraphrase of ¶5 (synonyms, reordered)
            "Travellers whose flights were cancelled can choose between getting their money back and being rebooked "
            "within 48 hours, Skylane said.",
            # 9 wire background
            "Skylane, founded in 2004, carried 14 million passengers last year.",
        ],
    },
    {
        "id": "fr-e3", "source": "franceinfo", "language": "fr",
        "title": "Pollution aux PFAS : le nombre de communes concernées passe à 16",
        "paragraphs": [
            # 0 update of fr-e1/0 (14 -> 16 communes)
            "L’eau du robinet de 16 communes du Haut-Rhin a été déclarée impropre à la consommation lundi après la "
            "détection de PFAS à des taux quatre fois supérieurs à la limite réglementaire, a annoncé l’agence "
            "régionale de santé (ARS) Grand Est.",
            # 1 update of fr-e1/1 (38 000 -> 43 000 habitants)
            "Environ 43 000 habitants sont concernés par cette interdiction. Des bouteilles d’eau seront distribuées "
            "à partir de mardi dans les mairies, selon la préfecture.",
            # 2 paraphrase of fr-e1/3 sentence 0 (direct quote -> reported speech)
            "Le directeur de l’ARS, Laurent Keller, a assuré lors d’un point presse à Colmar qu’il n’y avait pas de "
            "danger immédiat, mais que les autorités ne prenaient aucun risque.",
            # 3 exact copy of fr-e1/4 (double space)
            "Les prélèvements ont été effectués le 3 mars dans le captage de la Lauch,  qui alimente le syndicat des "
            "eaux de la vallée.",
            # 4 HARD NEGATIVE: same actor (parquet de Colmar), other fact (an old complaint about a landfill)
            "Une plainte pour mise en danger d’autrui avait été déposée en 2021 contre l’exploitant d’une décharge "
            "voisine, selon le parquet de Colmar.",
            # 5 new
            "L’association Eau Vive Alsace réclame depuis plusieurs années un contrôle renforcé des anciens sites "
            "industriels de la vallée.",
            # 6 new sentence + exact copy of fr-e1/6 (sentence-level exact on sentence 1)
            "Les écoles ont reçu des consignes spécifiques pour la cantine. Les habitants peuvent continuer à "
            "utiliser l’eau pour se laver et pour la vaisselle, a précisé la préfecture.",
            # 7 paraphrase of fr-e1/5 (active, "soupçonnent … d’être responsable")
            "Les services de l’État soupçonnent, à ce stade, une ancienne usine textile fermée en 2009 d’être "
            "responsable de la pollution.",
            # 8 pull quote: middle of fr-e1/3 sentence 0 -> contained
            "« Nous ne prenons aucun risque »",
            # 9 HARD NEGATIVE: same template, another département, month and pollutant
            "L’eau du robinet de trois communes du Bas-Rhin avait été déclarée impropre à la consommation en janvier "
            "après la détection de nitrates.",
        ],
    },
    {
        "id": "en-a2", "source": "bbc", "language": "en",
        "title": "Skylane cancels flights after engine cracks",
        "paragraphs": [
            # 0 heading "Topic: \"quote\"" quoting en-a1/3 sentence 1
            "Skylane grounding: \"We are deeply sorry for the disruption to our passengers\"",
            # 1 near copy of en-a1/0 ("found" -> "discovered")
            "Skylane Airways grounded 12 of its 46 narrow-body jets on Monday after inspectors discovered cracks in "
            "engine fan blades, the British carrier said, cancelling around 180 flights.",
            # 2 exact copy of en-a1/1 (double space)
            "The affected aircraft are all fitted with the same engine model.  The airline said the cracks were "
            "discovered during a routine overnight inspection at Manchester Airport.",
            # 3 new (local colour); paraphrased later by en-a3/7
            "At Manchester Airport, long queues formed at the Skylane desks on Monday morning as passengers tried "
            "to rebook.",
            # 4 paraphrase of en-a1/4 (subject and object swapped, attribution moved)
            "The airline and the engine manufacturer are in contact with the UK Civil Aviation Authority, the "
            "regulator said.",
            # 5 HARD NEGATIVE: same template, another airline, year, fleet and fault
            "In 2022, Aeris Regional grounded eight turboprops for two days after corrosion was found in their "
            "landing gear.",
            # 6 paraphrase of en-a1/6 (reordered, "fell" -> "dropped")
            "On Monday, Skylane's shares dropped 6.2% in London.",
            # 7 near copy of en-a1/7 ("so far" inserted)
            "No other airline operating the engine has so far reported similar problems, according to the CAA.",
            # 8 pull quote of en-a1/3 sentence 0 -> contained
            "\"Safety will always come before our schedule\"",
        ],
    },
    {
        "id": "en-a3", "source": "ap", "language": "en",
        "title": "Skylane grounds more jets as engine checks widen",
        "paragraphs": [
            # 0 update of en-a1/0 (12 -> 15 jets, 180 -> 230 flights)
            "Skylane Airways grounded 15 of its 46 narrow-body jets on Monday after inspectors found cracks in "
            "engine fan blades, the British carrier said, cancelling around 230 flights.",
            # 1 paraphrase of en-a1/3 sentence 0 (direct quote -> reported speech)
            "Chief executive Helen Marsh said in a statement that safety would always come before the airline's "
            "schedule.",
            # 2 exact copy of en-a1/5
            "Passengers on cancelled flights will be offered a refund or rebooking within 48 hours, the company "
            "said.",
            # 3 HARD NEGATIVE: polarity flip of en-a1/7
            "A second airline operating the engine has reported similar problems, according to the CAA.",
            # 4 new
            "The engine manufacturer said it was sending a team of engineers to Manchester.",
            # 5 update of en-a1/6 (6.2% -> 8.4%)
            "Shares in Skylane fell 8.4% in London trading on Monday.",
            # 6 exact copy of en-a1/9 + a new sentence (sentence-level exact on sentence 0)
            "Skylane, founded in 2004, carried 14 million passengers last year. It operates from 11 British "
            "airports.",
            # 7 paraphrase of en-a2/3 (the BBC's own local colour)
            "Queues of passengers trying to rebook built up at Skylane's desks in Manchester Airport on Monday "
            "morning.",
            # 8 one-sentence paragraph repeating en-a1/1 sentence 0 -> contained
            "The affected aircraft are all fitted with the same engine model.",
            # 9 HARD NEGATIVE: same template, another company and figure
            "Shares in rival carrier Jetlink rose 2.1% in London trading on Monday.",
        ],
    },
    {
        "id": "fr-e4", "source": "lemonde", "language": "fr",
        "title": "PFAS dans le Haut-Rhin : les distributions d’eau ont commencé",
        "paragraphs": [
            # 0 HARD NEGATIVE (new lede): same actors, other fact (the distribution has started)
            "Les distributions de bouteilles d’eau ont commencé mardi matin dans les mairies du Haut-Rhin privées "
            "d’eau potable depuis lundi.",
            # 1 update of fr-e1/0 and of the remembered update fr-e3/0 (-> 17 communes)
            "L’eau du robinet de 17 communes du Haut-Rhin a été déclarée impropre à la consommation lundi après la "
            "détection de PFAS à des taux quatre fois supérieurs à la limite réglementaire, a annoncé l’agence "
            "régionale de santé (ARS) Grand Est.",
            # 2 paraphrase of fr-e2/3 (L'Alsace's own local colour)
            "Dès lundi soir, les rayons de packs d’eau des supermarchés de Guebwiller ont été vidés, devant de "
            "longues files d’attente.",
            # 3 pull quote: start of fr-e1/3 sentence 0 -> contained
            "« Il n’y a pas de danger immédiat »",
            # 4 paraphrase of fr-e1/4 (passive -> active, agent added)
            "Les agents de l’ARS ont prélevé les échantillons le 3 mars dans le captage de la Lauch, qui alimente le "
            "syndicat des eaux de la vallée.",
            # 5 HARD NEGATIVE: polarity flip of fr-e1/6 (new instruction: no washing either)
            "Les habitants ne doivent plus utiliser l’eau pour se laver ni pour la vaisselle, a précisé mardi la "
            "préfecture.",
            # 6 paraphrase of fr-e1/7 (attribution moved, "à ce stade" -> "pour l’instant")
            "Selon le parquet de Colmar, aucune plainte n’a pour l’instant été déposée.",
            # 7 new
            "Le ministère de la Santé a annoncé mardi le lancement d’une campagne nationale de mesure des PFAS dans "
            "les réseaux d’eau potable.",
            # 8 CMS duplicate of ¶7 (in-article exact)
            "Le ministère de la Santé a annoncé mardi le lancement d’une campagne nationale de mesure des PFAS dans "
            "les réseaux d’eau potable.",
            # 9 near copy of fr-e1/5 ("fermée" -> "abandonnée")
            "La pollution proviendrait d’une ancienne usine de traitement de textiles abandonnée en 2009, selon les "
            "premières hypothèses des services de l’État.",
        ],
    },
    {
        "id": "en-a4", "source": "guardian", "language": "en",
        "title": "Skylane says some grounded jets cleared to fly",
        "paragraphs": [
            # 0 HARD NEGATIVE (new lede): same actor, other fact (jets cleared)
            "Skylane Airways said on Tuesday that three of its grounded jets had been cleared to fly again after "
            "engine checks.",
            # 1 update of en-a1/0 and of the remembered update en-a3/0 (flights -> 260)
            "Skylane Airways grounded 15 of its 46 narrow-body jets on Monday after inspectors found cracks in "
            "engine fan blades, the British carrier said, cancelling around 260 flights.",
            # 2 pull quote of en-a1/3 sentence 0 -> contained
            "\"Safety will always come before our schedule\"",
            # 3 paraphrase of en-a1/1 sentence 1 (attribution moved, active)
            "According to the airline, a routine overnight inspection at Manchester Airport revealed the cracks.",
            # 4 near copy of en-a1/4 ("close" inserted)
            "The UK Civil Aviation Authority said it was in close contact with the airline and the engine "
            "manufacturer.",
            # 5 paraphrase of en-a1/9 (reordered, synonyms)
            "Last year the carrier, which was set up in 2004, flew 14 million passengers.",
            # 6 HARD NEGATIVE: same actor (Helen Marsh), other fact
            "Helen Marsh, who became chief executive in 2021, previously ran the airline's cargo division.",
            # 7 update of en-a1/6 and en-a3/5 (3.1%, Tuesday)
            "Shares in Skylane fell a further 3.1% in London trading on Tuesday.",
            # 8 paraphrase of en-a1/5 (future -> reported, "refund or rebooking" -> "a refund or a new booking")
            "Skylane said passengers affected by cancellations would be offered either a refund or a new booking "
            "within 48 hours.",
        ],
    },
    # ---------------------------------------------------- Ottawa teachers' strike (EN), Wednesday-Thursday
    {
        "id": "en-k1", "source": "canadianpress", "language": "en",
        "title": "Ottawa-area teachers strike after talks collapse",
        "paragraphs": [
            # 0 wire lede
            "Teachers at 212 public schools in the Ottawa region walked off the job on Wednesday after talks with "
            "the school board broke down overnight, the union said.",
            # 1 wire, two sentences
            "About 96,000 students are affected by the strike. Schools will remain closed until at least Friday, "
            "the Ottawa-Carleton District School Board said.",
            # 2 wire quote, two sentences
            "\"We did not take this decision lightly,\" union president Marc Tessier told reporters outside the "
            "board's offices. \"Our members have been without a contract for 14 months.\"",
            # 3 wire
            "The union is seeking a 4.5% annual pay rise over three years, while the board has offered 2.75%.",
            # 4 wire
            "Education Minister Ruth Adeyemi said she would not intervene while negotiations were still possible.",
            # 5 wire
            "The last strike by teachers in the region, in 2015, lasted nine days.",
            # 6 wire
            "Parents have been advised to check the board's website for updates on child care options.",
            # 7 in-article paraphrase of ¶4 (negation restated: "stay out of the dispute as long as")
            "The government will stay out of the dispute as long as the two sides can still negotiate, Adeyemi "
            "said.",
        ],
    },
    {
        "id": "en-k2", "source": "thestar", "language": "en",
        "title": "Ottawa teachers on strike, 96,000 students out of class",
        "paragraphs": [
            # 0 heading "Topic: \"quote\"" quoting en-k1/2 sentence 0
            "Ottawa strike: \"We did not take this decision lightly\"",
            # 1 near copy of en-k1/0 ("broke down" -> "collapsed")
            "Teachers at 212 public schools in the Ottawa region walked off the job on Wednesday after talks with "
            "the school board collapsed overnight, the union said.",
            # 2 exact copy of en-k1/1 (double space)
            "About 96,000 students are affected by the strike.  Schools will remain closed until at least Friday, "
            "the Ottawa-Carleton District School Board said.",
            # 3 paraphrase of en-k1/3 (clauses swapped, synonyms)
            "The board has put 2.75% on the table, while the union wants a pay increase of 4.5% a year over three "
            "years.",
            # 4 HARD NEGATIVE: same template, other schools, city, day and kind of strike
            "Teachers at 48 Catholic schools in the Hamilton region held a one-day strike on Monday in a separate "
            "dispute.",
            # 5 one-sentence paragraph repeating en-k1/2 sentence 1 -> contained
            "\"Our members have been without a contract for 14 months.\"",
            # 6 new (local colour); paraphrased later by en-k3/5
            "At Glebe Collegiate Institute, about 40 teachers and parents formed a picket line before 8 a.m.",
            # 7 near copy of en-k1/5 ("last" -> "previous")
            "The previous strike by teachers in the region, in 2015, lasted nine days.",
            # 8 paraphrase of en-k1/4 (apposition, "would not intervene" -> "would stay out of the talks")
            "Ruth Adeyemi, the education minister, said she would stay out of the talks as long as negotiations "
            "remained possible.",
            # 9 HARD NEGATIVE: same actor (Marc Tessier), other fact
            "Union president Marc Tessier was re-elected to a second three-year term in June.",
        ],
    },
    # ---------------------------------------------------- Serrières bridge closed (FR), Thursday-Friday
    {
        "id": "fr-b1", "source": "afp", "language": "fr",
        "title": "Ardèche : le pont suspendu de Serrières fermé après la découverte de fissures",
        "paragraphs": [
            # 0 wire lede
            "Le pont suspendu de Serrières, qui relie l’Ardèche à l’Isère au-dessus du Rhône, a été fermé à toute "
            "circulation jeudi après la découverte de fissures sur deux câbles porteurs, a annoncé la préfecture de "
            "l’Ardèche.",
            # 1 wire, two sentences
            "Près de 9 000 véhicules empruntent chaque jour cet ouvrage construit en 1932. Une déviation de 25 "
            "kilomètres a été mise en place par Andance.",
            # 2 pull quote of ¶3 sentence 0 (in-article; the longer unit comes after)
            "« La sécurité des usagers ne peut pas attendre »",
            # 3 wire quote, two sentences
            "« La sécurité des usagers ne peut pas attendre », a déclaré le préfet de l’Ardèche, Thierry Gauvain, "
            "devant la presse. « Aucune date de réouverture ne peut être avancée aujourd’hui. »",
            # 4 wire
            "Les fissures ont été repérées mercredi lors d’une inspection menée par un bureau d’études mandaté par "
            "le département.",
            # 5 wire (its polarity twin comes in fr-b3/5)
            "Les piétons et les cyclistes ne pourront pas non plus traverser le pont, a précisé la préfecture.",
            # 6 wire
            "Des travaux de renforcement, estimés à 3,2 millions d’euros, étaient prévus pour 2026.",
            # 7 in-article paraphrase of ¶4 (cleft, active, synonyms)
            "C’est un bureau d’études, mandaté par le département, qui a découvert mercredi les fissures au cours "
            "d’une inspection.",
            # 8 wire
            "Le maire de Serrières, Olivier Charrel, a dénoncé « des années de retard dans l’entretien de "
            "l’ouvrage ».",
        ],
    },
    {
        "id": "en-k3", "source": "globeandmail", "language": "en",
        "title": "Ottawa teachers' strike: talks resume under mediator",
        "paragraphs": [
            # 0 HARD NEGATIVE (new lede): same actors, other fact (talks resumed)
            "Talks between striking Ottawa teachers and the school board resumed on Thursday under a provincial "
            "mediator.",
            # 1 update of en-k1/1 (Friday -> Monday)
            "About 96,000 students are affected by the strike. Schools will remain closed until at least Monday, "
            "the Ottawa-Carleton District School Board said.",
            # 2 paraphrase of en-k1/2 sentence 0 (direct quote -> reported speech, passive)
            "Union president Marc Tessier told reporters outside the board's offices that the decision to strike "
            "had not been taken lightly.",
            # 3 HARD NEGATIVE: opposite claim of en-k1/4 (the minister would intervene)
            "Education Minister Ruth Adeyemi said on Thursday she would intervene if negotiations failed again.",
            # 4 exact copy of en-k1/6 (curly apostrophe)
            "Parents have been advised to check the board’s website for updates on child care options.",
            # 5 paraphrase of en-k2/6 (the Star's own local colour)
            "Some 40 teachers and parents were already picketing outside Glebe Collegiate Institute before 8 a.m.",
            # 6 update of en-k1/3 (board offer 2.75% -> 3.25%)
            "The union is seeking a 4.5% annual pay rise over three years, while the board has offered 3.25%.",
            # 7 new sentence + exact copy of en-k1/5 (sentence-level exact on sentence 1)
            "Classes in the region were last disrupted by a labour dispute a decade ago. The last strike by teachers "
            "in the region, in 2015, lasted nine days.",
            # 8 near copy of en-k1/0 ("the union" -> "their union")
            "Teachers at 212 public schools in the Ottawa region walked off the job on Wednesday after talks with "
            "the school board broke down overnight, their union said.",
            # 9 pull quote of en-k1/2 sentence 0 -> contained
            "\"We did not take this decision lightly\"",
            # 10 HARD NEGATIVE: same actor (the union), other fact
            "The union said its members would not accept any offer below 4% a year.",
        ],
    },
    {
        "id": "fr-b2", "source": "ledauphine", "language": "fr",
        "title": "Le pont de Serrières fermé, les riverains inquiets",
        "paragraphs": [
            # 0 heading "Topic : « quote »" quoting fr-b1/3 sentence 1
            "Pont de Serrières : « Aucune date de réouverture ne peut être avancée aujourd’hui »",
            # 1 near copy of fr-b1/0 ("fermé" -> "interdit")
            "Le pont suspendu de Serrières, qui relie l’Ardèche à l’Isère au-dessus du Rhône, a été interdit à toute "
            "circulation jeudi après la découverte de fissures sur deux câbles porteurs, a annoncé la préfecture de "
            "l’Ardèche.",
            # 2 exact copy of fr-b1/1 (double space)
            "Près de 9 000 véhicules empruntent chaque jour cet ouvrage construit en 1932.  Une déviation de 25 "
            "kilomètres a été mise en place par Andance.",
            # 3 new (local colour); paraphrased later by fr-b3/3
            "À Sablons, sur la rive iséroise, les commerçants craignent de perdre une partie de leur clientèle "
            "venue d’Ardèche.",
            # 4 paraphrase of fr-b1/5 (negation kept: "également interdite")
            "La traversée sera également interdite aux piétons et aux cyclistes, selon la préfecture.",
            # 5 HARD NEGATIVE: same template, another bridge, year and fault
            "En 2022, le pont suspendu de Bourg-Saint-Andéol avait été fermé pendant trois semaines après la "
            "découverte de corrosion sur ses haubans.",
            # 6 paraphrase of fr-b1/6 (nominal -> verbal, actor added)
            "Le département avait programmé pour 2026 un chantier de renforcement d’un coût évalué à 3,2 millions "
            "d’euros.",
            # 7 exact copy of fr-b1/8 (straight apostrophes)
            "Le maire de Serrières, Olivier Charrel, a dénoncé « des années de retard dans l'entretien de "
            "l'ouvrage ».",
            # 8 new sentence + exact copy of fr-b1/4 (sentence-level exact on sentence 1)
            "Le préfet a réuni les élus des deux rives jeudi soir. Les fissures ont été repérées mercredi lors "
            "d’une inspection menée par un bureau d’études mandaté par le département.",
            # 9 HARD NEGATIVE: same actor (the prefect), other fact
            "Le préfet de l’Ardèche, Thierry Gauvain, avait déjà fait fermer en mars la route départementale 86 "
            "après un éboulement.",
        ],
    },
    {
        "id": "fr-b3", "source": "leparisien", "language": "fr",
        "title": "Le pont de Serrières fermé pour au moins six mois",
        "paragraphs": [
            # 0 HARD NEGATIVE (new lede): same bridge, other fact (closed six months)
            "Le pont suspendu de Serrières restera fermé au moins six mois, a annoncé vendredi le département de "
            "l’Ardèche, qui doit lancer des travaux d’urgence.",
            # 1 update of fr-b1/1 (detour 25 -> 32 km)
            "Près de 9 000 véhicules empruntent chaque jour cet ouvrage construit en 1932. Une déviation de 32 "
            "kilomètres a été mise en place par Andance.",
            # 2 paraphrase of fr-b1/3 sentence 0 (direct quote -> reported speech)
            "Le préfet de l’Ardèche, Thierry Gauvain, a estimé devant la presse que la sécurité des usagers ne "
            "pouvait pas attendre.",
            # 3 paraphrase of fr-b2/3 (Le Dauphiné's own local colour)
            "Les commerçants de Sablons, côté Isère, redoutent de voir fuir une partie de leurs clients ardéchois.",
            # 4 update of fr-b1/6 (3,2 -> 4,8 millions)
            "Des travaux de renforcement, estimés à 4,8 millions d’euros, étaient prévus pour 2026.",
            # 5 HARD NEGATIVE: polarity flip of fr-b1/5
            "Les piétons et les cyclistes pourront continuer à traverser le pont, a précisé vendredi la préfecture.",
            # 6 near copy of fr-b1/4 ("menée" -> "réalisée")
            "Les fissures ont été repérées mercredi lors d’une inspection réalisée par un bureau d’études mandaté "
            "par le département.",
            # 7 exact copy of fr-b1/8 + a new sentence (sentence-level exact on sentence 0)
            "Le maire de Serrières, Olivier Charrel, a dénoncé « des années de retard dans l’entretien de "
            "l’ouvrage ». Élu en 2020, il réclame une réunion avec l’État.",
            # 8 new
            "Une réunion publique est prévue lundi soir à la salle des fêtes de Serrières.",
            # 9 CMS duplicate of ¶8 (in-article exact)
            "Une réunion publique est prévue lundi soir à la salle des fêtes de Serrières.",
            # 10 HARD NEGATIVE: negation, other bridge (Andance), same template as fr-b1/4
            "Aucune fissure n’a été repérée sur le pont voisin d’Andance lors d’une inspection menée jeudi.",
        ],
    },
]

# (article, paragraph, sentence|None, kind, [(of_article, of_paragraph, of_sentence|None), ...])
LABELS: list[tuple] = [
    # --- fr-e1 ---
    ("fr-e1", 2, N, "contained", [("fr-e1", 3, 0)]),
    ("fr-e1", 8, N, "paraphrase", [("fr-e1", 4, N)]),
    # --- fr-e2 ---
    ("fr-e2", 0, N, "contained", [("fr-e1", 3, 0)]),
    ("fr-e2", 1, N, "near", [("fr-e1", 0, N)]),
    ("fr-e2", 2, N, "exact", [("fr-e1", 1, N)]),
    ("fr-e2", 4, N, "paraphrase", [("fr-e1", 5, N)]),
    ("fr-e2", 5, N, "paraphrase", [("fr-e1", 6, N)]),
    ("fr-e2", 7, N, "near", [("fr-e1", 7, N)]),
    ("fr-e2", 8, N, "contained", [("fr-e1", 3, 1)]),
    # --- fr-e3 ---
    ("fr-e3", 0, N, "update", [("fr-e1", 0, N)]),
    ("fr-e3", 1, N, "update", [("fr-e1", 1, N)]),
    ("fr-e3", 2, N, "paraphrase", [("fr-e1", 3, 0)]),
    ("fr-e3", 3, N, "exact", [("fr-e1", 4, N)]),
    ("fr-e3", 6, 1, "exact", [("fr-e1", 6, N)]),
    ("fr-e3", 7, N, "paraphrase", [("fr-e1", 5, N)]),
    ("fr-e3", 8, N, "contained", [("fr-e1", 3, 0)]),
    # --- en-a1 ---
    ("en-a1", 2, N, "contained", [("en-a1", 3, 0)]),
    ("en-a1", 8, N, "paraphrase", [("en-a1", 5, N)]),
    # --- fr-e4 ---
    ("fr-e4", 1, N, "update", [("fr-e1", 0, N), ("fr-e3", 0, N)]),
    ("fr-e4", 2, N, "paraphrase", [("fr-e2", 3, N)]),
    ("fr-e4", 3, N, "contained", [("fr-e1", 3, 0)]),
    ("fr-e4", 4, N, "paraphrase", [("fr-e1", 4, N)]),
    ("fr-e4", 6, N, "paraphrase", [("fr-e1", 7, N)]),
    ("fr-e4", 8, N, "exact", [("fr-e4", 7, N)]),
    ("fr-e4", 9, N, "near", [("fr-e1", 5, N)]),
    # --- en-a2 ---
    ("en-a2", 0, N, "contained", [("en-a1", 3, 1)]),
    ("en-a2", 1, N, "near", [("en-a1", 0, N)]),
    ("en-a2", 2, N, "exact", [("en-a1", 1, N)]),
    ("en-a2", 4, N, "paraphrase", [("en-a1", 4, N)]),
    ("en-a2", 6, N, "paraphrase", [("en-a1", 6, N)]),
    ("en-a2", 7, N, "near", [("en-a1", 7, N)]),
    ("en-a2", 8, N, "contained", [("en-a1", 3, 0)]),
    # --- en-a3 ---
    ("en-a3", 0, N, "update", [("en-a1", 0, N)]),
    ("en-a3", 1, N, "paraphrase", [("en-a1", 3, 0)]),
    ("en-a3", 2, N, "exact", [("en-a1", 5, N)]),
    ("en-a3", 5, N, "update", [("en-a1", 6, N)]),
    ("en-a3", 6, 0, "exact", [("en-a1", 9, N)]),
    ("en-a3", 7, N, "paraphrase", [("en-a2", 3, N)]),
    ("en-a3", 8, N, "contained", [("en-a1", 1, 0)]),
    # --- en-k1 ---
    ("en-k1", 7, N, "paraphrase", [("en-k1", 4, N)]),
    # --- fr-b1 ---
    ("fr-b1", 2, N, "contained", [("fr-b1", 3, 0)]),
    ("fr-b1", 7, N, "paraphrase", [("fr-b1", 4, N)]),
    # --- en-k2 ---
    ("en-k2", 0, N, "contained", [("en-k1", 2, 0)]),
    ("en-k2", 1, N, "near", [("en-k1", 0, N)]),
    ("en-k2", 2, N, "exact", [("en-k1", 1, N)]),
    ("en-k2", 3, N, "paraphrase", [("en-k1", 3, N)]),
    ("en-k2", 5, N, "contained", [("en-k1", 2, 1)]),
    ("en-k2", 7, N, "near", [("en-k1", 5, N)]),
    ("en-k2", 8, N, "paraphrase", [("en-k1", 4, N)]),
    # --- fr-b2 ---
    ("fr-b2", 0, N, "contained", [("fr-b1", 3, 1)]),
    ("fr-b2", 1, N, "near", [("fr-b1", 0, N)]),
    ("fr-b2", 2, N, "exact", [("fr-b1", 1, N)]),
    ("fr-b2", 4, N, "paraphrase", [("fr-b1", 5, N)]),
    ("fr-b2", 6, N, "paraphrase", [("fr-b1", 6, N)]),
    ("fr-b2", 7, N, "exact", [("fr-b1", 8, N)]),
    ("fr-b2", 8, 1, "exact", [("fr-b1", 4, N)]),
    # --- en-a4 ---
    ("en-a4", 1, N, "update", [("en-a1", 0, N), ("en-a3", 0, N)]),
    ("en-a4", 2, N, "contained", [("en-a1", 3, 0)]),
    ("en-a4", 3, N, "paraphrase", [("en-a1", 1, 1)]),
    ("en-a4", 4, N, "near", [("en-a1", 4, N)]),
    ("en-a4", 5, N, "paraphrase", [("en-a1", 9, N)]),
    ("en-a4", 7, N, "update", [("en-a1", 6, N), ("en-a3", 5, N)]),
    ("en-a4", 8, N, "paraphrase", [("en-a1", 5, N)]),
    # --- en-k3 ---
    ("en-k3", 1, N, "update", [("en-k1", 1, N)]),
    ("en-k3", 2, N, "paraphrase", [("en-k1", 2, 0)]),
    ("en-k3", 4, N, "exact", [("en-k1", 6, N)]),
    ("en-k3", 5, N, "paraphrase", [("en-k2", 6, N)]),
    ("en-k3", 6, N, "update", [("en-k1", 3, N)]),
    ("en-k3", 7, 1, "exact", [("en-k1", 5, N)]),
    ("en-k3", 8, N, "near", [("en-k1", 0, N)]),
    ("en-k3", 9, N, "contained", [("en-k1", 2, 0)]),
    # --- fr-b3 ---
    ("fr-b3", 1, N, "update", [("fr-b1", 1, N)]),
    ("fr-b3", 2, N, "paraphrase", [("fr-b1", 3, 0)]),
    ("fr-b3", 3, N, "paraphrase", [("fr-b2", 3, N)]),
    ("fr-b3", 4, N, "update", [("fr-b1", 6, N)]),
    ("fr-b3", 6, N, "near", [("fr-b1", 4, N)]),
    ("fr-b3", 7, 0, "exact", [("fr-b1", 8, N)]),
    ("fr-b3", 9, N, "exact", [("fr-b3", 8, N)]),
]

# Units that must NOT be marked (close to an earlier unit but a different statement). For the record only:
# they are simply absent from LABELS. (article, paragraph, sentence|None, type, look-alike)
HARD_NEGATIVES: list[tuple] = [
    ("fr-e2", 6, N, "same template, another département, year and count", ("fr-e1", 0, N)),
    ("fr-e3", 4, N, "same actor (parquet de Colmar), other fact (a 2021 complaint)", ("fr-e1", 7, N)),
    ("fr-e3", 9, N, "same template, another département, month and pollutant", ("fr-e1", 0, N)),
    ("fr-e4", 0, N, "same actors, other fact (new lede: distribution started)", ("fr-e1", 1, 1)),
    ("fr-e4", 5, N, "polarity flip (water no longer usable for washing)", ("fr-e1", 6, N)),
    ("en-a2", 5, N, "same template, another airline, year, fleet and fault", ("en-a1", 0, N)),
    ("en-a3", 3, N, "polarity flip (a second airline reported problems)", ("en-a1", 7, N)),
    ("en-a3", 9, N, "same template, another company, direction and figure", ("en-a1", 6, N)),
    ("en-k2", 4, N, "same template, other schools, city, day and strike", ("en-k1", 0, N)),
    ("en-k2", 9, N, "same actor (Marc Tessier), other fact", ("en-k1", 2, 0)),
    ("fr-b2", 5, N, "same template, another bridge, year and fault", ("fr-b1", 0, N)),
    ("fr-b2", 9, N, "same actor (the prefect), other fact", ("fr-b1", 3, 0)),
    ("en-a4", 0, N, "same actor, other fact (new lede: jets cleared)", ("en-a1", 0, N)),
    ("en-a4", 6, N, "same actor (Helen Marsh), other fact", ("en-a1", 3, 0)),
    ("en-k3", 0, N, "same actors, other fact (new lede: talks resumed)", ("en-k1", 0, N)),
    ("en-k3", 3, N, "opposite claim (the minister would intervene)", ("en-k1", 4, N)),
    ("en-k3", 10, N, "same actor (the union), other fact (minimum offer)", ("en-k1", 3, N)),
    ("fr-b3", 0, N, "same bridge, other fact (new lede: closed six months)", ("fr-b1", 0, N)),
    ("fr-b3", 5, N, "polarity flip (pedestrians and cyclists may cross)", ("fr-b1", 5, N)),
    ("fr-b3", 10, N, "negation, another bridge (no crack found at Andance)", ("fr-b1", 4, N)),
]


def main() -> None:
    write_set("heldout6", 6, ARTICLES, LABELS, HARD_NEGATIVES)


if __name__ == "__main__":
    main()
