"""Three short articles written for the tests, with names, places and dates found nowhere else in the project.

They exercise the rules the way tomorrow's articles will: relative dates against each article's own publication
date, paraphrases, enumerated dates, background history, demands in several forms, role phrases, accents and
transliterated names spelled two ways in two articles.
"""

from __future__ import annotations

from pathlib import Path

from knowledge import KnowledgeBase, load_articles

VALLETTA = """date: 2026-03-12
source: Harbour Wire
title: Negotiators end second round in Valletta

Ukrainian and Russian negotiators ended a second round of talks in Valletta on Wednesday, Maltese officials said.

The delegations have held three rounds of consultations in Malta, on February 3, February 24 and March 11.

Ukraine's chief negotiator, Oksana Derkach, said the swap of 500 prisoners agreed in February would be completed next week.

Russia's condition for a truce is the recognition of its control over the Kherson region, Kremlin aide Pavel Gromyko said.

Moscow also insists on the lifting of sanctions on Russian fertiliser exports and demands that Kyiv cap the size of its army.

Derkach rejected those conditions and called for an international monitoring mission.

The talks lasted seven hours, according to a statement from the Maltese foreign ministry.

The two delegations last met in person in 2022, before the war's second year.

Gromyko said Moscow wants a halt to drone strikes on its refineries.

Maltese Foreign Minister Carmel Vella hosted the delegations.

The swap must be completed before a deadline set by the Red Cross.
"""

OSLO = """date: 2026-03-16
source: Nordic Post
title: Foreign ministers discuss guarantees in Oslo

Ukrainian Foreign Minister Taras Hnatenko met Polish Foreign Minister Marta Zielińska in Oslo on Saturday.

Mr Hnatenko said Ukraine wants binding security guarantees before any ceasefire.

Kyiv insists on the return of deported children and demands reparations for damaged power plants.

“The outcome depends on Moscow,” he told reporters after the meeting.

Zielińska said the next round of talks would be held in Oslo on April 2.

Hnatenko spoke by phone with US envoy Martin Kessler on Sunday.

Hnatenko said he would call Kessler again once the Oslo date was confirmed.

Kessler will visit Kyiv on Thursday, the State Department said.

Kessler last met Derkach in Valletta on January 12.
"""

IZMIR = """date: 2026-03-20
source: Eastern Dispatch
title: Gnatenko briefs European envoys on truce plan

Ukrainian diplomat Taras Gnatenko briefed European Union envoys in Brussels on Thursday.

The European Union called on Russia to withdraw its troops from the Zaporizhzhia nuclear plant.

Turkish mediator Selim Aydoğdu offered to host a leaders' meeting in Izmir.

Aydoğdu said the truce proposal had been sent to both capitals on Tuesday.

Foreign Minister Oleg Tarasov would attend the Oslo round, Russia said.
"""

TARTU = """date: 2026-03-19
source: Nordic Wire
title: Envoys meet again in Tartu

TARTU, March 19 (NWS) – Envoys from Kyiv and Moscow met again in Tartu on Wednesday.

The Ukrainian delegation was led by deputy minister Mykola Varenko.

Deputy Foreign Minister Gromov said the Tartu meeting was useful.
"""

UNTITLED = """date: 2026-03-21

Envoys meet again in Reykjavik

Delegations from Kyiv and Moscow met in Reykjavik on Friday for technical consultations on prisoner lists.
"""

ARTICLES = {
    "valletta.txt": VALLETTA,
    "oslo.txt": OSLO,
    "izmir.txt": IZMIR,
    "untitled_reykjavik.txt": UNTITLED,
    "tartu.txt": TARTU,
}


def unseen_knowledge(folder: Path) -> KnowledgeBase:
    """A knowledge base over the test articles, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    loaded = load_articles(folder)
    assert not loaded.problems
    return KnowledgeBase(loaded.articles)
