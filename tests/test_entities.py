"""The entities stage on invented mini-clusters (fictional names)."""
from __future__ import annotations

from conftest import make_brief, nth

from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.ids import entity_id
from newsbrief.pipeline import run_stage
from newsbrief.stages import entities


def _run(arts):
    b, ctx = make_brief(arts)
    run_stage(entities.STAGE, b, ctx)
    return b


def _ent(b, alias):
    for e in b.entities:
        if alias in e.aliases:
            return e
    return None


def test_spelling_key_folds_arabic_article_and_doubling():
    k = entities.spelling_key
    assert k("Tell al-Qarnain") == k("Tell el-Qarnain") == k("Tell Qarnain") == k("TELL AL-QARRNAIN")
    assert k("Tell al-Qarnain") != k("Tell Mardikh")


def test_countries_and_abbreviations():
    assert entities.country("U.A.E.") == entities.country("UAE") == entities.country("United Arab Emirates")
    assert entities.country("Republic of Kenya") == entities.country("Kenya")
    assert entities.country("Niger") != entities.country("Nigeria")


def test_clean_surface_scraping_artefacts():
    assert entities.clean_surface("UAE -backed") == "UAE"
    assert entities.clean_surface("the Vandor Council's") == "Vandor Council"


def test_titles_stripped():
    assert entities.strip_titles("Lieutenant-General Borin Talvek") == "Borin Talvek"
    assert entities.strip_titles("Lt. Gen. Borin Talvek") == "Borin Talvek"
    assert entities.strip_titles("Army Colonel Borin Talvek") == "Borin Talvek"


def test_person_merging_and_never_merge():
    b = _run({
        "a1": ["Colonel Marek Dovzhenko met Tomas Grell in Vienna on Monday.",
               "Dovzhenko said the talks went well."],
        "a2": ["Tomas Farrant, a diplomat, also attended the meeting in Vienna.",
               "Marek T. Dovzhenko declined to comment further."],
    })
    dov = _ent(b, "Marek Dovzhenko")
    assert dov is not None and dov.type == "PERSON"
    assert "Dovzhenko" in dov.aliases or _ent(b, "Dovzhenko") is dov
    grell, farrant = _ent(b, "Tomas Grell"), _ent(b, "Tomas Farrant")
    assert grell is not None and farrant is not None and grell is not farrant


def test_first_name_variants_same_surname():
    b = _run({"a1": ["Yuriy Volkonin spoke in Berlin on Monday."],
              "a2": ["Yuri Volkonin spoke in Berlin on Monday."]})
    assert _ent(b, "Yuriy Volkonin") is _ent(b, "Yuri Volkonin") is not None


def test_acronym_defined_in_text():
    b = _run({"a1": ["The Northern Liberation Front (NLF) captured the town on Friday."],
              "a2": ["A spokesman for the NLF said the fighters would stay."]})
    e = _ent(b, "Northern Liberation Front")
    assert e is not None and "NLF" in e.aliases
    assert e.name == "Northern Liberation Front"


def test_country_ministry_norp_kept_apart():
    b = _run({"a1": ["The Kenyan Defence Ministry said Kenya would respond."],
              "a2": ["Kenya's Defense Ministry denied the report, Kenyan officials said."],
              "a3": ["Kenya said the Kenyan Defense Minsitry was not involved."]})
    ministry = _ent(b, "Kenyan Defence Ministry")
    country = _ent(b, "Kenya")
    assert ministry is not None and country is not None and ministry is not country
    assert ministry.type == "ORG" and country.type == "GPE"
    assert _ent(b, "Kenya's Defense Ministry") is ministry
    assert _ent(b, "Kenyan Defense Minsitry") is ministry  # a typo of the institution word
    norp = _ent(b, "Kenyan")
    assert norp is None or norp is not country


