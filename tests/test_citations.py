"""Citations are sacred: every quote is a verbatim slice of its article, over the whole corpus."""

from __future__ import annotations

import re

from knowledge import KnowledgeBase


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_extracted_fact_cites_an_exact_slice(kb: KnowledgeBase) -> None:
    failures = []
    citations = [c for e in kb.facts.events for c in e.citations]
    citations += [d.citation for d in kb.facts.demands]
    citations += [c for p in kb.people for c in (*p.mentions, *p.role_citations)]
    assert len(citations) > 100
    for citation in citations:
        article = kb.articles[citation.article]
        if article.text[citation.start : citation.end] != citation.quote:
            failures.append(citation)
    assert failures == []


def test_every_answer_quote_is_in_its_article(kb: KnowledgeBase) -> None:
    questions = ["!timeline", "!help"]
    questions += [f"!who {p.name}" for p in kb.people] + [f"who is {p.name.split()[-1]}?" for p in kb.people]
    questions += [f"!demands {party}" for party in {d.party for d in kb.facts.demands}]
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
    headings = {s.text for s in kb.facts.sentences if s.heading}
    cited = {c.quote for e in kb.facts.events for c in e.citations} | {d.citation.quote for d in kb.facts.demands}
    assert headings and not headings & cited
