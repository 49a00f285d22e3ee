"""Conflicts: one deed named at two levels ("the stabbing" / "such an attack", "the
break-in" / "the burglary"; lexicon `deed_kinds`); a noun of any deed ("such an act") is
no pointer, and a deed done to another victim is another deed. Every example is
fictional; more must-not-fire cases than must-fire ones."""
from conftest import facts_brief
from newsbrief.stages.conflicts import _one_deed_word, _same_deed

QUAY = ("Police blamed smugglers for the stabbing at the quay, though dockworkers said they doubted smugglers "
        "would risk such an attack so close to the customs post.")
ONE_NIGHT = [("quay", "2024-04-02", [1, 2])]


def denials(articles, events=()):
    b = facts_brief(articles, events=events)
    by_id = {x.id: x.sentence for x in b.claims}
    return [{b.sentence(by_id[i]).text for i in c.items} for c in b.conflicts if c.kind == "denial"]


def test_a_doubt_pointing_at_the_kind_of_the_deed_blamed_meets_the_blame():
    """Fictional: "blamed A for the stabbing, though B doubted A would risk such an attack"."""
    assert denials({"a": [QUAY]}) == [{QUAY}]


def test_a_noun_of_any_deed_after_a_blame_points_at_nothing():
    """Fictional hard negatives: "such an act" / "such operations" after a blame may mean
    the business or another doing (a doubt about a closure, not about the blame)."""
    act = ("The council blamed vandals for the flooding of the pumping station, but residents said they doubted "
           "vandals could manage such an act.")
    assert denials({"a": [act]}) == []
    works = ("Inspectors blamed the Tarrow quarry firm for the dust over the valley, though farmers said they "
             "doubted such operations would be halted this year.")
    assert denials({"a": [works]}) == []


def test_a_pointer_at_another_kind_or_after_no_blame_meets_nothing():
    """Fictional hard negatives: "such a fire" after a blame for a stabbing (another head),
    "such an operation" after an assertion that blames nobody, and the clauses joined by
    "and" (no contrast)."""
    fire = QUAY.replace("such an attack", "such a fire")
    assert denials({"a": [fire]}) == []
    buses = ("The ministry said the new buses would reach Orvel by May, but drivers said they doubted such an "
             "operation could be finished in time.")
    assert denials({"a": [buses]}) == []
    joined = QUAY.replace(", though dockworkers", ", and dockworkers")
    assert denials({"a": [joined]}) == []


def test_another_sources_blame_for_the_deed_at_its_kind_joins_the_dispute():
    """Fictional: a second source blames the same party for "the attack at the quay" in
    the same event: one accusation told at two levels."""
    other = "The harbour authority blamed smugglers for the attack at the quay."
    (got,) = denials({"a": [QUAY], "b": [other]}, events=ONE_NIGHT)
    assert got == {QUAY, other}


def test_two_kinds_of_one_head_or_another_place_are_two_deeds():
    """Fictional hard negatives: "the shooting at the quay" beside "the stabbing at the
    quay" (two kinds of attack), "the attack on the ferry" (another target), and "the
    arson at the quay" (another head)."""
    for other in ("The harbour authority blamed smugglers for the shooting at the quay.",
                  "The harbour authority blamed smugglers for the attack on the ferry.",
                  "The harbour authority blamed smugglers for the arson at the quay."):
        got = denials({"a": [QUAY], "b": [other]}, events=ONE_NIGHT)
        assert got == [{QUAY}], other


def test_deed_words_match_their_head_only():
    """The lexicon relation: a kind and its head, a synonym and its head, never two kinds
    of one head nor two heads."""
    assert _one_deed_word("break-in", "burglary") and _one_deed_word("attack", "bombing")
    assert not _one_deed_word("bombing", "shooting") and not _one_deed_word("fire", "explosion")
    assert _same_deed({"bombing"}, {"attack"}) and not _same_deed({"bombing", "market"}, {"attack", "bridge"})


UNION = "The dockers' union denied that its members carried out the break-in at the Orvel depot."


def test_a_denied_deed_meets_an_assertion_naming_it_by_its_synonym():
    """Fictional: "denied ... carried out the break-in at the depot" against another
    source's "carried out the burglary at the depot": the deed the denial names is among
    the assertion's words once a deed noun meets its head."""
    (got,) = denials({"a": [UNION], "b": ["Police said union members carried out the burglary at the Orvel depot "
                                          "on Sunday."]})
    assert len(got) == 2