def test_institution_words_tolerate_one_typo_but_not_another_real_word():
    iw = entities.institution_word
    assert iw("Ministry") == iw("Minsitry") == iw("Minisrty") == "ministry"
    assert iw("Departmnet") == "department" and iw("Goverment") == "government"
    assert iw("Officer") is None and iw("Polite") is None  # English words one edit away
    assert iw("Navi") is None  # too short to call a typo
    b = _run({"a1": ["The Peruvian Interior Minsitry said the road was open."],
              "a2": ["Peru's Interior Ministry said the road was open."]})
    e = _ent(b, "Peruvian Interior Minsitry")
    assert e is not None and e is _ent(b, "Peru's Interior Ministry") and e.type == "ORG"


def test_country_abbreviation_and_institution_synonyms():
    b = _run({"a1": ["The UAE -led coalition said the State Department was informed."],
              "a2": ["The United Arab Emirates said the Department of State had been informed."]})
    uae = _ent(b, "UAE")
    assert uae is not None and uae is _ent(b, "United Arab Emirates") and uae.name == "United Arab Emirates"
    assert all("-" not in a for a in uae.aliases)
    state = _ent(b, "State Department")
    assert state is not None and state is _ent(b, "Department of State")


def test_place_spelling_variants_merge():
    b = _run({"a1": ["Fighting continued near Tell al-Qarnain on Monday."],
              "a2": ["Fighting continued near Tell el-Qarnain on Monday."],
              "a3": ["Fighting continued near Tell Qarnain on Monday."]})
    e = _ent(b, "Tell al-Qarnain")
    assert e is not None
    assert {m.text for m in e.mentions} >= {"Tell al-Qarnain", "Tell el-Qarnain"}


def test_ids_sorted_and_lookup():
    b = _run({"a1": ["Colonel Marek Dovzhenko spoke in Vienna."],
              "a2": ["Marek Dovzhenko said Vienna was calm."],
              "a3": ["Vienna was calm, officials said."]})
    assert [e.id for e in b.entities] == [entity_id(e.type, e.name) for e in b.entities]
    assert b.entities[0].articles >= b.entities[-1].articles
    vienna = _ent(b, "Vienna")
    assert vienna.articles == 3 and vienna is b.entities[0] and vienna.id == entity_id("GPE", "Vienna")
    dov = _ent(b, "Marek Dovzhenko")
    assert entities.lookup(b, nth(b, 2), "Marek Dovzhenko") == dov.id
    assert entities.lookup(b, nth(b, 1), "Colonel Marek Dovzhenko") == dov.id
    assert entities.lookup(b, nth(b, 3), "Nobody Atall") is None


def test_a_title_makes_a_person_even_when_the_tagger_says_organisation():
    assert entities._titled_name("Major-General Borin Talvek")
    assert not entities._titled_name("King Orlan University")  # an institution
    assert not entities._titled_name("General Motors")  # one word after the title
    assert not entities._titled_name("Borin Talvek")  # no title: the tagger decides


def test_the_untagged_subject_of_a_reporting_verb_is_a_person():
    b, ctx = make_brief({"a": ["Chief of the Kessary harbour pilots Ivo Sarnak estimated that hundreds were hurt."],
                    "b": ["The dock gates stayed shut on Tuesday."]})
    doc = ctx.docs[nth(b, 1)]
    assert [t.dep_ for t in doc if t.text == "Sarnak"] == ["nsubj"]
    doc.ents = [e for e in doc.ents if "Sarnak" not in e.text]  # the tagger's miss, as seen in real text
    run_stage(entities.STAGE, b, ctx)
    e = _ent(b, "Ivo Sarnak")
    assert e is not None and e.type == "PERSON"
    assert _ent(b, "Kessary") is None or _ent(b, "Kessary").type != "PERSON"


def test_one_written_name_tagged_place_and_organisation_is_one_entity():
    b, ctx = make_brief({"a": ["Shelling hit the town of Varrow on Monday."],
                    "b": ["Officials in Varrow said the water plant was damaged."]})
    # the tagger's labels vary between sentences; force the disagreement
    docs = ctx.docs
    from spacy.tokens import Span
    for n, label in ((1, "GPE"), (2, "ORG")):
        doc = docs[nth(b, n)]
        tok = next(t for t in doc if t.text == "Varrow")
        doc.ents = [e for e in doc.ents if not (e.start <= tok.i < e.end)] + [Span(doc, tok.i, tok.i + 1, label)]
    run_stage(entities.STAGE, b, ctx)
    named = [e for e in b.entities if "Varrow" in e.aliases]
    assert len(named) == 1 and len(named[0].mentions) == 2


