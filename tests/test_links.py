"""Articles from links and saved pages: safe fetching, extraction, the stored format, and the CLI, all against
a server on 127.0.0.1 serving invented pages (tests/pages/)."""

from __future__ import annotations

import datetime as dt
import gzip
import re
import shutil
import socket
import time
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS, IngestError, KnowledgeBase, Source
from knowledge.corpus import parse_header
from knowledge.fetch import FetchError, address_problem, fetch
from knowledge.links import normalise_url
from knowledge.pages import PageError, article_text, extract, parse_day
from tests.web import PAGES, Route, page, serve

FURNITURE = (
    "cookies",
    "Accept all",
    "Subscribe",
    "Home",
    "Breaking",
    "Storm warning",
    "Mara Velin",
    "Share on social media",
    "Advertisement",
    "cruise",
    "Related stories",
    "Ports reopen",
    "Wheat prices",
    "Comments",
    "harbourwatcher",
    "ships actually moving",
    "newsletter",
    "Privacy policy",
    "All rights reserved",
)
NEWS_PARAGRAPHS = [
    "Delegations from Kyiv and Moscow agreed on Wednesday to a timetable for reopening a grain corridor through the "
    "Black Sea, according to two officials present at the talks in Istanbul.",
    "Rustem Umerov, who led the Ukrainian delegation, said the first convoy could sail within ten days if inspections "
    'were completed. "We have a date on paper, and that is more than we had last month," he told reporters.',
    "Vladimir Medinsky, the head of the Russian delegation, said Moscow wanted guarantees for its own fertiliser "
    "exports before any ship left port.",
    "Turkish Foreign Minister Hakan Fidan offered to host a further round on June 20 to settle the inspection rules "
    "for the corridor.",
]
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(DEFAULT_CORPUS, folder, ignore=shutil.ignore_patterns("*.sqlite*"))
    return folder


def _site_routes() -> dict[str, Route]:
    return {
        "/world/grain-corridor-timetable": Route(page("news.html")),
        "/dateline": Route(page("dateline.html")),
        "/nodate": Route(page("nodate.html")),
        "/r1": Route(status=302, headers={"Location": "/r2"}),
        "/r2": Route(status=301, headers={"Location": "r3"}),
        "/r3": Route(status=307, headers={"Location": "/world/grain-corridor-timetable"}),
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/to-metadata": Route(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}),
        "/archive.zip": Route(b"PK\x03\x04" + b"\x00" * 200, headers={"Content-Type": "application/zip"}),
        "/slow": Route(page("news.html"), slow=True),
        "/huge": Route(b"<html><body>" + b"<p>padding text</p>" * 300_000 + b"</body></html>", headers=HTML),
        "/huge-stream": Route(b"<p>x</p>" * 800_000, headers=HTML, chunked=True),
    }


# ----- fetching -----------------------------------------------------------------------------------------------


def test_a_page_is_fetched_with_a_clear_user_agent() -> None:
    with serve(_site_routes()) as site:
        fetched = fetch(site.url("/world/grain-corridor-timetable"), allow_private=True)
    assert fetched.content_type == "text/html" and fetched.charset == "utf-8"
    assert fetched.data == page("news.html")
    assert site.requests[0][1]["User-Agent"].startswith("talkbot/")


def test_loopback_is_refused_without_the_setting_and_nothing_is_requested() -> None:
    with serve(_site_routes()) as site, pytest.raises(FetchError) as refused:
        fetch(site.url("/world/grain-corridor-timetable"))
    assert str(refused.value) == (
        f"{site.url('/world/grain-corridor-timetable')}: refused: 127.0.0.1 is a loopback address (127.0.0.1)"
    )
    assert site.requests == []


@pytest.mark.parametrize(
    ("address", "allow_private", "problem"),
    [
        ("127.0.0.1", False, "loopback"),
        ("::1", False, "loopback"),
        ("::ffff:127.0.0.1", False, "loopback"),
        ("10.1.2.3", False, "private"),
        ("192.168.0.10", False, "private"),
        ("172.16.5.4", False, "private"),
        ("100.64.0.1", False, "private"),
        ("fd00::1", False, "private"),
        ("169.254.169.254", False, "link-local"),
        ("169.254.169.254", True, "link-local"),
        ("fe80::1", True, "link-local"),
        ("224.0.0.1", True, "reserved"),
        ("0.0.0.0", True, "reserved"),
        ("240.0.0.1", True, "reserved"),
        ("127.0.0.1", True, None),
        ("10.1.2.3", True, None),
        ("93.184.215.14", False, None),
        ("2a00:1450:4001::200e", False, None),
    ],
)
def test_which_addresses_a_channel_may_reach(address: str, allow_private: bool, problem: str | None) -> None:
    found = address_problem(address, allow_private)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_a_host_resolving_to_a_private_address_is_refused_before_connecting() -> None:
    with pytest.raises(FetchError, match=r"refused: intranet\.test is a private address \(10\.0\.0\.7\)"):
        fetch("http://intranet.test/article", resolver=lambda host, port: ["93.184.215.14", "10.0.0.7"])


