"""The entities stage on invented mini-clusters of the kinds the small tagger gets
wrong on unseen names (every name, place and firm here is fictional): a one-word
place or firm typed as a person, a firm's short form, honorifics, a people's name
beside its place, a name's opening word left out of the span. Each test names its
expected entity groups and a hard negative that must stay apart."""
from __future__ import annotations

import pytest
from conftest import make_brief

from newsbrief.pipeline import run_stage
from newsbrief.stages import entities
from test_entities import _ent, _run


def test_one_word_place_typed_person_joins_the_place():
    # the tagger calls "Dornholt" a person after "of" and "from"; a place elsewhere
    b = _run({
        "a1": ["DORNHOLT, March 3 (Wire) - Floodwater reached the centre of Dornholt on Tuesday.",
               "Hundreds of families near Dornholt left their homes, said Mara Quell, a council officer.",
               "Volunteers from Dornholt filled sandbags through the night."],
        "a2": ["The river burst its banks in Dornholt after three days of rain.",
               "Quell said the water had started to fall by evening."],
    })
    town = _ent(b, "Dornholt")
    assert town is not None and town.type == "GPE"
    assert [e for e in b.entities if "Dornholt" in e.aliases] == [town]
    assert len(town.mentions) == 5
    quell = _ent(b, "Mara Quell")
    assert quell is not None and quell.type == "PERSON" and quell is not town


def test_surname_that_is_also_a_place_stays_a_person():
    # hard negative: "Selby" is a word of a person's full name here, so "Selby said"
    # is that person even though a town of the same name is in the story
    b = _run({
        "a1": ["Rescue teams reached Hadrow Selby on Monday, officials said.",
               "Hadrow Selby, the harbour master, said the boats were safe."],
        "a2": ["Selby said the storm had passed.", "Talks were held in Vantmoor on Friday."],
    })
    person = _ent(b, "Hadrow Selby")
    assert person is not None and person.type == "PERSON"
    assert _ent(b, "Selby") is person


def test_firm_short_form_the_tagger_missed_joins_the_firm():
    b = _run({
        "a1": ["Vellacore Logistics Group will close two depots, the company said on Monday.",
               "Vellacore said in a statement that 300 jobs would go.",
               "Union leader Petra Sande said the cuts were a betrayal."],
        "a2": ["Vellacore announced the closures after a fall in orders.",
               "Sande said workers would meet on Thursday."],
    })
    firm = _ent(b, "Vellacore Logistics Group")
    assert firm is not None and firm.type == "ORG"
    assert _ent(b, "Vellacore") is firm
    assert sum(m.text == "Vellacore" for m in firm.mentions) == 2
    assert _ent(b, "Petra Sande") is not firm


def test_firm_short_form_typed_person_joins_the_firm_but_not_two_firms():
    b = _run({
        "a1": ["Orvane Freight Systems has bought a rival haulier.",
               "Orvane will keep the rival's 40 lorries, a spokesman said.",
               "Kestle Power, the regional supplier, cut its prices on Friday."],
        "a2": ["Kestle raised its forecast for the year.",
               "Analysts said Orvane had paid too much."],
    })
    orvane = _ent(b, "Orvane Freight Systems")
    assert orvane is not None and _ent(b, "Orvane") is orvane and orvane.type == "ORG"
    kestle = _ent(b, "Kestle Power")
    assert kestle is not None and _ent(b, "Kestle") is kestle and kestle is not orvane
    # hard negative: two firms open with the same word, so the word alone names neither
    b = _run({
        "a1": ["Shares in Quorrel Shipping Company fell on Monday.",
               "The Quorrel Foods Group reported a loss for the year.",
               "Quorrel said in a statement that prices would rise."],
    })
    shipping, foods = _ent(b, "Quorrel Shipping Company"), _ent(b, "Quorrel Foods Group")
    assert shipping is not None and foods is not None and shipping is not foods
    assert "Quorrel" not in shipping.aliases and "Quorrel" not in foods.aliases


def test_surname_of_a_person_is_not_taken_for_the_firm_named_after_him():
    b = _run({
        "a1": ["Brisko Haulage lost its licence on Monday.",
               "Its founder, Emil Brisko, said the decision was unfair."],
        "a2": ["Brisko said he would appeal."],
    })
    firm, person = _ent(b, "Brisko Haulage"), _ent(b, "Emil Brisko")
    assert firm is not None and person is not None and firm is not person
    assert _ent(b, "Brisko") is person


