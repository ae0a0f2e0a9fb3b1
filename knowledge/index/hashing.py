"""An article's hashes: its content (bytes and metadata, so a changed title or date counts as a change) and its
identity (the body text alone, whitespace normalised: the same article under any name or header)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping


def content_hash(raw: bytes, metadata: Mapping[str, object]) -> str:
    digest = hashlib.sha256(raw)
    digest.update(json.dumps(metadata, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def body_hash(text: str, body_start: int) -> str:
    """The article's identity: its body (after any header), Unicode- and whitespace-normalised."""
    body = " ".join(unicodedata.normalize("NFC", text[body_start:]).split())
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