def test_the_connection_goes_to_the_address_that_was_checked() -> None:
    """DNS rebinding: the name is resolved once, checked, and that address is the one connected to."""
    answers = iter([["127.0.0.1"], ["10.9.9.9"]])  # a second lookup would get another answer
    with serve(_site_routes()) as site:
        port = site.base.rsplit(":", 1)[1]
        fetched = fetch(f"http://news.test:{port}/dateline", allow_private=True, resolver=lambda h, p: next(answers))
    assert fetched.data == page("dateline.html")
    assert site.requests[0][1]["Host"] == f"news.test:{port}"


def test_localhost_is_tried_on_each_of_its_addresses() -> None:
    """'localhost' resolves to ::1 first on many machines; a server listening on 127.0.0.1 alone still answers."""
    with serve(_site_routes()) as site:
        port = site.base.rsplit(":", 1)[1]
        fetched = fetch(
            f"http://localhost:{port}/dateline", allow_private=True, resolver=lambda h, p: ["::1", "127.0.0.1"]
        )
        with pytest.raises(FetchError, match="refused: localhost is a loopback address"):
            fetch(f"http://localhost:{port}/dateline", resolver=lambda h, p: ["::1", "127.0.0.1"])
    assert fetched.data == page("dateline.html")


def test_redirects_are_followed_and_each_target_is_checked_again() -> None:
    with serve(_site_routes()) as site:
        fetched = fetch(site.url("/r1"), allow_private=True)
        assert fetched.url == site.url("/world/grain-corridor-timetable") and fetched.requested == site.url("/r1")
        with pytest.raises(FetchError, match=r"refused: 169\.254\.169\.254 is a link-local address"):
            fetch(site.url("/to-metadata"), allow_private=True)
        with pytest.raises(FetchError, match="more than 5 redirects"):
            fetch(site.url("/loop"), allow_private=True)
    assert [path for path, _ in site.requests].count("/loop") == 6


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://127.0.0.1/article.txt", "only http and https links can be fetched, not 'ftp'"),
        ("file:///etc/passwd", "only http and https links can be fetched, not 'file'"),
        ("http:///no-host", "the link names no host"),
    ],
)
def test_only_http_and_https(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as refused:
        fetch(url, allow_private=True)
    assert str(refused.value) == f"{url}: {reason}"


def test_a_404_a_zip_and_a_closed_port_are_one_line_each() -> None:
    with serve(_site_routes()) as site:
        with pytest.raises(FetchError) as missing:
            fetch(site.url("/gone"), allow_private=True)
        with pytest.raises(FetchError) as archive:
            fetch(site.url("/archive.zip"), allow_private=True)
    assert str(missing.value) == f"{site.url('/gone')}: HTTP 404 Not Found"
    assert (
        str(archive.value) == f"{site.url('/archive.zip')}: not an article page (the content type is application/zip)"
    )
    with pytest.raises(FetchError, match="cannot be fetched \\(connection refused\\)"):
        fetch(site.url("/gone"), allow_private=True)  # the server has stopped


def test_https_to_a_server_that_speaks_no_tls_is_one_line() -> None:
    with serve(_site_routes()) as site:
        url = site.url("/dateline").replace("http://", "https://")
        with pytest.raises(FetchError) as refused:
            fetch(url, allow_private=True, timeout=5)
    assert str(refused.value).startswith(f"{url}: secure connection failed (")


def test_a_link_with_spaces_and_cyrillic_is_sent_encoded_and_a_broken_one_is_one_line() -> None:
    encoded = "/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F%20one"
    with serve({encoded: Route(page("dateline.html"))}) as site:
        assert fetch(site.url("/статья one"), allow_private=True).data == page("dateline.html")
        assert fetch(site.url(encoded), allow_private=True).data == page("dateline.html")
    with pytest.raises(FetchError, match=r"^http://\[::1/a: cannot be fetched \("):
        fetch("http://[::1/a", allow_private=True)


def test_a_slow_server_times_out_while_reading() -> None:
    with serve(_site_routes()) as site:
        started = time.monotonic()
        with pytest.raises(FetchError) as slow:
            fetch(site.url("/slow"), allow_private=True, timeout=0.8)
        waited = time.monotonic() - started
    assert str(slow.value) == f"{site.url('/slow')}: timed out after 0.8 s"
    assert waited < 2.5  # the whole fetch is bounded, not each read: bytes keep coming every 0.3 s


def test_an_unknown_host_is_one_line() -> None:
    def unknown(host: str, port: int) -> list[str]:
        raise socket.gaierror(-2, "Name or service not known")

    with pytest.raises(FetchError) as refused:
        fetch("https://no-such-paper.test/story", resolver=unknown)
    assert str(refused.value) == "https://no-such-paper.test/story: the host no-such-paper.test cannot be found"


def test_a_name_lookup_that_hangs_times_out() -> None:
    def stuck(host: str, port: int) -> list[str]:
        time.sleep(2.0)
        return ["93.184.215.14"]

    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^http://stuck\.test/a: timed out after 0\.4 s$"):
        fetch("http://stuck.test/a", timeout=0.4, resolver=stuck)
    assert time.monotonic() - started < 1.5


def test_a_server_that_never_answers_times_out() -> None:
    with serve({"/silent": Route(page("news.html"), delay=2.0)}) as site, pytest.raises(FetchError) as silent:
        fetch(site.url("/silent"), allow_private=True, timeout=0.5)
    assert str(silent.value) == f"{site.url('/silent')}: timed out after 0.5 s"


def test_the_size_cap_applies_while_reading() -> None:
    with serve(_site_routes()) as site:
        with pytest.raises(FetchError, match=r"too large \(5,700,0\d\d bytes; the limit is 5,000,000\)"):
            fetch(site.url("/huge"), allow_private=True)
        with pytest.raises(FetchError, match=r"too large \(over 5,000,000 bytes\)"):
            fetch(site.url("/huge-stream"), allow_private=True)  # no length given: counted as it arrives


def test_a_compressed_page_is_capped_after_decompression() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 6_000_000 + b"</p>")
    routes = {"/bomb": Route(bomb, headers={**HTML, "Content-Encoding": "gzip"})}
    with serve(routes) as site, pytest.raises(FetchError, match=r"too large \(over 5,000,000 bytes\)"):
        fetch(site.url("/bomb"), allow_private=True)


