"""Time-expression machinery for the ``times`` stage: lexicon, rules, detection, publication date."""
