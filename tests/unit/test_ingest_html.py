"""HTML bodies → one paragraph per line (worker/ingest/html.py)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.ingest.html import html_paragraphs, html_to_text
from worker.ingest.raw import REASONS, Rejected


def test_scripts_styles_and_comments_are_dropped():
    html = "<p>Avant<script>alert('x')</script> après</p><style>p{color:red}</style><!-- note --><p>Fin</p>"
    assert html_paragraphs(html) == ["Avant après", "Fin"]


def test_entities_are_decoded():
    html = "<p>Moscou &amp; Kiev &#8217; &rsquo; &lt;b&gt; &eacute;t&eacute; &#x41;</p>"
    assert html_paragraphs(html) == ["Moscou & Kiev ’ ’ <b> été A"]


def test_no_break_spaces_are_kept_and_ascii_whitespace_collapsed():
    assert html_paragraphs("<p>  une\n\t phrase&nbsp;: oui  </p>") == ["une phrase\xa0: oui"]


def test_headings_blockquotes_and_list_items_are_their_own_lines():
    html = """
    <article>
      <h1>Titre</h1><h3>Intertitre</h3>
      <p>Premier <em>paragraphe</em>.</p>
      <blockquote><p>Une citation mise en avant.</p></blockquote>
      <blockquote>Citation sans p</blockquote>
      <ul><li>Point un</li><li>Point <b>deux</b></li></ul>
      <ol><li><p>Point trois</p></li></ol>
    </article>"""
    assert html_paragraphs(html) == [
        "Titre", "Intertitre", "Premier paragraphe.", "Une citation mise en avant.", "Citation sans p",
        "Point un", "Point deux", "Point trois",
    ]


def test_loose_text_br_and_divs_make_paragraphs():
    assert html_paragraphs("Texte libre<div>Dans un div</div>suite<br>ligne<br><br>autre") == [
        "Texte libre", "Dans un div", "suite", "ligne", "autre",
    ]


def test_page_furniture_is_dropped():
    html = """<html><head><title>Page</title><meta charset="utf-8"></head><body>
      <nav><a href="/">Accueil</a></nav>
      <div class="share">Partager</div><div role="complementary">À lire aussi</div>
      <p>Le texte.</p>
      <figure><img src="a.jpg"><figcaption>Légende</figcaption></figure>
      <form><input value="x"><button>Envoyer</button></form>
      <aside>Publicité</aside><footer>© Journal</footer>
    </body></html>"""
    assert html_paragraphs(html) == ["Le texte."]


def test_inline_elements_do_not_split_words():
    assert html_to_text("<p>Wa<b>shing</b>ton a dit</p>") == "Washington a dit"


def test_malformed_html_is_read_like_a_browser_would():
    assert html_paragraphs("<p>un<p>deux<li>trois</b></i>") == ["un", "deux", "trois"]


def test_deep_nesting_does_not_overflow_the_stack():
    html = "<div>" * 50_000 + "profond" + "</div>" * 50_000
    assert html_paragraphs(html) == ["profond"]


def test_empty_and_text_only_inputs():
    assert html_paragraphs("") == []
    assert html_paragraphs("   ") == []
    assert html_paragraphs("juste du texte") == ["juste du texte"]


def test_lone_surrogates_are_rejected_not_raised():
    with pytest.raises(Rejected) as info:
        html_to_text("<p>\ud800</p>")
    assert info.value.reason == "schema_invalid"


tags = st.sampled_from(["p", "div", "h2", "blockquote", "li", "ul", "script", "style", "b", "em", "br", "span",
                        "table", "td", "nav", "svg", "template", "pre", "a"])
fragments = st.one_of(
    st.text(max_size=20),
    tags.map(lambda t: f"<{t}>"), tags.map(lambda t: f"</{t}>"),
    st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&nbsp;", "&bogus;", "<!--", "-->", "<![CDATA[", "<", ">", "\x00"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(fragments, max_size=40).map("".join))
def test_any_markup_gives_lines_or_rejected(html):
    try:
        text = html_to_text(html)
    except Rejected as rejected:
        assert rejected.reason in REASONS
        return
    for line in text.split("\n") if text else []:
        assert line == line.strip(" ") and line  # one non-empty paragraph per line


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abc de\n", max_size=10), max_size=5))
def test_script_content_never_reaches_the_text(words):
    html = "<script>zzsecretzz()</script>".join(f"<p>{w}</p>" for w in words) + "<script>zzsecretzz()</script>"
    text = html_to_text(html)
    assert "zzsecretzz" not in text
    assert text.split("\n") == [" ".join(w.split()) for w in words if w.split()] or not text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_raises_anything_but_rejected(text):
    with contextlib.suppress(Rejected):
        html_paragraphs(text)