# ----- extraction -----------------------------------------------------------------------------------------------


def test_a_news_page_gives_its_metadata_and_only_the_article() -> None:
    article = extract(page("news.html"), where="news.html")
    assert article.title == "Negotiators agree on a grain corridor timetable"
    assert article.published == dt.date(2025, 6, 4) and article.date_from == "JSON-LD datePublished"
    assert article.source == "The Harbour Ledger"
    assert article.url == "https://ledger.example/world/2025/grain-corridor-timetable"
    assert article.paragraphs == NEWS_PARAGRAPHS
    text = article_text(article, where="news.html")
    assert not [phrase for phrase in FURNITURE if phrase in text]


MAGAZINE_PARAGRAPHS = [
    "Envoys from Ukraine and Russia exchanged draft texts on shipping safety in the Black Sea during a closed "
    "meeting in Ankara on Tuesday, according to a statement from the Turkish foreign ministry.",
    "The drafts cover inspections of cargo ships and a hotline between the two navies, the statement said, adding "
    "that experts would meet again within two weeks.",
    "A Ukrainian negotiator, who spoke on condition of anonymity, said the Russian draft still linked shipping "
    "safety to the lifting of sanctions on agricultural banks.",
    "Turkey has hosted several rounds of talks since May and has offered its navy to help with inspections if both "
    "sides agree.",
]


def test_furniture_inside_the_article_element_stays_out() -> None:
    """Consent overlay, masthead date, kicker, byline, caption, newsletter box, 'Read more', tags, author bio,
    share tools, comments, most popular, imprint: only the four paragraphs are the article."""
    data = page("magazine.html")
    article = extract(data, where="magazine.html")
    assert article.paragraphs == MAGAZINE_PARAGRAPHS
    assert (article.title, article.source, article.published) == (
        "Black Sea talks: envoys trade drafts in Ankara",
        "Meridian Times",
        dt.date(2025, 7, 2),
    )
    undated = extract(re.sub(rb"<script.*?</script>", b"", data, flags=re.S), where="magazine.html")
    assert undated.published == dt.date(2025, 7, 2) and undated.date_from == "dateline under the headline"
    assert undated.paragraphs == MAGAZINE_PARAGRAPHS