def test_a_dateline_names_a_place_not_an_organisation():
    b = _run({"a": ["VARROW, Ostria (XNA) -- Shelling damaged the water plant on Monday, officials said."],
              "b": ["The plant in Varrow was repaired within a week, engineers said."]})
    e = _ent(b, "VARROW") or _ent(b, "Varrow")
    assert e is not None and e.type in ("GPE", "LOC")
    assert _ent(b, "XNA") is None or _ent(b, "XNA").type != "GPE"


def test_place_names_one_vowel_apart_merge_but_one_consonant_apart_do_not():
    """Fictional towns. Transliterations differ in vowels; a different consonant makes
    another name, even when a fuzzy ratio would call the two close."""
    assert entities.vowel_variants("tarvesk", "tarvusk")
    assert not entities.vowel_variants("tarvesk", "tarvest")
    assert not entities.vowel_variants("varo", "vare")  # too short to tell
    assert not entities.vowel_variants("kuzan", "kazan")  # five letters: two towns
    assert not entities.vowel_variants("tarvesk", "tirvusk")  # two vowels
    from spacy.tokens import Span
    b, ctx = make_brief({"a1": ["Shelling was reported near Tarvesk on Monday."],
                    "a2": ["Shelling was reported near Tarvusk on Monday."],
                    "a3": ["Shelling was reported near Tarvest on Tuesday."]})
    for doc in ctx.docs.values():  # all three tagged as places, whatever the tagger guessed
        doc.ents = [Span(doc, 4, 5, label="GPE")]
    run_stage(entities.STAGE, b, ctx)
    town = _ent(b, "Tarvesk")
    assert town is not None and town is _ent(b, "Tarvusk")
    assert _ent(b, "Tarvest") is not None and _ent(b, "Tarvest") is not town


def test_an_english_word_is_no_institution_alias():
    """ "IS" is filed under its own spelling unless the text defines it (see
    test_acronym_defined_in_text); a listed acronym still maps."""
    assert not entities._norm_key("IS", "ORG", {})[1].startswith("inst:")
    assert entities._norm_key("NATO", "ORG", {})[1].startswith("inst:")


def test_given_names_al_and_ed_are_no_arabic_article():
    """Fictional people. "Ed"/"Al" first in a person's name are given names; the
    joined article ("al-", "Al-") still folds away."""
    k = entities.spelling_key
    assert k("Ed Marlowe", person=True) != k("Marlowe", person=True)
    assert k("Al Brennick", person=True) != k("Brennick", person=True)
    assert k("al-Fulani", person=True) == k("Al-Fulani", person=True) == k("Fulani", person=True)
    assert k("Ibn al Varesh", person=True) == k("Ibn al-Varesh", person=True) == k("Ibn Varesh")
    b = _run({"a1": ["Ed Marlowe told reporters the ferry would run."],
              "a2": ["Jo Marlowe said the ferry would not run.", "Marlowe said the harbour was closed."],
              "a3": ["Al Brennick said the harbour was closed.", "Brennick said the ferry was late."],
              "a4": ["The commander, Yusuf al-Fulani, said the road was open.", "Al-Fulani said the road was open."]})
    ed = _ent(b, "Ed Marlowe")
    assert ed is not None and ed.name == "Ed Marlowe" and ed.aliases == ["Ed Marlowe"]
    assert _ent(b, "Marlowe") not in (ed, _ent(b, "Jo Marlowe"))  # two Marlowes: the surname alone stays apart
    al = _ent(b, "Al Brennick")
    assert al is not None and al.name == "Al Brennick" and al is _ent(b, "Brennick")
    assert _ent(b, "Yusuf al-Fulani") is _ent(b, "Al-Fulani") is not None


