"""Page furniture found by general signals. Every example here is fictional: invented
towns, people, agencies and outlets, written to the shapes web pages and wire feeds use."""
from newsbrief.text import furniture


def scan(text):
    return furniture.scan(text)


def reasons(text):
    return [r for _, r in scan(text)[1]]


# -- captions and credits --------------------------------------------------------------

def test_caption_closed_by_bracketed_credits_goes_whole():
    text = ("A resident clears snow from his path on Thursday, Jan. 9, 2031, in Dunmore. "
            "The first storm of the season... (Pixwire Photo/Ann Lee) (Pixwire)")
    assert scan(text) == ("", [(text, "caption")])


def test_standalone_agency_credit_and_dated_video_credit():
    assert reasons("(Northgate Wire)") == []  # nothing before it: a heading, judged by shape
    assert scan("Crews reopened the ring road (Jan. 9) NGW")[0] == ""
    assert reasons("Crews reopened the ring road (Jan. 9) NGW") == ["caption"]


def test_pipe_credit_closes_a_caption():
    text = "Mayor Ada Brill speaks at the harbour on May 8. | Pixwire"
    assert scan(text) == ("", [(text, "caption")])


def test_caption_glued_to_headline_and_dek_goes_with_them():
    text = ('"It will take months," said one engineer. | XY Photo Floods stir rebuild talk '
            "Many say the cost is high.")
    kept, removed = scan(text)
    assert kept == ""
    assert [r for _, r in removed] == ["caption", "caption"]


def test_prose_after_a_mid_line_credit_stays():
    body = ("The council voted on Monday to rebuild the pier. Work will start in the spring and "
            "should take two years, the harbour master said, adding that ferries would run as usual.")
    kept, removed = scan("Children wave on the pier at Dunmore. (Photo: Ann Lee/Pixwire) " + body)
    assert kept == body
    assert removed == [("Children wave on the pier at Dunmore. (Photo: Ann Lee/Pixwire)", "caption")]


def test_brackets_that_are_not_credits_stay():
    for text in ("The bill passed on a close vote, said Senator Jo Marsh (R-Kan.)",
                 "The ferry sank in the harbour, the coastguard said (see map)",
                 "Officials said the road would reopen. (He later resigned.)"):
        assert scan(text) == (text, []), text


# -- timestamps, media, prompts, credit lines ----------------------------------------------

def test_timestamp_lines_and_live_blog_prefix():
    assert reasons("1:52 p.m.") == ["timestamp"]
    assert reasons("Updated 4:05 p.m. ET, Thu March 5, 2031") == ["timestamp"]
    assert reasons("Posted on Apr 29, 2031") == ["timestamp"]
    assert scan("2:05 p.m. Officials said the river had crested.") == (
        "Officials said the river had crested.", [("2:05 p.m.", "timestamp")])
    assert scan("The bridge reopened at 10:30 p.m. on Monday.")[1] == []
    assert scan("May")[1] == []


def test_media_player_text():
    assert reasons("Media playback is unsupported on your device Media caption Our reporter on the bridge") == ["media"]
    kept, removed = scan("The bridge closed on Monday, officials said. Media playback is unsupported on your device")
    assert kept == "The bridge closed on Monday, officials said."
    assert removed[0][1] == "media"
    assert reasons("LATEST Mayor: we will rebuild Replay More Videos ... Mayor: we will rebuild 01:41") == ["media"]
    assert reasons("Embed this video: copy this code to your website, autoplay off") == ["media"]


def test_calls_to_action():
    block = ("Sign up here for Harbour Weekly A daily look at the port in your inbox. Email Sign Up "
             "By signing up you agree to receive email newsletters. You can unsubscribe at any time.")
    assert reasons(block) == ["call_to_action"]
    kept, removed = scan("The port reopened on Monday after the storm. Get breaking news alerts in your inbox.")
    assert kept == "The port reopened on Monday after the storm."
    assert removed == [("Get breaking news alerts in your inbox.", "call_to_action")]
    # an imperative to the reader (fictional outlets)
    for text in ("Follow the Harbour Star for live updates on the storm.",
                 "Watch our live coverage of the harbour inquiry.", "Stay tuned for more on the vote."):
        assert reasons(text) == ["call_to_action"], text
    # news about sign-ups, live coverage or following is news, and so is an instruction reported
    for text in ("The ministry posted live updates on the evacuation on its website.",
                 "Live coverage of the vote drew 3 million viewers, the broadcaster said.",
                 "Join the strike, union leaders told members on Monday.",
                 "Stay tuned, the mayor told reporters, promising a decision by Friday.",
                 "Follow our lead, the minister said, and the port will reopen.",
                 "Follow-up inspections found two more cracks, engineers said.",
                 "Read said the live coverage had drawn 2 million viewers.",
                 "Streamline said 2 million subscribers would sign up for the plan by June.",
                 '"Sign up now or miss out," the festival told fans, the organisers said.'):
        assert scan(text) == (text, []), text