def test_the_stored_text_is_the_corpus_format() -> None:
    article = extract(page("news.html"), where="news.html", url="http://127.0.0.1:1/world/grain-corridor-timetable")
    text = article_text(article, where="news.html", title="Grain corridor: a timetable")
    header, start = parse_header(text)
    assert header == {
        "date": "2025-06-04",
        "source": "The Harbour Ledger",
        "title": "Grain corridor: a timetable",
        "url": "http://127.0.0.1:1/world/grain-corridor-timetable",  # the canonical is on another host
    }
    assert text[start:] == "\n" + "\n\n".join(NEWS_PARAGRAPHS) + "\n"


def test_a_visible_dateline_is_the_date_and_a_footer_update_is_not() -> None:
    article = extract(page("dateline.html"), where="dateline.html")
    assert article.published == dt.date(2025, 6, 7) and article.date_from == "dateline"
    assert article.source == "Eastern Wire"  # from "<title>Headline - Eastern Wire</title>"
    assert article.paragraphs[0].startswith("Ukraine and Russia exchanged 84 prisoners")
    assert not any("KYIV" in p or "Copyright" in p or "Archive" in p for p in article.paragraphs)


STORY = (
    "<html><head><title>Talks resume in Istanbul - Bosporus Daily</title></head><body>{before}"
    "<div class='story'><h1>Talks resume in Istanbul</h1>{header}"
    "<div class='story-body'><p>Delegations from Ukraine and Russia met again in Istanbul on Monday for a second round "
    "of direct talks, the Turkish foreign ministry said in a short statement.</p>"
    "<p>The meeting at the Ciragan Palace lasted a little over an hour, and both sides agreed to exchange more "
    "prisoners of war in the coming weeks, officials said.</p>{after}</div></div></body></html>"
)


@pytest.mark.parametrize(
    ("before", "header", "after", "day"),
    [
        (
            "",
            "<div class='meta'><span class='byline'>By Ayla Demir</span> <span class='date'>Published 2 June 2025"
            "</span> <a href='#'>Share</a></div>",
            "",
            dt.date(2025, 6, 2),
        ),
        ("", "<p class='meta'>By Ayla Demir | June 2, 2025</p>", "", dt.date(2025, 6, 2)),
        ("", "<p class='meta'>Updated: June 9, 2025</p>", "", None),  # a change, not the publication
        ("<div class='masthead'>Saturday, June 14, 2025</div>", "", "", None),  # the site's today, not the story's
        ("", "", "<p>June 20, 2025</p>", None),  # after the text starts: a date in the story, not its dateline
    ],
)
def test_a_dateline_under_the_headline(before: str, header: str, after: str, day: dt.date | None) -> None:
    article = extract(STORY.format(before=before, header=header, after=after).encode(), where="story.html")
    assert article.published == day
    assert article.source == "Bosporus Daily"
    assert article.paragraphs[0].startswith("Delegations from Ukraine and Russia met again")
    assert not any("Ayla Demir" in p or "Share" in p for p in article.paragraphs)


def test_a_dateline_opening_the_first_paragraph_stays_in_the_text() -> None:
    html = (
        "<html><head><title>Envoys meet in Geneva</title></head><body><article><h1>Envoys meet in Geneva</h1>"
        "<p>GENEVA, Thursday, 12 June 2025 — Envoys from the United States and Ukraine met in Geneva on Thursday "
        "to discuss a draft framework for a ceasefire, two diplomats said after the meeting ended.</p>"
        "<p>The meeting lasted four hours and ended without a joint statement, though both sides described the "
        "talks as useful and said further meetings were planned for the summer.</p></article></body></html>"
    )
    article = extract(html.encode(), where="geneva.html")
    assert article.published == dt.date(2025, 6, 12)
    assert article.paragraphs[0].startswith("GENEVA, Thursday, 12 June 2025 — Envoys")


