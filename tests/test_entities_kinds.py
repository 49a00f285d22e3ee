"""The entities stage on invented mini-clusters (every name, place and body here is
fictional) for three kinds the small tagger leaves unjoined on unseen stories: a body
named later by its kind alone ("the commission"), a description that names one body
though the story names none ("the fisheries ministry"), and a surname
ending like a people's word ("-ian") tagged NORP. Each test has a hard negative."""
from __future__ import annotations

from test_entities import _ent, _run


def test_a_body_called_by_its_kind_alone_joins_the_one_body_of_that_kind():
    b = _run({
        "a1": ["The Calder Licensing Commission on Monday suspended the permits of two taxi firms.",
               "Wenna Framp, head of the commission, told reporters the firms had ignored three warnings."],
        "a2": ["The licensing commission's inspectors found 40 cars without insurance, Framp said.",
               "The Farrow Port Authority said the ferry terminal would stay open.",
               "A spokesman for the port authority said no sailings had been cancelled."],
    })
    comm = _ent(b, "Calder Licensing Commission")
    assert comm is not None and _ent(b, "commission") is comm and _ent(b, "licensing commission") is comm
    port = _ent(b, "Farrow Port Authority")
    assert port is not None and _ent(b, "port authority") is port and port is not comm
    # hard negative: two named commissions, so "the commission" names neither
    b = _run({
        "a1": ["The Calder Licensing Commission and the Calder Planning Commission met on Friday.",
               "The commission said it would publish its findings in May."],
    })
    lic, plan = _ent(b, "Calder Licensing Commission"), _ent(b, "Calder Planning Commission")
    assert lic is not None and plan is not None and lic is not plan
    assert "commission" not in lic.aliases + plan.aliases
    # hard negative: a name with "and" in it is a committee too, so two committees
    b = _run({
        "a1": ["The Senate Rules and Ethics Committee voted on Monday to close the old ferry road.",
               "Members of the Calder Oversight Committee said they had not been consulted.",
               "The committee's chairman, Ivo Restan, said the vote would stand."],
    })
    roads, over = _ent(b, "Senate Rules and Ethics Committee"), _ent(b, "Calder Oversight Committee")
    assert roads is not None and over is not None and roads is not over
    assert "committee" not in roads.aliases + over.aliases
    # hard negative: words before the kind that are not the body's own name another body
    b = _run({
        "a1": ["The Calder County Department of Corrections released the inmate on Friday.",
               "Two players were suspended by the town college's athletics department, the coach said."],
    })
    dept = _ent(b, "Calder County Department of Corrections")
    assert dept is not None and not any("department" in a for a in dept.aliases if a[:1].islower())


def test_a_firm_is_not_joined_by_its_kind_alone():
    # hard negative: "the company" may be any company of the story (firm_kind_nouns)
    b = _run({
        "a1": ["Dravon Tile Company laid off 80 workers on Monday.",
               "The company said demand had fallen, a spokeswoman for the firm added."],
    })
    firm = _ent(b, "Dravon Tile Company")
    assert firm is not None and "company" not in firm.aliases


def test_a_description_naming_one_body_is_kept_without_a_named_body():
    b = _run({
        "a1": ["Police closed the coast road at Morrow Bay on Tuesday after a landslip.",
               "The fisheries ministry said repairs would take a month.",
               "The authorities said the road would reopen in May."],
        "a2": ["A spokesman for the fisheries ministry said the cost was not yet known."],
    })
    ministry = _ent(b, "fisheries ministry")
    assert ministry is not None and ministry.type == "ORG" and len(ministry.mentions) == 2
    # hard negative: "the authorities" says which body no more than "the ministry" would
    assert _ent(b, "authorities") is None


def test_a_surname_tagged_as_a_people_joins_the_person():
    b = _run({
        "a1": ["Bertil Varsamian, the opposition candidate, told supporters on Sunday that he would not concede.",
               "The Varsamian camp said the count had been rigged.",
               "Kenyan observers said the vote had been calm."],
    })
    person = _ent(b, "Bertil Varsamian")
    assert person is not None and person.type == "PERSON"
    assert _ent(b, "Varsamian") is person
    # hard negative: a country's people stays apart from every person
    kenyan = _ent(b, "Kenyan")
    assert kenyan is None or kenyan is not person
