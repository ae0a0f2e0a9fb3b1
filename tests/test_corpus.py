"""Loading articles: metadata, headers, the inline date, cleaning, and files that cannot be used."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge import DEFAULT_CORPUS as SEEDS
from knowledge import CorpusError, KnowledgeBase, load_articles
from knowledge.sentences import split_article

EXPECTED_DATES = {
    "000_6a689f7c590b7738": dt.date(2025, 8, 24),
    "001_18a0f10b80f8794a": dt.date(2025, 5, 28),
    "002_e4dbbe45f6cbfff8": dt.date(2025, 5, 19),
    "003_6baaa439baebcd17": dt.date(2025, 5, 11),
    "004_bb17e687d577230a": dt.date(2025, 5, 19),
}
Writer = Callable[[dict[str, str | bytes]], Path]


def test_every_seed_article_loads_with_its_publication_date() -> None:
    loaded = load_articles(SEEDS)
    assert loaded.problems == []
    assert {a.id: a.published for a in loaded.articles} == EXPECTED_DATES


# SHA-256 of the five articles as the team received them (checked against ../shared/seeds when they were
# recorded): quotes are cited from these bytes, so an edit to a bundled article must be a deliberate one.
ORIGINAL_SEED_SHA256 = {
    "000_6a689f7c590b7738.txt": "d6f9886f86994e89fc9d1eab90d922d4e6208b7577debc8faf041d6339c19034",
    "001_18a0f10b80f8794a.txt": "d72eff50b3a887de184ea735d52dcf5e7c7a00393e314ecdb0d3605cf584a1f5",
    "002_e4dbbe45f6cbfff8.txt": "a094e1f1e3117f0d01ce63ff93b27d232980f288a44d91e657e0cdfa7f7590e7",
    "003_6baaa439baebcd17.txt": "707740467b9cdb578d2db2f5473a455205abd661467680c8ff71e2ee9a5e993d",
    "004_bb17e687d577230a.txt": "55c210cf9f6f02ec4040562648ea2ef39afcd1622c95f5cd7eae754e53b8a56d",
}


def test_seed_articles_are_the_originals_unchanged() -> None:
    found = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in SEEDS.glob("*.txt")}
    assert found == ORIGINAL_SEED_SHA256


def test_inline_date_marker_is_skipped_not_rewritten() -> None:
    article = next(a for a in load_articles(SEEDS).articles if a.id.startswith("000"))
    assert article.text.startswith(" date 2025-08-24 ")
    assert article.text[article.body_start :].startswith("President Vladimir Putin")


def test_header_lines_give_date_source_and_title(write_corpus: Writer) -> None:
    folder = write_corpus({"a.txt": "date: 2025-06-01\nsource: Example News\ntitle: A title\n\nBody text here."})
    (article,) = load_articles(folder).articles
    assert (article.published, article.source, article.title) == (dt.date(2025, 6, 1), "Example News", "A title")
    assert article.text[article.body_start :].strip() == "Body text here."


def test_headers_as_news_tools_write_them_give_date_source_title_and_url(write_corpus: Writer) -> None:
    # "Title: / Source: / Published: / URL:" in capitals, and the other names and date forms people save
    folder = write_corpus(
        {
            "a.txt": "Title: Tartu talks open\nSource: Baltic Wire\nPublished: 2031-03-04\nURL: https://x.test/a\n\n"
            "TARTU: Envoy Mira Kask arrived on Sunday.",
            "b.txt": "Headline: Narva round ends\nPublisher: Fjord Times\nPublication date: March 9, 2031\n\nBody.",
            "c.txt": "HEADLINE: Parnu\nDate: 2031-03-11T08:15:00Z\n\nBody.",
            "d.txt": "title: Valga\ndate: 12 Sept 2031\n\nBody.",
            "e.txt": "TARTU: Envoy Mira Kask arrived on Sunday.\n\nShe left on Monday.",
            "f.txt": "Pubdate: Tue, 20 May 2031 08:15:00 +0800\nsource: Own Name\nPublisher: Other Name\n\nBody.",
            "2031-05-21_g.txt": "date: 21/05/2031\n\nBody.",  # (numbers only: either way round; the name dates it)
            "2031-05-22_h.txt": "Link: the talks resumed in Narva on Monday.\n\nBody.",  # no page named: body
            "i.txt": "date: sometime in May\n\nBody.",
        }
    )
    loaded = load_articles(folder)
    found = {a.id: (a.published.isoformat(), a.source, a.title, a.url) for a in loaded.articles}
    assert found == {
        "a": ("2031-03-04", "Baltic Wire", "Tartu talks open", "https://x.test/a"),
        "b": ("2031-03-09", "Fjord Times", "Narva round ends", None),
        "c": ("2031-03-11", None, "Parnu", None),
        "d": ("2031-09-12", None, "Valga", None),
        "f": ("2031-05-20", "Own Name", None, None),
        "2031-05-21_g": ("2031-05-21", None, None, None),
        "2031-05-22_h": ("2031-05-22", None, None, None),
    }
    opening = next(a for a in loaded.articles if a.id == "2031-05-22_h")
    assert opening.text[opening.body_start :].startswith("Link: the talks resumed")
    first = next(a for a in loaded.articles if a.id == "a")
    assert first.text[first.body_start :].strip().startswith("TARTU: Envoy Mira Kask")
    # a dateline opening the body is no header: the file without one is still refused, named, with the way to fix it
    reasons = {p.path.name: str(p) for p in loaded.problems}
    assert set(reasons) == {"e.txt", "i.txt"}, reasons
    assert "no publication date" in reasons["e.txt"] and "'sometime in May' is not a date" in reasons["i.txt"]


def test_bad_files_are_named_and_the_others_still_answer(write_corpus: Writer) -> None:
    good = "date: 2025-06-01\n\nKremlin spokesman Dmitry Peskov said the talks went well on Sunday."
    folder = write_corpus(
        {
            "good.txt": good,
            "latin1.txt": "date: 2025-06-01\n\nCaf\xe9 talks".encode("latin-1"),
            "empty.txt": "",
            "nodate.txt": "Peskov said nothing.",
        }
    )
    loaded = load_articles(folder)
    assert [a.id for a in loaded.articles] == ["good"]
    reasons = {p.path.name: str(p) for p in loaded.problems}
    assert set(reasons) == {"latin1.txt", "empty.txt", "nodate.txt"}
    assert "not UTF-8" in reasons["latin1.txt"] and reasons["latin1.txt"].startswith("latin1.txt")
    assert "empty" in reasons["empty.txt"]
    assert "no publication date" in reasons["nodate.txt"]
    kb = KnowledgeBase(loaded.articles, loaded.problems)
    assert kb.answer("who is Peskov?").found
    assert "latin1.txt" in (kb.help().message or "")


def test_a_file_name_opening_with_a_date_dates_its_article(write_corpus: Writer) -> None:
    # people save articles as "2031-03-04_talks.txt": that date is the publication date when no header gives one,
    # a header or the table still wins, and a name whose date is no real day is refused with the way to fix it
    folder = write_corpus(
        {
            "2031-03-04_tartu-talks.txt": "TARTU, March 4 - Envoy Mira Kask arrived on Monday.",
            "2031-03-05_header-wins.txt": "date: 2031-03-09\n\nEnvoy Mira Kask left on Sunday.",
            "2031-13-40_no-day.txt": "Envoy Mira Kask spoke.",
            "20310304_run-together.txt": "Envoy Mira Kask spoke again.",
        }
    )
    loaded = load_articles(folder)
    published = {a.id: a.published.isoformat() for a in loaded.articles}
    assert published == {"2031-03-04_tartu-talks": "2031-03-04", "2031-03-05_header-wins": "2031-03-09"}
    reasons = {p.path.name: str(p) for p in loaded.problems}
    assert set(reasons) == {"2031-13-40_no-day.txt", "20310304_run-together.txt"}
    assert "begin the file name with it" in reasons["2031-13-40_no-day.txt"]
    kb = KnowledgeBase(loaded.articles, loaded.problems)
    assert kb.answer("when did Kask arrive?").items[0].date == "2031-03-03"  # (the Monday before)


def test_with_every_file_skipped_the_answer_says_so_and_names_them(write_corpus: Writer) -> None:
    # "The articles do not mention 'tartu'" would read as an answer about articles never read
    folder = write_corpus({"kask.txt": "Envoy Mira Kask arrived in Tartu on Monday."})
    loaded = load_articles(folder)
    kb = KnowledgeBase(loaded.articles, loaded.problems)
    for question in ("where did Kask arrive?", "!who Kask", "tartu talks date?"):
        answer = kb.answer(question)
        assert not answer.found and not answer.items
        assert (answer.message or "").startswith("No articles are indexed yet")
        assert "kask.txt: no publication date" in (answer.message or "")


def test_missing_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_articles(tmp_path / "nope")


def test_captions_credits_and_banners_are_never_sentences() -> None:
    texts = []
    for article in load_articles(SEEDS).articles:
        texts += [s.text for s in split_article(article.id, article.text, article.body_start)]
    joined = "\n".join(texts)
    for junk in ("©", "Getty Images", "Read more", "tracking", "Voz media", "PutinAFP"):
        assert junk not in joined
    assert any(t.startswith("US Secretary of State Marco Rubio testifies") for t in texts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A summit in Alaska on Aug. 15 was held. Then talks.",
            ["A summit in Alaska on Aug. 15 was held.", "Then talks."],
        ),
        (
            "US Vice President J.D. Vance spoke. U.S. officials agreed.",
            ["US Vice President J.D. Vance spoke.", "U.S. officials agreed."],
        ),
        ("He met Pope Leo XIV.The Ukrainian leader left.", ["He met Pope Leo XIV.", "The Ukrainian leader left."]),
        ('"We agree. We will go," Lavrov said. Next one.', ['"We agree. We will go," Lavrov said.', "Next one."]),
        # a site's name is no boundary: "Harbour.Ee reports" (a full stop, no space, a two-letter word)
        (
            "Oja told journalists, Harbour.Ee reports, citing local media. Next one.",
            ["Oja told journalists, Harbour.Ee reports, citing local media.", "Next one."],
        ),
    ],
)
def test_sentence_splitting_keeps_abbreviations_initials_and_quotes(text: str, expected: list[str]) -> None:
    sentences = split_article("x", text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize("name", ["a.txt", "a.b.txt", "a..txt", ".txt", "..txt", ".hidden.txt", "x", "x.", "..."])
def test_a_start_names_articles_as_path_stem_does(name: str) -> None:
    """The folder comparison of a start takes an article's id from its file name without a Path."""
    from knowledge.corpus import name_stem

    assert name_stem(name) == Path(name).stem


