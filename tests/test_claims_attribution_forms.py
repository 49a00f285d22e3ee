"""Claims: forms of news attribution that misled the parser, found auditing briefs of real
clusters (Multi-News validation) by hand. Every text here is invented."""
import pytest
from spacy.tokens import Doc

from newsbrief import resources
from newsbrief.stages import claims
from conftest import claims_of
from test_claims import only, run


def test_inverted_quote_keeps_its_words_past_a_relative_clause():
    # the parser hangs "co-authored the paper" on the cue as its clause
    b = run("\u201cYou get the same heat, although in principle it could be far cheaper because you are "
            "not burning gas,\u201d says Orla Brenn, an associate professor of physics at Marlow who "
            "co-authored the paper.")
    c = only(b, speaker_text="Orla Brenn")
    assert c.direct and c.text.startswith("You get the same heat")
    assert "authored" not in c.text


def test_inverted_quote_whose_name_the_parser_hung_on_a_later_clause():
    # "lead" read as a verb: the name after the cue is its subject, the cue has none
    b = run("\"It was plain at once that the jaw, almost a metre long, came from a huge animal, so the "
            "fossil was nicknamed 'Big Jaw,'\" said Brenn, lead author of the study.")
    c = only(b, speaker_text="Brenn")
    assert c.direct and c.text.startswith("It was plain at once")


def test_a_report_in_a_clause_of_time_is_part_of_the_account():
    b = run("The Harland Board said 40 bodies were found in a field after an injured driver reported the crash.")
    assert [c.speaker_text for c in b.claims] == ["The Harland Board"]
    # a clause of time that says something is a claim of its own
    b = run("The ferry sank after the captain said the hull was sound, the coastguard reported.")
    assert {c.speaker_text for c in b.claims} == {"the captain", "the coastguard"}
    assert only(b, speaker_text="the captain").text == "the hull was sound"


@pytest.mark.parametrize("sentence, said", [
    ("Scientists said on Wednesday they have found a way to store heat in sand.",
     "they have found a way to store heat in sand"),
    ("Senator Ana Velk said Sunday the mayor was out of touch.", "the mayor was out of touch"),
    ("The ministry said last week the dam was safe.", "the dam was safe"),
    # a date that is part of the words said stays
    ("Senator Ana Velk said Sunday's vote was rigged.", "Sunday's vote was rigged"),
    ("Ana Velk said Monday was the worst day of the strike.", "Monday was the worst day of the strike"),
])
def test_the_date_of_saying_is_not_what_was_said(sentence, said):
    assert only(run(sentence)).text == said


