"""talkbot's knowledge layer: articles in, cited facts and answers out. Pure Python; no Discord here."""

# ruff: noqa: E402
from knowledge import regex_cache

regex_cache.install()  # before the modules below compile their patterns

from knowledge.answer import CorpusStats, KnowledgeBase
from knowledge.corpus import DEFAULT_CORPUS, CorpusLoad, load_articles
from knowledge.errors import CorpusError, KnowledgeError
from knowledge.index import SyncReport, default_index_path
from knowledge.ingest import IngestError, IngestResult, Upload
from knowledge.links import Source
from knowledge.models import (
    Answer,
    AnswerCitation,
    AnswerItem,
    Article,
    Citation,
    Conflict,
    Demand,
    Event,
    FuzzyDate,
    Intent,
    Person,
    Precision,
    Sentence,
)

__all__ = [
    "DEFAULT_CORPUS",
    "Answer",
    "AnswerCitation",
    "AnswerItem",
    "Article",
    "Citation",
    "Conflict",
    "CorpusError",
    "CorpusLoad",
    "CorpusStats",
    "Demand",
    "Event",
    "FuzzyDate",
    "IngestError",
    "IngestResult",
    "Intent",
    "KnowledgeBase",
    "KnowledgeError",
    "Person",
    "Precision",
    "Sentence",
    "Source",
    "SyncReport",
    "Upload",
    "default_index_path",
    "load_articles",
]
