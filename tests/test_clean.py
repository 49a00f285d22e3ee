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


# -- documents that are not articles; the off-topic filter never loses a real article ---------
# All fictional: invented towns, people and outlets.

STORM_STORY = """Storm floods Dunmore harbour

A storm surge flooded the harbour of Dunmore on Sunday night, sinking two fishing boats and closing the coast road, the harbour master said.

Coastguard crews rescued four people from a trawler that broke its moorings, said Kira Olsen, a coastguard spokeswoman.

"The water came over the wall in minutes," said Tom Reyes, who runs a cafe on the quay. "We lost everything on the ground floor."

The council said the coast road would stay closed until engineers had checked the sea wall."""

CRAWL_NOTICE = ("These crawls archive web pages as they are created and archive the pages they link to, "
                "so that a link keeps the version that was live. The Wayback Machine adds the URLs after "
                "an embargo period.")

LOCATION_NOTICE = """Post with a location

You can add location information to your posts, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your location history. Learn more"""


def storm_article(i="a"):
    title, body = STORM_STORY.split("\n\n", 1)
    return Article(id=i, source=i, title=title, text=body)


def test_junk_document_skipped_with_reason_and_real_article_kept_whole():
    for junk in (CRAWL_NOTICE, LOCATION_NOTICE):
        real = storm_article()
        notice = Article(id="n", source="n", text=junk)
        brief = Brief(articles=[real, notice])
        clean.run(brief)
        assert notice.status == "skipped" and "not an article" in notice.reason
        assert notice.removed and all(r.reason == "not_an_article" for r in notice.removed)
        assert real.status == "used"
        assert len(real.paragraphs) == 4, real.removed
        assert not [r for r in real.removed if r.reason == "off_topic"]


def test_two_unrelated_real_articles_both_stay():
    # neither can be told from the other as the odd one out: nothing is dropped as off-topic
    other = Article(id="b", source="b", title="Orchestra opens season in Hale", text=(
        "The Hale Philharmonic opened its season on Friday with a new symphony by Lena Park.\n\n"
        "Conductor Omar Diaz said the orchestra had rehearsed the piece for three months.\n\n"
        "Tickets for the remaining concerts sold out within a day, the box office said."))
    brief = Brief(articles=[storm_article(), other])
    clean.run(brief)
    assert [a.status for a in brief.articles] == ["used", "used"]
    assert len(brief.articles[0].paragraphs) == 4 and len(other.paragraphs) == 3


def test_quote_from_someone_the_article_introduced_is_not_off_topic():
    first = storm_article("a")
    second = Article(id="b", source="b", title="Dunmore counts cost of storm surge", text=(
        "Dunmore began counting the cost of the storm surge on Monday as the harbour master reopened the quay.\n\n"
        "Cafe owner Tom Reyes said he would reopen within a week.\n\n"
        '"I guess we were lucky this time, and the insurers have been kind," Reyes told the Valley Echo, '
        "standing beside a pile of ruined chairs.\n\n"
        "The coast road stayed closed while engineers checked the sea wall."))
    brief = Brief(articles=[first, second])
    clean.run(brief)
    assert any("I guess we were lucky" in p for p in second.paragraphs), second.removed


def test_furniture_removed_with_reasons_inside_a_cluster():
    body = ("Crews clear the coast road in Dunmore on Monday. (Pixwire Photo/Ann Lee) (Pixwire)\n\n"
            "A storm surge flooded the harbour of Dunmore on Sunday night, the harbour master said.\n\n"
            "Sign up for Harbour Weekly: the port news in your inbox. You can unsubscribe at any time.\n\n"
            "1:52 p.m.\n\n"
            "Jane Roe contributed to this report.")
    art = Article(id="c", source="c", title=None, text=body)
    brief = Brief(articles=[storm_article(), art])
    clean.run(brief)
    assert art.paragraphs == ["A storm surge flooded the harbour of Dunmore on Sunday night, the harbour master said."]
    assert sorted(r.reason for r in art.removed) == ["call_to_action", "caption", "credit", "timestamp"]


def test_line_leading_into_a_quote_is_not_a_heading():
    assert clean.shape_reason("The ministry denied the report, writing in an unsigned statement:", None, set()) is None
    assert clean.shape_reason("Key points:", None, set()) == "heading"


def test_repeated_prompt_across_articles_is_boilerplate_not_support():
    prompt = "You can read every story from the Valley Echo on your phone at any time."
    a, b = storm_article("a"), storm_article("b")
    a.text += "\n\n" + prompt
    b.text += "\n\n" + prompt
    brief = Brief(articles=[a, b])
    clean.run(brief)
    for art in (a, b):
        assert prompt not in art.paragraphs
        assert any(r.text == prompt and r.reason == "boilerplate" for r in art.removed)


def test_detail_paragraph_without_names_or_headline_is_not_off_topic():
    # fictional: a detail of the story told in words no other article uses
    second = Article(id="b", source="b", title="Dunmore counts cost of storm surge", text=(
        "Dunmore began counting the cost of the storm surge on Monday as the harbour master reopened the quay.\n\n"
        "Divers also searched a shallow inlet beside the slipway for sunken nets and lobster pots.\n\n"
        "The coast road stayed closed while engineers checked the sea wall."))
    brief = Brief(articles=[storm_article("a"), second])
    clean.run(brief)
    assert len(second.paragraphs) == 3, second.removed


