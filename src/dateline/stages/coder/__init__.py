"""The PLOVER event coder: trigger lexicon, dependency arguments, auxiliary modes, contexts and the
sentence classifier that arbitrates categories. `dateline.stages.events` wires them into a stage."""
