"""The actor KB and role lexicon: loading, folded alias lookup, demonyms, officeholders, user files."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pycountry
import pytest
import yaml

from dateline.kb import KBEntry, RoleLexicon, alias_key, load_kb, load_role_lexicon
from dateline.kb.actors import ActorKB, Role


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb()


def ids(entries: list[KBEntry]) -> list[str]:
    return [e.id for e in entries]


def test_alias_key_folds_case_accents_and_punctuation() -> None:
    assert alias_key("Les États-Unis") == "les etats unis"
    assert alias_key("Hayat Tahrir-al-Sham") == alias_key("hayat tahrir al sham")
    assert alias_key("U.S.", cased=True) == "U S"


def test_every_iso_country_is_in_the_kb_with_french_and_english_names(kb: ActorKB) -> None:
    for country in pycountry.countries:
        entry = kb.get(country.alpha_3)
        assert entry is not None and entry.kind == "country", country.alpha_3
        assert entry.aliases.get("en") and entry.aliases.get("fr"), country.alpha_3
    with_demonyms = [e for e in kb if e.kind == "country" and e.demonyms.get("fr") and e.demonyms.get("en")]
    assert len(with_demonyms) >= 190


@pytest.mark.parametrize(
    ("surface", "lang", "expected"),
    [
        ("Syrie", "fr", "SYR"),
        ("les États-Unis", "fr", None),  # the article is not part of the name
        ("États-Unis", "fr", "USA"),
        ("Etats-Unis", "fr", "USA"),
        ("USA", "en", "USA"),
        ("U.S.", "en", "USA"),
        ("Russie", "fr", "RUS"),
        ("Iran", "en", "IRN"),
        ("Daech", "fr", "isis"),
        ("État islamique", "fr", "isis"),
        ("Jabhat al-Nosra", "fr", "hts"),
        ("OTAN", "fr", "nato"),
        ("Gardiens de la révolution", "fr", "irgc"),
        ("Poutine", "fr", "vladimir-putin"),
        ("Bachar al-Assad", "fr", "bashar-al-assad"),
        ("Al Jazeera", "en", "al-jazeera"),
        ("Ligue arabe", "fr", "arab-league"),
    ],
)
def test_lookup_finds_names_in_either_form(
    kb: ActorKB, surface: str, lang: str, expected: str | None
) -> None:
    found = ids(kb.lookup(surface, lang))
    assert (found[0] if found else None) == expected


def test_short_acronyms_need_their_capitals(kb: ActorKB) -> None:
    assert ids(kb.lookup("US", "en")) == ["USA"]
    assert kb.lookup("us", "en") == []
    assert kb.lookup("un", "fr") == []
    assert ids(kb.lookup("EI", "fr")) == ["isis"]


def test_names_several_states_give_their_institutions_are_no_alias(kb: ActorKB) -> None:
    # Peru's Congress, Pakistan's Foreign Office: the role lexicon and the report place them (session 19)
    assert ids(kb.lookup("Congress", "en")) == []
    assert ids(kb.lookup("Foreign Office", "en")) == []
    assert ids(kb.lookup("US Congress", "en")) == ["us-congress"]
    assert ids(kb.lookup("British Foreign Office", "en")) == ["foreign-office"]


def test_capitalised_names_do_not_match_common_words(kb: ActorKB) -> None:
    assert ids(kb.lookup("The Guardian", "en")) == ["guardian"]
    assert kb.lookup("the guardian", "en") == []


def test_demonyms_are_inflected_in_french_and_pluralised_in_english(kb: ActorKB) -> None:
    for word in ("iranien", "iranienne", "iraniens", "iraniennes"):
        assert kb.demonym(word, "fr") == "IRN"
    for word in ("russe", "russes"):
        assert kb.demonym(word, "fr") == "RUS"
    assert kb.demonym("Iraqis", "en") == "IRQ"
    assert kb.demonym("Russian", "en") == "RUS"
    assert kb.demonym("américaines", "fr") == "USA"


def test_an_ambiguous_demonym_names_no_single_country(kb: ActorKB) -> None:
    assert set(kb.demonyms("congolais", "fr")) == {"COD", "COG"}
    assert kb.demonym("congolais", "fr") is None


def test_capitals_are_metonyms_in_each_language(kb: ActorKB) -> None:
    assert kb.capital_of("Moscou", "fr") == ["RUS"]
    assert kb.capital_of("Téhéran", "fr") == ["IRN"]
    assert kb.capital_of("Beirut", "en") == ["LBN"]
    assert kb.capital_of("Le Caire", "fr") == ["EGY"]
    assert kb.capital_of("Jerusalem", "en") == ["ISR"]


def test_officeholders_depend_on_the_date(kb: ActorKB) -> None:
    presidents_2016 = {e.id for e, _ in kb.officeholders("IRN", "2016-11", "president")}
    presidents_2024 = {e.id for e, _ in kb.officeholders("IRN", "2024-12-02", "president")}
    assert presidents_2016 == {"hassan-rouhani"}
    assert presidents_2024 == {"masoud-pezeshkian"}
    defence = {e.id for e, _ in kb.officeholders("IRN", "2018-09", "defence minister")}
    assert defence == {"amir-hatami"}


def test_role_activity_handles_partial_dates() -> None:
    role = Role(title="president", start="2012-05-07", end="2016-11-30")
    assert role.active("2016-11")
    assert role.active("2012")
    assert not role.active("2017-01")
    assert Role.model_validate({"title": "x", "start": 2017}).start == "2017"


def test_person_sector_follows_the_role_held_at_the_date(kb: ActorKB) -> None:
    ayoub = kb.get("ali-abdullah-ayoub")
    assert ayoub is not None
    assert ayoub.sector_at("2015-06") == "MIL"
    assert ayoub.sector_at("2019-06") == "GOV"


def test_intergovernmental_organisations_carry_the_igo_country_code(kb: ActorKB) -> None:
    igos = [e for e in kb if e.kind == "organisation" and e.sector == "IGO"]
    assert len(igos) >= 40
    assert all(e.country == "IGO" for e in igos), [e.id for e in igos if e.country != "IGO"]
    for name, lang in [("AIEA", "fr"), ("UN", "en"), ("Finul", "fr"), ("PAM", "fr"), ("GCC", "en"),
                       ("Commission européenne", "fr"), ("International Maritime Organization", "en"),
                       ("Manul", "fr"), ("European Parliament", "en")]:  # fmt: skip
        assert {e.country for e in kb.lookup(name, lang)} == {"IGO"}, name


def test_a_person_country_follows_the_role_held_at_the_date(kb: ActorKB) -> None:
    rutte, guterres = kb.get("mark-rutte"), kb.get("antonio-guterres")
    assert rutte is not None and guterres is not None
    assert (rutte.country_at("2020-03"), rutte.country_at("2025-01")) == ("NLD", "IGO")
    assert guterres.country_at(None) == "IGO" and guterres.sector_at("2023") == "IGO"
    assert {e.id for e, _ in kb.officeholders("IGO", "2022-05")} >= {"antonio-guterres", "rafael-grossi"}


def test_user_kb_files_add_and_replace_entries(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- {id: fictional-front, name: Fictional Front, kind: organisation, country: MLI, sector: REB,\n"
        "   aliases: {fr: [Front fictif], en: [Fictional Front]}}\n"
        "- {id: hezbollah, name: Hezbollah, kind: organisation, country: LBN, sector: REB}\n",
        encoding="utf-8",
    )
    kb = load_kb([extra])
    assert ids(kb.lookup("Front fictif", "fr")) == ["fictional-front"]
    hezbollah = kb.get("hezbollah")
    assert hezbollah is not None and hezbollah.sector == "REB"
    assert load_kb().get("hezbollah").sector == "PTY"  # type: ignore[union-attr]


def test_a_malformed_user_file_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": [{"id": "x", "name": "X", "kind": "planet"}]}', encoding="utf-8")
    with pytest.raises(ValueError):
        load_kb([bad])


@pytest.mark.parametrize(
    ("phrase", "lang", "sector"),
    [
        ("ministre de la Défense", "fr", "GOV"),
        ("chef d'état-major de l'armée", "fr", "MIL"),
        ("officiers", "fr", "MIL"),
        ("les hauts officiers", "fr", "MIL"),
        ("armée", "fr", "MIL"),
        ("commandants", "fr", "MIL"),
        ("ambassadeur", "fr", "GOV"),
        ("police", "fr", "COP"),
        ("rebelles", "fr", "REB"),
        ("manifestants", "fr", "CVL"),
        ("responsables", "fr", "GOV"),
        ("officials", "en", "GOV"),
        ("spokesman", "en", "GOV"),
        ("porte-parole", "fr", "GOV"),
        ("service de renseignement", "fr", "SPY"),
        ("intelligence officers", "en", "SPY"),
        ("juge", "fr", "JUD"),
        ("court", "en", "JUD"),
        ("quotidien", "fr", "MED"),
        ("ville", "fr", None),
    ],
)
def test_role_sector(phrase: str, lang: str, sector: str | None) -> None:
    assert load_role_lexicon().sector(phrase, lang) == sector


def test_role_titles_and_place_nouns() -> None:
    lexicon = load_role_lexicon()
    assert lexicon.title("ministre des Affaires étrangères", "fr") == "foreign minister"
    assert lexicon.title("chef d'état-major", "fr") == "chief of staff"
    assert lexicon.title("Prime Minister", "en") == "prime minister"
    assert lexicon.is_place("ville", "fr") and lexicon.is_place("cities", "en")
    assert lexicon.is_institution("armée", "fr") and not lexicon.is_institution("ministre", "fr")


def test_addressee_and_transfer_heads() -> None:
    lexicon = load_role_lexicon()
    assert lexicon.takes_addressee("soutien", "fr") and lexicon.takes_addressee("letter", "en")
    assert not lexicon.takes_addressee("déclarer", "fr") and not lexicon.takes_addressee("say", "en")
    assert lexicon.transfers_goods("livrer", "fr") and lexicon.transfers_goods("sell", "en")
    assert not lexicon.transfers_goods("recevoir", "fr") and not lexicon.transfers_goods("meet", "en")


def test_is_prefix_follows_alias_words_in_any_case_and_only_acronyms_cased() -> None:
    kb = ActorKB(
        [
            KBEntry(id="HTS", name="Hayat Tahrir al-Sham", kind="organisation"),
            KBEntry(id="UN", name="United Nations", kind="organisation", aliases={"*": ["UN"]}),
        ]
    )
    assert kb.is_prefix("Hayat") and kb.is_prefix("hayat Tahrir") and kb.is_prefix("Hayat Tahrir al-Sham")
    assert not kb.is_prefix("Tahrir") and not kb.is_prefix("Hayat Sham")
    assert kb.is_prefix("UN") and not kb.is_prefix("un")  # an acronym keeps its capitals
    assert kb.is_prefix("United") and not kb.is_prefix("")


def test_agents_lexicon_loads_with_string_phrases_in_both_languages() -> None:
    text = (resources.files("dateline.kb") / "data" / "agents.yaml").read_text(encoding="utf-8")
    sectors = yaml.safe_load(text)["sectors"]
    assert set(sectors) == {"fr", "en"}
    for table in sectors.values():
        assert table and all(isinstance(s, str) and s.isupper() for s in table)
        assert all(phrases and all(isinstance(p, str) and p for p in phrases) for phrases in table.values())


@pytest.mark.parametrize(
    ("phrase", "lang", "sector"),
    [
        ("gendarmerie mobile", "fr", "COP"),
        ("commission électorale", "fr", "ELC"),  # electoral bodies: ELC, as the gold codes them
        ("insurgés", "fr", "REB"),
        ("les émeutiers", "fr", "CVL"),  # rioters are civilians, as the gold codes them (actors@19)
        ("le préfet", "fr", "GOV"),
        ("Conseil constitutionnel", "fr", "JUD"),
        ("compagnies républicaines de sécurité", "fr", "COP"),  # not "compagnie" BUS
        ("avocat général", "fr", "JUD"),  # not "général" MIL
        ("electoral commission", "en", "ELC"),
        ("insurgents", "en", "REB"),
        ("rioters", "en", "CVL"),
        ("constitutional court", "en", "JUD"),
        ("gendarmerie", "en", "COP"),
        ("military intelligence", "en", "SPY"),  # not "military" MIL
        ("village", "en", None),  # a place, not an agent
    ],
)
def test_agents_lexicon_gives_generic_agents_a_sector(phrase: str, lang: str, sector: str | None) -> None:
    assert load_role_lexicon().sector(phrase, lang) == sector


def test_roles_win_over_agents_on_the_same_phrase() -> None:
    roles = {"sectors": {"en": {"MIL": ["guard"]}}, "titles": {}, "places": {}, "institutions": {},
             "addressees": {}, "transfers": {}}  # fmt: skip
    agents = {"sectors": {"en": {"COP": ["guard", "riot squad"]}, "fr": {"COP": ["crs"]}}}
    lexicon = RoleLexicon.from_data(roles, agents)
    assert lexicon.sector("guards", "en") == "MIL"
    assert lexicon.sector("riot squad", "en") == "COP"
    assert lexicon.sector("CRS", "fr") == "COP"
