// newsworker dashboard: plain JS, no build step.
// Every value from an event is untrusted text (articles can contain markup): the DOM is built with
// createElement + textContent only (no HTML parsing of data); the server's Content-Security-Policy allows no inline script.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const KNOWN_TYPES = new Set();
  const state = {
    source: null,       // the EventSource
    lastMessage: 0,     // Date.now() of the last message (pings included)
    live: false,
    limit: 500,
    filter: { type: "", country: "", mode: "" },
    countries: [],
    stats: null,
    replay: 0,
    start: "replay",
  };

  // -- small DOM helpers (text only) -----------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function actorLabel(actor) {
    if (!actor) return "?";
    return actor.country ? actor.name + " (" + actor.country + ")" : actor.name;
  }

  function placeLabel(place) {
    return place.country ? place.name + " (" + place.country + ")" : place.name;
  }

  function row(label, value) {
    const div = el("div", "row");
    div.appendChild(el("span", "label", label));
    div.appendChild(el("span", "value", value));
    return div;
  }

  // -- one event card ---------------------------------------------------------------------------
  function card(item) {
    const li = el("li", "card");
    li.dataset.type = item.type;
    li.dataset.mode = item.mode;
    li.dataset.id = item.id;

    const head = el("div", "head");
    const badge = el("span", "badge", item.type);
    if (KNOWN_TYPES.has(item.type)) badge.classList.add("t-" + item.type.toLowerCase());
    head.appendChild(badge);
    head.appendChild(el("span", "actors", actorLabel(item.source) + " → " + actorLabel(item.target)));
    head.appendChild(el("span", "mode m-" + (item.mode || "asserted"), item.mode || "asserted"));
    if (item.ts) {
      const when = el("time", "ts", new Date(item.ts).toLocaleTimeString());
      when.dateTime = new Date(item.ts).toISOString();
      when.title = "published to Kafka " + new Date(item.ts).toLocaleString();
      head.appendChild(when);
    }
    li.appendChild(head);

    const facts = el("div", "facts");
    if (item.places && item.places.length) facts.appendChild(row("where", item.places.map(placeLabel).join(", ")));
    if (item.time) {
      facts.appendChild(row("when", item.time.resolved ? item.time.text + " (" + item.time.resolved + ")" : item.time.text));
    }
    if (item.quantities && item.quantities.length) facts.appendChild(row("numbers", item.quantities.join(", ")));
    if (item.reported_by) facts.appendChild(row("reported by", actorLabel(item.reported_by)));
    facts.appendChild(row("mentions", String(item.mentions || 1)));
    li.appendChild(facts);

    if (item.sentence) li.appendChild(el("blockquote", "sentence", item.sentence));

    if (item.article_id) {
      const foot = el("div", "foot");
      const link = el("a", "article", "enriched article ↗");
      link.href = "/articles/" + encodeURIComponent(item.article_id);  // always a path on this server
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.title = item.article_id;
      foot.appendChild(link);
      foot.appendChild(el("span", "muted", item.article_id));
      li.appendChild(foot);
    }
    return li;
  }

  // -- list, empty state, counts ---------------------------------------------------------------
  function filtering() {
    return Boolean(state.filter.type || state.filter.country || state.filter.mode);
  }

  function updateEmpty() {
    const list = $("events");
    const count = list.children.length;
    $("empty").hidden = count > 0;
    $("shown").textContent = count ? count + " shown" + (filtering() ? " (filtered)" : "") : "";
    if (count > 0) return;
    if (filtering()) {
      $("empty-title").textContent = "No events match these filters";
      $("empty-detail").textContent = "New matching events will appear here. Clear the filters to see everything.";
    } else {
      $("empty-title").textContent = "No events yet";
      const topic = state.stats ? state.stats.topic : "the events topic";
      $("empty-detail").textContent = (state.start === "replay"
        ? "Nothing among the last " + state.replay + " records of " + topic + ". "
        : "Showing only new events from " + topic + ". ") + "Events appear here, newest first, as the worker publishes them.";
    }
  }

  function renderList(items) {
    const list = $("events");
    clear(list);
    for (const item of items.slice(0, state.limit)) list.appendChild(card(item));
    updateEmpty();
  }

  function prepend(item) {
    const list = $("events");
    const existing = list.querySelector('[data-id="' + CSS.escape(item.id) + '"]');
    if (existing) existing.remove();
    list.insertBefore(card(item), list.firstChild);
    while (list.children.length > state.limit) list.removeChild(list.lastChild);
    updateEmpty();
  }

  function renderStats(stats) {
    state.stats = stats;
    state.limit = stats.keep || state.limit;
    const list = $("count-list");
    clear(list);
    const entries = Object.entries(stats.counts || {});
    const max = entries.reduce((m, e) => Math.max(m, e[1]), 0) || 1;
    for (const [type, count] of entries) {
      const li = el("li", "count");
      const button = el("button", "count-type", type);
      button.type = "button";
      button.title = "Show only " + type;
      button.addEventListener("click", () => setFilter({ type: type }));
      li.appendChild(button);
      const bar = el("span", "bar");
      bar.style.width = Math.max(4, Math.round((count / max) * 100)) + "%";  // CSSOM, allowed by the CSP
      li.appendChild(bar);
      li.appendChild(el("span", "count-n", count));
      list.appendChild(li);
    }
    $("counts-empty").hidden = entries.length > 0;
    $("counts-total").textContent = stats.total_last_hour ? stats.total_last_hour + " events" : "";
    $("m-topic").textContent = stats.topic;
    $("m-group").textContent = stats.group;
    $("m-consumer").textContent = stats.consumer;
    if (state.live) showFeedState();
    $("m-kept").textContent = stats.kept + " of " + stats.keep + " events";
    state.countries = stats.countries || [];
    fillSelect($("f-country"), state.countries, "all countries", state.filter.country);
    updateEmpty();
  }

  function fillSelect(select, values, allLabel, selected) {
    const wanted = values.slice();
    if (selected && !wanted.includes(selected)) wanted.push(selected);
    const current = Array.from(select.options).map((o) => o.value).slice(1);
    if (current.join(",") !== wanted.join(",")) {
      clear(select);
      select.appendChild(el("option", null, allLabel)).value = "";
      for (const value of wanted) select.appendChild(el("option", null, value)).value = value;
    }
    select.value = selected || "";
  }

  // -- connection -------------------------------------------------------------------------------
  function setStatus(kind, text) {
    const status = $("status");
    status.className = "status " + kind;
    status.textContent = text;
    state.live = kind === "live" || kind === "stale";
    document.body.classList.toggle("offline", kind === "down");
  }

  // Connected to this server, but is the server reading Kafka? Say so: the list may be stale.
  function showFeedState() {
    if (!state.stats || state.stats.consumer === "consuming") setStatus("live", "Live");
    else setStatus("stale", "Connected, but not reading Kafka: " + state.stats.consumer);
  }

  function query() {
    const params = new URLSearchParams();
    for (const key of ["type", "country", "mode"]) if (state.filter[key]) params.set(key, state.filter[key]);
    return params.toString();
  }

  function connect() {
    if (state.source) state.source.close();
    const q = query();
    const source = new EventSource("/events/stream" + (q ? "?" + q : ""));
    state.source = source;
    if (!state.live) setStatus("connecting", "Connecting…");

    source.addEventListener("snapshot", (e) => {
      const data = JSON.parse(e.data);
      state.lastMessage = Date.now();
      state.replay = data.replay;
      state.start = data.start;
      if (!KNOWN_TYPES.size) {
        for (const t of data.types) KNOWN_TYPES.add(t);
        fillSelect($("f-type"), data.types, "all types", state.filter.type);
        fillSelect($("f-mode"), data.modes, "all modes", state.filter.mode);
      }
      setStatus("live", "Live");
      renderStats(data.stats);
      renderList(data.items);
    });
    source.addEventListener("event", (e) => {
      state.lastMessage = Date.now();
      prepend(JSON.parse(e.data));
    });
    source.addEventListener("stats", (e) => {
      state.lastMessage = Date.now();
      renderStats(JSON.parse(e.data));
    });
    source.addEventListener("ping", () => {
      state.lastMessage = Date.now();
    });
    source.onerror = () => {
      if (state.source !== source) return;
      setStatus("down", "Disconnected from the dashboard server — reconnecting…");
      // CONNECTING: the browser retries by itself. CLOSED (e.g. an HTTP error): retry by hand.
      if (source.readyState === EventSource.CLOSED) setTimeout(() => state.source === source && connect(), 3000);
    };
  }

  // No message for 40 s (the server pings every 15 s): the connection is dead even if the browser has not noticed.
  setInterval(() => {
    if (state.live && Date.now() - state.lastMessage > 40000) {
      setStatus("down", "Disconnected from the dashboard server — reconnecting…");
      connect();
    }
  }, 5000);

  // -- filters ----------------------------------------------------------------------------------
  function setFilter(changes) {
    Object.assign(state.filter, changes);
    $("f-type").value = state.filter.type;
    $("f-mode").value = state.filter.mode;
    fillSelect($("f-country"), state.countries, "all countries", state.filter.country);
    const q = query();
    history.replaceState(null, "", q ? "?" + q : location.pathname);
    connect();  // the server filters: a new stream starts with a snapshot of the matching events
  }

  function init() {
    const params = new URLSearchParams(location.search);
    state.filter = {
      type: (params.get("type") || "").toUpperCase(),
      country: (params.get("country") || "").toUpperCase(),
      mode: (params.get("mode") || "").toLowerCase(),
    };
    $("f-type").addEventListener("change", (e) => setFilter({ type: e.target.value }));
    $("f-country").addEventListener("change", (e) => setFilter({ country: e.target.value }));
    $("f-mode").addEventListener("change", (e) => setFilter({ mode: e.target.value }));
    $("f-clear").addEventListener("click", () => setFilter({ type: "", country: "", mode: "" }));
    updateEmpty();
    connect();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
