"""The ``clean`` stage: raw bytes → body text, title, outlet, captions and removed lines.

Text is decoded, HTML goes through trafilatura first, then a line classifier separates the title,
the body and the page furniture. Body lines are kept verbatim, so every later offset maps back to
the input. Declared metadata wins over anything found in the page.

Modules: `decode` (bytes → text, binary refused), `html` (HTML → text and metadata), `lines`
(per-line features and furniture flags), `captions` (photo captions and their credits), `layout`
(title, body and furniture by position), `outlet` (outlet names from footers, titles, mastheads),
`published` (declared and HTML publication dates), `lexicon` (the words, ``data/clean/*.yaml``);
`stage` is the stage.
"""

from dateline.stages.clean.decode import InputError
from dateline.stages.clean.stage import Clean, make_clean

__all__ = ["Clean", "InputError", "make_clean"]
