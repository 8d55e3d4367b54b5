"""Built-in per-document stages, one package each (`dateline.config.DEFAULT_STAGES`); importing a
stage's package registers it.

The registry (`dateline.pipeline.registry`) imports a built-in stage's package when the stage is first
named, so a process imports only the stages it builds: the worker of a split pipeline imports neither
the coder nor the knowledge bases (`dateline.engine.overlap`).
"""
