"""presslens.actors on states: the default gazetteer holds every UN member state (and the observers and Kosovo)
with unique aliases, and Russian place names are found in their case forms (adjectives before the noun,
plurals, short names in -а), while persons' names decline as before."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from presslens import actors, schema

HERE = Path(__file__).resolve().parent
SHIPPED = HERE.parent / "data" / "actors.yml"

# the 193 UN member states, by the canonical names of data/actors.yml (Georgia and Jordan under names that are
# not also a US state or a person's name: see their comments there)
UN_MEMBERS = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|
Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|
Chile|China|Colombia|Comoros|Republic of the Congo|Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|
North Korea|Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Republic of Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Kingdom of Jordan|Kazakhstan|Kenya|
Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|
Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Monaco|
Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|
Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|South Korea|Moldova|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|
Suriname|Sweden|Switzerland|Syria|Tajikistan|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|
Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|Tanzania|United States|Uruguay|
Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe
"""


@pytest.fixture(scope="module")
def shipped():
    return actors.read_gazetteer(SHIPPED)


def test_every_un_member_and_observer_is_a_country(shipped):
    members = [n.strip() for n in UN_MEMBERS.replace("\n", "").split("|")]
    assert len(members) == len(set(members)) == 193
    countries = {e["name"] for e in shipped if e["type"] == "country"}
    assert set(members) - countries == set()
    assert {"Palestine", "Holy See", "Kosovo", "Taiwan"} <= countries
    # every state has a Russian name
    for e in shipped:
        if e["type"] == "country":
            assert any(not a.isascii() for a in e["aliases"]), e["name"]


def test_no_alias_names_two_actors(shipped):
    owner: dict[str, str] = {}
    for e in shipped:
        for alias in {e["name"], *e["aliases"]}:
            key = " ".join(alias.split())
            assert owner.setdefault(key, e["name"]) == e["name"], (alias, owner[key], e["name"])


def test_ambiguous_english_names_are_left_out(shipped):
    """Names that are also a US state, a person's name or a region name no state by themselves."""
    aliases = {a for e in shipped for a in [e["name"], *e["aliases"]]}
    assert not {"Georgia", "Jordan", "Congo", "Macedonia", "CAR", "KSA", "Того"} & aliases


def found(texts, gaz) -> list[tuple[str, str]]:
    rows = [{"article_id": f"a{k}", "sentence_no": 0, "paragraph_no": 0, "start": 0, "end": len(t), "text": t}
            for k, t in enumerate([texts] if isinstance(texts, str) else texts)]
    m = actors.mentions(schema.frame("sentences", rows), gaz,
                        articles=pd.DataFrame({"article_id": [r["article_id"] for r in rows], "published": "",
                                               "source": ""}))
    return list(zip(m["actor"], m["text"], strict=True))


@pytest.mark.parametrize("text, expected", [
    ("Jim Jordan said so.", []),  # a person, not the Kingdom of Jordan
    ("He flew to Atlanta, Georgia.", []),  # the US state
    ("Он прилетел в Грузию.", [("Republic of Georgia", "Грузию")]),
    ("He sailed to New Guinea and Papua New Guinea.", [("New Guinea", "New Guinea"),
                                                      ("Papua New Guinea", "Papua New Guinea")]),
    ("Talks in Northern Ireland and Ireland.", [("Northern Ireland", "Northern Ireland"), ("Ireland", "Ireland")]),
    ("Oil from the Niger Delta reached Nigeria and Niger.", [("Nigeria", "Nigeria"), ("Niger", "Niger")]),
    ("Он был в Нигерии, затем в Нигере.", [("Nigeria", "Нигерии"), ("Niger", "Нигере")]),
    ("Он был в Экваториальной Гвинее.", [("Equatorial Guinea", "Экваториальной Гвинее")]),
])
def test_look_alike_names_of_states(shipped, text, expected):
    assert found(text, shipped) == expected


# --- Russian case forms of place names (a small gazetteer: the code, not the data, is tested) ---------------

GAZ = [
    {"name": "Saudi Arabia", "type": "country", "aliases": ["Саудовская Аравия"]},
    {"name": "South Korea", "type": "country", "aliases": ["Южная Корея"]},
    {"name": "South Sudan", "type": "country", "aliases": ["Южный Судан"]},
    {"name": "Sudan", "type": "country", "aliases": ["Судан"]},
    {"name": "United Arab Emirates", "type": "country", "aliases": ["Объединённые Арабские Эмираты"]},
    {"name": "United States", "type": "country", "aliases": ["Соединённые Штаты"]},
    {"name": "Netherlands", "type": "country", "aliases": ["Нидерланды"]},
    {"name": "Philippines", "type": "country", "aliases": ["Филиппины"]},
    {"name": "Cuba", "type": "country", "aliases": ["Куба"]},
    {"name": "European Union", "type": "organization", "aliases": ["Европейский союз"]},
    {"name": "Holy See", "type": "country", "aliases": ["Святой Престол"]},
    {"name": "Sri Lanka", "type": "country", "aliases": ["Шри-Ланка"]},
    {"name": "Papua New Guinea", "type": "country", "aliases": ["Папуа — Новая Гвинея"]},
    {"name": "New Guinea", "type": "place", "aliases": ["Новая Гвинея"]},
    {"name": "Bosnia and Herzegovina", "type": "country", "aliases": ["Босния и Герцеговина", "Босния"]},
    {"name": "Solomon Islands", "type": "country", "aliases": ["Соломоновы Острова"]},
    {"name": "Virgin Islands", "type": "place", "aliases": ["Виргинские Острова"]},
    {"name": "Dmitry Peskov", "type": "person", "aliases": ["Дмитрий Песков"]},
    {"name": "Vera Lipa", "type": "person", "aliases": ["Вера Липа"]},
]