def test_titled_forms_are_aliases_of_the_person():
    """Fictional: "President Anna Velk" and "Mrs. Velk" are names a reader meets."""
    b = _run({"a": ["President Anna Velk opened the bridge on Monday.", "Mrs. Velk thanked the builders."]})
    e = _ent(b, "Anna Velk")
    assert e is not None and {"President Anna Velk", "Mrs. Velk"} <= set(e.aliases)
    assert e.name == "Anna Velk"


def test_a_surname_joins_the_full_name_written_the_same_among_near_spellings():
    """Fictional: "Quarr" beside "Tomas al-Quarr" and "Ivo al-Quaar" (one spelling key)
    joins the one written exactly the same."""
    b = _run({"a": ["Tomas al-Quarr spoke in Velden.", "Ivo al-Quaar spoke in Kessing.",
                    "Supporters of Quarr marched on Sunday."]})
    assert _ent(b, "Quarr") is _ent(b, "Tomas al-Quarr")
    assert _ent(b, "Ivo al-Quaar") is not _ent(b, "Tomas al-Quarr")


def test_a_missed_surname_is_a_mention_of_the_one_full_name():
    """Fictional: the tagger misses a bare surname; written exactly as one full name's, it
    is that person."""
    b = _run({"a": ["Senator Ruth Banks toured the harbour on Monday.",
                     "Banks argued the tariff was unfair."]})
    e = _ent(b, "Ruth Banks")
    assert e is not None and sum(1 for m in e.mentions if m.text == "Banks") == 1


def test_short_form_of_one_organisation_or_facility_name():
    """Fictional: the head word ("Herald"), the start before kind words ("Kessel" of
    "Kessel Regional Airport"), an acronym of the initials; a town is never an
    organisation named after it."""
    b = _run({"a": ["The Tarvesk Evening Herald reported the strike.", "The Herald said talks failed.",
                    "Flights left Kessel Regional Airport late.", "Kessel reopened its runway on Friday.",
                    "The Norland Institute for Civil Peace counted the dead.", "The NICP said 12 died.",
                    "Crowds gathered in Velden on Friday.", "Velden Cathedral rang its bells."]})
    assert _ent(b, "Herald") is _ent(b, "Tarvesk Evening Herald")
    assert _ent(b, "Kessel") is _ent(b, "Kessel Regional Airport")
    assert _ent(b, "NICP") is _ent(b, "Norland Institute for Civil Peace")
    assert _ent(b, "Velden") and _ent(b, "Velden Cathedral") and _ent(b, "Velden") is not _ent(b, "Velden Cathedral")


def test_one_given_name_and_surnames_a_letter_apart_are_one_person_other_given_names_never():
    """Fictional: "Carl Osterlund" / "Carl Osterlunt" is one man spelt twice; "Ida
    Osterlund" is another person."""
    b = _run({"a": ["Carl Osterlund opened the session.", "Ida Osterlund chaired it."],
              "b": ["Carl Osterlunt spoke first."]})
    assert _ent(b, "Carl Osterlund") is _ent(b, "Carl Osterlunt")
    assert _ent(b, "Ida Osterlund") is not _ent(b, "Carl Osterlund")


def test_a_full_name_tagged_as_organisation_is_the_person_of_its_surname():
    """Fictional: a tagger may call a two-word name an organisation; its surname alone is a
    person of the cluster, so the full name is that person."""
    from newsbrief.stages.entities import _people_tagged_as_orgs

    class S:
        id = "s"
    ments = [(S, "Ulm Varnik", 0, 10, "ORG"), (S, "Varnik", 20, 26, "PERSON"), (S, "Varnik Motors", 30, 43, "ORG")]
    out = _people_tagged_as_orgs(ments)
    assert [m[4] for m in out] == ["PERSON", "PERSON", "ORG"]


