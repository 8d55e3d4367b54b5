"""The ``clean``stage (being written)."""