def _parsed(words, heads, deps, pos):
    return Doc(resources.load().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_noun_inside_a_dash_aside_is_not_the_speaker():
    # the misparse seen on a real sentence: "as deputy leader ... - said" read as a clause
    # whose subject is "leader"; the one who speaks is the noun before the aside
    words = ["The", "Dorset", "Liberal", "-", "who", "served", "six", "years", "as", "deputy", "leader",
             "-", "said", "the", "chamber", "was", "broken", "."]
    heads = [2, 2, 2, 2, 5, 2, 7, 5, 12, 10, 12, 12, 2, 14, 15, 12, 15, 2]
    deps = ["det", "compound", "ROOT", "punct", "nsubj", "relcl", "nummod", "npadvmod", "mark", "compound",
            "nsubj", "punct", "advcl", "det", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "NUM", "NOUN", "SCONJ", "NOUN", "NOUN",
           "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    cue = doc[12]
    assert claims.subject_of(cue).text == "leader"  # what the parser gives
    assert claims._outside_aside(cue, claims.subject_of(cue)).text == "Liberal"
    # a subject before the aside stays ("The mayor said - after a pause - that ...")
    assert claims._outside_aside(cue, doc[2]).text == "Liberal"
    # no noun before the aside: no one
    words2 = ["-", "who", "served", "as", "leader", "-", "said", "it", "was", "broken", "."]
    doc2 = _parsed(words2, [6, 2, 6, 4, 6, 6, 6, 8, 6, 8, 6],
                   ["punct", "nsubj", "advcl", "mark", "nsubj", "punct", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
                   ["PUNCT", "PRON", "VERB", "SCONJ", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "ADJ", "PUNCT"])
    assert claims._outside_aside(doc2[6], doc2[4]) is None


def test_a_described_speaker_is_the_named_speaker_just_before():
    b = claims_of('Tom Hale says the ferry plan is "naive."',
            '"It is just breathtakingly naive," the former assembly speaker and Liberal contender said on Harbour Radio.')
    said = [c for c in b.claims if c.sentence == b.sentences[1].id]
    # one person under one "the", the name of the sentence before
    assert [c.speaker_text for c in said] == ["Tom Hale"]


def test_a_description_stays_unresolved_when_it_may_be_someone_else():
    # a bare role may be anyone in it; two speakers before; two described speakers
    b = claims_of("Tom Hale said the ferry plan was naive.", '"It will pass," the mayor said.')
    assert only(b, 2).speaker_text == "the mayor"
    b = claims_of("Ana Velk and Tom Hale said the bridge was unsafe.", '"It will fall," the veteran lawmaker said.')
    assert only(b, 2).speaker_text == "the veteran lawmaker"
    b = claims_of("Tom Hale said the ferry plan was naive.", "The mayor and the former harbour master said the road was closed.")
    assert {c.speaker_text for c in b.claims if c.sentence == b.sentences[1].id} == {"The mayor", "the former harbour master"}
    # not after a sentence in between with no speaker
    b = claims_of("Tom Hale said the ferry plan was naive.", "The ferry sank in 1990.", '"It will fall," the veteran lawmaker said.')
    assert only(b, 3).speaker_text == "the veteran lawmaker"
    # after people of a kind, not a named person
    b = claims_of("Pageant officials said the contest rules were clear.",
                  "The 24-year-old Dorset resident says she signed her contract on time.")
    assert only(b, 2).speaker_text == "The 24-year-old Dorset resident"
    # a role of a body or country, whoever holds it
    b = claims_of("Ivo Renk said the talks had failed.",
                  "The dissident predicted that the country's prime minister would declare a state of emergency.")
    assert "Ivo Renk" not in {c.speaker_text for c in b.claims if c.sentence == b.sentences[1].id}


def test_the_clause_a_cue_reports_is_not_read_back_as_a_parenthetical():
    # "declare" is the content of "predicted", not an aside of it ("The bridge, a spokesman said, was closed")
    b = run("The dissident predicted that the country's prime minister would declare a state of emergency.")
    assert not any(c.text == "The dissident predicted" for c in b.claims)
    b = run("The dam, the ministry insisted, was safe.")
    assert only(b, speaker_text="the ministry").text == "The dam was safe"


def test_a_he_never_goes_to_a_person_a_she_was_resolved_to():
    # "she said" three times for the governor: a later "he said" is the congressman, even
    # though her name is the last subject (of a relative clause) before it
    b = claims_of("Harland Gov. Ana Velk said Sunday she is encouraged by the federal response to the flood.",
                  '"What I need is the ability to cut red tape," she said on Harbour Radio.',
                  "Rep. Tom Hale, also appearing on the same show, said progress had been made after the storm.",
                  '"It is going to take a long time," he said, alluding to the bureaucracy that Velk had mentioned.',
                  '"It is without a doubt going to be the hardest test of all," he said.')
    assert only(b, 5).speaker_text == "Tom Hale"


def test_names_the_quoted_words_address_are_not_its_speakers():
    # the parser took "Ana Velk" inside the quotation for the subject of "said"
    b = run("\"We sincerely apologize to 'Marla,' 'Nolla,' Ana Velk, Tom Hale, and Orlen passengers for the "
            "error that was made during the boarding announcement for the night ferry,\" a statement from "
            "the firm said.")
    assert not {"Ana Velk", "Tom Hale", "Orlen"} & {c.speaker_text for c in b.claims}
    # a speaker after the quotation stays
    assert only(run('"Ana Velk has been told," Hale said.'), speaker_text="Hale").direct


def test_a_show_title_the_parser_made_a_clause_is_not_the_words_said():
    # the misparse seen on a real sentence: the title after "said on X's" read as the
    # cue's clause; the words said are the quotation before the speaker
    words = ['"', "This", "is", "a", "row", ",", '"', "Hale", "said", "on", "Kbn", "'s", '"', "Ask", "the",
             "Mayor", ".", '"']
    heads = [8, 2, 8, 4, 2, 8, 8, 8, 8, 8, 9, 10, 8, 8, 15, 13, 8, 8]
    deps = ["punct", "nsubj", "ccomp", "det", "attr", "punct", "punct", "nsubj", "ROOT", "prep", "pobj", "case",
            "punct", "xcomp", "det", "dobj", "punct", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "PART",
           "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[8] = "say"
    doc = Doc(resources.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    said = doc[8]
    assert [t.text for t in claims.content_tokens(said, doc[7])] == ["This", "is", "a", "row"]


def test_a_question_alone_is_asked_not_claimed():
    b = run('"What just happened?" Velk said.', '"Is he nervous?" the presenter says.',
            '"What do you think they are thinking? This is the worst plan I could imagine," Hale said.')
    assert [c.speaker_text for c in b.claims] == ["Hale"]  # a question among statements stays
    # a question with no cue does not take the speaker of the quotation before it
    b = run('"We are ready for the vote," Velk said.', '"Is the count finished?"', "Hale asks.")
    assert [c.speaker_text for c in b.claims] == ["Velk"]


def test_the_he_that_answers_is_the_one_asked():
    b = claims_of("Host Ivo Renk asked Tom Hale whether the party would back the ferry plan.",
                  '"I think it is pretty obvious that it will not," he said.')
    assert only(b, 2).speaker_text == "Tom Hale"
    # asked by role: the "he" may be either, so no one
    b = claims_of("Senator Tom Hale said the tax plan was dead.",
                  "Host Ivo Renk asked the senator whether the party would back the ferry plan.",
                  '"I think it is pretty obvious that it will not," he said.')
    assert "Ivo Renk" not in {c.speaker_text for c in b.claims}
    # asking for something is no interview
    b = claims_of("Tom Hale asked for more time to study the ferry plan.", '"We need it," he said.')
    assert only(b, 2).speaker_text == "Tom Hale"


def test_a_name_in_apposition_to_its_descriptor_speaks():
    b = run("A total of 40 bodies were found in the area, in farmland in western Ardel province, said the "
            "opposition Harland Monitor for Civil Rights, apparently referring to the same attack.")
    assert only(b).speaker_text.startswith("Harland Monitor")
    # a name after a comma is an appositive of its own kind (a role's holder), as before
    assert only(run("The mayor, Ana Velk, said the bridge was safe.")).speaker_text == "Ana Velk"