def test_a_denied_deed_meets_no_assertion_of_another_deed_at_that_place():
    """Fictional hard negatives: a shooting (another head), repairs (no deed noun), and a
    robbery (a deed outside the lexicon, not a burglary's synonym) at the same depot."""
    for deed in ("shooting", "repairs", "robbery"):
        other = f"Police said union members carried out the {deed} at the Orvel depot on Sunday."
        assert denials({"a": [UNION], "b": [other]}) == [], deed


def test_a_denied_deed_done_to_another_victim_is_another_deed():
    """Fictional hard negatives: the denial and the assertion share most words and one deed
    (or its synonym), but each names whom it was done to, and those differ: "the
    slaying of a ferryman" / "the murder of a miller", and the same noun twice."""
    denied = "The militia denied that its fighters carried out the slaying of a ferryman near Tull."
    for other in ("Villagers said militia fighters carried out the murder of a miller near Tull.",
                  "Villagers said militia fighters carried out the slaying of a miller near Tull."):
        assert denials({"a": [denied], "b": [other]}) == [], other


def test_a_denied_deed_done_to_the_same_victim_or_unnamed_still_meets():
    """Fictional: the same victim on both sides, or the assertion naming none, leaves the
    older match as it was (the target test only separates two named victims)."""
    denied = "The militia denied that its fighters carried out the slaying of a ferryman near Tull."
    (got,) = denials({"a": [denied], "b": ["Villagers said militia fighters carried out the killing of a ferryman "
                                          "near Tull."]})
    assert len(got) == 2


def test_deed_targets_are_read_after_the_deed_noun_only():
    """The target reader: the head after "<deed> of", none after another noun."""
    from newsbrief.stages.conflicts import _deed_targets
    assert _deed_targets("carried out the murder of a young miller near Tull") == {"miller"}
    assert _deed_targets("the bombing of the grain silo") == {"silo"}
    assert _deed_targets("the price of the grain silo") == set()
    assert _deed_targets("the murder near Tull") == set()


def test_the_audits_probes_of_a_deed_told_before_a_bare_denial_meet_nothing():
    """Fictional hard negatives (audit probes): a bare "<X> denied it" after a sentence that
    narrates a deed of X does not meet a later assertion naming X and a deed word: another
    burglary of another year, another deed than the one X is accused of, an attack on
    another target, and an assertion that clears X."""
    probes = [
        ["Nobody knows whether Mayor Lena Lund ordered the break-in at the newspaper office.", "Lund denied it.",
         "A former aide, Petra Holm, said Lund had ordered the burglary of a rival's home in 2015, years before she "
         "ran for office."],
        ["Governor Ivo Sand was accused of ignoring warnings before the shelling of the village.", "Sand denied it.",
         "A colonel, Mira Tal, said Sand had ordered the shelling himself."],
        ["It is unclear whether General Oda Venn ordered the bombing of the Sella bridge.", "Venn denied it.",
         "A captain, Rui Mato, said Venn had ordered an attack on the rebels' camp in May."],
        ["Police are investigating whether Senator Ruth Kale staged the bombing of her own office.", "Kale denied it.",
         "An aide, Tom Reyes, said Kale had been warned of an attack weeks earlier."],
    ]
    for sentences in probes:
        b = facts_brief({"a": sentences}, with_entities=True)
        assert [c for c in b.conflicts if c.kind == "denial"] == [], sentences[0]


def test_the_audits_such_operations_probe_meets_nothing():
    """Fictional hard negative (audit probe): "such operations" after a blame for a spill
    means the company's business; the doubt is about a shutdown."""
    text = ("Regulators blamed the Norvik mining company for the spill in the river, though analysts said they "
            "doubted such operations would be shut down soon.")
    assert denials({"a": [text]}) == []


def test_the_audits_other_victim_probes_meet_nothing():
    """Fictional hard negatives (audit probes): the killing of a farmer denied, the murder
    (or killing) of a teacher asserted, in one village."""
    denied = "The army denied that its soldiers carried out the killing of a farmer in Orvel."
    for deed in ("murder", "killing"):
        other = f"Rebels said army soldiers carried out the {deed} of a teacher in Orvel."
        assert denials({"a": [denied], "b": [other]}) == [], deed
