"""The ``actors``stage (being written)."""
