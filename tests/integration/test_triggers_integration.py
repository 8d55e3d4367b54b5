"""The trigger lexicon through the full pipeline: one invented sentence per report, in French and English,
across categories, with verbal, passive and nominal triggers (the sentences are the project's own)."""

import pytest

from dateline.model import RawDocument
from dateline.pipeline import Pipeline

pytestmark = pytest.mark.integration

#: (language, sentence, trigger text, PLOVER category, mode or None when not checked)
CASES = [
    (
        "fr",
        "La police sénégalaise a interpellé jeudi à Dakar trois opposants.",
        "interpellé",
        "COERCE",
        "arrest",
    ),
    (
        "fr",
        "Deux journalistes maliens ont été placés en garde à vue mardi à Bamako par la police malienne.",
        "placés en garde",
        "COERCE",
        "arrest",
    ),
    (
        "fr",
        "La justice ivoirienne a mis en examen l'ancien ministre Amadou Koné pour corruption.",
        "mis en examen",
        "ACCUSE",
        "allege",
    ),
    (
        "fr",
        "Un tribunal de Niamey a condamné à dix ans de prison un dirigeant de l'opposition nigérienne.",
        "condamné",  # a sentence by its penalty noun ("condamner à" went: it caught "à" of other verbs)
        "SANCTION",
        "convict",
    ),
    ("fr", "Le tribunal de Tunis a relaxé lundi quatre militants tunisiens.", "relaxé", "RETREAT", "release"),
    (
        "fr",
        "La Cour constitutionnelle du Bénin a invalidé la candidature de l'opposant.",
        "invalidé candidature",  # disqualifying a candidate restricts them (evalsets/README.md conventions)
        "COERCE",
        "restrict",
    ),
    (
        "fr",
        "La Cour constitutionnelle du Bénin a invalidé l'élection de trois députés.",
        "invalidé",
        "REJECT",
        None,
    ),
    ("fr", "Le président guinéen a dissous le gouvernement mercredi.", "dissous", "COERCE", "restrict"),
    (
        "fr",
        "De violents affrontements ont opposé l'armée malienne aux rebelles touaregs près de Kidal.",
        "affrontements",
        "ASSAULT",
        None,
    ),
    (
        "fr",
        "L'armée burkinabè a pilonné des positions jihadistes dans le nord du pays.",
        "pilonné",
        "ASSAULT",
        "heavy-weapons",
    ),
    (
        "fr",
        "Des émeutiers ont caillassé des policiers sénégalais à Ziguinchor.",
        "caillassé",
        "PROTEST",
        "riot",
    ),
    (
        "fr",
        "Le Tchad se dit prêt à accueillir des négociations entre les deux parties.",
        "dit prêt",
        "AGREE",
        None,
    ),
    (
        "fr",
        "Les autorités tchadiennes ont instauré un couvre-feu à N'Djamena.",
        "instauré couvre-feu",
        "COERCE",
        "curfew",
    ),
    ("fr", "Le Maroc a envoyé de l'aide humanitaire au Liban.", "envoyé", "AID", None),
    (
        "en",
        "The Nigerian army clashed with Boko Haram fighters near Maiduguri on Monday.",
        "clashed",
        "ASSAULT",
        None,
    ),
    (
        "en",
        "Ethiopian police arrested 40 opposition supporters in Addis Ababa.",
        "arrested",
        "COERCE",
        "arrest",
    ),
    ("en", "Three Malian soldiers were abducted by gunmen near Gao.", "abducted", "ASSAULT", "abduct"),
    ("en", "Pakistan's supreme court annulled the election result in Karachi.", "annulled", "REJECT", None),
    (
        "en",
        "The Ugandan opposition leader was sentenced to five years in prison by a Kampala court.",
        "sentenced to",
        "SANCTION",
        "convict",
    ),
    (
        "en",
        "A Zimbabwean court acquitted the opposition leader on Tuesday.",
        "acquitted",
        "RETREAT",
        "release",
    ),
    (
        "en",
        "Russian forces shelled Ukrainian positions near Kharkiv overnight.",
        "shelled",
        "ASSAULT",
        "heavy-weapons",
    ),
    (
        "en",
        "Turkish warplanes carried out airstrikes on Kurdish militants in northern Iraq.",
        "airstrikes",
        "ASSAULT",
        "aerial",
    ),
    ("en", "The Sudanese army imposed a curfew in Khartoum.", "imposed curfew", "COERCE", "curfew"),
    ("en", "Egypt evacuated 300 Sudanese civilians from Khartoum on Sunday.", "evacuated", "AID", None),
    (
        "en",
        "Indian troops violated the ceasefire along the frontier on Monday.",
        "violated ceasefire",
        "ASSAULT",
        None,
    ),
    (
        "en",
        "Colombian rebels laid down their arms in a ceremony in Bogota.",
        "laid down",
        "RETREAT",
        "disarm",
    ),
    (
        "en",
        "Japan reduced its military aid to Myanmar after the coup.",
        "reduced aid",
        "SANCTION",
        "discontinue",
    ),
    (
        "en",
        "Kenya has declared a state of siege in the northern county of Marsabit.",
        "state siege",
        "COERCE",
        None,
    ),
    ("en", "Brazil and Chile established diplomatic ties in 1836.", "established ties", "SUPPORT", None),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config({})


@pytest.mark.parametrize(("language", "text", "trigger", "category", "mode"), CASES)
def test_sentence_yields_the_event(pipeline: Pipeline, language, text, trigger, category, mode) -> None:
    doc = pipeline(RawDocument(content=text.encode(), language=language, published="2021-03-03"))
    assert not doc.errors
    events = {e.trigger_text: e for e in doc.events}
    assert trigger in events, [(e.trigger_text, e.type) for e in doc.events]
    assert events[trigger].type == category
    if mode is not None:
        assert events[trigger].mode == mode
