"""Speakers named by a description or an appositive name. Every example is fictional:
invented firms, papers, people and places."""
import pytest

from test_claims_unseen import run, speakers


@pytest.mark.parametrize("first, second, want", [
    ("Norvik Motors said it would cut 300 jobs at its plant.", "The company said the cuts would be voluntary.",
     "Norvik Motors"),
    ("Norvik Motors said it would cut 300 jobs at its plant.", "The carmaker said the cuts would be voluntary.",
     "Norvik Motors"),
    ("The Brask Herald reported that the mayor had resigned.", "The newspaper said it had seen the letter.",
     "The Brask Herald"),
    ("Skarvik Airways said all flights were cancelled.", "The airline said refunds would be paid.",
     "Skarvik Airways"),
])
def test_a_description_points_back_to_the_organisation_its_name_shows(first, second, want):
    assert speakers(run(first, second), 2) == [want]


@pytest.mark.parametrize("sentences", [
    # the other side of a dispute: a union is no carmaker
    ("Norvik Motors said it would cut 300 jobs at its plant.", "The union said the cuts were illegal."),
    # a ministry's name shows no company
    ("The Interior Ministry said the border was closed.", "The company said the trucks had been turned back."),
    # an airline is no carmaker
    ("Skarvik Airways said all flights were cancelled.", "The carmaker said refunds would be paid."),
    # two firms spoke: either may be "the company"
    ("Norvik Motors said it would cut jobs.", "Halden Airlines said it would cut flights.",
     "The company said the cuts were temporary."),
    # too far back
    ("Norvik Motors said it would cut jobs.", "Snow fell overnight.", "Roads were closed.", "Schools shut early.",
     "The company said the cuts were temporary."),
])
def test_a_description_with_no_single_fitting_organisation_stays_unresolved(sentences):
    said = speakers(run(*sentences), len(sentences))
    assert said and said[0].lower().startswith("the ") and "Motors" not in said[0] and "Airlines" not in said[0]


def test_a_roles_appositive_name_is_the_speaker_even_when_tagged_as_a_body():
    """Fictional: the tagger may call an unfamiliar name a body; after a role it is a person."""
    b = run("Halvard's chief executive, Brigit Lonnqvist, wrote to staff that the plant would stay open.",
            "The clinic's medical director, Oskar Pellinen, said two patients were stable.")
    assert speakers(b, 1) == ["Brigit Lonnqvist"] and speakers(b, 2) == ["Oskar Pellinen"]


def test_a_pronoun_after_an_editor_named_in_apposition_is_the_editor():
    """Fictional: "she" continues the editor who spoke, not a man named two sentences back."""
    b = run("Anders Vollan denied meeting the contractors.",
            "The Gazette's editor, Mirela Dascu, said the paper stood by its story.",
            '"Every date is in the invoices," she said.')
    assert speakers(b, 3) == ["Mirela Dascu"]


def test_a_role_with_no_name_keeps_a_pronoun_unresolved():
    """Fictional hard negative: the editor is unnamed, so "she" has no name to take."""
    b = run("Anders Vollan denied meeting the contractors.",
            "The Gazette's editor said the paper stood by its story.",
            '"Every date is in the invoices," she said.')
    assert speakers(b, 3) != ["Anders Vollan"]


def test_someone_of_a_person_speaks_for_themselves_not_for_that_person():
    """Fictional: a lawyer, a friend or supporters are not the person they belong to (a
    spokesman speaks for them: test_possessive_is_not_part_of_the_speakers_name); an
    appositive name says who the friend is."""
    b = run("Olaf Brenning's lawyer said the estate would go to a museum.",
            "Mia Roe's friend, Tari Lund, 36, described the family as kind.",
            "Brenning's supporters said the city should name a square after him.")
    assert speakers(b, 1) == ["Olaf Brenning's lawyer"]
    assert speakers(b, 2) == ["Tari Lund"]
    assert speakers(b, 3) == ["Brenning's supporters"]
    assert not any(c.speaker for c in b.claims if c.speaker_text.endswith(("lawyer", "supporters")))


from test_claim_precision import run_named as run_with_entities  # entities, then claims


def test_a_lawyer_is_not_linked_to_the_client_whatever_the_tagger_made_of_the_client():
    """Fictional, through the entities stage too: the tagger may call the client a body."""
    b = run_with_entities("Olaf Brenning's lawyer said the estate would go to a museum.",
                          "Ana Velk's lawyers said she would appeal.")
    said = [c for c in b.claims if c.speaker_text.endswith(("lawyer", "lawyers"))]
    assert len(said) == 2 and all(c.speaker is None for c in said)


