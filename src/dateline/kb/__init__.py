"""The actor knowledge base (countries, organisations, persons, groups, media) and the role lexicon."""

from dateline.kb.actors import ActorKB, Hit, KBEntry, Role, alias_key, load_kb, read_entries
from dateline.kb.roles import RoleLexicon, load_role_lexicon

__all__ = [
    "ActorKB",
    "Hit",
    "KBEntry",
    "Role",
    "RoleLexicon",
    "alias_key",
    "load_kb",
    "load_role_lexicon",
    "read_entries",
]