def test_descriptions_of_one_institution_are_one_entity():
    """Fictional: a country's national broadcaster, opposition, government and a city's
    police named by description, then in the same article by the bare description; the
    bare form joins the one named body it can be."""
    b = _run({
        "a1": ["A crew from Peruvian national television filmed the dam on Monday.",
               "Peru's opposition boycotted the vote.",
               "The opposition says the count was rigged.",
               "Cusco police spokesman Ivo Sarn said two roads were shut.",
               "National TV later aired the footage, and police closed the bridge."],
        "a2": ["The Lima government raised fuel prices.",
               "Peruvian authorities closed the border."],
    })
    tv = _ent(b, "Peruvian national television")
    assert tv is not None and tv.type == "ORG" and "National TV" in tv.aliases
    opp = _ent(b, "Peru's opposition")
    assert opp is not None and "opposition" in opp.aliases and opp is not tv
    gov = _ent(b, "Peruvian authorities")
    assert gov is not None and gov is _ent(b, "Lima government")  # the capital names the government
    police = _ent(b, "Cusco police")
    assert police is not None and "police" in police.aliases and _ent(b, "Ivo Sarn") is not police


def test_a_bare_description_names_no_body_of_another_article_or_place():
    """Fictional misfire guard: a bare description joins no body named only in another
    article, nor one whose sentence names another place ("In Peru, the opposition")."""
    b = _run({
        "a1": ["Chile's opposition boycotted the vote.", "In Peru, the opposition said the vote was fair.",
               "Orsk police said two men were held.", "In the town of Brask, police said a woman was hurt."],
        "a2": ["Lima police closed the harbour."],
        "a3": ["Police said the harbour would reopen."],
    })
    chile, orsk, velden = _ent(b, "Chile's opposition"), _ent(b, "Orsk police"), _ent(b, "Lima police")
    assert chile is not None and "opposition" not in chile.aliases
    assert orsk is not None and "police" not in orsk.aliases
    assert velden is not None and "Police" not in velden.aliases


def test_a_capital_names_the_government_only_as_its_government():
    """Fictional misfire guard: "<capital> authorities" may be the city's own, and so may
    "<capital> government" in a sentence about the city: neither is the country's."""
    b = _run({"a1": ["Tokyo authorities opened cooling centres across the city.",
                     "Japanese authorities said the heat wave would last a week.",
                     "The Tokyo government capped rents in the city."]})
    japan = _ent(b, "Japanese authorities")
    assert japan is not None and not any(a.startswith("Tokyo") for a in japan.aliases)


def test_a_bare_description_with_two_candidates_or_none_names_nobody():
    """Fictional misfire guard: two cities' police and two countries' governments in
    one cluster, and a ministry no name gives: the bare forms join none of them."""
    b = _run({
        "a1": ["Valparaiso police said the road was shut.", "Lima police said two men were held.",
               "Police said the roads would reopen.", "The interior ministry said the bridge was safe."],
        "a2": ["Chilean authorities said the talks went well.", "Peruvian authorities said the talks failed.",
               "The government said more talks were planned."],
    })
    a, c = _ent(b, "Valparaiso police"), _ent(b, "Lima police")
    assert a is not None and c is not None and a is not c
    assert "Police" not in a.aliases + c.aliases and _ent(b, "Police") is None
    assert _ent(b, "interior ministry") is None
    chile, peru = _ent(b, "Chilean authorities"), _ent(b, "Peruvian authorities")
    assert chile is not None and peru is not None and chile is not peru
    assert _ent(b, "government") is None and "government" not in chile.aliases + peru.aliases


def test_institution_nouns_as_modifiers_or_of_a_person_are_no_description():
    """Fictional: "government offices", "pro-government militias" and a person's
    government name no institution mention of their own."""
    b = _run({"a1": ["Chilean authorities said rioters burned government offices.",
                     "Pro-government militias fired on the crowd, Chilean authorities said.",
                     "Ana Velk's government said the crowd had dispersed."]})
    gov = _ent(b, "Chilean authorities")
    assert gov is not None and all("government" not in a.lower() for a in gov.aliases)
    assert not any("Velk's government" in a for e in b.entities for a in e.aliases)


def test_state_abbreviations_and_interstate_roads():
    """Fictional: a news-style state abbreviation after a city is the state; "I-12" and
    "Interstate 12" are one road; a word that spells an abbreviation is no state."""
    b = _run({"a1": ["Floods hit Salem, Ore., on Monday.", "A jackknifed lorry on I-12 blocked the eastbound lanes.",
                     "Interstate 12 reopened at noon near Oregon's border."],
              "a2": ["Miners dug ore near the river."]})
    ore = _ent(b, "Ore.")
    assert ore is not None and ore.type == "GPE" and ore is _ent(b, "Oregon")
    assert _ent(b, "I-12") is not None and _ent(b, "I-12") is _ent(b, "Interstate 12")
    assert not any(a.lower() == "ore" for e in b.entities for a in e.aliases)