@pytest.mark.parametrize(
    ("data", "content_type", "reason"),
    [
        (b"<html><head><title>Menu</title></head><body><nav><a>Home</a></nav></body></html>", "text/html", "only 4"),
        (b"<html><body></body></html>", "text/html", "no article text"),
        (b"just some words", "text/plain", "only 15"),
    ],
)
def test_a_page_with_too_little_text_is_not_an_article(data: bytes, content_type: str, reason: str) -> None:
    with pytest.raises(PageError) as refused:
        extract(data, where="menu", content_type=content_type)
    assert str(refused.value).startswith(f"menu: not an article page ({reason}")


def test_a_page_without_a_date_is_refused_naming_the_option() -> None:
    article = extract(page("nodate.html"), where="http://127.0.0.1/nodate")
    assert article.published is None  # "Updated every hour", "Copyright 2025": no guess
    with pytest.raises(PageError) as refused:
        article_text(article, where="http://127.0.0.1/nodate")
    assert str(refused.value).startswith("http://127.0.0.1/nodate: no publication date found on the page")
    assert "--date YYYY-MM-DD" in str(refused.value)
    given = article_text(article, where="x", date="2025-06-12")
    assert given.startswith(
        "date: 2025-06-12\nsource: Lakeside Courier\ntitle: Envoys meet again without a statement\n"
    )


def test_an_xhtml_page_with_an_xml_declaration() -> None:
    data = b'<?xml version="1.0" encoding="utf-8"?>\n' + page("news.html").replace(b"<!DOCTYPE html>\n", b"")
    article = extract(data, where="news.xhtml", content_type="application/xhtml+xml")
    assert article.paragraphs == NEWS_PARAGRAPHS and article.published == dt.date(2025, 6, 4)


def test_a_saved_page_names_its_url() -> None:
    article = extract(page("saved.html"), where="saved.html")
    assert (article.published, article.source, article.url) == (
        dt.date(2025, 3, 11),
        "The Desert Courier",
        "https://courier.example/politics/envoys-agree-on-talks",
    )
    assert article.title == "Envoys agree to a second round in Riyadh"
    assert not any("cookies" in p or "Most read" in p for p in article.paragraphs)


def test_a_saved_page_with_only_json_ld_gives_date_outlet_and_url() -> None:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ceasefire talks stall", '
        '"datePublished": "2025-07-11", "publisher": {"@type": "Organization", "name": "The Alpine Gazette"}, '
        '"mainEntityOfPage": {"@id": "https://gazette.example/ceasefire"}}'
    )
    html = (
        f'<html><head><title>Ceasefire talks stall</title><script type="application/ld+json">{ld}</script></head>'
        "<body><article><h1>Ceasefire talks stall</h1><p>Negotiators failed on Friday to agree on the future of the "
        "Zaporizhzhia nuclear power plant, officials from both delegations said after a long session.</p><p>The "
        "atomic energy agency has asked both sides to keep staff at the plant safe while the talks go on, its "
        "director said in a statement.</p></article></body></html>"
    )
    article = extract(html.encode(), where="gazette.html")
    assert (article.published, article.source, article.url) == (
        dt.date(2025, 7, 11),
        "The Alpine Gazette",
        "https://gazette.example/ceasefire",
    )


ENCODED = (
    "<html><head>{meta}<title>Kremlin answers the Istanbul memorandum</title>"
    '<meta property="article:published_time" content="2025-06-05"></head><body><article>'
    "<h1>Kremlin answers the Istanbul memorandum</h1>"
    "<p>The Kremlin spokesman said on Thursday that Moscow had sent its reply, writing in Russian: "
    "«Мы готовы продолжать переговоры».</p>"
    "<p>Officials in Kyiv said they would study the text, which ran to four pages, before the café meeting "
    "of the working groups planned for next week in the old town.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("encoding", "meta", "header_charset"),
    [("windows-1251", "", "windows-1251"), ("windows-1251", '<meta charset="windows-1251">', None)],
)
def test_a_page_in_another_encoding_reads_right(encoding: str, meta: str, header_charset: str | None) -> None:
    data = ENCODED.format(meta=meta).replace("café", "cafe").encode(encoding)
    article = extract(data, where="memo.html", charset=header_charset)
    assert "«Мы готовы продолжать переговоры»" in article.paragraphs[0]


