"""The event coder's passes, one module each, in the order `coder.EventCoder.passes` runs them.

Each pass reads the `candidate.Candidate` fields earlier passes wrote and writes its own: `trigger`,
`roles`, `actors`, `classify` (a whole batch at once), `category`, `selection`, `setting`, `modes`,
`localise`, `confidence`, `assemble`, `calibrate`. Passes call the leaf modules of the package
(`arguments`, `resolution`, `references`, `rules`, `auxiliary`, …), never one another.
"""
