"""Vague counts of people who take part ("dozens of", "hundreds of", "scores of", "a
handful of", "several", "thousands"): the clause of joining, accompanying, signing,
protesting, greeting, addressing or drawing a crowd makes them participants; the size of
a delegation or an entourage is one too. People counted by what befell them, what they
are, or what they said are not. Every sentence is fictional (invented people, places and
numbers); each pattern has hard negatives, the near miss that must NOT fire."""
import pytest

from conftest import sentence_figures

figs = sentence_figures
VAGUE_PART = [("participants", None, None)]


def _parts(sentence):
    return [f for f in figs(sentence) if f[0] == "participants"]


# -- the subject of joining an occasion or people --------------------------------------
@pytest.mark.parametrize("sentence", [
    "Dozens of nurses joined the picket outside the Orsk clinic.",
    "Hundreds of mourners joined the procession to the hill cemetery at Pell.",
    "Hundreds joined the march through the old quarter of Varn.",
    "Several of her aides joined the conference call on Friday.",
    "Dozens of students joined them outside the gates of the Tollen academy.",
    "Scores of dockers joined in the protest at the quay.",
])
def test_people_who_joined_an_occasion_or_people_took_part(sentence):
    """Fictional: joining a picket, a procession, a march, a call, a group of people."""
    assert _parts(sentence) == VAGUE_PART


@pytest.mark.parametrize("sentence", [
    "Hundreds of workers joined the company last year.",  # employed
    "Hundreds of young men in Varn joined the army after the raid.",  # enlisted
    "Dozens of farmers joined the Orsk Growers Union this spring.",  # a named body: members
    "Dozens of his colleagues did not join the vigil.",  # negated
    "Dozens of teachers are expected to join the march on Friday.",  # planned, not done
    "If hundreds of pupils join the strike, the schools of Pell will close.",  # a condition
    "Dozens of nurses could join the picket next week.",  # a modal
])
def test_joining_an_employer_or_what_did_not_happen_is_no_participation(sentence):
    """Misfire, fictional: an employer or a force joined, or a joining that did not happen."""
    assert _parts(sentence) == []


# -- accompanying, signing, protesting, walking out, striking, being on a call ----------
@pytest.mark.parametrize("sentence", [
    "A handful of aides accompanied the minister on the trip to Orsk.",
    "Scores of deputies signed the letter to the governor of Pell.",
    "Hundreds of students protested outside the Varn embassy on Monday.",
    "Thousands of dock workers went on strike at Tollen.",
    "Dozens of relatives were on the call with the ferry operator.",
    "Hundreds of fans greeted the mayor at the Pell station.",
])
def test_subjects_of_taking_part_are_participants(sentence):
    """Fictional: accompanying, signing a letter, protesting, striking, on a call, greeting."""
    assert _parts(sentence) == VAGUE_PART


@pytest.mark.parametrize("sentence", [
    "Hundreds of players signed contracts with the Pell clubs this summer.",  # employment
    "Dozens of residents protested the decision in letters to the council.",  # objected
    "Dozens of residents called the police about the noise in Varn.",  # callers, no occasion
    "Hundreds of residents welcomed the decision to reopen the Orsk bridge.",  # no person met
    "Several of his aides refused to sign the letter.",  # refused
    "Dozens of his critics said the plan would fail.",  # speakers
    "Dozens of residents were affected by the outage in Pell.",  # affected
    "Hundreds of voters were polled in Varn last week.",  # polled
    "The Tollen mill employs hundreds of weavers.",  # staff employed
    "The minister was asked dozens of times about the plan.",  # times
    "Dozens of victims were named in the report on the Orsk fire.",  # victims
    "Hundreds of commuters were stranded at the Pell station.",  # stranded: affected
    "The minister was criticised by dozens of her colleagues.",  # criticised
])
def test_people_who_did_not_take_part_are_no_participants(sentence):
    """Misfire, fictional: contracts, objections, calls to the police, a decision welcomed,
    a refusal, speakers, people affected, polled, employed, times, victims, stranded,
    critics: no vague count of participants."""
    assert _parts(sentence) == []


def test_a_casualty_verb_still_decides():
    """Fictional: people in a procession who were killed are dead, not participants."""
    assert figs("Dozens of villagers were killed when the procession to Pell was shelled.") == [
        ("killed", None, None)]