def test_credit_lines():
    for text in ("Jane Roe contributed to this report.",
                 "Wire writers Al Bo in Dunmore; Ci Do in Hale, Vt.; and Ed F. Gee in Alton contributed to this report.",
                 "Contributing: Ann Lee, The Harbour Star",
                 "Reporter Jo Marsh can be reached on twitter at http://example.org/jm"):
        assert reasons(text) == ["credit"], text
    for text in ("The researchers who contributed to this report's findings said the river rose.",
                 "The hotline can be reached at any hour, police said."):
        assert scan(text) == (text, []), text


def test_kicker_labels():
    assert reasons("MORE: River floods in the valley") == ["link_list"]
    assert reasons("Story Highlights Two towns flooded") == ["highlights"]
    assert scan("Highlights of the match were shown on Sunday.")[1] == []


# -- wire feeds ----------------------------------------------------------------------------

def test_wire_markup_and_notes():
    kept, removed = scan("The ferry sank in the harbour. &UR; (ab-cd)")
    assert kept == "The ferry sank in the harbour."
    assert [r for _, r in removed] == ["wire_markup", "wire_markup"]
    kept, removed = scan("The council met on Monday. The bridge, graf 5 pvs")
    assert kept == "The council met on Monday."
    assert removed == [("The bridge, graf 5 pvs", "wire_note")]
    assert reasons("r a BC-HARBOUR-FERRY-XYZ 03-19 1117") == ["wire_note"]
    # a hyphenated word in brackets is not an operator's initials
    assert scan("The road was closed for a mile (two-mile)")[1] == []


# -- documents -----------------------------------------------------------------------------

def test_document_kinds():
    crawl = ["These crawls archive pages as they are created, with the URLs they link to, "
             "so the Wayback Machine keeps the version that was live."]
    assert furniture.document_kind(crawl) == "crawl notice"
    social = ["You can add location information to your posts, such as your city, from the web and "
              "via third-party applications. You always have the option to delete your location history."]
    assert furniture.document_kind(social) == "site notice"
    login = ["Welcome back. Please sign in to your account.", "By submitting you agree to our terms of service."]
    assert furniture.document_kind(login) == "login wall"
    assert furniture.document_kind(["Only a short line."], removed_units=20) == "list of links"


def test_articles_are_not_notices():
    story = ["The Dunmore council said on Monday that the web archive of its meetings would go "
             "online next year.", "Residents can already watch the meetings, the mayor said, and "
             "the council will publish minutes within a week.",
             '"You can see everything we do," she told reporters at the town hall.']
    assert furniture.document_kind(story) is None
    assert furniture.document_kind([]) is None


def test_more_credit_and_kicker_shapes():
    assert scan("Photo illustration by Pixwire. Photo by Jo Marsh/Pixwire.")[0] == ""
    for text in ("(Additional reporting by Ann Lee; Editing by Tom Reyes)",
                 "Follow Jo Marsh on Twitter at http://example.org/jomarsh",
                 "Contact Jo Marsh at 555.010.0199 or follow @jomarsh on Twitter."):
        assert reasons(text) == ["credit"], text
    assert reasons("(PHOTOS: Storm hits the coast)") == ["link_list"]
    assert reasons("More from Harbour Weekly:") == ["link_list"]
    assert reasons("Slideshow (2 Images)") == ["media"]


def test_credit_after_a_caption_sentence_and_long_prose_keeps_its_text():
    assert reasons("A man walks past the flooded market in Dunmore. PIXWIRE/Ann Lee") == ["caption"]
    assert reasons("A bone from the 2031 dig, beside a fossil tail. Credit: Jo Marsh, Hale") == ["caption"]
    prose = ("The council voted on Monday to rebuild the pier after the storm. " * 9).strip()
    kept, removed = scan(prose + " (Pixwire)")
    assert kept == prose and removed == [("(Pixwire)", "caption")]


def test_more_prompts_and_player_text():
    assert reasons("To sign up simply:") == ["call_to_action"]
    assert reasons("To see more about the book, click here.") == ["call_to_action"]
    assert reasons("Media requires JavaScript to play.") == ["media"]
    assert reasons("Email: jo@example.org; Twitter: @jomarsh.") == ["credit"]


def test_bracketed_links_and_clip_lengths():
    assert reasons("[Harbour Photos: The Storm in Pictures]") == ["link_list"]
    assert reasons("Harbour costs soar (3:40) As prices rise, owners look for cheaper berths.") == ["media"]
    assert scan("The ferry left at 3:40 p.m. on Friday (local time), the company said.")[1] == []


