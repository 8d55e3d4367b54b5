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
    assert promise_type(["ASSAULT"]) == "THREATEN"
    assert promise_type(["AID"]) == "AGREE"
    assert yield_type({"CONCEDE": None, "RETREAT": "withdraw"}, implemented=True) == "RETREAT"
    assert yield_type({"CONCEDE": None, "RETREAT": "withdraw"}, implemented=False) == "CONCEDE"
    assert yield_type({"RETREAT": "withdraw"}, implemented=False) is None
