"""The shipped spaCy models, made faster with exactly the same annotations.

Four changes, each measured in ``docs/performance.md`` and tested against the model as
shipped:

- `matmul`: matrices are multiplied by numpy's BLAS instead of ``blis``;
- `ruler`: the attribute ruler decides its one-token patterns once per distinct token;
- `lemmas`: the lemmatizer is asked once per distinct (word, part of speech, morphology);
- `entities`: the entity recogniser's greedy decoding runs in numpy, a whole batch at once.

Apart from `load`, `words` keeps the tokenizer's cache warm across the memory zones of long runs
(`dateline.resources.spacy_memory_zone` uses it).
"""

from __future__ import annotations

from typing import Any

from dateline.spacy_fast.entities import batch_entity_recognizer
from dateline.spacy_fast.lemmas import memoise_lemmatizer
from dateline.spacy_fast.matmul import matmul_ops
from dateline.spacy_fast.ruler import index_attribute_ruler


def load(name: str, **kwargs: Any) -> Any:
    """``spacy.load(name, **kwargs)``, then the four changes above."""
    import spacy

    with matmul_ops():
        nlp = spacy.load(name, **kwargs)
    index_attribute_ruler(nlp)
    memoise_lemmatizer(nlp)
    batch_entity_recognizer(nlp)
    return nlp
