"""The actor knowledge base (countries, organisations, persons, groups, media) and the role lexicon."""

from dateline.kb.actors import ActorKB, Hit, KBEntry, Role, alias_key, load_kb, read_entries
from dateline.kb.roles import RoleLexicon, role_lexicon, role_sector

__all__ = [
    "ActorKB",
    "Hit",
    "KBEntry",
    "Role",
    "RoleLexicon",
    "alias_key",
    "load_kb",
    "read_entries",
    "role_lexicon",
    "role_sector",
]
