"""pytest for the output checker: its parsers, and that it really fails on bad pages."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import check_output as co  # noqa: E402


def test_css_urls():
    css = """/* url(http://commented.out/x.png) */
    @import "print.css"; @import url('theme.css');
    body { background: url( "img/a.png" ) } .x { background: url(b.svg#c) }
    @font-face { src: url(https://fonts.example.com/f.woff2) format("woff2") }"""
    assert co.css_urls(css) == ["theme.css", "img/a.png", "b.svg#c",
                                "https://fonts.example.com/f.woff2", "print.css"]


def test_srcset_urls():
    assert co.srcset_urls("a.jpg 1x, b.jpg 2x") == ["a.jpg", "b.jpg"]
    assert co.srcset_urls("img/a-320.jpg 320w,img/a-640.jpg 640w") == ["img/a-320.jpg", "img/a-640.jpg"]
    assert co.srcset_urls("https://cdn.example/a.jpg") == ["https://cdn.example/a.jpg"]


def test_is_external():
    for url in ("https://cdn.example/x.css", "//cdn.example/x.css", "HTTP://x.example/"):
        assert co.is_external(url, set())
    for url in ("x.css", "../x.css", "/x.css", "data:image/png;base64,AAAA", "#top", "?q=1"):
        assert not co.is_external(url, set())
    assert not co.is_external("https://gemeente.example/x.css", {"https://gemeente.example"})


def test_link_rels():
    p = co.PageParser()
    p.feed('<link rel="canonical" href="https://g.example/"><link rel="alternate" type="application/atom+xml" '
           'href="https://g.example/feed.xml"><link rel="icon" href="https://cdn.example/i.png">'
           '<link rel="alternate stylesheet" href="https://cdn.example/alt.css">'
           '<a href="https://elders.example/">x</a>')
    assert [u for _, u, _ in p.fetches] == ["https://cdn.example/i.png", "https://cdn.example/alt.css"]
    assert [u for _, u, _ in p.links] == ["https://elders.example/"]


def test_local_target(tmp_path):
    page = tmp_path / "a" / "index.html"
    assert co.local_target(tmp_path, page, "../b/") == tmp_path / "b" / "index.html"
    assert co.local_target(tmp_path, page, "/c.css") == tmp_path / "c.css"
    assert co.local_target(tmp_path, page, "https://x.example/") is None
    assert co.local_target(tmp_path, page, "#frag") is None


def test_self_test_catches_bad_pages(capsys):
    """The full checker (Nu checker, Chromium, axe) passes the good pages and fails each bad one."""
    assert co.self_test() == 0, capsys.readouterr().out


def test_sitemap_maps_root_relative_urls_where_the_page_is_deployed(tmp_path):
    (tmp_path / "b").mkdir()
    sm = co.SiteMap(tmp_path, {
        tmp_path / "index.html": "https://gemeente.example/buurten/",
        tmp_path / "m" / "index.html": "https://gemeente.example/buurten/m/",
        tmp_path / "b" / "index.html": "https://buurt.example/",
        tmp_path / "b" / "404.html": "https://buurt.example/404.html",
    })
    assert sm.resolve(tmp_path / "b" / "404.html", "/assets/x.css") == tmp_path / "b" / "assets" / "x.css"
    assert sm.resolve(tmp_path / "index.html", "/buurten/m/over/") == tmp_path / "m" / "over" / "index.html"
    assert sm.resolve(tmp_path / "index.html", "/elders/") is None  # outside every known site
    assert sm.resolve(tmp_path / "b" / "404.html", "relative.css") is None  # only root-relative URLs
