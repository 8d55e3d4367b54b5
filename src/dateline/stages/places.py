"""The ``places``stage (being written)."""