def test_honorific_before_a_surname_tagged_as_a_body_makes_a_person():
    b = _run({
        "a1": ["Ilse Maren Vodrak, the finance director, resigned on Monday.",
               "Ms Vodrak said she had been unfairly blamed.",
               "Mr Tolland, the chairman, thanked her."],
        "a2": ["Vodrak left after an audit found errors in the accounts.",
               "Anton Tolland said the board would appoint a successor."],
    })
    tolland = _ent(b, "Anton Tolland")
    assert tolland is not None and tolland.type == "PERSON"
    assert "Mr Tolland" in tolland.aliases
    vodrak = _ent(b, "Ilse Maren Vodrak")  # the given name the tagger cut off is back
    assert vodrak is not None and _ent(b, "Ms Vodrak") is vodrak and vodrak is not tolland


def test_honorific_never_joins_two_people_of_one_surname():
    b = _run({
        "a1": ["Greta Holmsen and her brother Piet Holmsen run the farm.",
               "Mr Holmsen said the harvest was poor."],
    })
    greta, piet = _ent(b, "Greta Holmsen"), _ent(b, "Piet Holmsen")
    assert greta is not None and piet is not None and greta is not piet


def test_people_name_joins_its_invented_place():
    b = _run({
        "a1": ["Corvalian fishermen blocked the port on Monday.",
               "The government of Corvalia said the protest was illegal.",
               "A Corvalian official said talks would start soon."],
        "a2": ["Corvalia has the largest fishing fleet in the region."],
    })
    place = _ent(b, "Corvalia")
    assert place is not None and _ent(b, "Corvalian") is place
    assert place.name == "Corvalia" and place.type == "GPE"


def test_people_name_without_its_place_or_with_a_known_country_stays_apart():
    b = _run({
        "a1": ["Mirovan traders said prices had doubled.",
               "Kenyan officials met Ghanaian envoys in Accra.",
               "Kenya sent two ministers."],
    })
    assert _ent(b, "Kenyan") is not _ent(b, "Kenya")
    mirovan = _ent(b, "Mirovan")
    assert mirovan is None or mirovan.aliases == ["Mirovan"]


def test_name_opening_word_cut_by_the_tagger_is_put_back():
    from newsbrief.context import Context
    from spacy.tokens import Span

    # the tagger sometimes tags only "Spur" of "Northern Spur"; simulate that miss
    b, ctx = make_brief({"a1": ["Trains on the Northern Spur were halted, and the Eastern Loop too."]})
    s = b.sentences[0]
    doc = ctx.doc(s.id)
    spur = [t.i for t in doc if t.text == "Spur"][0]
    loop = [t.i for t in doc if t.text == "Loop"][0]
    doc.ents = [Span(doc, spur, spur + 1, label="FAC"), Span(doc, loop, loop + 1, label="FAC")]
    run_stage(entities.STAGE, b, ctx)
    names = {e.name for e in b.entities}
    assert "Northern Spur" in names and "Eastern Loop" in names
    assert "Spur" not in names and "Loop" not in names


def test_place_and_firm_cues_retype_every_mention_of_the_name():
    b = _run({
        "a1": ["Skarnvik's mayor ordered the beaches closed on Sunday.",
               "Skarnvik has about 9,000 inhabitants.",
               "The Tolbrecht company, which runs the ferry, said sailings were cancelled."],
        "a2": ["Tolbrecht said the storm damaged two vessels.",
               "Skarnvik was hit hardest, officials said."],
    })
    town, firm = _ent(b, "Skarnvik"), _ent(b, "Tolbrecht")
    assert town is not None and town.type == "GPE"
    assert firm is not None and firm.type == "ORG" and town is not firm
    assert [e for e in b.entities if "Tolbrecht" in e.aliases] == [firm]


def test_common_word_firm_name_short_form_joins_when_the_rest_says_its_trade():
    b = _run({
        "a1": ["Beacon Energy Holdings raised its prices by 8 per cent on Monday.",
               "Customers of Beacon complained to the regulator, said Ruth Amsel of the Fair Bills group."],
        "a2": ["Beacon said its costs had risen."],
    })
    firm = _ent(b, "Beacon Energy Holdings")
    assert firm is not None and firm.type == "ORG"
    assert _ent(b, "Beacon") is firm
    assert _ent(b, "Ruth Amsel") is not firm



