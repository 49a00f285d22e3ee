"""Cleaning: boilerplate and pasted stories go, with reasons; the reporting stays."""
from newsbrief.config import Config
from newsbrief.context import Context
from newsbrief.pipeline import run_stage
from newsbrief.stages import clean
from newsbrief.model import Article, Brief

FLOOD_A = """Flood waters swamp river town of Marlow

Flood waters swamp river town of Marlow

By Jana Field

Flood waters swept through the river town of Marlow on Sunday, forcing hundreds of residents from their homes.

The river rose four metres overnight after days of heavy rain across the valley, the regional water agency said.

Share Print Email

More news: Local team wins cup final
More news: Bakery celebrates 100 years

Related Articles"""

FLOOD_B = """Marlow residents return after flood

Residents of Marlow began returning home on Tuesday as the flood waters receded, the mayor said.

Rescue crews used boats to reach families stranded by the swollen river during the heavy rain.

Comet spotted over desert observatory
Astronomers at a desert observatory photographed a bright comet with a green tail, a telescope operator said, adding that amateur stargazers could see it before dawn next month.

Related Articles"""


def cleaned():
    brief = Brief(articles=[Article(id="a", source="a", title="Flood waters swamp river town of Marlow",
                                    text=FLOOD_A.split("\n", 1)[1]),
                            Article(id="b", source="b", title="Marlow residents return after flood",
                                    text=FLOOD_B.split("\n", 1)[1])])
    run_stage(clean.STAGE, brief, Context())
    return brief


def reasons(article):
    return {r.text: r.reason for r in article.removed}


def test_boilerplate_lines_removed_with_reasons():
    a, b = cleaned().articles
    ra = reasons(a)
    assert ra["Flood waters swamp river town of Marlow"] == "title_repeat"
    assert ra["By Jana Field"] == "byline"
    assert ra["Share Print Email"] == "boilerplate"
    assert ra["More news: Local team wins cup final"] == "link_list"
    assert ra["More news: Bakery celebrates 100 years"] == "link_list"
    assert ra["Related Articles"] == "boilerplate"
    assert reasons(b)["Related Articles"] == "boilerplate"


def test_pasted_unrelated_story_removed_reporting_kept():
    a, b = cleaned().articles
    rb = reasons(b)
    assert rb["Comet spotted over desert observatory"] == "off_topic"
    assert any(t.startswith("Astronomers at a desert") and r == "off_topic" for t, r in rb.items())
    assert b.paragraphs == [
        "Residents of Marlow began returning home on Tuesday as the flood waters receded, the mayor said.",
        "Rescue crews used boats to reach families stranded by the swollen river during the heavy rain."]
    assert len(a.paragraphs) == 2


def test_hard_wrapped_block_joined_but_link_lists_are_not():
    units = clean.split_units("The council said on Monday that the\nnew bridge would open in\nthe spring.\n\n"
                              "More news: One\nMore news: Two")
    assert units == ["The council said on Monday that the new bridge would open in the spring.",
                     "More news: One", "More news: Two"]


def test_single_article_keeps_its_text():
    brief = Brief(articles=[Article(id="a", source="a", title="T", text="One sentence about a fire at the docks.\n\nAnother about the firefighters who came.")])
    run_stage(clean.STAGE, brief, Context())
    assert len(brief.articles[0].paragraphs) == 2


def test_question_heading_removed():
    assert clean.shape_reason("What happens next?", None, set()) == "heading"
    assert clean.shape_reason('"What happens next?" the mayor asked the crowd at the town hall.', None, set()) is None


def test_title_glued_to_first_sentence_is_cut_off():
    art = Article(id="a", source="a", title="Ferry runs aground off Brisa",
                  text="Ferry runs aground off Brisa A passenger ferry ran aground off the island of Brisa on Friday.")
    brief = Brief(articles=[art])
    run_stage(clean.STAGE, brief, Context())
    assert art.paragraphs == ["A passenger ferry ran aground off the island of Brisa on Friday."]
    assert reasons(art) == {"Ferry runs aground off Brisa": "title_repeat"}
