"""A speaker's own negative statement is a denial only when another speaker asserts the
same proposition un-negated in the cluster (`claim_stance.opposed_negations`). Every text is
fictional: invented places, firms and people."""
from conftest import facts_brief


def brief_of(articles, events=()):
    return facts_brief(articles, events)


def claim_of(brief, article, word):
    found = [c for c in brief.claims if brief.sentence(c.sentence).article == article and word in c.text]
    assert found, [(c.speaker_text, c.text) for c in brief.claims]
    return found[0]


LEAK = "The Harbour Watch said the Orlen plant had leaked chemical waste into the river last spring."
NO_LEAK = "Orlen Chemicals insisted that the plant had never leaked chemical waste into the river."


def test_negated_statement_opposing_another_speakers_claim_is_a_denial():
    """Fictional: a watchdog says the plant leaked waste; the firm says it never leaked waste."""
    b = brief_of({"a": [LEAK], "b": [NO_LEAK]})
    own = claim_of(b, "b", "never")
    assert own.negated and own.stance == "deny"
    assert claim_of(b, "a", "leaked").stance == "assert"
    denial = [c for c in b.conflicts if c.kind == "denial"]
    assert denial and {own.id, claim_of(b, "a", "leaked").id} <= set(denial[0].items)


def test_made_no_such_request_against_the_request_claimed():
    """Fictional: one official says the governor asked to end the audit; the office says he made no such request."""
    b = brief_of({"a": ["Auditor Mara Quill said the governor had asked the board to end the audit of the port."],
                  "b": ["The governor's office said the governor had made no request to the board to end the "
                        "audit of the port."]})
    own = claim_of(b, "b", "no request")
    assert own.negated and own.stance == "deny"


def test_no_opposing_claim_keeps_the_negative_statement_an_assertion():
    """Misfire, fictional: a plain negative report that nobody contradicts is no denial."""
    b = brief_of({"a": ["The mayor insisted that no one was hurt in the blast at the Orlen depot.",
                        "Firefighters said the fire spread to two warehouses before dawn."],
                  "b": ["Officials said the town had never flooded before this week."]})
    for c in b.claims:
        assert c.stance == "assert", (c.speaker_text, c.text)
    assert not [c for c in b.conflicts if c.kind == "denial"]


def test_opposing_claim_sharing_only_names_keeps_the_assertion():
    """Misfire, fictional: the other claim is about the same plant and firm but another thing."""
    b = brief_of({"a": ["Mayor Ivo Sarnak said the Orlen plant of Tarvesk Chemicals would open a new wing in May."],
                  "b": ["Tarvesk Chemicals said the Orlen plant had never leaked waste."]})
    own = claim_of(b, "b", "never")
    assert own.negated and own.stance == "assert"
    assert not [c for c in b.conflicts if c.kind == "denial"]


def test_agreeing_negative_statements_stay_assertions():
    """Misfire, fictional: two speakers both say no one was hurt; they agree, neither denies."""
    b = brief_of({"a": ["Police said no one was hurt when the crane fell onto the Velden ferry terminal."],
                  "b": ["The port authority said no one was hurt when the crane fell onto the ferry terminal."]})
    assert [c.stance for c in b.claims] == ["assert", "assert"]


def test_same_speaker_saying_both_is_no_denial():
    """Misfire, fictional: one speaker's earlier and later wording is not two sides."""
    b = brief_of({"a": ["The Harbour Watch said the Orlen plant had leaked chemical waste into the river.",
                        "The Harbour Watch later said the Orlen plant had never leaked chemical waste into the river."]})
    assert all(c.stance == "assert" for c in b.claims), [(c.speaker_text, c.stance) for c in b.claims]


def test_opposing_claim_of_another_event_keeps_the_assertion():
    """Misfire, fictional: the same words about two different events (two years' floods)."""
    b = brief_of({"a": ["The Harbour Watch said the Orlen plant had leaked chemical waste into the river."],
                  "b": ["Orlen Chemicals said the plant had never leaked chemical waste into the river."]},
                 events=[("Spill of 2019", "2019-04-02", [1]), ("Inspection of 2023", "2023-06-10", [2])])
    assert claim_of(b, "b", "never").stance == "assert"