# -- the agent of a passive of joining, accompanying, greeting, signing -----------------
@pytest.mark.parametrize("sentence", [
    "The mayor of Orsk was joined by dozens of shopkeepers at the hearing.",
    "The coffin was accompanied by hundreds of villagers from Tollen.",
    "The coach was greeted by hundreds of fans at the Pell station.",
    "The petition was signed by thousands of parents in Varn.",
])
def test_the_agent_of_joining_or_greeting_took_part(sentence):
    """Fictional: "joined by", "accompanied by", "greeted by", a petition "signed by"."""
    assert _parts(sentence) == VAGUE_PART


@pytest.mark.parametrize("sentence", [
    "The warden was attacked by dozens of inmates in the Orsk jail.",
    "The plan was rejected by hundreds of residents in Pell.",
    "The lease was signed by dozens of tenants in Varn.",
    "The mayor was not greeted by hundreds of fans, as her office had claimed.",
])
def test_the_agent_of_another_verb_is_no_participant(sentence):
    """Misfire, fictional: attacked, rejected, a lease signed, a greeting negated."""
    assert _parts(sentence) == []


# -- an audience addressed, a crowd drawn, colleagues led in a walkout -------------------
@pytest.mark.parametrize("sentence", [
    "The governor addressed thousands of supporters in the square at Varn.",
    "The vigil drew hundreds of students to the Orsk quay.",
    "The festival attracted thousands of visitors to Pell.",
    "She led dozens of colleagues in a walkout at the Tollen mill.",
])
def test_an_audience_or_a_crowd_drawn_took_part(sentence):
    """Fictional: an audience addressed, people an occasion drew, a walkout led."""
    assert _parts(sentence) == VAGUE_PART


@pytest.mark.parametrize("sentence", [
    "The governor addressed dozens of complaints in her speech at Varn.",  # things
    "The scheme attracted hundreds of investors in Pell.",  # no occasion
    "The plan drew dozens of critics in Orsk.",  # no occasion
    "The shelling drew dozens of medics to the Tollen market.",  # a happening, no occasion
    "She led dozens of colleagues to believe the plan was safe.",  # no collective action
])
def test_objects_of_other_verbs_or_subjects_are_no_audience(sentence):
    """Misfire, fictional: complaints addressed, investors or critics a plan drew, medics
    a shelling drew, colleagues led to believe."""
    assert _parts(sentence) == []


# -- company "with" people, for more verbs and people nouns ------------------------------
@pytest.mark.parametrize("sentence", [
    "The senator danced on the lawn at Orsk with dozens of her donors.",
    "The choir leader sang in Pell with dozens of her students.",
])
def test_company_of_a_dance_or_a_song(sentence):
    """Fictional: dancing or singing "with" people is company."""
    assert _parts(sentence) == VAGUE_PART


@pytest.mark.parametrize("sentence", [
    "The senator quarrelled at Orsk with dozens of her donors.",  # no company verb
    "The bus to Pell was packed with dozens of pilgrims.",  # a load
])
def test_no_company_for_other_verbs(sentence):
    """Misfire, fictional: a quarrel or a packed bus is no company."""
    assert _parts(sentence) == []


# -- the size of a body of people that came together -------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("A delegation of dozens of farmers met the minister in Varn.", VAGUE_PART),
    ("The envoy arrived in Orsk with his 40-member delegation.", [("participants", 40, 40)]),
    ("The bishop's entourage of 200 people filled the Pell hotel.", [("participants", 200, 200)]),
])
def test_the_size_of_a_delegation_or_an_entourage(sentence, want):
    """Fictional: a delegation's or an entourage's size counts who came."""
    assert _parts(sentence) == want


@pytest.mark.parametrize("sentence, want", [
    ("A delegation of about 30 was killed when the bus to Pell overturned.", [("killed", 30, 30)]),
    ("One of the two vans that carried the envoy and his entourage broke down.", []),
    ("Dozens of officials in the trade delegation were killed when the ferry capsized off Orsk.",
     [("killed", None, None)]),
])
def test_a_delegation_near_a_number_is_no_size(sentence, want):
    """Misfire, fictional: what befell the delegation decides; vans that carried an
    entourage are no members of it."""
    assert [f for f in figs(sentence) if f[0] != "other"] == want


