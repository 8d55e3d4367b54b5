"""Quality gate: story clustering, the merged Aleppo meeting and its comparison on the seeds.

Skipped when ../shared is absent; the project's own same-story set runs everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.common import shared_dir
from dateline.eval.runner import run_gold_corpus
from dateline.eval.stories import StoryEval, evaluate, own_sets
from dateline.eval.stories_dev import (
    DEV_CSV,
    DevResult,
    default_store_path,
    evaluate_dev,
    ingest_articles,
    load_pairs,
)
from dateline.resources import Resources
from dateline.stories.service import build_view
from dateline.stories.similarity import PairModel

pytestmark = pytest.mark.eval

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
#: Floors a little below the figures measured (see docs/stories.md): own set measured 1.000.
MIN_OWN_PAIRWISE_F1 = 0.95
#: The cross-lingual set (11 invented events in French and English, 8 hard negatives): measured 1.000.
MIN_CROSSLINGUAL_PAIRWISE_F1 = 0.95
#: The held-out set written before the issue-15 refit (16 reports, 7 same-story pairs): measured 0.833, 0.923
#: since the ninth pass.
MIN_HELDOUT_PAIRWISE_F1 = 0.90
#: The second held-out set, written before the fourth pass (17 reports, 7 same-story pairs): measured 0.800,
#: 1.000 since the ninth pass.
MIN_HELDOUT2_PAIRWISE_F1 = 0.95
#: The third held-out set, written before the fifth pass (13 reports, 6 same-story pairs): measured 0.500
#: (P 1.000, R 0.333: far lead places, one a river resolved to another continent, hold three links back),
#: 0.909 since the ninth pass (R 0.833).
MIN_HELDOUT3_PAIRWISE_F1 = 0.85
#: The fourth held-out set, written before the sixth pass (10 reports told from different places, 7 same-story
#: pairs, 2 hard negatives): measured 1.000.
MIN_HELDOUT4_PAIRWISE_F1 = 0.95
#: The fifth held-out set, written before the seventh pass (23 reports, 11 same-story pairs, 7 hard negatives
#: sharing a person, an actor, a place or a kind of happening): measured 0.917 (P 0.846, R 1.000), 1.000
#: since the ninth pass.
MIN_HELDOUT5_PAIRWISE_F1 = 0.95
#: The sixth held-out set, written before the ninth pass (17 reports, 9 same-story pairs; hard negatives: same
#: place another event, same ministers another day, the same kind of theft and fire elsewhere, an undated
#: follow-up), scored once at its end: 0.900 (P 0.818, R 1.000; the undated follow-up is linked).
MIN_HELDOUT6_PAIRWISE_F1 = 0.85
#: The seventh held-out set, written before the tenth pass (32 reports, 18 same-story pairs; hard negatives:
#: the same mayor, player or ministry in another happening, the same kind of quake, flood, launch or strike
#: elsewhere, another central bank's decision in one outlet's brief with the same newsletter furniture),
#: scored once at its end: 0.923 (P 0.857, R 1.000; the two banks' briefs linked through their furniture);
#: 1.000 since the sixteenth pass (a story of three reports takes a fourth only when two of them link to it).
MIN_HELDOUT7_PAIRWISE_F1 = 0.95
#: The eighth held-out set, written before the eleventh pass (25 reports, 11 same-story pairs; hard negatives:
#: two pages of one outlet that are a headline over the same paywall notice, a page of one outlet's newsletter
#: furniture beside another story in the same wrapping, the same player, minister or union in another
#: happening, the same kind of landslide or eruption elsewhere), scored once at its end: 0.917 (P 0.846,
#: R 1.000; the player's title and her withdrawal four days later are linked; main before the pass: 0.815).
MIN_HELDOUT8_PAIRWISE_F1 = 0.85
#: The ninth held-out set, written before the twelfth pass (27 reports, 10 same-story pairs en-en, fr-fr,
#: en-fr, an undated follow-up; hard negatives: the same cyclist, port chief, governor or chief executive in
#: another happening, an opinion piece beside the vote it argues about, two photo-of-the-day pages and a
#: sign-in page of one outlet, the same kind of strike and ferry accident elsewhere), scored once at its end:
#: 0.870 (P 0.769, R 1.000; the cyclist's interview joins her award, the two photo pages are linked); 0.909
#: since session 16's series-label rule (the photo pages' shared "Photo of the day:" is furniture).
MIN_HELDOUT9_PAIRWISE_F1 = 0.85
#: The tenth held-out set, written before session 16's stories pass (25 reports, 15 in French, 10 same-story
#: pairs en-en, fr-fr and fr-en at different lengths, two pages whose headline is glued to the text; near
#: misses: another debris flow in the same canton, another launch from the same base, the same mayor, the same
#: player and another central bank's decision the same day, two photo-of-the-day pages of one outlet), scored
#: once before and once at its end: 0.870 both times (P 0.769, R 1.000; the other central bank's decision and
#: the two photo pages, whose series title has no separator, are linked).
MIN_HELDOUT10_PAIRWISE_F1 = 0.85
#: The eleventh held-out set, written before session 17's stories pass (25 reports, 16 in French, 14
#: same-story pairs en-en, fr-fr and fr-en, a long narrative report, an undated brief; near misses: the same
#: coach, company and minister in another happening within a week, the same kind of dock strike and find
#: elsewhere, the same prefect another day), scored once before and once at its end: 0.643 both times
#: (P 0.643, R 0.643; B³ F1 0.870): the coach's new club and the other port's strike are linked; two
#: reports are held apart by lead places the places stage misreads ("Hassan II" hospital read as Hassan in
#: India, "La Réunion" as a town in Normandy) and the wildfire told from an evacuee's side is missed.
MIN_HELDOUT11_PAIRWISE_F1 = 0.60
#: The twelfth held-out set (26 reports, written before the fifteenth pass): 0.762 at its start and end.
MIN_HELDOUT12_PAIRWISE_F1 = 0.72
#: The thirteenth held-out set, written before the sixteenth pass (26 reports, 13 in French, 15 same-story
#: pairs; near misses: the same city, minister, cyclist, region and strait in another happening within the
#: week): 0.903 at its start and end (P 0.875, R 0.933: the neighbouring canton's council vote on free
#: transport three days after the referendum is linked; a fr-en pair of one tanker collision is missed).
MIN_HELDOUT13_PAIRWISE_F1 = 0.85
#: The fourteenth held-out set, written before the seventeenth pass (24 reports, 12 in French, 15 same-story
#: pairs in stories of 2-3 reports of very different length and framing: a wire brief and a long feature, an
#: opinion piece, an undated brief with its headline glued to the text, follow-ups days later; near misses:
#: the same mayor, runner and airline another day, the same kind of derailment, daycare strike and quake
#: elsewhere): 0.846 at its start and end (P 1.000, R 0.733: a fr-en follow-up of the strike and a long report
#: of the quake told from a resident's side are missed); 0.929 (R 0.867) since the eighteenth pass (a lasting
#: happening's weekdays date nothing: the strike's follow-up joins).
MIN_HELDOUT14_PAIRWISE_F1 = 0.90
#: The fifteenth held-out set, written before the eighteenth pass (24 reports, 12 in French, 16 same-story
#: pairs in stories of 2-3 reports: lasting happenings told on several days, "since Monday", "third day",
#: undated briefs; near misses: the same operator, president, museum and carmaker in another happening, the
#: same kind of strike, fire and mine accident elsewhere in the week): 0.933 at its start and end (P 1.000,
#: R 0.875: the strike's first-day report opens on a company name the places stage reads as a village abroad).
MIN_HELDOUT15_PAIRWISE_F1 = 0.90
#: Judged real pairs, en/fr, 5-fold cross-validated: measured F1 0.746, ROC-AUC 0.927, Pearson r -0.806
#: since the ninth pass (sixth pass: 0.746 / 0.924 / -0.793); 0.758 / 0.935 / -0.820 with the eleventh pass's
#: furniture filter.
MIN_DEV_F1, MIN_DEV_AUC, MIN_DEV_ABS_R = 0.72, 0.91, 0.79
#: The same over other assignments of articles to folds (20 measured: F1 0.708-0.818, mean 0.763;
#: eleventh pass 0.730-0.831, mean 0.774).
MIN_DEV_REPEAT_F1 = 0.70
DEV_REPEATS = 3
SEED_STORY = ("000_fe946db8ac025cef.txt", "001_fbf9a87d470a5365.txt")


def seeds() -> Path:
    base = shared_dir()
    if base is None or not (base / "gold" / "seeds.jsonl").is_file():
        pytest.skip("../shared is absent: no seeds gold for stories")
    return base


@pytest.fixture(scope="module")
def seed_eval() -> StoryEval:
    base = seeds()
    return evaluate("seeds", base / "gold" / "seeds.jsonl", base / "corpus" / "seeds")


def test_seed_reports_of_one_story_cluster_and_the_others_stay_apart(seed_eval: StoryEval) -> None:
    scores = seed_eval.scores
    assert scores.n_docs == 5
    assert scores.pairwise.precision == 1.0 and scores.pairwise.recall == 1.0, scores.predicted


def test_own_same_story_set() -> None:
    result = evaluate("own", EXAMPLES / "gold" / "corpus.jsonl", EXAMPLES / "corpus")
    assert result.scores.pairwise.f1 >= MIN_OWN_PAIRWISE_F1, result.scores


def test_aleppo_meeting_is_one_merged_event_with_both_reports_and_their_differences() -> None:
    base = seeds()
    docs = [d for _, d in run_gold_corpus(SEED_STORY, base / "corpus" / "seeds")]
    view = build_view("s-test", "test", docs, frozenset())
    consult = [
        m
        for m in view["events"]
        if m["type"] == "CONSULT" and {r["doc_id"] for r in m["reports"]} == {d.id for d in docs}
    ]
    assert consult, view["events"]
    languages = {r["language"] for r in consult[0]["reports"]}
    assert languages == {"fr", "en"}
    for report in consult[0]["reports"]:
        assert any("akhbar" in source.lower() for source in report["attribution"]), report
    rows = {(row["aspect"], row["key"]): row for row in view["comparison"]}
    assert any(aspect == "framing" and row["status"] == "differ" for (aspect, _), row in rows.items())
    assert rows[("claim", "first")]["status"] == "differ"
    cited = [row for (aspect, _), row in rows.items() if aspect == "cited source"]
    assert any(row["status"] == "agree" and "akhbar" in row["key"] for row in cited)
    assert any(row["status"] == "differ" for row in cited)


def test_crosslingual_set_links_french_and_english_reports_of_one_event() -> None:
    result = evaluate("crosslingual", EXAMPLES / "gold" / "crosslingual.jsonl", EXAMPLES / "crosslingual")
    assert result.scores.pairwise.f1 >= MIN_CROSSLINGUAL_PAIRWISE_F1, result.scores


def test_heldout_story_set() -> None:
    result = evaluate("heldout", EXAMPLES / "gold" / "stories_heldout.jsonl", EXAMPLES / "stories_heldout")
    assert result.scores.pairwise.f1 >= MIN_HELDOUT_PAIRWISE_F1, result.scores


def test_second_heldout_story_set() -> None:
    result = evaluate("heldout2", EXAMPLES / "gold" / "stories_heldout2.jsonl", EXAMPLES / "stories_heldout2")
    assert result.scores.pairwise.f1 >= MIN_HELDOUT2_PAIRWISE_F1, result.scores


def test_third_heldout_story_set() -> None:
    result = evaluate("heldout3", EXAMPLES / "gold" / "stories_heldout3.jsonl", EXAMPLES / "stories_heldout3")
    assert result.scores.pairwise.precision == 1.0, result.scores  # its four hard negatives stay apart
    assert result.scores.pairwise.f1 >= MIN_HELDOUT3_PAIRWISE_F1, result.scores


def test_fourth_heldout_story_set() -> None:
    result = evaluate("heldout4", EXAMPLES / "gold" / "stories_heldout4.jsonl", EXAMPLES / "stories_heldout4")
    assert result.scores.pairwise.precision == 1.0, result.scores  # same dateline and ministry, another city
    assert result.scores.pairwise.f1 >= MIN_HELDOUT4_PAIRWISE_F1, result.scores


def test_fifth_heldout_story_set() -> None:
    result = evaluate("heldout5", EXAMPLES / "gold" / "stories_heldout5.jsonl", EXAMPLES / "stories_heldout5")
    assert result.scores.pairwise.recall == 1.0, result.scores  # undated, short and fr-en reports all linked
    assert result.scores.pairwise.f1 >= MIN_HELDOUT5_PAIRWISE_F1, result.scores


def test_sixth_heldout_story_set() -> None:
    result = evaluate("heldout6", EXAMPLES / "gold" / "stories_heldout6.jsonl", EXAMPLES / "stories_heldout6")
    assert result.scores.pairwise.recall == 1.0, result.scores  # undated, short and fr-en reports all linked
    assert result.scores.pairwise.f1 >= MIN_HELDOUT6_PAIRWISE_F1, result.scores


def test_seventh_heldout_story_set() -> None:
    result = evaluate("heldout7", EXAMPLES / "gold" / "stories_heldout7.jsonl", EXAMPLES / "stories_heldout7")
    assert result.scores.pairwise.recall == 1.0, result.scores  # follow-ups, undated and fr-en reports linked
    assert result.scores.pairwise.f1 >= MIN_HELDOUT7_PAIRWISE_F1, result.scores


def test_eighth_heldout_story_set() -> None:
    result = evaluate("heldout8", EXAMPLES / "gold" / "stories_heldout8.jsonl", EXAMPLES / "stories_heldout8")
    assert result.scores.pairwise.recall == 1.0, result.scores  # undated follow-up and fr-en reports linked
    assert result.scores.pairwise.f1 >= MIN_HELDOUT8_PAIRWISE_F1, result.scores


def test_ninth_heldout_story_set() -> None:
    result = evaluate("heldout9", EXAMPLES / "gold" / "stories_heldout9.jsonl", EXAMPLES / "stories_heldout9")
    assert result.scores.pairwise.recall == 1.0, result.scores  # undated follow-up and fr-en reports linked
    assert result.scores.pairwise.f1 >= MIN_HELDOUT9_PAIRWISE_F1, result.scores


def test_tenth_heldout_story_set() -> None:
    result = evaluate(
        "heldout10", EXAMPLES / "gold" / "stories_heldout10.jsonl", EXAMPLES / "stories_heldout10"
    )
    assert result.scores.pairwise.recall == 1.0, result.scores  # glued headlines, briefs and fr-en linked
    assert result.scores.pairwise.f1 >= MIN_HELDOUT10_PAIRWISE_F1, result.scores


def test_eleventh_heldout_story_set() -> None:
    result = evaluate(
        "heldout11", EXAMPLES / "gold" / "stories_heldout11.jsonl", EXAMPLES / "stories_heldout11"
    )
    assert result.scores.pairwise.f1 >= MIN_HELDOUT11_PAIRWISE_F1, result.scores


def test_twelfth_heldout_story_set() -> None:
    result = evaluate(
        "heldout12", EXAMPLES / "gold" / "stories_heldout12.jsonl", EXAMPLES / "stories_heldout12"
    )
    assert result.scores.pairwise.f1 >= MIN_HELDOUT12_PAIRWISE_F1, result.scores


def test_thirteenth_heldout_story_set() -> None:
    result = evaluate(
        "heldout13", EXAMPLES / "gold" / "stories_heldout13.jsonl", EXAMPLES / "stories_heldout13"
    )
    assert result.scores.pairwise.f1 >= MIN_HELDOUT13_PAIRWISE_F1, result.scores


def test_fourteenth_heldout_story_set() -> None:
    result = evaluate(
        "heldout14", EXAMPLES / "gold" / "stories_heldout14.jsonl", EXAMPLES / "stories_heldout14"
    )
    assert result.scores.pairwise.precision == 1.0, result.scores  # no near miss joins a story
    assert result.scores.pairwise.f1 >= MIN_HELDOUT14_PAIRWISE_F1, result.scores


def test_fifteenth_heldout_story_set() -> None:
    result = evaluate(
        "heldout15", EXAMPLES / "gold" / "stories_heldout15.jsonl", EXAMPLES / "stories_heldout15"
    )
    assert result.scores.pairwise.precision == 1.0, result.scores  # no near miss joins a story
    assert result.scores.pairwise.f1 >= MIN_HELDOUT15_PAIRWISE_F1, result.scores


@pytest.fixture(scope="module")
def dev_result() -> DevResult:
    base = shared_dir()
    if base is None or not base.joinpath(*DEV_CSV).is_file():
        pytest.skip("../shared is absent: no judged dev pairs")
    dev = load_pairs(base.joinpath(*DEV_CSV))
    docs = ingest_articles(dev.texts, default_store_path())
    own = own_sets(EXAMPLES)
    model = PairModel.packaged()
    c = float((model.provenance or {}).get("C", 10.0))
    return evaluate_dev(
        dev, docs, Resources.shared().encoder("use"), own, c, model.features, repeats=DEV_REPEATS
    )


def test_judged_dev_pairs_cross_validated(dev_result: DevResult) -> None:
    scores = {s.name: s for s in dev_result.scores}["all en/fr"]
    assert scores.pairs == 130 and scores.positives == 28
    assert scores.f1 >= MIN_DEV_F1, scores
    assert scores.auc is not None and scores.auc >= MIN_DEV_AUC, scores
    assert scores.pearson is not None and -scores.pearson >= MIN_DEV_ABS_R, scores
    decided = dev_result.repeat_pair_decisions[0]  # each pair alone by its fold's threshold: measured 0.746
    assert decided.pairs == 130 and decided.f1 >= MIN_DEV_F1, decided


def test_judged_dev_pairs_over_other_fold_assignments(dev_result: DevResult) -> None:
    repeats = dev_result.repeat_scores
    assert len(repeats) == len(dev_result.repeat_pair_decisions) == DEV_REPEATS
    assert repeats[0] == {s.name: s for s in dev_result.scores}["all en/fr"]
    assert (
        len({(round(s.f1, 6), round(s.auc or 0.0, 6)) for s in repeats}) > 1
    )  # another split, other figures
    assert min(s.f1 for s in repeats) >= MIN_DEV_REPEAT_F1, repeats