def test_streaming_cleaner_skips_notices_too():
    # the two-pass Cleaner that pipeline.stream_clean drives: observe all, then clean each
    real, notice = storm_article("a"), Article(id="n", source="n", text=CRAWL_NOTICE)
    cleaner = clean.Cleaner()
    for art in (real, notice):
        cleaner.observe(art)
    assert cleaner.observed == 1
    cleaner.clean(real)
    cleaner.clean(notice)
    assert real.status == "used" and len(real.paragraphs) == 4
    assert notice.status == "skipped" and notice.reason.endswith("crawl notice")


def test_lone_detail_with_names_of_its_own_stays_but_a_closing_block_of_other_stories_goes():
    # fictional: a paragraph about relatives, named nowhere else, in the middle of the article
    # is part of it; two unrelated paragraphs closing the article are pasted stories
    second = Article(id="b", source="b", title="Dunmore counts cost of storm surge", text=(
        "Dunmore began counting the cost of the storm surge on Monday as the harbour master reopened the quay.\n\n"
        "Lena Ortiz, 19, and her cousin Pavel Hruby, who studies at Carrow College, spent the night "
        "with an aunt, Marta Ilves, in Westbury.\n\n"
        "The coast road stayed closed while engineers checked the sea wall.\n\n"
        "Quillon Motors recalled 40,000 hatchbacks after Ansel Brenn, its chief engineer, found faulty "
        "brake sensors at the Varga plant.\n\n"
        "Bettany Rowe won the Tallis piano prize in Kerrick, beating Oskar Lund and Mira Feld in the final."))
    brief = Brief(articles=[storm_article("a"), second])
    clean.run(brief)
    assert any(p.startswith("Lena Ortiz") for p in second.paragraphs), second.removed
    gone = {r.text[:12]: r.reason for r in second.removed}
    assert gone == {"Quillon Moto": "off_topic", "Bettany Rowe": "off_topic"}


def test_sharing_buttons_glued_to_the_first_sentence_are_cut_off():
    # fictional page text
    art = Article(id="a", source="a", title=None, text=(
        "Share Print Email Ferry crews at Dunmore quay returned to work on Monday, the harbour master said.\n\n"
        "Save The Children volunteers handed out blankets on the quay, a spokeswoman said."))
    clean.run(Brief(articles=[art]))
    assert art.paragraphs == ["Ferry crews at Dunmore quay returned to work on Monday, the harbour master said.",
                              "Save The Children volunteers handed out blankets on the quay, a spokeswoman said."]
    assert reasons(art) == {"Share Print Email": "boilerplate"}


def test_only_button_words_are_cut_never_a_name_after_them():
    # fictional: "News" and "Video" are widget words but not buttons; the outlet's name stays
    art = Article(id="a", source="a", title=None, text=(
        "Email This News Harbour Group said on Monday it would buy two ferries for the Dunmore route."))
    clean.run(Brief(articles=[art]))
    assert art.paragraphs == ["News Harbour Group said on Monday it would buy two ferries for the Dunmore route."]


def test_a_line_shouted_in_capitals_is_not_a_link_label():
    # fictional: a sentence set in capitals throughout starts with a label word but is prose
    line = "RECOMMENDED FERRY TIMES FOR THE WINTER WERE POSTED ON MONDAY, THE HARBOUR MASTER SAID."
    assert clean.shape_reason(line, None, set()) != "link_list"


def test_link_block_labelled_in_capitals_without_a_colon():
    assert clean.shape_reason("MOST READ IN SPORT Harbour club wins the cup Keeper signs for Westbury",
                              None, set()) == "link_list"
    assert clean.shape_reason("Most read books of the year were thrillers set on the coast, the library said.",
                              None, set()) is None


# A crawler's note that opens with one notice sentence and goes on in its own jargon:
# too little notice wording to call it a notice alone, but it shares nothing with the
# cluster. Fictional, as are the archive stories below.
ARCHIVE_NOTE = ("This web crawl of linked pages began in spring 2019. The files are kept offline for now. "
                "Several changes were made this time: duplicate checks were switched off, every language "
                "edition was included, and the seed list grew to cover all partner libraries. The run took "
                "eleven weeks on borrowed servers.")


def test_a_note_with_one_notice_sentence_is_skipped_only_when_the_cluster_shares_nothing_with_it():
    from newsbrief.text import furniture

    assert furniture.document_kind([ARCHIVE_NOTE]) is None
    assert furniture.notice_kind([ARCHIVE_NOTE]) == "crawl notice"
    second = Article(id="b", source="b", title="Dunmore counts cost of storm surge", text=(
        "Dunmore began counting the cost of the storm surge on Monday as the harbour master reopened the quay.\n\n"
        "The coast road stayed closed while engineers checked the sea wall."))
    first, note = storm_article("a"), Article(id="n", source="n", text=ARCHIVE_NOTE)
    clean.run(Brief(articles=[first, second, note]))
    assert note.status == "skipped" and note.reason.endswith("not an article: crawl notice")
    assert first.status == "used" and second.status == "used" and len(first.paragraphs) == 4

    # the same wording in a cluster about the archive itself is its story, and stays
    opening = Article(id="c", source="c", title="Carrow library opens its web archive", text=(
        "Carrow City Library opened its web archive of local news pages to the public on Monday, "
        "with partner libraries across the county.\n\n"
        "The seed list of the archive now covers every partner library's own site, the head librarian said."))
    story = Article(id="d", source="d", title="Carrow archive crawl", text=(
        "This web crawl of linked pages began in spring 2019 at Carrow City Library. The files are kept offline "
        "for now while partner libraries check the seed list and duplicate pages, the library said."))
    clean.run(Brief(articles=[opening, story]))
    assert story.status == "used" and opening.status == "used"