def test_a_latin1_page_with_a_http_charset_reads_as_browsers_do() -> None:
    """A page that says ISO-8859-1 is decoded as windows-1252, as browsers do: its curly quotes survive."""
    data = ENCODED.format(meta="").replace("«Мы готовы продолжать переговоры»", "“oui”").encode("cp1252")
    with serve({"/memo": Route(data, headers={"Content-Type": "text/html; charset=ISO-8859-1"})}) as site:
        fetched = fetch(site.url("/memo"), allow_private=True)
    article = extract(fetched.data, where="memo", charset=fetched.charset)
    assert "writing in Russian: “oui”." in article.paragraphs[0]
    assert "the café meeting" in article.paragraphs[1]


def test_a_byte_order_mark_wins_over_a_wrong_charset() -> None:
    data = "\ufeff".encode() + ENCODED.format(meta="").encode("utf-8")
    article = extract(data, where="memo.html", charset="windows-1251")
    assert "«Мы готовы продолжать переговоры»" in article.paragraphs[0]


def test_a_plain_text_page_with_a_dateline() -> None:
    text = (
        "ISTANBUL, May 16, 2025 — The first direct talks in three years ended after two hours.\n\n"
        "Both delegations agreed to exchange 1,000 prisoners each, the Turkish foreign minister said.\n"
    )
    article = extract(text.encode(), where="talks.txt", content_type="text/plain", url="https://wire.example/t")
    assert (article.published, article.source, article.url) == (
        dt.date(2025, 5, 16),
        "wire.example",
        "https://wire.example/t",
    )
    assert article.paragraphs[0].startswith("ISTANBUL, May 16, 2025 — The first")


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2025-06-04T09:30:00Z", dt.date(2025, 6, 4)),
        ("2025-06-04T23:30:00-05:00", dt.date(2025, 6, 4)),  # the page's own day, not converted to UTC
        ("2025-06-04", dt.date(2025, 6, 4)),
        ("Wed, 04 Jun 2025 09:30:00 GMT", dt.date(2025, 6, 4)),
        ("June 4, 2025", dt.date(2025, 6, 4)),
        ("4 June 2025", dt.date(2025, 6, 4)),
        ("Sept. 4, 2025", dt.date(2025, 9, 4)),
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_day(value: str, day: dt.date | None) -> None:
    assert parse_day(value) == day


def test_links_that_are_one_article_normalise_alike() -> None:
    assert normalise_url("HTTPS://News.Example:443/a/b/?utm_source=x&id=3#top") == normalise_url(
        "https://news.example/a/b?id=3"
    )
    assert normalise_url("https://news.example/a?id=3") != normalise_url("https://news.example/a?id=4")


# ----- the whole way: KnowledgeBase.add_sources and the CLI --------------------------------------------------