def test_an_area_named_with_its_kind_is_a_place():
    """Fictional: "Varsk province", "the Qorlan district", "the province of Tarsk" name
    places (a tag as a person or body there is wrong); a common word before the kind ("The
    district", "Central province") and the end of a longer name are no area names."""
    b = _run({"a1": ["Troops shelled a village in central Varsk province on Monday.",
                     "Rebels held the Qorlan district.", "The district council met.",
                     "Aid lorries reached the province of Tarsk by road.",
                     "Police in the Central province said two died.", "North Tarvel province was quiet."]})
    for name in ("Varsk", "Qorlan", "Tarsk"):
        e = _ent(b, name)
        assert e is not None and e.type == "GPE", name
    assert _ent(b, "The") is None and _ent(b, "Central") is None and _ent(b, "Tarvel") is None


def test_a_place_tagged_with_its_kind_is_named_without_it():
    """Fictional: the tagger takes "Kessan province" whole; the place is "Kessan" and the
    town of that name is the same entity; "North Tarvel" stays whole (its own name)."""
    b = _run({"a1": ["Fighting spread to Kessan province in the north.",
                     "Residents of Kessan said the market had closed."],
              "a2": ["Army units moved into North Tarvel on Tuesday."]})
    e = _ent(b, "Kessan")
    assert e is not None and e.type == "GPE"
    assert not any(a.lower().endswith("province") for a in e.aliases)
    assert _ent(b, "North Tarvel") is not None


def test_surnames_whose_initial_two_transliterations_write_apart_are_one_person():
    """Fictional: "Tariq Qassemi" and "Tariq Kassemi" are one man whose surname two
    transliterations begin with Q and K; "Omar Kassemi" (another given name) and "Tariq
    Bassemi" (another initial) are other people."""
    b = _run({"a": ["Tariq Qassemi led the talks in Harmel.", "Omar Kassemi, his cousin, stayed away."],
              "b": ["Tariq Kassemi said the talks would resume.", "Tariq Bassemi, a trader, disagreed."]})
    assert _ent(b, "Tariq Qassemi") is _ent(b, "Tariq Kassemi")
    assert _ent(b, "Omar Kassemi") is not _ent(b, "Tariq Kassemi")
    assert _ent(b, "Tariq Bassemi") is not _ent(b, "Tariq Kassemi")


def test_a_firm_named_with_its_legal_form_is_the_firm_named_without_it():
    """Fictional: "Harlow Freight Ltd" and "Harlow Freight" are one firm; the one-word
    "Harlow" (a town here) is not joined to it, nor is "Harlow Freight Union", another body."""
    b = _run({"a": ["Harlow Freight Ltd said on Monday that the depot in Harlow would close.",
                    "The Harlow Freight Union called a meeting."],
              "b": ["Harlow Freight said 40 drivers would be moved to Dunsby.",
                    "Residents of Harlow protested outside the depot."]})
    firm = _ent(b, "Harlow Freight Ltd")
    assert firm is not None and firm is _ent(b, "Harlow Freight")
    assert _ent(b, "Harlow") is not firm
    assert _ent(b, "Harlow Freight Union") is not firm


def test_a_bare_description_joins_its_body_past_a_place_of_another_clause():
    """Fictional: "the ministry" (a spokesman for it, or its spokesman) after the
    article's one named ministry, in a sentence whose other clause says where something
    happened: the place is the scene, not whose ministry it is."""
    b = _run({"a1": ["The Interior Ministry confirmed the release of four lorry drivers on Sunday.",
                     "Deko Marrant, a spokesman for the ministry, said the drivers were freed after a raid "
                     "in the hills north of Tavisk.",
                     "\"Nobody paid anything,\" said Deko Marrant, the ministry's spokesman."]})
    ministry = _ent(b, "Interior Ministry")
    assert ministry is not None and "ministry" in ministry.aliases
    assert sum(m.text == "ministry" for m in ministry.mentions) == 2


