"""Two named sides' rival counts (`figures._estimator`; the `_told_count` and
`_side_by_side` comparisons were removed after an audit, their hard negatives stay). Every article here is FICTIONAL (names, places, numbers and
sentences invented for these tests), briefed through the CLI; hard negatives are the
near misses that must not fire."""
from conflict_probes import brief_for

MARCH = "Thousands marched through Ellsby on Sunday against the new airport runway."


def figure_notes(articles, tmp_path):
    b = brief_for(articles, tmp_path)
    return [c["note"] for c in b["conflicts"] if c["kind"] == "figure"], b


def test_police_and_organisers_estimates_clash(tmp_path):
    """Fictional: a police spokesman's roughly 3,000 against the organisers' turnout
    "put at 12,000": the estimating verb's subject gives the 12,000."""
    notes, _b = figure_notes({"r1": [f"{MARCH} Roughly 3,000 people marched, a police spokesman said. "
                                     "Event organisers put the turnout at 12,000."]}, tmp_path)
    assert len(notes) == 1 and "3,000 (a police spokesman)" in notes[0] and "12,000 (Event organisers)" in notes[0], notes


def test_the_estimating_verb_gives_its_own_subject_as_source(tmp_path):
    """Fictional: "Police estimated the crowd ... at 3,000, although the organising
    committee insisted ...": the 3,000 is the police's, not the committee's (the
    sentence's only claim)."""
    _n, b = figure_notes({"r1": [MARCH, "Police estimated the crowd in the main square at 3,000, although the "
                                        "organising committee insisted that 12,000 had come."]}, tmp_path)
    by = {f["text"]: f["source_text"] for f in b["figures"]}
    assert by.get("3,000", "").lower() == "police", by


def test_hard_negative_one_side_estimating_twice_is_no_disagreement(tmp_path):
    """Fictional near miss: the organisers put the turnout at 12,000 and later say about
    12,500 (overlapping, one side); a pronoun subject gives no source: nothing."""
    notes, b = figure_notes({"r1": [f"{MARCH} Event organisers put the turnout at 12,000. They said about 12,500 "
                                    "people had joined by the afternoon."]}, tmp_path)
    assert notes == [], notes
    notes, b = figure_notes({"r2": [f"{MARCH} Roughly 3,000 people marched, a police spokesman said. He put the "
                                    "turnout at 3,500."]}, tmp_path)
    assert notes == [], notes


DOCKS = "Dock workers at the port of Vannick walked out on Monday over pay."
GUILD = "Across the port's three terminals, 2,600 workers are on strike, according to the Dockers' Guild."


def test_a_guild_and_port_managers_counting_strikers_side_by_side_clash(tmp_path):
    """Fictional: two sides' counts of strikers told one after the other in a paragraph
    (the timeline files them apart or not at all)."""
    notes, _b = figure_notes({"r1": [DOCKS, f"{GUILD} Port managers said that no more than 1,100 workers were on "
                                            "strike."]}, tmp_path)
    assert len(notes) == 1 and "2,600" in notes[0] and "1,100" in notes[0], notes


def test_an_organisations_count_of_its_own_members_on_strike_is_a_whole_count(tmp_path):
    """Fictional: "2,600 of its members are on strike" is the guild's count of strikers
    (not a part), set against the managers' count of guild members on strike."""
    notes, _b = figure_notes({"r1": [DOCKS, "Across the port's three terminals, 2,600 of its members are on strike, "
                                            "the Dockers' Guild says. Port managers said that no more than 1,100 guild "
                                            "members were on strike."]}, tmp_path)
    assert len(notes) == 1 and "2,600" in notes[0] and "1,100" in notes[0], notes


def test_hard_negatives_side_by_side(tmp_path):
    """Fictional near misses: the second count at another place, an added fact ("also"),
    another day, one source twice, a count of other people: no disagreement."""
    monday = "On Monday, 2,600 workers were on strike across the port's three terminals, according to the Dockers' Guild."
    for first, second in ((GUILD, "In Marrow, port managers said that no more than 1,100 workers were on strike."),
                          (GUILD, "Port managers said that 1,100 workers at the Marrow depot also stopped work."),
                          (monday, "Port managers said that no more than 1,100 workers were on strike on Tuesday."),
                          (GUILD, "The guild said that about 1,100 workers were on strike by the evening."),
                          (GUILD, "Port managers said that no more than 1,100 managers were on strike.")):
        notes, _b = figure_notes({"r1": [DOCKS, f"{first} {second}"]}, tmp_path)
        assert notes == [], (second, notes)