@pytest.mark.parametrize("text, expected", [
    # adjectives before the noun decline (ё printed as е too)
    ("Он был в Саудовской Аравии.", [("Saudi Arabia", "Саудовской Аравии")]),
    ("Они посетили Саудовскую Аравию.", [("Saudi Arabia", "Саудовскую Аравию")]),
    ("Они посетили Южную Корею.", [("South Korea", "Южную Корею")]),
    ("Он говорил с Южной Кореей.", [("South Korea", "Южной Кореей")]),
    ("Он был в Южном Судане.", [("South Sudan", "Южном Судане")]),
    ("Посол Святого Престола прибыл.", [("Holy See", "Святого Престола")]),
    ("Позиция Европейского союза ясна.", [("European Union", "Европейского союза")]),
    # plurals: the adjectives and the noun
    ("Посол Объединённых Арабских Эмиратов прибыл.", [("United Arab Emirates", "Объединённых Арабских Эмиратов")]),
    ("Посол Объединенных Арабских Эмиратов прибыл.", [("United Arab Emirates", "Объединенных Арабских Эмиратов")]),
    ("Он жил в Соединённых Штатах.", [("United States", "Соединённых Штатах")]),
    ("Он говорил с Соединенными Штатами.", [("United States", "Соединенными Штатами")]),
    ("Посол Нидерландов прибыл.", [("Netherlands", "Нидерландов")]),
    ("Президент Филиппин прибыл на Филиппины.", [("Philippines", "Филиппин"), ("Philippines", "Филиппины")]),
    # a plural noun in -а after plural adjectives, a short possessive one among them (not a singular's endings)
    ("Премьер Соломоновых Островов прибыл.", [("Solomon Islands", "Соломоновых Островов")]),
    ("Договор с Соломоновыми Островами подписан.", [("Solomon Islands", "Соломоновыми Островами")]),
    ("Выборы на Соломоновых Островах и помощь Соломоновым Островам.",
     [("Solomon Islands", "Соломоновых Островах"), ("Solomon Islands", "Соломоновым Островам")]),
    ("Соломоновы Острова признали Пекин.", [("Solomon Islands", "Соломоновы Острова")]),
    ("Он был на Виргинских Островах.", [("Virgin Islands", "Виргинских Островах")]),
    # a short name in -а
    ("Договор с Кубой подписан на Кубе.", [("Cuba", "Кубой"), ("Cuba", "Кубе")]),
    # a name with a hyphen or a dash, and a name of three words holding a shorter one
    ("Посол Шри-Ланки прибыл.", [("Sri Lanka", "Шри-Ланки")]),
    ("Посол Папуа — Новой Гвинеи прибыл.", [("Papua New Guinea", "Папуа — Новой Гвинеи")]),
    ("Он был в Боснии и Герцеговине, затем в Боснии.", [("Bosnia and Herzegovina", "Боснии и Герцеговине"),
                                                       ("Bosnia and Herzegovina", "Боснии")]),
])
def test_russian_place_names_decline(text, expected):
    assert found(text, GAZ) == expected


@pytest.mark.parametrize("text", [
    "Кубок вручили в Кубани.",  # other words on the same stem
    "Нидерландский посол и филиппинские острова.",
    "Судно шло южнее Кореи.",
    "Штаты объединённые.",
    "Объединённых Арабских стран.",
    "Шри Ланки и Ланки.",
    "Соломоновой Острову и Соломоновых Остров.",  # a singular's endings on the plural noun, and on its adjective
])
def test_russian_place_look_alikes_stay_unmatched(text):
    assert found(text, GAZ) == []


@pytest.mark.parametrize("text, expected", [
    ("Заявление Дмитрия Пескова.", [("Dmitry Peskov", "Дмитрия Пескова")]),
    ("Заявление Дмитрого Пескова.", []),  # a given name is no adjective (the surname alone: not yet named)
    ("Слова Веры Липы.", []),  # a person's short last word does not decline (a Chinese given name)
])
def test_person_names_decline_as_before(text, expected):
    assert found(text, GAZ) == expected


@pytest.mark.parametrize("text, name", [
    # an office between a state's name and a person's: the person is discovered
    ("Azerbaijan President Ilham Aliyev met the delegation.", "Ilham Aliyev"),
    ("NATO Secretary-General Javier Solana met the delegation.", "Javier Solana"),
    # the rest of a longer name holding a gazetteer name is not, nor a title cut in two
    ("The Moscow Stock Exchange opened late.", None),
    ("White House Chief of Staff John Sununu met the delegation.", None),
])
def test_person_discovered_after_a_state_and_an_office(text, name):
    gaz = [{"name": "Azerbaijan", "type": "country", "aliases": []},
           {"name": "NATO", "type": "organization", "aliases": []},
           {"name": "Moscow", "type": "place", "aliases": []},
           {"name": "White House", "type": "organization", "aliases": []}]
    rows = [{"article_id": "a1", "sentence_no": 0, "paragraph_no": 0, "start": 0, "end": len(text), "text": text}]
    names = list(actors.discover_names(schema.frame("sentences", rows), gaz, min_count=1, cache=False)["name"])
    assert names == ([name] if name else [])