def test_a_link_is_added_and_answers_with_a_verbatim_quote(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    with serve(_site_routes()) as site:
        url = site.url("/world/grain-corridor-timetable")
        (result,) = kb.add_sources([Source(url)], allow_private=True)
    assert result.added and result.name == url and result.new_people == ["Hakan Fidan"]
    stored = (corpus / f"{result.article_id}.txt").read_text(encoding="utf-8")
    assert stored.startswith(
        "date: 2025-06-04\nsource: The Harbour Ledger\ntitle: Negotiators agree on a grain corridor timetable\n"
        f"url: {url}\n\n"
    )
    answer = kb.answer("who is Hakan Fidan?")
    quotes = [c.quote for item in answer.items for c in item.citations if c.article == result.article_id]
    assert quotes and all(quote in stored for quote in quotes)


def test_the_same_link_twice_adds_one_article_without_fetching_again(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    with serve(_site_routes()) as site:
        url = site.url("/world/grain-corridor-timetable")
        (first,) = kb.add_sources([Source(url)], allow_private=True)
        (again,) = kb.add_sources([Source(url + "?utm_source=chat#comments")], allow_private=True)
        (redirected,) = kb.add_sources([Source(site.url("/r1"))], allow_private=True)
    assert first.added and not again.added and not redirected.added
    assert (
        again.message == redirected.message == f"already present as {first.article_id} (the same link): nothing to do"
    )
    assert [path for path, _ in site.requests].count("/world/grain-corridor-timetable") == 2  # first, and /r1's end
    assert len(list(corpus.glob("*.txt"))) == 6


def test_a_page_whose_text_is_already_in_the_corpus_names_the_existing_article(corpus: Path, tmp_path: Path) -> None:
    """Another link, a saved copy, a .txt with the same text: one article (the body is its identity)."""
    kb = KnowledgeBase.from_folder(corpus)
    routes = {"/first": Route(page("news.html")), "/mirror/copy": Route(page("news.html"))}
    with serve(routes) as site:
        (first,) = kb.add_sources([Source(site.url("/first"))], allow_private=True)
        (mirror,) = kb.add_sources([Source(site.url("/mirror/copy"))], allow_private=True)
    (saved,) = kb.add_sources([Source("copy.html", page("news.html"))])
    body = "\n\n".join(NEWS_PARAGRAPHS) + "\n"
    (typed,) = kb.add_sources([Source("typed.txt", f"date: 2025-06-05\ntitle: Typed in\n\n{body}".encode())])
    assert first.added and not any(r.added for r in (mirror, saved, typed))
    assert {r.message for r in (mirror, saved, typed)} == {
        f"already present as {first.article_id} (the same text): nothing to do"
    }
    assert mirror.name == site.url("/mirror/copy") and saved.name == "copy.html"
    assert len(list(corpus.glob("*.txt"))) == 6


def test_a_batch_with_one_bad_link_adds_nothing(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    before = sorted(p.name for p in corpus.iterdir())
    with serve(_site_routes()) as site, pytest.raises(IngestError) as refused:
        kb.add_sources(
            [Source(site.url("/dateline")), Source(site.url("/gone")), Source(site.url("/nodate"))], allow_private=True
        )
    assert refused.value.problems == [
        f"{site.url('/gone')}: HTTP 404 Not Found",
        f"{site.url('/nodate')}: no publication date found on the page (no datePublished, published-time meta tag "
        "or dateline); give it with --date YYYY-MM-DD",
    ]
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_a_broken_link_is_a_refusal_not_a_crash(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    with pytest.raises(IngestError) as refused:
        kb.add_sources([Source("http://[::1/story")], allow_private=True)
    (problem,) = refused.value.problems
    assert problem.startswith("http://[::1/story: cannot be fetched (")


def test_two_pages_with_one_slug_get_two_names(corpus: Path) -> None:
    kb = KnowledgeBase.from_folder(corpus)
    routes = {"/a/story": Route(page("news.html")), "/b/story": Route(page("dateline.html"))}
    with serve(routes) as site:
        results = kb.add_sources([Source(site.url("/a/story")), Source(site.url("/b/story"))], allow_private=True)
    ids = [r.article_id for r in results]
    assert all(r.added for r in results) and ids[0] == "127.0.0.1-story" and ids[1].startswith("127.0.0.1-story-")


def _cli(corpus: Path, *args: str) -> int:
    from bot.cli import main

    return main(["--corpus", str(corpus), "ingest", *args])


def test_cli_ingests_a_link_and_prints_what_it_found(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALKBOT_ALLOW_PRIVATE_URLS", "true")
    with serve(_site_routes()) as site:
        url = site.url("/world/grain-corridor-timetable")
        assert _cli(corpus, url) == 0
        assert _cli(corpus, url) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        f"{url}: added as 127.0.0.1-grain-corridor-timetable (“Negotiators agree on a grain corridor timetable”, "
        "The Harbour Ledger, 2025-06-04): "
    )
    assert out[1] == f"{url}: already present as 127.0.0.1-grain-corridor-timetable (the same link): nothing to do"
    stored = (corpus / "127.0.0.1-grain-corridor-timetable.txt").read_text(encoding="utf-8")
    assert not [phrase for phrase in FURNITURE if phrase in stored]


def test_cli_refuses_loopback_without_the_setting(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TALKBOT_ALLOW_PRIVATE_URLS", raising=False)
    with serve(_site_routes()) as site:
        assert _cli(corpus, site.url("/dateline")) == 1
    err = capsys.readouterr().err
    refusal = "refused: 127.0.0.1 is a loopback address (127.0.0.1); nothing was added"
    assert err == f"talkbot: {site.url('/dateline')}: {refusal}\n"
    assert site.requests == [] and len(list(corpus.glob("*.txt"))) == 5


def test_cli_404_and_zip_are_one_line_each(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALKBOT_ALLOW_PRIVATE_URLS", "1")
    with serve(_site_routes()) as site:
        assert _cli(corpus, site.url("/gone")) == 1
        assert _cli(corpus, site.url("/archive.zip")) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"talkbot: {site.url('/gone')}: HTTP 404 Not Found; nothing was added",
        f"talkbot: {site.url('/archive.zip')}: not an article page (the content type is application/zip); "
        "nothing was added",
    ]


def test_cli_several_problems_are_listed_one_per_line(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALKBOT_ALLOW_PRIVATE_URLS", "true")
    with serve(_site_routes()) as site:
        assert _cli(corpus, site.url("/gone"), site.url("/dateline"), site.url("/archive.zip")) == 1
    assert capsys.readouterr().err.splitlines() == [
        "talkbot: nothing was added:",
        f"- {site.url('/gone')}: HTTP 404 Not Found",
        f"- {site.url('/archive.zip')}: not an article page (the content type is application/zip)",
    ]
    assert len(list(corpus.glob("*.txt"))) == 5


def test_cli_refuses_a_saved_page_that_is_not_a_regular_file_or_too_large(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "folder.html").mkdir()
    assert _cli(corpus, str(tmp_path / "folder.html")) == 1
    assert "folder.html: not a regular file" in capsys.readouterr().err
    big = tmp_path / "big.html"
    big.write_bytes(b"<html>" + b" " * 5_000_001 + b"</html>")
    assert _cli(corpus, str(big)) == 1
    assert (
        capsys.readouterr().err
        == f"talkbot: {big}: too large (5,000,014 bytes; the limit is 5,000,000); nothing was added\n"
    )
    fits = tmp_path / "fits.html"  # larger than an article file may be, within a page's limit
    fits.write_bytes(page("saved.html").replace(b"<footer>", b"<!--" + b" " * 2_500_000 + b"--><footer>"))
    assert _cli(corpus, str(fits)) == 0
    assert "fits.html: added as fits " in capsys.readouterr().out


def test_cli_date_source_and_title_override_the_page(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALKBOT_ALLOW_PRIVATE_URLS", "true")
    with serve(_site_routes()) as site:
        assert _cli(corpus, site.url("/nodate")) == 1
        assert "give it with --date YYYY-MM-DD" in capsys.readouterr().err
        assert (
            _cli(corpus, site.url("/nodate"), "--date", "2025-06-12", "--source", "Courier", "--title", "Envoys") == 0
        )
    stored = (corpus / "127.0.0.1-nodate.txt").read_text(encoding="utf-8")
    assert stored.startswith(f"date: 2025-06-12\nsource: Courier\ntitle: Envoys\nurl: {site.url('/nodate')}\n\n")


def test_cli_ingests_a_saved_page_beside_a_txt_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "riyadh.html"
    shutil.copy(PAGES / "saved.html", saved)
    note = tmp_path / "Kellogg note.txt"
    note.write_text("date: 2025-03-12\n\nKeith Kellogg said on Wednesday that the talks would go on.\n")
    assert _cli(corpus, str(saved), str(note)) == 0
    out = capsys.readouterr().out
    assert (
        "riyadh.html: added as riyadh (“Envoys agree to a second round in Riyadh”, The Desert Courier, 2025-03-11)"
        in out
    )
    assert "Kellogg note.txt: added as Kellogg_note: 1 new people" in out  # a file's line as ever: no page read
    header, _ = parse_header((corpus / "riyadh.txt").read_text(encoding="utf-8"))
    assert header["url"] == "https://courier.example/politics/envoys-agree-on-talks"


def test_the_whole_way_in_processes_as_a_user_runs_it(corpus: Path, tmp_path: Path) -> None:
    """`talkbot ingest URL` in its own process, then a question answered with a quote verbatim from the file."""
    import json
    import os
    import subprocess
    import sys

    def talkbot(*args: str, allow: bool = True) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "TALKBOT_ALLOW_PRIVATE_URLS"}
        if allow:
            env["TALKBOT_ALLOW_PRIVATE_URLS"] = "true"
        command = [sys.executable, "-m", "bot.cli", "--corpus", str(corpus), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)

    with serve(_site_routes()) as site:
        url = site.url("/dateline")
        refused = talkbot("ingest", url, allow=False)
        added = talkbot("ingest", url)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "loopback" in refused.stderr
    assert added.returncode == 0 and added.stderr == "", added.stderr
    stored = (corpus / "127.0.0.1-dateline.txt").read_text(encoding="utf-8")
    assert stored.startswith(
        f"date: 2025-06-07\nsource: Eastern Wire\ntitle: Prisoner exchange completed at the border\nurl: {url}\n\n"
    )
    asked = talkbot("ask", "--json", "how many prisoners were exchanged at the Belarusian border?")
    answer = json.loads(asked.stdout)
    quotes = [c["quote"] for item in answer["items"] for c in item["citations"] if c["article"] == "127.0.0.1-dateline"]
    assert quotes and all(quote in stored for quote in quotes)