@pytest.mark.parametrize("sentence, wrong", [
    ("The mayor of the capital, Port Kessarin, said the water was safe.", "Port Kessarin"),
    ("The governor of the province, Kessan Province, said the roads were open.", "Kessan Province"),
])
def test_an_appositive_after_a_roles_of_phrase_is_not_taken_for_its_holder(sentence, wrong):
    """Fictional hard negatives: the appositive may name the capital or the province."""
    assert wrong not in speakers(run(sentence), 1)


def test_a_description_does_not_reach_past_another_body_that_spoke():
    """Fictional hard negative: a software maker spoke in between; "the company" may be it."""
    b = run("Norvik Motors said it would cut 300 jobs.", "Halvard, a software maker, said it would hire 200 people.",
            "The company said the jobs would be in Tarvel.")
    assert "Norvik Motors" not in speakers(b, 3)


def test_a_dated_possessive_before_a_bodys_name_keeps_the_link():
    """Fictional hard negative: "Friday's National Weather Bulletin" is the Bulletin, not
    someone of Friday's."""
    b = run_with_entities("The ferry will sail at noon, according to Sunday's Harbour Timetable.",
                          "Rain is due, according to Friday's National Weather Bulletin.")
    linked = [c for c in b.claims if c.speaker_text.endswith(("Timetable", "Bulletin"))]
    assert len(linked) == 2 and all(c.speaker is not None for c in linked)


def _speakers_of_last(*articles):
    """Articles (lists of sentences) through entities and claims; the speakers of the
    last sentence of the last article."""
    from conftest import make_brief
    from newsbrief.pipeline import run_stage
    from newsbrief.stages import claims, entities

    brief, ctx = make_brief({f"a{k}": list(a) for k, a in enumerate(articles)})
    run_stage(entities.STAGE, brief, ctx)
    run_stage(claims.STAGE, brief, ctx)
    last = brief.sentences[-1].id
    return [(c.speaker_text, c.speaker) for c in brief.claims if c.sentence == last], brief


FAR = ["Harlow Payments Holdings plc said hackers had copied the card details of its customers.",
       "Snow fell overnight across Tesk.", "Roads were closed in the north.", "Schools shut early.",
       "Trains ran late all morning.", "The company said the gap in its systems had been closed."]


def test_the_storys_only_firm_is_the_company_even_paragraphs_later():
    """Fictional: "the company said" five sentences after the firm's own statement, the
    story naming no other firm: the firm speaks."""
    said, brief = _speakers_of_last(FAR)
    firm = next(e for e in brief.entities if "plc" in e.name)
    assert [s for _t, s in said] == [firm.id]


@pytest.mark.parametrize("articles", [
    # a second firm anywhere in the story: "the company" may be either
    (["Querrow Bank Ltd said its own customers were safe."], FAR),
    # the firm named only in another article: nothing in this one to point back to
    (["Harlow Payments Holdings plc said hackers had copied the card details of its customers."],
     FAR[1:]),
    # a union is no company
    (["The Tesk Dockers' Union said the strike would go on."] + FAR[1:],),
])
def test_the_company_with_no_single_firm_named_before_stays_unlinked(articles):
    said, brief = _speakers_of_last(*articles)
    assert said and all(s is None for _t, s in said), said


LAWYER = ["Inmates at Dorvel prison have refused food for nine days, their lawyer said on Monday.",
          "About 30 prisoners are taking part, according to Miriam Dellacourt, a lawyer who represents several of them."]


def test_their_lawyer_is_the_one_lawyer_the_story_names():
    """Fictional: a lead's "their lawyer said", the lawyer named lower down in the article
    as "Miriam Dellacourt, a lawyer who ...": she speaks."""
    said, brief = _speakers_of_last(LAWYER[1:] + LAWYER[:1])
    iva = next(e for e in brief.entities if e.name == "Miriam Dellacourt")
    assert [s for _t, s in said] == [iva.id]


@pytest.mark.parametrize("articles", [
    # two lawyers named: "their lawyer" may be either
    (["Tomas Orrel, a lawyer for the guards, said the cells were inspected."], LAWYER[1:] + LAWYER[:1]),
    # the lawyer named only in another article
    (LAWYER[1:], LAWYER[:1]),
    # a role many people hold unnamed: "the spokesman" is not the one spokesman named
    (["Ada Velk, a spokesman for the prison service, said meals were offered.",
      "Meals were refused at Dorvel, the spokesman said."],),
])
def test_a_role_with_no_single_named_holder_in_the_article_stays_unlinked(articles):
    said, brief = _speakers_of_last(*articles)
    assert said and all(s is None for _t, s in said), said


def test_a_federation_or_guild_of_workers_is_the_union():
    """Fictional: "the union said" after "the Tesk Metalworkers' Federation said"."""
    said, brief = _speakers_of_last(["The Tesk Metalworkers' Federation said 2,000 members had walked out.",
                                     "The union said the strike would go on."])
    body = next(e for e in brief.entities if e.name.endswith("Federation"))
    assert [s for _t, s in said] == [body.id]
