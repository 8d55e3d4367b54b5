"""Cross-document stages: story clustering, event merging, source chains and outlet comparison."""
