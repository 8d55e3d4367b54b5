"""The ``times``stage (being written)."""