COURT = "Prosecutors told the court in Halvey on Monday that about 260 houses had been damaged by blasting at the Corran quarry."


def test_hard_negatives_counts_of_things(tmp_path):
    """Fictional near misses: the same noun with another verb (houses damaged / houses
    inspected), the count told rising, one source twice, an unattributed count: none."""
    for other in ("An engineer called by the defence told the court in Halvey on Monday that 40 houses had been "
                  "inspected after the blasting at the Corran quarry.",
                  "Prosecutors told the court in Halvey on Monday that 40 houses had been damaged by blasting in "
                  "the first week alone.",
                  "In the first week, 40 houses had been damaged by blasting at the Corran quarry.",
                  "An engineer told the court in Halvey on Monday that the number of houses damaged had risen to "
                  "40 by the spring."):
        notes, _b = figure_notes({"r1": [COURT], "r2": [other]}, tmp_path)
        assert notes == [], (other, notes)


# -- an accusation is a claim of the accuser (`claims.content_tokens`), set against the
#    accused's denial of the deed, never against another party's (`conflicts._accuses_another`)

SITIN = "Tenants in Brackley staged a sit-in on Monday at the offices of the Larch Housing Trust."


def denial_notes(paragraphs, tmp_path):
    b = brief_for({"t1": paragraphs}, tmp_path)
    return [c["note"] for c in b["conflicts"] if c["kind"] == "denial"]


def test_an_accusation_and_the_accuseds_denial_of_the_deed_are_a_disagreement(tmp_path):
    """Fictional: the tenants union accuses the trust of hiring private guards; the trust,
    by name, denies hiring any private guards in the next paragraph."""
    notes = denial_notes([SITIN, "The Brackley Tenants Union accused the Larch Housing Trust of hiring private guards "
                                 "to evict families.",
                          "The Larch Housing Trust denied hiring any private guards."], tmp_path)
    assert len(notes) == 1 and "private guards" in notes[0] and "tenants union" in notes[0].lower(), notes


def test_hard_negatives_accusation(tmp_path):
    """Fictional near misses: another party denies; the accused denies another deed (a
    different object); the accusation is of someone else; another verb on the same
    object ("sacking" / "hiring": lexicon `deed_verb_synonyms` puts them in no group;
    "bringing in" / "hiring", one deed, is tested in test_conflicts_accusations): no
    disagreement."""
    acc = "The Brackley Tenants Union accused the Larch Housing Trust of hiring private guards to evict families."
    cases = [
        [SITIN, acc, "The Brackley council denied hiring any private guards."],
        [SITIN, acc, "The Larch Housing Trust denied cutting the heating in block C."],
        [SITIN, "The Brackley Tenants Union accused the Brackley council of hiring private guards to evict families.",
         "The Larch Housing Trust denied hiring any private guards."],
        [SITIN, "The Brackley Tenants Union accused the Larch Housing Trust of sacking private guards.",
         "The Larch Housing Trust denied hiring any private guards."],
    ]
    for paragraphs in cases:
        assert denial_notes(paragraphs, tmp_path) == [], paragraphs[1:]


def test_an_accusation_of_a_deed_is_the_accusers_claim(tmp_path):
    """Fictional: "X accused Y of V-ing O" asserts, by X, that Y did it; hard negatives:
    a charge without a deed ("accused him of fraud"), the passive ("was accused of"),
    no claim of the accuser."""
    b = brief_for({"t1": [SITIN, "The Brackley Tenants Union accused the Larch Housing Trust of hiring private "
                                 "guards."]}, tmp_path, "a")
    got = [(c["speaker_text"], c["stance"], c["text"]) for c in b["claims"]]
    assert ("The Brackley Tenants Union", "assert", "the Larch Housing Trust of hiring private guards") in got, got
    for other in ("The Brackley Tenants Union accused the Larch Housing Trust of fraud.",
                  "The Larch Housing Trust was accused of hiring private guards."):
        b = brief_for({"t1": [SITIN, other]}, tmp_path, "b")
        assert not [c for c in b["claims"] if c["cue"].lower().startswith("accus")], other
