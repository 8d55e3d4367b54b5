"""The ``attributions`` stage (being written)."""
