"""The ``language``stage (being written)."""