def test_long_quote_sharing_a_few_words_with_a_short_claim_is_no_denial():
    """Misfire, fictional: a long negated quote and a short claim share three words, not a proposition."""
    b = brief_of({"a": ['"The board was not trying to hide anything about the audit, and nobody on it ever '
                        'spoke to the contractors, the bankers or the press about the harbour tender," '
                        'said director Ivo Sarnak.'],
                  "b": ["Auditor Mara Quill said the board was trying to hide the audit."]})
    own = claim_of(b, "a", "nobody")
    assert own.negated and own.stance == "assert"


def test_negated_question_is_no_denial():
    """Misfire, fictional: a question with a negation asks; it denies nothing."""
    b = brief_of({"a": ['"Is it not true that the plant leaked chemical waste into the river?" the lawyer Tomas '
                        'Velk said.'],
                  "b": ["The Harbour Watch said the plant leaked chemical waste into the river."]})
    # a question alone is asked, not claimed: no claim, so no denial
    assert not [c for c in b.claims if "not true" in c.text]
    assert not [c for c in b.conflicts if c.kind == "denial"]


def test_a_statement_negating_another_act_is_no_denial_of_the_shared_words():
    """Fictional: the inspectors say the company did not *tell* the board about the dye
    it dumped; a watchdog says it dumped dye. Most words are shared, but the inspectors
    negate the telling, not the dumping: they deny nothing, and they stand on no side
    of the company's denial."""
    b = brief_of({"a": ["The Dovra company denied on Monday that it had dumped dye waste into the Ferrin canal."],
                  "b": ["State inspectors said the company had not told the canal board about the dye waste it "
                        "dumped into the Ferrin canal."],
                  "c": ["The Canal Watch said the company had dumped dye waste into the Ferrin canal for months."]})
    inspectors = claim_of(b, "b", "not told")
    assert inspectors.negated and inspectors.stance == "assert"
    assert any(c.kind == "denial" and claim_of(b, "c", "for months").id in c.items for c in b.conflicts)
    for c in b.conflicts:
        assert inspectors.id not in c.items, c.note


def test_a_speaker_saying_again_negated_what_it_denied_denies_it_again():
    """Fictional: a haulier denies its driver caused a pileup; a later article has it say
    again that the driver had not caused it. Written as a denial once, the repeat is one too."""
    b = brief_of({"a": ["Brennock Haulage denied that its driver had caused the pileup on the ring road."],
                  "b": ["Brennock Haulage said again that its driver had not caused the pileup on the ring road."]})
    again = claim_of(b, "b", "not caused")
    assert again.negated and again.stance == "deny"


def test_another_speakers_denial_does_not_make_a_negative_report_a_denial():
    """Misfire, fictional: the council's negative statement repeats nobody's denial of its own;
    the haulier's denial is another voice, and with no one asserting the pileup's cause the
    council's words stay a report."""
    b = brief_of({"a": ["Brennock Haulage denied that its driver had caused the pileup on the ring road."],
                  "b": ["The Tarrow Council said the road's surface had not caused the pileup on the ring road."]})
    own = claim_of(b, "b", "not caused")
    assert own.negated and own.stance == "assert"


def test_a_negative_statement_is_no_opposite_of_another_negative_one():
    """Fictional: the watchdog and the firm both say the plant never leaked; the watchdog's
    negation sits on a second verb, which the negated flag does not read: no denial."""
    b = brief_of({"a": ["The Harbour Watch said the Orlen plant had been inspected twice and had never "
                        "leaked chemical waste into the river."], "b": [NO_LEAK]})
    assert claim_of(b, "b", "never").stance == "assert"
    assert not [c for c in b.conflicts if c.kind == "denial"]
