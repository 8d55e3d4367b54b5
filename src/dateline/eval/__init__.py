"""Evaluation: gold loaders and scorers for ``../shared`` gold data and the project's own sets."""