def test_in_before_a_firm_does_not_make_it_a_place():
    from spacy.tokens import Span

    # "in" is a weak place cue: firms are "in" things too; the firm's long name wins.
    # The tagger's person reading of the short form is simulated.
    b, ctx = make_brief({"a1": ["The contract went to Hollevar Engineering Group on Monday.",
                                "Pension funds invested heavily in Hollevar last year."]})
    s = b.sentences[1]
    doc = ctx.doc(s.id)
    at = [t.i for t in doc if t.text == "Hollevar"][0]
    doc.ents = [Span(doc, at, at + 1, label="PERSON")]
    run_stage(entities.STAGE, b, ctx)
    firm = _ent(b, "Hollevar Engineering Group")
    assert firm is not None and firm.type == "ORG" and _ent(b, "Hollevar") is firm


@pytest.mark.parametrize("name, stray", [("Tobin", "GPE"), ("Marit", "ORG")])
def test_a_given_name_once_tagged_a_place_or_body_stays_a_person(name, stray):
    """A person named only by a given name; the tagger's one stray place or body
    reading (simulated) does not retype the other mentions, and joins them: one
    written name, no place the gazetteer knows, is one entity (session 19)."""
    from spacy.tokens import Span

    b, ctx = make_brief({"a1": [f"{name} was taken to hospital after the fall.",
                                f"Friends of {name}'s family set up a fund.",
                                f"The school said {name} had been supervised."]})
    for s, label in zip(b.sentences, ("PERSON", stray, "PERSON")):
        doc = ctx.doc(s.id)
        at = [t.i for t in doc if t.text == name][0]
        doc.ents = [Span(doc, at, at + 1, label=label)]
    run_stage(entities.STAGE, b, ctx)
    child = _ent(b, name)
    assert child is not None and child.type == "PERSON"
    assert sum(m.text == name for m in child.mentions) == 3


def test_what_only_a_firm_has_makes_a_one_word_name_the_firm():
    from spacy.tokens import Span

    # the tagger's place reading of the unknown short form is simulated
    b, ctx = make_brief({"a1": ["The tender was won by Quensel Marine Works in March.",
                                "Quensel's shareholders approved the deal on Friday.",
                                "Quensel expects to hire 80 welders."]})
    for s in b.sentences[1:]:
        doc = ctx.doc(s.id)
        at = [t.i for t in doc if t.text == "Quensel"][0]
        doc.ents = [Span(doc, at, at + 1, label="GPE")]
    run_stage(entities.STAGE, b, ctx)
    firm = _ent(b, "Quensel Marine Works")
    assert firm is not None and firm.type == "ORG" and _ent(b, "Quensel") is firm


def test_institution_name_cut_at_and_is_joined_whole():
    # fictional: the tagger cuts "Department of Tunnels and Viaducts" at "and" and drops
    # "Viaducts"; the parse joins "Viaducts" to "Tunnels", so the name is one body.
    # Hard negatives: a person after "and" who is not part of the name ("... and Hal
    # Omer said") and a list ending in a trailing "and" left on a street's name.
    b = _run({
        "a1": ["Inspectors from the Department of Tunnels and Viaducts closed the crossing on Monday.",
               "The Department of Justice and Hal Omer said the inquiry would start in May."],
        "a2": ["The Department of Tunnels and Viaducts said repairs would take a month.",
               "Residents of Marrow Lane and nearby streets were told to stay indoors."],
    })
    body = _ent(b, "Department of Tunnels and Viaducts")
    assert body is not None and body.type == "ORG" and len(body.mentions) == 2
    assert not [e for e in b.entities if e.aliases == ["Viaducts"] or "Department of Tunnels" in e.aliases]
    assert _ent(b, "Hal Omer") is not None and _ent(b, "Hal Omer").type == "PERSON"
    assert not [e for e in b.entities if any(a.endswith(" and") for a in e.aliases)]


def test_capitalised_area_word_joins_the_bare_place_name():
    # fictional: "Tamrin Province" and "Tamrin" are one place, as "Tamrin province"
    # already was. Hard negatives: a county keeps apart from a town of its name, and an
    # area named by a common word ("Central Region") is not the word alone.
    b = _run({
        "a1": ["Gunmen seized three farmers in Tamrin Province on Monday, officials said.",
               "The governor of Tamrin said talks had begun.",
               "Police in Central Region said roads were closed."],
        "a2": ["Security forces in Tamrin searched the hills.",
               "Floods reached Harlow County on Friday.", "Rain fell on Central."],
    })
    place = _ent(b, "Tamrin Province")
    assert place is not None and place.type == "GPE" and "Tamrin" in place.aliases
    assert _ent(b, "Central Region") is not _ent(b, "Central")
    county = _ent(b, "Harlow County")
    assert county is not None and county.aliases == ["Harlow County"]