def test_long_run_of_captions_goes_whole():
    one = ("In this Monday, Jan. 6, 2031, photo, people queue at the Dunmore ferry terminal. Ferry "
           "sales have beaten the expectations of harbour traders, who have... (Northgate Wire)")
    assert reasons(one + " " + one) == ["caption"]


def test_long_credits_and_a_prompt_mid_paragraph():
    assert reasons("The bishop speaks on Monday. (Photo: Jo Q Marsh, The Harbour Star via Pixwire)") == ["caption"]
    assert reasons("He was 63. (Photo by Ann Lee/Pixwire for Hale friendly Club/File) (Pixwire)") == ["caption"]
    assert reasons("Crowds gather at the pier on March 11, 2031. PIXWIRE/NGW/Files") == ["caption"]
    assert reasons("Crowds gather at the pier on March 11, 2031. PIXWIRE/Ann P. Lee") == ["caption"]
    kept, removed = scan("The map shows every berth. Click here to view this in a new window. "
                         "Each dot opens a page about one boat.")
    assert kept == "The map shows every berth. Each dot opens a page about one boat."
    assert removed == [("Click here to view this in a new window.", "call_to_action")]


def test_usage_restriction_after_a_credit_is_part_of_the_caption():
    text = "Rescuers search the harbour in Hale on Monday. (Pixwire Photo/Hale News) HALE OUT"
    assert scan(text) == ("", [(text, "caption")])


def test_one_word_player_label_only_as_a_label():
    # fictional: "slideshow" as a label goes; a sentence that talks about a slideshow stays
    assert reasons("Slideshow") == ["media"]
    assert reasons("Picture 3 of 7 Autoplay Enlarge Close Gallery") == ["media"]
    # "skip ad" is no player phrase in a sentence about advertising (fictional)
    talk = "Viewers who skip ad breaks on the harbour channel cost it more than its rivals, the station said."
    assert scan(talk) == (talk, [])
    prose = ("The council's website, which critics mocked all week, posted a 40-page slideshow of the new "
             "bridge designs on Tuesday, with a survey for residents of Dunmore.")
    assert scan(prose) == (prose, [])


def test_run_of_gallery_credits_goes_as_a_caption():
    # fictional photographers and agencies, the way a gallery's credits run together on one line
    text = ("See the Best Harbours of the Coast Ann Lee\u2014Pixwire Images Tom Roe/www.tomroephoto.com "
            "B.K. Hale\u2014Courtesy of Dunmore Museum Getty Images 1 of 8")
    assert scan(text) == ("", [(text, "caption")])
    sentence = "Photos and images from the harbour were shared by the museum, a photo archive and a picture desk."
    assert scan(sentence)[0] == sentence


def test_player_line_inside_long_prose_takes_only_its_sentence():
    # fictional: a long paragraph of prose with a player's line run into it
    before = ("The Dunmore council met on Monday to discuss the harbour wall, which engineers say was "
              "weakened by the storm surge of last winter and by decades of neglect. Members heard from "
              "three engineers and a fisherman who has worked from the quay for forty years.")
    after = ("The council then voted to spend two million on repairs, with work to start in the spring "
             "and to finish before the autumn storms, the mayor said after the meeting. Residents who "
             "attended said they were relieved but wanted the road reopened sooner.")
    text = before + " Now playing: harbour wall debate. " + after
    kept, gone = scan(text)
    assert kept == before + " " + after
    assert gone == [("Now playing: harbour wall debate.", "media")]


def test_removing_a_prompt_keeps_the_quotes_of_the_sentences_around_it():
    """Fictional: the paragraph rebuilt without the prompt keeps every closing quote."""
    for opening, closing in (("\u201c", "\u201d"), ("``", "''"), ('"', '"')):
        text = (f"The mayor said: {opening}We will rebuild.{closing} Officials agreed the port would reopen "
                f"within a month of the storm. Stay tuned.")
        kept, removed = scan(text)
        assert kept == (f"The mayor said: {opening}We will rebuild.{closing} Officials agreed the port would "
                        f"reopen within a month of the storm.")
        assert removed == [("Stay tuned.", "call_to_action")]


def test_a_short_unit_opened_by_a_caption_label_is_a_caption_and_prose_with_the_word_is_not():
    # fictional lines
    for line in ("Photo caption: Firefighters hose down the roof of the Dunmore mill on Sunday.",
                 "CAPTION: Volunteers stack sandbags along the quay before the tide.",
                 "(Photo: Ann Lee/Pixwire.)",
                 "Pictured: the flooded coast road near Westbury on Monday morning."):
        kept, removed = scan(line)
        assert kept == "" and removed == [(line, "caption")], line
    for line in ("Picture this: a town of 4,000 people with one road out, and the river rising.",
                 "The photo: a blurred shot of the harbour wall, the coastguard said on Monday."):
        assert scan(line)[0] == line
