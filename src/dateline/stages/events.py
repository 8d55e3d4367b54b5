"""The ``events``stage (being written)."""
