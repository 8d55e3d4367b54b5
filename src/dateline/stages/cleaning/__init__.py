"""Helpers of the ``clean`` stage: decoding, the line classifier, HTML extraction, metadata."""
