"""An article's content hash: its bytes and its metadata, so a changed title or date counts as a change."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping


def content_hash(raw: bytes, metadata: Mapping[str, object]) -> str:
    digest = hashlib.sha256(raw)
    digest.update(json.dumps(metadata, sort_keys=True, default=str).encode())
    return digest.hexdigest()
