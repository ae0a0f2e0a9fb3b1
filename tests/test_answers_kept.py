"""An answer is kept per index state, by the text asked: asked again it is the same answer, and an ingest (a new
state) or "!since" (the clock's day) answers anew."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.synthetic import write_corpus
from knowledge import KnowledgeBase, Upload

QUESTIONS = [
    "!timeline Geneva",
    "who is Lavrov?",
    "what did Zelensky say about security guarantees?",
    "!demands Russia",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_an_answer_asked_again_is_the_one_kept_and_the_one_computed_anew(kb: KnowledgeBase, text: str) -> None:
    first = kb.answer(text)
    assert kb.answer(text) is first  # kept
    kb.context._answers.clear()
    again = kb.answer(text)
    assert again is not first and again == first  # as computed anew


def test_a_since_answer_is_not_kept(kb: KnowledgeBase) -> None:
    first = kb.answer("!since 3 days")
    assert kb.answer("!since 3 days") is not first
    assert "!since 3 days" not in kb.context._answers


def test_answers_kept_follow_an_ingest_and_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import knowledge.answering.context as context_module

    folder = tmp_path / "corpus"
    write_corpus(folder, 4, seed=6)
    kb = KnowledgeBase.from_folder(folder, index=tmp_path / "index.sqlite")
    text = "!timeline 2025"
    first = kb.answer(text)
    assert kb.answer(text) is first
    extra = tmp_path / "extra"
    write_corpus(extra, 1, seed=8)
    (added,) = kb.ingest([Upload("more.txt", next(extra.glob("*.txt")).read_bytes())])
    assert added.added
    after = kb.answer(text)
    assert after is not first  # a new state of the index answers anew
    monkeypatch.setattr(context_module, "ANSWERS_KEPT", 2)
    for n in range(6):
        kb.answer(f"what was said about talks number {n}?")
    assert len(kb.context._answers) <= 2