# -- "several": only as people taking part -----------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Several colleagues joined the call on Tuesday.", VAGUE_PART),
    ("Several aides were dismissed in Orsk.", []),
    ("Several people were hurt in the crash at Pell.", []),
    ("Several hikers said the path was closed.", []),
])
def test_several_counts_only_people_taking_part(sentence, want):
    """Fictional: "several" is a count only in a clause of taking part; never a casualty
    count of its own here (that is left to the casualty words) or speakers."""
    assert _parts(sentence) == want
    assert not any(f[0] != "participants" and f[1] is None for f in figs(sentence) if "everal" in sentence)


# -- exact counts in the same clauses ------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("About 300 parents signed the petition to the Varn council.", [("participants", 300, 300)]),
    ("The Pell harvest festival attracted some 3,000 visitors over the weekend.", [("participants", 3000, 3000)]),
    ("The envoy was accompanied by six ministers on the tour of Orsk.", [("participants", 6, 6)]),
])
def test_exact_counts_in_a_clause_of_taking_part(sentence, want):
    """Fictional: the clause decides for exact counts too."""
    assert _parts(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The witness was escorted to the Pell court by three officers.",  # guards, no occasion
    "The thief was joined by one of the drivers, the detective said.",  # one person
    "The 600 migrants who reached Pell last year were accompanied by about 1,400 relatives.",  # kin of a crowd
])
def test_an_escort_one_person_or_a_crowd_s_kin_is_no_participation(sentence):
    """Misfire, fictional: an escort of officers, one person joining, the relatives a
    crowd of migrants came with."""
    assert _parts(sentence) == []


def test_a_rally_verb_the_parser_hung_on_the_vague_word():
    """Fictional: "hundreds of X rallying" with the verb on "hundreds" still rallies;
    "gathering evidence" is no crowd."""
    assert _parts("Footage showed hundreds of dockers rallying on the Orsk quay.") == VAGUE_PART
    assert _parts("Footage showed dozens of officers gathering evidence near the Pell depot.") == []


@pytest.mark.parametrize("sentence", [
    "Dozens of deputies joined him in condemning the Orsk levy.",
    "Several senators joined her in calling for an inquiry into the Pell contract.",
    "Dozens of growers joined the chorus of criticism in Varn.",
    "Hundreds of pupils joined them in refusing the new Pell timetable.",
    "Thousands of users joined the Tollen forum last month.",
])
def test_joining_a_stance_or_a_platform_is_no_occasion(sentence):
    """Misfire, fictional: joining someone in condemning or calling for something, a
    chorus of criticism, an online forum: nobody came together."""
    assert _parts(sentence) == []


@pytest.mark.parametrize("sentence, want", [
    ("Dozens of police accompanied the marchers through Varn.", []),
    ("The Pell vigil drew hundreds of riot police.", []),
    ("The envoy was accompanied by a handful of security officers.", []),
    ("Dozens of police officers joined the picket over pay in Orsk.", VAGUE_PART),
])
def test_people_on_duty_escort_no_crowd(sentence, want):
    """Fictional: police or guards accompanying or drawn to an occasion are its escort;
    joining a picket themselves, they take part."""
    assert _parts(sentence) == want


# -- "by the hundreds": how many of the people named did it ------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("Villagers by the hundreds marched to the Orsk dam on Sunday.", VAGUE_PART),
    ("Civilians were killed by the hundreds in the Varn offensive.", [("killed", None, None)]),
    ("Sheep died by the thousands in the Orsk drought.", []),
    ("Letters arrived by the hundreds at the Pell office.", []),
])
def test_by_the_hundreds_counts_the_people_its_clause_names(sentence, want):
    """Fictional: "by the hundreds" takes the measure of what the people it counts did or
    suffered (not the agent of a passive); sheep or letters are no people (a drought's
    dead sheep had been a toll)."""
    assert [f for f in figs(sentence) if f[0] != "other"] == want


def test_by_the_thousands_of_things_is_no_count_of_people():
    """Fictional: "moved by the thousands of letters" counts letters (the subject "they"
    is not who the number counts): no participants, no casualty."""
    assert [f for f in figs("The crew said they were moved by the thousands of letters sent to Pell.")
            if f[0] != "other"] == []
