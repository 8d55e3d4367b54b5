from dateline.stages.events.categories import arbitrate, promise_type, sentence_scores, yield_type


def test_single_candidate_decides_without_classifier():
    assert arbitrate({"CONSULT": None}, {"ASSAULT": 0.9, "CONSULT": 0.1}) == ("CONSULT", 1.0)


def test_classifier_arbitrates_among_candidates_only():
    chosen, sureness = arbitrate(
        {"PROTEST": "strike", "ASSAULT": None}, {"PROTEST": 0.1, "ASSAULT": 0.3, "AID": 0.6}
    )
    assert chosen == "ASSAULT"
    assert abs(sureness - 0.75) < 1e-9


def test_lexicon_votes_boost_classifier_scores_and_drop_none():
    scores = sentence_scores([({"REQUEST": None}, 0.5)], {"REQUEST": 0.2, "ACCUSE": 0.5, "NONE": 0.3})
    assert "NONE" not in scores
    assert max(scores, key=scores.__getitem__) == "REQUEST"


def test_promise_and_yield_rules():
    assert promise_type([("ASSAULT", False)]) == "THREATEN"  # "vowed to retaliate"
    assert promise_type([("AID", True)]) == "AGREE"
    assert promise_type([("COERCE", True)]) == "THREATEN"  # "promised to prosecute the attackers"
    assert promise_type([("COERCE", False)]) == "AGREE"  # "d'améliorer les conditions de détention"
    assert promise_type([("MOBILIZE", True)]) == "AGREE"  # "de renforcer la sécurité du marché"
    assert yield_type({"CONCEDE": None, "RETREAT": "withdraw"}, implemented=True) == "RETREAT"
    assert yield_type({"CONCEDE": None, "RETREAT": "withdraw"}, implemented=False) == "CONCEDE"
    assert yield_type({"RETREAT": "withdraw"}, implemented=False) is None


def test_choose_lets_the_classifier_overrule_the_lexicon_only_by_more_than_the_lexicon_weight():
    from dateline.stages.events.categories import choose

    probs = {"SUPPORT": 0.5, "AGREE": 0.3, "NONE": 0.2}
    assert choose({"AGREE": None}, probs, 0.3)[0] == "AGREE"  # 0.3 + 0.3 beats 0.5
    assert choose({"AGREE": None}, probs, 0.1)[0] == "SUPPORT"  # 0.5 beats 0.3 + 0.1
    assert choose({"AGREE": None}, {"NONE": 1.0}, 0.3)[0] == "AGREE"  # NONE is never chosen
    assert choose({"AGREE": None, "CONSULT": None}, None, 0.3) == ("AGREE", 0.5)  # no classifier


def test_sentence_category_needs_a_sure_category_other_than_none():
    from dateline.stages.events.categories import sentence_category

    assert sentence_category({"PROTEST": 0.7, "NONE": 0.3}, 0.6) == ("PROTEST", 0.7)
    assert sentence_category({"PROTEST": 0.5, "NONE": 0.2, "ASSAULT": 0.3}, 0.6) is None
    assert sentence_category({"NONE": 0.9, "PROTEST": 0.1}, 0.05) is None
    assert sentence_category(None, 0.0) is None
