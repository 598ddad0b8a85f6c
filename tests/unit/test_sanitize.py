"""The sanitizer keeps article markup and removes every way HTML can run code or load things."""

from __future__ import annotations

import pytest

from newsreader.core.sanitize import html_to_text, sanitize_html

BASE = "https://news.example.org/world/story.html"

# Each of these must come out with no script, no handler, no dangerous URL, no loader element.
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!--><img src=x onerror=alert(1)>-->",
    "<svg><script>alert(1)</script></svg>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<math><mtext><script>alert(1)</script></mtext></math>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt&colon;alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="file:///etc/passwd">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<img src="javascript:alert(1)">',
    '<img src="file:///etc/passwd">',
    "<form action=http://evil.example/><input name=q><button>go</button></form>",
    '<iframe src="http://evil.example/"></iframe>',
    '<object data="http://evil.example/x.swf"></object>',
    '<embed src="http://evil.example/x.swf">',
    "<style>body{background:url(http://evil.example/)}</style>",
    '<base href="http://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
    '<p style="background:url(http://evil.example/x)">text</p>',
    '<div onclick="alert(1)" onmouseover="alert(2)">text</div>',
    '<a href="http://ok.example/" onclick="alert(1)">x</a>',
    '<link rel="stylesheet" href="http://evil.example/x.css">',
    '<img srcset="javascript:alert(1) 1x" src="https://ok.example/a.png">',
]
FORBIDDEN = [
    "<script", "onerror", "onload", "onclick", "onmouseover", "javascript:", "vbscript:",
    "data:", "file:", "<iframe", "<object", "<embed", "<form", "<input", "<style", "style=",
    "<base", "<meta", "<svg", "<math", "<link", "evil.example",
]  # fmt: skip


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_markup_comes_out_clean(html: str) -> None:
    cleaned = sanitize_html(html, BASE).lower()
    for needle in FORBIDDEN:
        assert needle not in cleaned, (html, cleaned)


def test_article_markup_survives() -> None:
    html = (
        "<h2>Head</h2><p>Some <strong>bold</strong> and <em>em</em> text.</p>"
        "<figure><img src='https://cdn.example/a.jpg' alt='A' width='640' height='480'>"
        "<figcaption>Caption</figcaption></figure><blockquote>Q</blockquote>"
        "<ul><li>one</li></ul><table><tr><td colspan='2'>cell</td></tr></table>"
        "<time datetime='2024-10-03'>Oct 3</time>"
    )
    cleaned = sanitize_html(html, BASE)
    for kept in (
        "<h2>Head</h2>",
        "<strong>bold</strong>",
        '<img src="https://cdn.example/a.jpg" alt="A" width="640" height="480">',
        "<figcaption>Caption</figcaption>",
        '<td colspan="2">cell</td>',
        '<time datetime="2024-10-03">',
    ):
        assert kept in cleaned


def test_relative_urls_are_resolved_before_the_scheme_check() -> None:
    cleaned = sanitize_html('<a href="../more.html">m</a><img src="/a.jpg">', BASE)
    assert 'href="https://news.example.org/more.html"' in cleaned
    assert 'src="https://news.example.org/a.jpg"' in cleaned


def test_links_get_rel_noopener_and_keep_mailto() -> None:
    cleaned = sanitize_html('<a href="mailto:ed@example.org">mail</a>', BASE)
    assert 'href="mailto:ed@example.org"' in cleaned
    assert 'rel="noopener noreferrer"' in cleaned


def test_a_link_whose_target_was_refused_becomes_its_text() -> None:
    # An <a> without href would still look like a link in the reader and do nothing.
    cleaned = sanitize_html(
        '<p><a href="javascript:go()" title="t">run <b>this</b></a> and '
        '<a href="file:///etc/passwd">that</a>, <a name="x">here</a> or '
        '<a href="/ok">a page</a>.</p>',
        BASE,
    )
    assert cleaned == (
        '<p>run <b>this</b> and that, here or <a href="https://news.example.org/ok" '
        'rel="noopener noreferrer">a page</a>.</p>'
    )


def test_image_without_usable_source_is_dropped_but_text_kept() -> None:
    cleaned = sanitize_html('<p>before<img src="data:image/png;base64,AA">after</p>', BASE)
    assert cleaned == "<p>beforeafter</p>"


def test_dimensions_must_be_numbers_and_srcset_is_resolved() -> None:
    cleaned = sanitize_html(
        '<img src="a.jpg" width="100%" height="20px" srcset="a.jpg 1x, b.jpg 2x">', BASE
    )
    assert "width" not in cleaned
    assert 'height="20"' in cleaned
    assert (
        'srcset="https://news.example.org/world/a.jpg 1x, https://news.example.org/world/b.jpg 2x"'
        in cleaned
    )


def test_no_base_leaves_relative_urls_out() -> None:
    assert sanitize_html('<img src="/a.jpg">', None) == ""


def test_html_to_text_decodes_and_collapses() -> None:
    html = "<p>Hello&nbsp;<b>world</b></p>\n<p>Tom &amp; Jerry</p><script>x()</script>&lt;b&gt;"
    assert html_to_text(html) == "Hello world Tom & Jerry <b>"
    assert html_to_text("") == ""
    assert html_to_text("Line<br>break") == "Line break"
