"""Property test of the whole offline pipeline (segment → dedup → spaCy → events) on generated articles:
it never raises, and whatever it publishes satisfies the schemas and points back at the body."""

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.ingest.raw import parse_raw_article
from worker.pipeline import Pipeline
from worker.schemas import first_error

WORDS = ["Le", "Pentagone", "a", "annoncé", "déploiement", "de", "3 000", "soldats", "en", "Pologne", "Moscou",
         "nié", "les", "accusations", "«", "»", "’", "Biden", "Macron", "mercredi", "200 millions de dollars",
         "The", "Pentagon", "said", "it", "would", "deploy", "troops", "to", "Germany", ".", ",", "?", "\n", "\n\n",
         "Путин", "بوتين", "🙂", "<script>", "\t", "n’a", "pas", "pourrait", "si", "elle", "envahissait"]

PIPELINE = Pipeline()
bodies = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), min_size=1, max_size=60).map(" ".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=bodies, language=st.sampled_from([None, "fr", "en", "de"]))
def test_pipeline_never_raises_and_publishes_valid_records(body, language):
    document = {"id": "gen", "url": "u", "source": "s", "title": "", "body": body}
    if language:
        document["language"] = language
    try:
        article = parse_raw_article(orjson.dumps(document))
    except Exception:  # rejected input is the parser's business (tested elsewhere)
        return
    output = PIPELINE.process(article)
    assert first_error("enriched-article", output.enriched) is None
    for paragraph in output.enriched["paragraphs"]:
        assert article.body[paragraph["start"]:paragraph["end"]] == paragraph["text"]
    for event in output.events:
        assert first_error("event", event) is None
        s = event["sentence"]
        assert article.body[s["start"]:s["end"]] == s["text"]
        assert article.body[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
