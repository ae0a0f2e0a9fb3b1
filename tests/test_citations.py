"""Citations are sacred: every quote is a verbatim slice of its article, over the whole corpus."""

from __future__ import annotations

import re

from knowledge import KnowledgeBase
from tests.conftest import all_demands, all_events


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_extracted_fact_cites_an_exact_slice(kb: KnowledgeBase) -> None:
    failures = []
    citations = [c for e in all_events(kb) for c in e.citations]
    citations += [d.citation for d in all_demands(kb)]
    citations += [c for p in kb.people for c in p.role_citations]
    citations += [c for p in kb.people for c, _ in kb.store.mentions_of(p.key)]
    assert len(citations) > 100
    for citation in citations:
        article = kb.articles[citation.article]
        if article.text[citation.start : citation.end] != citation.quote:
            failures.append(citation)
    assert failures == []


def test_every_answer_quote_is_in_its_article(kb: KnowledgeBase) -> None:
    questions = ["!timeline", "!help"]
    questions += [f"!who {p.name}" for p in kb.people] + [f"who is {p.name.split()[-1]}?" for p in kb.people]
    questions += [f"!demands {party}" for party in {d.party for d in all_demands(kb)}]
    questions += [f"what did {p.name.split()[-1]} say?" for p in kb.people]
    questions += [f"!timeline {t}" for t in kb.topic_suggestions()]
    failures = []
    checked = 0
    for question in questions:
        for item in kb.answer(question).items:
            for citation in item.citations:
                checked += 1
                if _norm(citation.quote) not in _norm(kb.articles[citation.article].text):
                    failures.append((question, citation.article, citation.quote[:60]))
    assert checked > 150
    assert failures == []


def test_headings_and_captions_are_never_cited_as_facts(kb: KnowledgeBase) -> None:
    headings = {row.sentence.text for row in kb.store.all_sentences() if row.sentence.heading}
    cited = {c.quote for e in all_events(kb) for c in e.citations} | {d.citation.quote for d in all_demands(kb)}
    assert headings and not headings & cited
