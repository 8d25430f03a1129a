"""Cross-article dedup with several workers and partitions, and across a restart of every worker."""

from __future__ import annotations

import random

import orjson
import pytest

from tests.kafka_fixtures import consume, free_port, produce, settings_for

pytestmark = pytest.mark.integration

WIRE = ("Le Pentagone a annoncé mercredi qu’il déploierait 3 000 soldats en Allemagne, en Pologne et en "
        "Roumanie alors que les tensions montaient avec la Russie au sujet de l’Ukraine.")


def article(article_id: str, source: str, own: str) -> bytes:
    return orjson.dumps({"id": article_id, "url": f"https://x.test/{article_id}", "source": source,
                         "title": "", "body": f"{own}\n{WIRE}", "language": "fr"})


def enriched_of(settings, article_id: str) -> dict:
    records = consume(settings, [settings.topic_enriched],
                      lambda rs: any(r["key"] == article_id for r in rs), timeout=120)
    matching = [r for r in records if r["key"] == article_id]
    assert matching, f"no enriched record for {article_id}"
    return matching[0]


def wire_mark(record: dict) -> dict | None:
    return next((p["duplicate"] for p in record["value"]["paragraphs"] if p["text"] == WIRE), None)


def test_repeat_found_across_partitions_and_workers_and_after_restart(kafka_broker, start_worker, tmp_path):
    settings = settings_for(kafka_broker, tmp_path, partitions=2)
    first_worker = start_worker(settings)
    second_worker = start_worker(settings.with_overrides(metrics_port=free_port()))

    produce(settings, settings.topic_raw, [(b"wire-afp", article("wire-afp", "AFP", "Dépêche de l’AFP."))], 0)
    original = enriched_of(settings, "wire-afp")
    assert original["partition"] == 0 and wire_mark(original) is None

    produce(settings, settings.topic_raw,
            [(b"copy-lemonde", article("copy-lemonde", "lemonde.fr", "Article du Monde, autre introduction."))], 1)
    copy = enriched_of(settings, "copy-lemonde")
    assert copy["partition"] == 1
    mark = wire_mark(copy)
    assert mark is not None and mark["kind"] == "exact"
    assert mark["of"]["article_id"] == "wire-afp" and mark["of"]["source"] == "AFP"  # lineage: who had it first

    # Each partition was handled by a different worker process.
    handled = {w.settings.metrics_port: w.log() for w in (first_worker, second_worker)}
    assert sum("wire-afp" in log for log in handled.values()) == 1
    assert sum("copy-lemonde" in log for log in handled.values()) == 1

    # Stop every worker, start a new one: the memory comes back from the changelog.
    from worker.cli import stop_process

    stop_process(first_worker.process)
    stop_process(second_worker.process)
    start_worker(settings.with_overrides(metrics_port=free_port()))
    produce(settings, settings.topic_raw,
            [(b"copy-figaro", article("copy-figaro", "lefigaro.fr", "Le Figaro ajoute un contexte."))], 0)
    late = enriched_of(settings, "copy-figaro")
    mark = wire_mark(late)
    assert mark is not None and mark["of"]["article_id"] == "wire-afp"



# French words to make paragraphs of each article's own (random order: new text for everyone, but French,
# so that every article is deduplicated as French).
FRENCH_WORDS = (
    "le la les de des du et à en un une pour dans sur avec par qui que au aux ce cette son sa ses leur "
    "ville maire conseil habitants projet travaux école quartier route marché budget association festival "
    "saison pluie récolte vignes entreprise salariés usine commerce centre mairie réunion rapport année "
    "semaine mois matin soir nouveau grand petit ancien premier dernier plusieurs nombreux selon depuis"
).split()
# Six unrelated wire paragraphs; each is carried by two outlets whose copies reach both partitions at once.
BURST_WIRES = (
    "Le gouvernement a présenté jeudi un plan de 2 milliards d’euros pour moderniser les hôpitaux publics, "
    "dont la moitié sera consacrée au recrutement d’infirmiers d’ici à 2027.",
    "Un incendie s’est déclaré dans la nuit de mardi à mercredi dans un entrepôt de la zone portuaire du "
    "Havre, mobilisant près de quatre-vingts pompiers jusqu’au petit matin.",
    "La Banque centrale européenne a laissé ses taux directeurs inchangés, sa présidente estimant que "
    "l’inflation restait trop élevée pour envisager une baisse avant l’été.",
    "Les contrôleurs aériens ont déposé un préavis de grève pour le week-end prochain, ce qui pourrait "
    "entraîner l’annulation d’un vol sur deux dans les aéroports parisiens.",
    "Le club lyonnais a officialisé l’arrivée d’un milieu de terrain brésilien, recruté pour quatre saisons "
    "contre une indemnité de transfert estimée à 18 millions d’euros.",
    "Des chercheurs de l’université de Bordeaux ont identifié une nouvelle espèce de libellule dans les "
    "marais de la Gironde, une découverte publiée dans une revue scientifique internationale.",
)


def test_copies_taken_by_two_workers_in_the_same_burst_are_parsed_once(kafka_broker, start_worker, tmp_path):
    """Two outlets' copies of the same wire stories reach both partitions at the same moment: each worker
    may deduplicate its copy before the other's fingerprints arrive. The second look
    (worker/dedup/concurrent.py) leaves each shared paragraph to exactly one of them: never parsed by
    both, never deferred by both."""
    import asyncio

    from aiokafka import AIOKafkaProducer

    settings = settings_for(kafka_broker, tmp_path, partitions=2)  # default second look
    start_worker(settings)
    start_worker(settings.with_overrides(metrics_port=free_port()))

    def burst_article(article_id: str, wire: str) -> bytes:
        # Paragraphs of its own (new to everyone) make each worker's first pass long enough that the two
        # workers' first passes overlap, as in a real burst.
        rng = random.Random(article_id)
        own = [" ".join(rng.choice(FRENCH_WORDS) for _ in range(50)).capitalize() + "." for _ in range(12)]
        body = "\n".join([f"Introduction propre à {article_id}.", wire, *own])
        return orjson.dumps({"id": article_id, "url": f"https://x.test/{article_id}", "source": article_id,
                             "title": "", "body": body, "language": "fr"})

    copies = {(f"story{i}-{outlet}", partition): wire for i, wire in enumerate(BURST_WIRES)
              for outlet, partition in (("ouest", 0), ("nice", 1))}

    async def send_all() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=50)
        await producer.start()
        try:
            sends = [await producer.send(settings.topic_raw, key=key.encode(), value=burst_article(key, wire),
                                         partition=partition) for (key, partition), wire in copies.items()]
            await asyncio.gather(*sends)
        finally:
            await producer.stop()

    asyncio.run(send_all())
    ids = {key for key, _ in copies}
    records = consume(settings, [settings.topic_enriched], lambda rs: ids <= {r["key"] for r in rs}, timeout=180)
    marks = {}
    for record in records:
        if record["key"] in ids:
            wire = copies[(record["key"], record["partition"])]
            marks[record["key"]] = next(p["duplicate"] for p in record["value"]["paragraphs"] if p["text"] == wire)
    assert set(marks) == ids
    for i in range(len(BURST_WIRES)):
        pair = (f"story{i}-ouest", f"story{i}-nice")
        repeated = [article_id for article_id in pair if marks[article_id] is not None]
        assert len(repeated) == 1, (pair, marks[pair[0]], marks[pair[1]])
        mark = marks[repeated[0]]
        assert mark["kind"] == "exact" and mark["of"]["article_id"] == (set(pair) - set(repeated)).pop(), (pair, mark)