def test_surnames_written_apart_only_by_transliterated_letter_groups_are_one_person():
    # fictional: "Ruslan Dzhamalov" / "Ruslan Djamalov" and "Ruslan Khadirov" / "Ruslan
    # Hadirov" are one man each, spelt by two transliterations ("dzh"/"dj", "kh"/"h").
    # Hard negatives: his sister "Aminat Djamalova" (another given name) and "Ruslan
    # Djamirov" (two letters apart, no transliterated group) stay other people.
    b = _run({"a": ["Ruslan Dzhamalov was arrested in Verkan on Monday.", "Ruslan Khadirov was held with him."],
              "b": ["Ruslan Djamalov denied the charge, his sister, Aminat Djamalova, said.",
                    "Ruslan Hadirov was released.", "Ruslan Djamirov, a neighbour, saw the arrest."]})
    assert _ent(b, "Ruslan Dzhamalov") is not None
    assert _ent(b, "Ruslan Dzhamalov") is _ent(b, "Ruslan Djamalov")
    assert _ent(b, "Ruslan Khadirov") is _ent(b, "Ruslan Hadirov")
    assert _ent(b, "Aminat Djamalova") is not _ent(b, "Ruslan Djamalov")
    assert _ent(b, "Ruslan Djamirov") is not _ent(b, "Ruslan Djamalov")


def test_a_body_named_with_a_plural_possessive_is_one_organisation():
    # fictional: the tagger breaks "the Tenants' Housing League" at the apostrophe or
    # misses it; the whole name is one organisation, and "the league" after it is that
    # body. Hard negatives: a run not ending in a body's head ("Tenants' Housing Fair")
    # is no name; a sentence-opening word ("Yesterday") is not part of the name; a place
    # inside the run ("Velmore Dockers' Union" with Velmore a place) leaves it out.
    b = _run({"a": ["Organisers from the Tenants' Housing League said rents in Velmore had doubled.",
                    "The league said it would march again on Saturday.",
                    "The Tenants' Housing Fair opened in May."],
              "b": ["Yesterday Tenants' Housing League members met the mayor of Velmore."]})
    league = _ent(b, "Tenants' Housing League")
    assert league is not None and league.type == "ORG"
    assert "league" in league.aliases
    assert _ent(b, "Tenants' Housing Fair") is None
    assert _ent(b, "Yesterday Tenants' Housing League") is None


def test_a_span_running_into_an_open_bracket_is_split_into_two_names():
    # fictional: the tagger may tag "VELMORE (Northway News Agency" of a dateline as one
    # span; before the bracket is the place, inside it the agency. Hard negatives: a
    # span whose bracket closes inside it, and one with no bracket, stay whole.
    import spacy
    from newsbrief.resources import MODEL

    doc = spacy.load(MODEL)("VELMORE (Northway News Agency) - Tenants of the Ostrel Party (OP) marched.")
    words_ = [t.text for t in doc]
    at = words_.index("Agency")
    assert entities._bracket_split(doc, 0, at + 1, "GPE") == [(0, 1, "GPE"), (2, at + 1, "ORG")]
    party = words_.index("Ostrel")
    assert entities._bracket_split(doc, party, party + 5, "ORG") == [(party, party + 5, "ORG")]
    assert entities._bracket_split(doc, party, party + 2, "ORG") == [(party, party + 2, "ORG")]


def test_a_titled_name_keeps_an_abbreviated_title_and_the_office_before_it():
    # fictional: "Col. Amos Reinholt" (the tokenizer splits "Col" from its dot), "Fire
    # Chief Odile Marchetti", "State Sen. Petra Lindqvist" are the names as written with
    # their titles. Hard negative: a capitalised office word with no title after it
    # ("Fire crews ...") adds nothing, and a sentence-opening word is no office.
    b = _run({"a": ["A guard was hurt, said Col. Amos Reinholt, the district police chief.",
                    "Fire Chief Odile Marchetti said nine people were missing.",
                    "State Sen. Petra Lindqvist said the bridge had failed an inspection."],
              "b": ["Amos Reinholt said six people were held.", "Odile Marchetti said divers were out.",
                    "County Odile Marchetti said that."]})
    assert "Col. Amos Reinholt" in _ent(b, "Amos Reinholt").aliases
    assert "Fire Chief Odile Marchetti" in _ent(b, "Odile Marchetti").aliases
    assert "State Sen. Petra Lindqvist" in _ent(b, "Petra Lindqvist").aliases
    assert not [a for e in b.entities for a in e.aliases if a.startswith("County")]


