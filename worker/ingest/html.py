"""HTML bodies → plain text, one paragraph per line (selectolax / Lexbor, an HTML5 parser).

Paragraphs come from block structure: every block element (p, h1–h6, blockquote, li, div, …) and
every <br> ends the running line, so headings and pull quotes stay lines of their own and dedup
sees them. Scripts, styles, embedded media, forms and page furniture (nav, aside, footer, share
buttons, newsletter boxes) are dropped. Entities are decoded by the parser. Whitespace inside a
paragraph is collapsed the way a browser collapses it (ASCII whitespace only: a no-break space
stays a no-break space, as French typography wants).

The walk is iterative, so hostile nesting (100 000 <div>s) cannot overflow the stack, and the
only exception that can leave `html_to_text` is `Rejected`.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from worker.ingest.raw_errors import Rejected

# Content that is never article text.
DROP_TAGS = frozenset({
    "head", "title", "meta", "link", "base", "script", "noscript", "style", "template", "iframe", "frame",
    "frameset", "object", "embed", "applet", "param", "svg", "math", "canvas", "img", "picture", "source",
    "track", "video", "audio", "map", "area", "form", "input", "button", "select", "option", "optgroup",
    "textarea", "label", "fieldset", "legend", "output", "progress", "meter", "datalist", "dialog", "menu",
    "nav", "aside", "footer", "figcaption",
})
# Page furniture that publishers mark with a role or a class, dropped with everything inside.
BOILERPLATE_SELECTORS = (
    "[role=navigation]", "[role=banner]", "[role=complementary]", "[role=contentinfo]", "[role=search]",
    "[aria-hidden=true]", "[hidden]",
    ".share", ".sharing", ".social", ".social-share", ".related", ".related-articles", ".newsletter",
    ".advert", ".advertisement", ".ad-slot", ".ads", ".promo", ".subscribe", ".cookie-banner", ".paywall",
)
# Elements that end the running line (a paragraph break before and after them).
BLOCK_TAGS = frozenset({
    "html", "body", "article", "section", "main", "header", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "address", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "figure", "hr", "center", "details", "summary", "hgroup",
})
_ASCII_SPACE = re.compile(r"[ \t\n\r\f]+")


def html_paragraphs(html: str) -> list[str]:
    """The text paragraphs of an HTML fragment or document, in document order."""
    try:
        html.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Rejected("schema_invalid", f"body_html: not valid Unicode at character {exc.start}") from None
    if not html.strip():
        return []
    tree = LexborHTMLParser(html)
    for selector in BOILERPLATE_SELECTORS:
        for node in tree.css(selector):
            node.decompose()
    root = tree.root
    if root is None:
        return []
    paragraphs: list[str] = []
    running: list[str] = []

    def flush() -> None:
        if running:
            text = _ASCII_SPACE.sub(" ", "".join(running)).strip(" ")
            running.clear()
            if text:
                paragraphs.append(text)

    # (node, closing): a block element is visited twice, to break the line before and after it.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag  # type: ignore[attr-defined]
        if closing:
            flush()
            continue
        if tag == "-text":
            running.append(node.text_content or "")  # type: ignore[attr-defined]
            continue
        if tag is None or tag.startswith("-") or tag in DROP_TAGS:  # comments, doctype, dropped content
            continue
        if tag == "br":
            flush()
            continue
        block = tag in BLOCK_TAGS
        if block:
            flush()
            stack.append((node, True))
        children = list(node.iter(include_text=True))  # type: ignore[attr-defined]
        stack.extend((child, False) for child in reversed(children))
    flush()
    return paragraphs


def html_to_text(html: str) -> str:
    """One paragraph per line."""
    return "\n".join(html_paragraphs(html))
