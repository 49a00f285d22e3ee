"""Readability checks of summary sentences, one test per failure (fictional sentences)."""
from newsbrief.summarize.readability import ends_on_title, problems


def test_a_plain_report_reads_alone():
    assert problems("A ferry ran aground off the island of Vessa on Monday, the coast guard said.") == []
    assert problems('"We lost the harvest," said Tomas Brell, a farmer in the valley of Orm.') == []


def test_dangling_openers_and_pronoun_attributions():
    assert "dangling" in problems("But the river kept rising through the night in the valley.")
    assert "dangling" in problems("The water reached the second floor of the old mill, he said.")
    assert "dangling" in problems("Flood warnings remain in effect for the area until further notice.")
    assert "dangling" not in problems("Flood warnings remain in effect for the Orm valley until Sunday.")


def test_datelines_quotes_captions_and_splitter_breaks():
    assert "dateline" in problems("PORT VESSANY (XNA) -- A ferry and a barge collided off the harbour wall.")
    assert "unattributed_quote" in problems('"Nobody came to help us in the whole long night at all."')
    assert "split_quote" in problems('The mayor said "the dam will hold through the night and')
    assert "caption" in problems("Rescuers carry a child from the flooded mill in Orm. (Photo: Ana Kell)")
    assert "caption" in problems("This photo released by the ministry shows the flooded square of Orm.")
    assert "splitter_break" in problems("The flood claim was filed on behalf of the mill owner by Ms.")
    assert "splitter_break" in problems("kept rising until the dam gave way early in the morning.")
    assert "teaser" in problems("The first big flood of the season began a slow crawl down the valley...")
    assert ends_on_title("A letter was sent by Gov.") and not ends_on_title("The dam was built by the army.")


def test_reader_and_writer_outside_quotes():
    assert "second_person" in problems("By signing up you agree to receive the weekly newsletter of the paper.")
    assert "first_person" in problems("I think the levee should have been built years ago by the town.")
    assert "first_person" not in problems('"We lost everything," said a farmer whose barn was swept away.')


def test_an_agency_alone_in_brackets_is_a_dateline():
    """Fictional: "(Wire) -- ..." opens on a dateline; a bracketed aside inside does not."""
    from newsbrief.timex.grammar import without_dateline

    assert "dateline" in problems("(Wire) -- A tram derailed in central Varsk on Sunday, injuring four.")
    assert without_dateline("(Wire) -- A tram derailed in central Varsk on Sunday.") == \
        "A tram derailed in central Varsk on Sunday."
    assert "dateline" not in problems("A tram (the old kind) derailed in central Varsk on Sunday, injuring four.")


def test_what_should_be_done_unattributed_is_opinion():
    """Fictional: an obligation with no one saying it is the writer's view."""
    assert "opinion" in problems("The council of Pell needs to publish the flood report before the vote.")
    assert "opinion" in problems("Voters should see the full report on the Pell dam before the vote in May.")
    assert "opinion" not in problems("Residents of Pell should boil their water, the utility said on Monday.")
    assert "opinion" not in problems('"We must rebuild the dam," the mayor of Pell told reporters.')


def test_forecasts_conditions_and_rules_are_not_opinion():
    """Fictional: "should"/"must" in a forecast, a condition, a rule or a ruling is
    reporting; advice with a named actor and no speaker still is opinion."""
    for text in ("The gale should reach the islands of Varne by Friday evening.",
                 "Prices at the Dunmore fish market should ease slightly next month.",
                 "Should the council of Pell approve the toll, drivers would pay from June.",
                 "Under the new harbour rules, trawlers must report their catch within two days.",
                 "Three dockers from Senna must stand trial in June, a magistrate ruled."):
        assert "opinion" not in problems(text), text
    for text in ("The council of Pell should scrap the new bridge toll before the winter.",
                 "Ministers must resign over the leaked report on the Senna dam."):
        assert "opinion" in problems(text), text