def test_a_hyphened_surname_alone_is_the_person_named_in_full():
    # fictional: "Santillanos-Webb said ..." after "Mayor Iris Santillanos-Webb": the
    # tokenizer splits the surname at its hyphen and the tagger misses it, or tags only
    # the part before the hyphen ("Navarro" of "Navarro-Lyle"). Hard negative: beside
    # "Teo Santillanos-Webb", her brother, the surname alone names neither.
    text = {"a": ["Mayor Iris Santillanos-Webb called the collapse a disaster.",
                  "Santillanos-Webb said a temporary crossing could open by October.",
                  "Mayor Iris Navarro-Lyle of Tesk agreed.",
                  "Navarro-Lyle said a temporary crossing could open by October."]}
    b = _run(text)
    iris = _ent(b, "Iris Santillanos-Webb")
    assert iris is not None and "Santillanos-Webb" in iris.aliases
    two = _run({**text, "b": ["Teo Santillanos-Webb, her brother, said he runs a ferry."]})
    assert "Santillanos-Webb" not in _ent(two, "Iris Santillanos-Webb").aliases
    assert "Santillanos-Webb" not in _ent(two, "Teo Santillanos-Webb").aliases
    other = _ent(b, "Iris Navarro-Lyle")
    assert other is not None and "Navarro-Lyle" in other.aliases
    assert _ent(b, "Navarro") is None


def test_a_firm_with_its_legal_form_and_a_senior_keep_their_dots():
    # fictional: "Harlow Civil Inc." is a firm (even where the tagger calls "Harlow Civil"
    # a person), written with its dot; "Adam Roe Sr." is the Adam Roe of the story. Hard
    # negative: "Adam Roe Jr." is his son, another person.
    b = _run({"a": ["None of the six workers was hurt, said Harlow Civil Inc., the contractor.",
                    "Harlow Civil denied removing any supports.", "Adam Roe Sr. said he had warned the council.",
                    "Adam Roe Jr. said nothing."],
              "b": ["Adam Roe said the bridge was unsafe.", "Harlow Civil said on Thursday it had halted work."]})
    firm = _ent(b, "Harlow Civil Inc.")
    assert firm is not None and firm.type == "ORG" and "Harlow Civil" in firm.aliases
    assert _ent(b, "Adam Roe Sr.") is _ent(b, "Adam Roe")
    assert _ent(b, "Adam Roe Jr.") is not _ent(b, "Adam Roe")


def test_the_agency_of_a_dateline_does_not_make_a_later_kind_ambiguous():
    # fictional: "the agency" after "the Velmore Relief Agency said" is that body, even
    # though the dateline names the news agency that wrote the story. Hard negative: a
    # second relief agency named in the running text leaves "the agency" unlinked.
    lead = "VELMORE (Northway News Agency) - The Velmore Relief Agency said 40 homes were buried."
    b = _run({"a": [lead, "The agency said rescuers would search through the night."]})
    assert "agency" in _ent(b, "Velmore Relief Agency").aliases
    two = _run({"a": [lead, "The Tesk Water Agency cut supplies.", "The agency said rescuers would search."]})
    assert "agency" not in _ent(two, "Velmore Relief Agency").aliases


def test_names_behind_a_dateline_are_read_from_the_rest_of_the_sentence():
    # fictional: the small tagger, thrown by "ORLESK (Tesmond Business Wire) -", tags no
    # name in the sentence behind it; the rest parsed alone gives the firm. Hard negative:
    # the dateline's own words stay the place and the agency, not a part of the firm.
    b = _run({"a": ["ORLESK (Tesmond Business Wire) - Harrowgate Payments Holdings plc said on Monday that hackers "
                    "had copied the names, addresses and card details of about 1.2 million customers from its systems."]})
    firm = _ent(b, "Harrowgate Payments Holdings plc")
    assert firm is not None and firm.type == "ORG"
    assert not [e for e in b.entities if any("ORLESK" in a and a != "ORLESK" for a in e.aliases)]