def test_a_header_date_past_any_calendar_refuses_its_file_only(write_corpus: Writer) -> None:
    folder = write_corpus(
        {
            "far.txt": "Published: Thu, 1 Jan 99999999999999999999 10:00:00 GMT\n\nBody.",
            "agency.txt": "Agency: Baltic Wire\nDateline date: 2031-10-22\n\nBody.",
        }
    )
    loaded = load_articles(folder)
    assert [(a.id, a.source, a.published.isoformat()) for a in loaded.articles] == [
        ("agency", "Baltic Wire", "2031-10-22")
    ]
    assert [p.path.name for p in loaded.problems] == ["far.txt"]


def test_a_headline_above_the_header_and_a_body_right_after_it_load(write_corpus: Writer) -> None:
    # a story saved as "headline / Published: ... / body": the headline is the title, the date reads, the body starts
    # after the block with or without a blank line; a first line that is a paragraph is never a title
    folder = write_corpus(
        {
            "a.txt": "Lesotho and South Africa open water talks\nPublished: 2031-06-02\n\nMASERU - Talks opened.",
            "b.txt": "Lesotho and South Africa end water talks\n\nPublished: June 9, 2031\nMASERU - Talks ended.",
            "c.txt": "MASERU - Talks opened on Monday in the capital.\nNote: this story was updated.\n\nMore.",
        }
    )
    loaded = load_articles(folder)
    found = {a.id: (a.published.isoformat(), a.title, a.text[a.body_start :].strip()) for a in loaded.articles}
    assert found == {
        "a": ("2031-06-02", "Lesotho and South Africa open water talks", "MASERU - Talks opened."),
        "b": ("2031-06-09", "Lesotho and South Africa end water talks", "MASERU - Talks ended."),
    }
    assert {p.path.name for p in loaded.problems} == {"c.txt"}