def test_a_place_in_the_descriptions_own_clause_still_keeps_it_apart():
    """Fictional hard negatives: the place frames the description's own clause ("In
    town of Brask, the ministry said"), or the article names two ministries: no join."""
    b = _run({"a1": ["The Interior Ministry confirmed the release of four lorry drivers on Sunday.",
                     "In the town of Brask, the ministry said the roads were open."]})
    ministry = _ent(b, "Interior Ministry")
    assert ministry is not None and "ministry" not in ministry.aliases
    b = _run({"a1": ["The Interior Ministry confirmed the release of four lorry drivers on Sunday.",
                     "The Transport Ministry closed the road to Tavisk.",
                     "Deko Marrant, the ministry's spokesman, said the drivers were safe."]})
    assert all("ministry" not in e.aliases for e in b.entities)


def test_a_body_named_after_its_leader_is_an_organisation_not_the_person():
    """Fictional: "the Varnholt administration" is a body (an organisation of its own),
    whatever the tagger called the surname; the leader named alone stays the person, and
    a name the cluster gives no person ("the Osei government") is left alone."""
    b = _run({"a1": ["President Hanne Varnholt signed the decree on Monday.",
                     "The Varnholt administration denied that the decree was rushed.",
                     "Critics said the Osei government had done the same in 2019.",
                     "Varnholt's government later published the decree in full."]})
    admin = _ent(b, "Varnholt administration")
    assert admin is not None and admin.type == "ORG"
    person = _ent(b, "Hanne Varnholt")
    assert person is not None and person is not admin and "Varnholt administration" not in person.aliases
    assert not any("administration" in m.text for m in person.mentions)
    assert _ent(b, "Osei government") is None


def test_a_hyphened_given_name_belongs_to_the_untagged_speaker():
    """Fictional: a speaker with a hyphened given name the tagger leaves out ("Per-Olof
    Vantersen of the harbour's pilot service said") is the whole name, and the surname
    alone later is the same person; a capitalised word before a name with no hyphen is
    not swallowed."""
    b = _run({"a1": ["Per-Olof Vantersen of the harbour's pilot service said the call came in at midnight.",
                     "The first tugs arrived twenty minutes later, Vantersen told reporters."]})
    person = _ent(b, "Per-Olof Vantersen")
    assert person is not None and person.type == "PERSON" and "Vantersen" in person.aliases
    assert not any(a.startswith("Olof") for e in b.entities for a in e.aliases)


def test_a_name_cut_after_a_joining_word_is_one_name():
    """Fictional: the tagger ends "the University of Orlen at" before "Tavby" and tags
    the town apart; the two are one organisation's name, and the town named alone stays
    a place."""
    b = _run({"a1": ["In Tavby, more than 19 inches of snow fell, prompting the University of Orlen at Tavby "
                     "to cancel Thursday's finals."]})
    uni = _ent(b, "University of Orlen at Tavby")
    assert uni is not None and uni.type == "ORG"
    assert not any(a.endswith(" at") for e in b.entities for a in e.aliases)
    town = _ent(b, "Tavby")
    assert town is not None and town is not uni


def test_an_untagged_name_after_a_cut_is_read_to_its_end():
    """Fictional: after "... at" the untagged proper noun "Orlen" is where the cut name
    goes on to; a lower-case word there ("at noon") is no name."""
    from newsbrief.resources import default
    nlp = default().nlp
    text = "Snow prompted the University of Tessary at Orlen to cancel Thursday's finals."
    doc = nlp(text)
    at = text.index(" at ") + 3
    if any(t.ent_type_ for t in doc if t.text == "Orlen"):
        raise AssertionError("the fixture needs the tagger to leave the second name untagged")
    assert entities._untagged_name_end(doc, at) == text.index(" to ")
    other = "Snow closed the University of Tessary at noon on Thursday."
    assert entities._untagged_name_end(nlp(other), other.index(" at ") + 3) is None
