"""Bytes → text: find the encoding, decode without ever crashing, refuse binary input.

Order: a byte-order mark (UTF-8/16/32), else strict UTF-8, else a mix of UTF-8 lines and
legacy-encoded lines, else charset-normalizer's best guess. Line endings become ``\\n``
and NUL characters are dropped; nothing else is touched.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

#: Longest BOMs first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FALLBACK = "cp1252"
#: Preferred among equally plausible guesses (short texts fit several code pages).
_PREFERRED = ("cp1252", "iso8859_15", "latin_1")
#: Characters that do not occur in text: C0 controls except layout ones, and U+FFFD.
_NON_TEXT = [chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v"] + ["\ufffd"]
#: Above this share of non-text characters the input is binary.
MAX_NON_TEXT = 0.05
#: ... counting at least this many such characters, unless they are most of the input.
MIN_NON_TEXT, MOSTLY = 4, 0.5
#: The binary test reads this many characters: enough to tell, and bounded.
SAMPLE_CHARS = 1_000_000


class InputError(ValueError):
    """The input cannot be turned into a document (source error, empty, binary)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(content: bytes) -> Decoded:
    """Decoded, normalised text of `content`; raises `InputError` for empty or binary input."""
    if not content.strip():
        raise InputError("empty document")
    encoding = _bom_encoding(content) or _utf16_without_bom(content)
    if encoding:
        text = content.decode(encoding, errors="replace")
    else:
        try:
            text, encoding = content.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(content)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    share = non_text_share(text)
    if share > MAX_NON_TEXT and (share > MOSTLY or len(text) * share >= MIN_NON_TEXT):
        raise InputError(f"binary content ({share:.0%} non-text characters): not a text document")
    text = text.replace("\x00", "").lstrip("\ufeff")
    if not text.strip():
        raise InputError("empty document")
    return Decoded(text=text, encoding=encoding)


def non_text_share(text: str) -> float:
    """Share of characters that never occur in text (controls, replacement characters)."""
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return 0.0
    return sum(sample.count(ch) for ch in _NON_TEXT) / len(sample)


def _bom_encoding(content: bytes) -> str | None:
    return next((name for bom, name in _BOMS if content.startswith(bom)), None)


def _utf16_without_bom(content: bytes) -> str | None:
    """UTF-16 with no BOM shows as NULs on every other byte (Latin-script text)."""
    sample = content[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(content: bytes) -> tuple[str, str]:
    """Text that is not valid UTF-8: UTF-8 lines mixed with legacy lines, or one legacy encoding."""
    lines = content.split(b"\n")
    utf8_lines, legacy_lines = [], []
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines.append(line)
        except UnicodeDecodeError:
            legacy_lines.append(line)
    if utf8_lines:
        legacy = _guess(b"\n".join(legacy_lines)) or _FALLBACK
        return "\n".join(_decode_line(line, legacy) for line in lines), f"utf-8+{legacy}"
    encoding = _guess(content) or _FALLBACK
    return content.decode(encoding, errors="replace"), encoding


def _decode_line(line: bytes, legacy: str) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode(legacy, errors="replace")


def _guess(content: bytes) -> str | None:
    """charset-normalizer's best guess; on a tie, the Western code pages news text mostly uses."""
    matches = charset_normalizer.from_bytes(content)
    best = matches.best()
    if best is None:
        return None
    tied = {m.encoding for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence}
    return next((name for name in _PREFERRED if name in tied), best.encoding)
