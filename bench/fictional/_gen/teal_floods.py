from common import R, write
C = "teal-valley-floods"
A1, A2, A3 = C + "-a1", C + "-a2", C + "-a3"
BG = "Marrowby, a market town of about 21,000 people on the lower Teal, sits on a flood plain whose last new walls were built in 2004."
a1 = """MARROWBY (Lindfield Press) - Three people died and six were missing on Monday after a night of torrential rain sent the River Teal over its banks in Marrowby and two neighbouring towns, the county police said.

Police said two of the dead were found in a car swept off Highway 27 near the Saltings bridge, and the third, an 81-year-old man, in the flooded basement of his home on Cooper's Row.

About 2,400 people were evacuated from low-lying streets in Marrowby, Castreth and Upper Fennick, according to Teal Valley District Council. Council leader Moira Quennell said emergency shelters had been opened at the Marrowby leisure centre and at St. Aldhelm's church hall.

The Ellery Relief Trust, a charity running two of the shelters, put the number far higher. "We have registered more than 4,000 people who left their homes last night," said Owen Brackley, the trust's regional coordinator.

The weather service said 146 millimetres of rain fell on Marrowby in 18 hours, close to two months' normal rainfall. The Teal reached its highest level since the floods of 1998, in which 11 people died.

A school bus carrying 40 pupils was caught by rising water on the Castreth road early on Monday, but none of the 40 was hurt, the fire service said. Firefighters carried the children through the water to a farm track.

Residents of the Saltings estate said the water had risen so fast they had no time to move cars or furniture. "It came up the stairs faster than I could climb them," said Nadia Pereira, who was lifted from a bedroom window by a rescue boat.

Several residents blamed the Dunlow reservoir, which sits about 9 kilometres upstream. They said its operator, Teal Water Holdings, had opened the spillway sluices on Sunday night without warning the towns below.

Teal Water denied that. "The sluices were not opened on Sunday night, and the reservoir did not add to the flood," said Graeme Oduya, the company's operations director. He said the spillway had overflowed on its own shortly after 4 a.m. on Monday, as it was designed to.

Hundreds of homes were without power on Monday evening, the electricity network said. Schools in all three towns will stay shut until Wednesday.

""" + BG
a2 = """The death toll from the Teal Valley floods rose to five on Tuesday, three of them in Marrowby, after the bodies of a woman and her grown-up son were recovered from a field outside Castreth, police said.

Four people remain missing, the police said. But the mayor of Castreth, Ivo Stanczyk, said seven people from his town alone were still unaccounted for on Tuesday.

Sergeant Lena Hoyt, a police spokeswoman, said the force counted only people whose relatives had reported them missing. "If someone has been reported to us, they are on the list," she said. Stanczyk was not persuaded. Families had come to the town hall rather than the police station, he told the Courier.

The council said 3,100 people had now registered as evacuated across the valley, up from 2,400 on Monday.

Local Government Minister Petra Ashdown announced 12 million pounds in emergency aid on Tuesday, of which 3 million pounds will go to Marrowby. She is due to visit the valley on Thursday.

Police arrested two men on suspicion of looting shops on Castreth's high street on Monday night.

Questions about the Dunlow reservoir grew. The Reservoir Safety Board, which oversees dams across the county, said it had asked Teal Water Holdings Ltd for its gate records from Sunday and Monday. The board could not confirm when the sluices had been opened. A spokesman for the board would not say whether an inquiry would follow.

Oduya said on Tuesday that the company had "nothing to hide" and would publish its records next Monday.

Water was still knee-deep on parts of the Saltings estate on Tuesday afternoon, where volunteers handed out sandbags from the back of a lorry.

""" + BG + """

Related: Marrowby's autumn market postponed until November"""
a3 = """CASTRETH (Radio Teal) - Seven people are now known to have died in the Teal Valley floods, after two more bodies were found in Castreth on Thursday, October 15, police said. Two people remain missing.

Castreth's mayor, Ivo Stanczyk, disputed that figure. Speaking on the station's morning programme, he said three residents of his town were still missing, not two.

Minister Petra Ashdown toured the Saltings estate and the Castreth shelter. "People here have lost everything and they will not be left to pay for it," she told reporters. She said the aid would reach families within a fortnight.

The Reservoir Safety Board said it had now received the gate records from Teal Water Holdings and would report within six weeks. The board did not say what the records showed.

Teal Water did not deny that one of the Dunlow sluice gates had been opened partly on the evening of Sunday, October 11, saying only that the opening had been routine and small. Residents say the gate was opened fully.

Mr. Oduya declined to comment further. His company runs 14 reservoirs in the region.

A residents' group formed on the Saltings estate, the Saltings Flood Action Group, said 600 households had signed up to a claim against the company. Its chair, Farida Okonjo, said the group had hired lawyers in Lindfield.

The Ellery Relief Trust said about 900 people were still sleeping in its shelters. The council said most evacuees had gone back to their homes or moved in with relatives.

The river has now dropped below its banks everywhere but at Upper Fennick, where pumps were working through the night.

Radio Teal news is updated every hour. Sign up for our morning newsletter at radioteal.example/news."""
arts = [
 {"id": A1, "title": "Three dead, six missing as River Teal floods three towns", "published": "2026-10-12", "source": "lindfield-press", "text": a1},
 {"id": A2, "title": "Teal floods toll rises to five; mayor disputes police missing count", "published": "2026-10-13", "source": "teal-valley-courier", "text": a2},
 {"id": A3, "title": "Teal Valley floods: seven dead as two more bodies found in Castreth", "published": None, "source": "radio-teal", "text": a3},
]
E = [
 ("Marrowby", "GPE", ["Marrowby"]), ("Castreth", "GPE", ["Castreth"]), ("Upper Fennick", "GPE", ["Upper Fennick"]),
 ("River Teal", "LOC", ["River Teal", "Teal"]), ("Teal Valley", "LOC", ["Teal Valley"]),
 ("county police", "ORG", ["county police", "police"]),
 ("Teal Valley District Council", "ORG", ["Teal Valley District Council", "council"]),
 ("Moira Quennell", "PERSON", ["Moira Quennell"]),
 ("Ellery Relief Trust", "ORG", ["Ellery Relief Trust", "trust"]),
 ("Owen Brackley", "PERSON", ["Owen Brackley"]),
 ("weather service", "ORG", ["weather service"]), ("fire service", "ORG", ["fire service"]),
 ("Saltings estate residents", "PERSON", ["residents", "Residents of the Saltings estate"]),
 ("Nadia Pereira", "PERSON", ["Nadia Pereira"]),
 ("Dunlow reservoir", "LOC", ["Dunlow reservoir", "reservoir"]),
 ("Teal Water Holdings Ltd", "ORG", ["Teal Water Holdings Ltd", "Teal Water Holdings", "Teal Water"]),
 ("Graeme Oduya", "PERSON", ["Graeme Oduya", "Oduya", "Mr. Oduya"]),
 ("electricity network", "ORG", ["electricity network"]),
 ("Highway 27", "LOC", ["Highway 27"]), ("Saltings estate", "LOC", ["Saltings estate"]),
 ("Ivo Stanczyk", "PERSON", ["Ivo Stanczyk", "Stanczyk"]),
 ("Lena Hoyt", "PERSON", ["Lena Hoyt", "Sergeant Lena Hoyt"]),
 ("Petra Ashdown", "PERSON", ["Petra Ashdown", "Minister Petra Ashdown"]),
 ("Reservoir Safety Board", "ORG", ["Reservoir Safety Board", "board"]),
 ("Saltings Flood Action Group", "ORG", ["Saltings Flood Action Group"]),
 ("Farida Okonjo", "PERSON", ["Farida Okonjo"]),
 ("Radio Teal", "ORG", ["Radio Teal"]),
 ("Cooper's Row", "LOC", ["Cooper's Row"]), ("Saltings bridge", "LOC", ["Saltings bridge"]),
 ("St. Aldhelm's church hall", "FAC", ["St. Aldhelm's church hall"]), ("Lindfield", "GPE", ["Lindfield"]),
 ("Lindfield Press", "ORG", ["Lindfield Press"]), ("Courier", "ORG", ["Courier"]),
]
F = [
 (A1, "Three people died and six were missing on Monday", "killed", 3, 3),
 (A1, "Three people died and six were missing on Monday", "missing", 6, 6),
 (A1, "in Marrowby and two neighbouring towns", "other", 2, 2),
 (A1, "two of the dead were found in a car swept off Highway 27", "killed", 2, 2),
 (A1, "About 2,400 people were evacuated from low-lying streets", "displaced", 2400, 2400),
 (A1, "a charity running two of the shelters", "other", 2, 2),
 (A1, "We have registered more than 4,000 people who left their homes last night", "displaced", 4000, None),
 (A1, "146 millimetres of rain fell on Marrowby in 18 hours", "other", 146, 146),
 (A1, "146 millimetres of rain fell on Marrowby in 18 hours", "other", 18, 18),
 (A1, "close to two months' normal rainfall", "other", 2, 2),
 (A1, "since the floods of 1998, in which 11 people died", "killed", 11, 11),
 (A1, "none of the 40 was hurt", "other", 40, 40),
 (A1, "none of the 40 was hurt", "injured", 0, 0),
 (A1, "which sits about 9 kilometres upstream", "distance", 9, 9),
 (A1, "Hundreds of homes were without power on Monday evening", "other", None, None, True),
 (A1, "Schools in all three towns will stay shut until Wednesday", "other", 3, 3),
 (A1, "a market town of about 21,000 people on the lower Teal", "other", 21000, 21000),
 (A2, "rose to five on Tuesday, three of them in Marrowby", "killed", 5, 5),
 (A2, "rose to five on Tuesday, three of them in Marrowby", "killed", 3, 3),
 (A2, "Four people remain missing, the police said.", "missing", 4, 4),
 (A2, "said seven people from his town alone were still unaccounted for", "missing", 7, 7),
 (A2, "3,100 people had now registered as evacuated across the valley, up from 2,400 on Monday", "displaced", 3100, 3100),
 (A2, "3,100 people had now registered as evacuated across the valley, up from 2,400 on Monday", "displaced", 2400, 2400),
 (A2, "announced 12 million pounds in emergency aid on Tuesday, of which 3 million pounds will go to Marrowby", "money", 12000000, 12000000),
 (A2, "announced 12 million pounds in emergency aid on Tuesday, of which 3 million pounds will go to Marrowby", "money", 3000000, 3000000),
 (A2, "Police arrested two men on suspicion of looting", "arrested", 2, 2),
 (A2, "a market town of about 21,000 people on the lower Teal", "other", 21000, 21000),
 (A3, "Seven people are now known to have died in the Teal Valley floods, after two more bodies were found in Castreth", "killed", 7, 7),
 (A3, "Seven people are now known to have died in the Teal Valley floods, after two more bodies were found in Castreth", "killed", 2, 2),
 (A3, "Two people remain missing.", "missing", 2, 2),
 (A3, "he said three residents of his town were still missing, not two", "missing", 3, 3),
 (A3, "he said three residents of his town were still missing, not two", "missing", 2, 2),
 (A3, "would report within six weeks", "other", 6, 6),
 (A3, "His company runs 14 reservoirs in the region.", "other", 14, 14),
 (A3, "said 600 households had signed up to a claim against the company", "other", 600, 600),
 (A3, "about 900 people were still sleeping in its shelters", "displaced", 900, 900),
]
CL = [
 (A1, "Three people died and six were missing on Monday", "county police", "assert"),
 (A1, "Police said two of the dead were found in a car", "county police", "assert"),
 (A1, "About 2,400 people were evacuated from low-lying streets", "Teal Valley District Council", "assert"),
 (A1, "said emergency shelters had been opened at the Marrowby leisure centre", "Moira Quennell", "assert"),
 (A1, "put the number far higher", "Ellery Relief Trust", "assert"),
 (A1, "We have registered more than 4,000 people who left their homes last night", "Owen Brackley", "assert"),
 (A1, "146 millimetres of rain fell on Marrowby in 18 hours", "weather service", "assert"),
 (A1, "none of the 40 was hurt", "fire service", "assert"),
 (A1, "said the water had risen so fast they had no time to move cars", "Saltings estate residents", "assert"),
 (A1, "It came up the stairs faster than I could climb them", "Nadia Pereira", "assert"),
 (A1, "Several residents blamed the Dunlow reservoir", "Saltings estate residents", "assert"),
 (A1, "had opened the spillway sluices on Sunday night without warning the towns below", "Saltings estate residents", "assert"),
 (A1, "Teal Water denied that.", "Teal Water Holdings Ltd", "deny"),
 (A1, "The sluices were not opened on Sunday night, and the reservoir did not add to the flood", "Graeme Oduya", "deny"),
 (A1, "He said the spillway had overflowed on its own", "Graeme Oduya", "assert"),
 (A1, "Hundreds of homes were without power on Monday evening", "electricity network", "assert"),
 (A2, "rose to five on Tuesday, three of them in Marrowby", "county police", "assert"),
 (A2, "Four people remain missing, the police said.", "county police", "assert"),
 (A2, "said seven people from his town alone were still unaccounted for", "Ivo Stanczyk", "assert"),
 (A2, "said the force counted only people whose relatives had reported them missing", "Lena Hoyt", "assert"),
 (A2, "If someone has been reported to us, they are on the list", "Lena Hoyt", "assert"),
 (A2, "Families had come to the town hall rather than the police station, he told the Courier.", "Ivo Stanczyk", "assert"),
 (A2, "The council said 3,100 people had now registered as evacuated", "Teal Valley District Council", "assert"),
 (A2, "announced 12 million pounds in emergency aid on Tuesday", "Petra Ashdown", "assert"),
 (A2, "said it had asked Teal Water Holdings Ltd for its gate records", "Reservoir Safety Board", "assert"),
 (A2, "Oduya said on Tuesday that the company had \"nothing to hide\"", "Graeme Oduya", "assert"),
 (A3, "after two more bodies were found in Castreth on Thursday, October 15, police said", "county police", "assert"),
 (A3, "Two people remain missing.", "county police", "assert"),
 (A3, "Castreth's mayor, Ivo Stanczyk, disputed that figure.", "Ivo Stanczyk", "deny"),
 (A3, "he said three residents of his town were still missing, not two", "Ivo Stanczyk", "assert"),
 (A3, "People here have lost everything and they will not be left to pay for it", "Petra Ashdown", "assert"),
 (A3, "She said the aid would reach families within a fortnight.", "Petra Ashdown", "assert"),
 (A3, "said it had now received the gate records from Teal Water Holdings and would report within six weeks", "Reservoir Safety Board", "assert"),
 (A3, "saying only that the opening had been routine and small", "Teal Water Holdings Ltd", "assert"),
 (A3, "Residents say the gate was opened fully.", "Saltings estate residents", "assert"),
 (A3, "said 600 households had signed up to a claim against the company", "Saltings Flood Action Group", "assert"),
 (A3, "said the group had hired lawyers in Lindfield", "Farida Okonjo", "assert"),
 (A3, "about 900 people were still sleeping in its shelters", "Ellery Relief Trust", "assert"),
 (A3, "The council said most evacuees had gone back to their homes", "Teal Valley District Council", "assert"),
]
T = [
 (A1, "six were missing on Monday", "Monday", "2026-10-12"),
 (A1, "who left their homes last night", "last night", "2026-10-11"),
 (A1, "since the floods of 1998", "1998", "1998"),
 (A1, "on the Castreth road early on Monday", "Monday", "2026-10-12"),
 (A1, "the spillway sluices on Sunday night", "Sunday night", "2026-10-11"),
 (A1, "The sluices were not opened on Sunday night", "Sunday night", "2026-10-11"),
 (A1, "shortly after 4 a.m. on Monday", "Monday", "2026-10-12"),
 (A1, "without power on Monday evening", "Monday evening", "2026-10-12"),
 (A1, "will stay shut until Wednesday", "Wednesday", "2026-10-14"),
 (A1, "whose last new walls were built in 2004", "2004", "2004"),
 (A2, "rose to five on Tuesday", "Tuesday", "2026-10-13"),
 (A2, "still unaccounted for on Tuesday", "Tuesday", "2026-10-13"),
 (A2, "up from 2,400 on Monday", "Monday", "2026-10-12"),
 (A2, "in emergency aid on Tuesday", "Tuesday", "2026-10-13"),
 (A2, "due to visit the valley on Thursday", "Thursday", "2026-10-15"),
 (A2, "high street on Monday night", "Monday night", "2026-10-12"),
 (A2, "its gate records from Sunday and Monday", "Sunday", "2026-10-11"),
 (A2, "Oduya said on Tuesday", "Tuesday", "2026-10-13"),
 (A2, "would publish its records next Monday", "next Monday", "2026-10-19"),
 (A2, "on Tuesday afternoon", "Tuesday afternoon", "2026-10-13"),
 (A2, "whose last new walls were built in 2004", "2004", "2004"),
 (A3, "found in Castreth on Thursday, October 15", "Thursday, October 15", "XXXX-10-15"),
 (A3, "on the evening of Sunday, October 11", "Sunday, October 11", "XXXX-10-11"),
]
gold = dict(
 note="FICTIONAL: every place, person, company, outlet and figure in this cluster is invented for newsbrief's benchmark. October 11-15, 2026: the River Teal floods Marrowby, Castreth and Upper Fennick after a night of rain. Dead 3 (Monday), 5 (Tuesday, 3 in Marrowby: a part), 7 (Thursday, 2 found that day: a part): a progression. Missing 6, then 4 (police) vs 7 from Castreth alone (the mayor) on Tuesday, then 2 (police) vs 3 (the mayor) on Thursday: two disagreements. Evacuated about 2,400 (council) vs more than 4,000 (the relief trust) on Monday: a disagreement; 3,100 on Tuesday (a progression). Residents say Teal Water opened the reservoir sluices on Sunday night; the company denies it, the board 'could not confirm' (a hedge) and 'would not say' (no claim), and on Thursday the company 'did not deny' a partial opening (no denial). The 1998 floods' 11 dead are another event; none of 40 pupils hurt (injured 0); Highway 27, the age 81, 1998 and 2004 are no counts. Article a3 is an undated radio piece with a dateline and a newsletter footer.",
 source={"dataset": "bench/fictional, round 4 (written for newsbrief, session 11)", "fictional": True,
         "documents": {A1: "Lindfield Press, Monday", A2: "Teal Valley Courier, Tuesday", A3: "Radio Teal (web), no published date; dateline October 15"},
         "published": "given for every article except teal-valley-floods-a3 (dateline only)"},
 must_remove=[R(A2, "Related: Marrowby's autumn market postponed until November"),
              R(A3, "Radio Teal news is updated every hour. Sign up for our morning newsletter at radioteal.example/news.")],
 must_keep=[R(A1, "Three people died and six were missing on Monday"),
            R(A1, "About 2,400 people were evacuated from low-lying streets"),
            R(A1, "We have registered more than 4,000 people who left their homes last night"),
            R(A1, "Teal Water denied that."),
            R(A2, "rose to five on Tuesday, three of them in Marrowby"),
            R(A2, "said seven people from his town alone were still unaccounted for"),
            R(A2, "The board could not confirm when the sluices had been opened."),
            R(A2, "announced 12 million pounds in emergency aid on Tuesday"),
            R(A3, "Seven people are now known to have died in the Teal Valley floods"),
            R(A3, "saying only that the opening had been routine and small")],
 not_in_summary=[R(A2, "volunteers handed out sandbags from the back of a lorry"),
                 R(A3, "where pumps were working through the night")],
 duplicates=[[R(A1, BG), R(A2, BG)]],
 periods={"2026-10": [R(A1, "Three people died and six were missing on Monday"), R(A2, "rose to five on Tuesday, three of them in Marrowby"), R(A3, "Seven people are now known to have died in the Teal Valley floods")]},
 events=[
  {"name": "The River Teal floods three towns overnight", "date": "2026-10-11", "tolerance_days": 1,
   "members": [R(A1, "Three people died and six were missing on Monday")]},
  {"name": "Emergency aid of 12 million pounds announced", "date": "2026-10-13", "tolerance_days": 0,
   "members": [R(A2, "announced 12 million pounds in emergency aid on Tuesday")]},
  {"name": "Two more bodies found in Castreth; toll seven", "date": "2026-10-15", "tolerance_days": 0,
   "members": [R(A3, "Seven people are now known to have died in the Teal Valley floods, after two more bodies were found in Castreth")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "displaced", "name": "Evacuated on Monday: about 2,400 (council) vs more than 4,000 (Ellery Relief Trust)",
   "any_two_of": [R(A1, "About 2,400 people were evacuated from low-lying streets"), R(A1, "We have registered more than 4,000 people who left their homes last night"), R(A1, "put the number far higher")]},
  {"kind": "figure", "measure": "missing", "name": "Missing on Tuesday: four (police) vs seven from Castreth alone (the mayor)",
   "any_two_of": [R(A2, "Four people remain missing, the police said."), R(A2, "said seven people from his town alone were still unaccounted for")]},
  {"kind": "figure", "measure": "missing", "name": "Missing on Thursday: two (police) vs three (the mayor)",
   "any_two_of": [R(A3, "Two people remain missing."), R(A3, "he said three residents of his town were still missing, not two"), R(A3, "Castreth's mayor, Ivo Stanczyk, disputed that figure.")]},
  {"kind": "denial", "name": "Residents say Teal Water opened the sluices on Sunday night without warning; the company denies it",
   "any_two_of": [R(A1, "had opened the spillway sluices on Sunday night without warning the towns below"), R(A1, "Teal Water denied that."), R(A1, "The sluices were not opened on Sunday night, and the reservoir did not add to the flood")]},
 ],
 summary_must_cover=[
  {"name": "River Teal floods Marrowby and two other towns; people dead and missing", "any_of": [R(A1, "Three people died and six were missing on Monday")]},
  {"name": "Toll rises to seven", "any_of": [R(A3, "Seven people are now known to have died in the Teal Valley floods"), R(A2, "rose to five on Tuesday, three of them in Marrowby")]},
  {"name": "Thousands evacuated; council and charity counts differ", "any_of": [R(A1, "About 2,400 people were evacuated from low-lying streets"), R(A1, "We have registered more than 4,000 people who left their homes last night"), R(A2, "3,100 people had now registered as evacuated across the valley")]},
  {"name": "Mayor disputes the police missing count", "any_of": [R(A2, "said seven people from his town alone were still unaccounted for"), R(A3, "he said three residents of his town were still missing, not two")]},
  {"name": "Residents blame the reservoir's sluices; Teal Water denies it", "any_of": [R(A1, "had opened the spillway sluices on Sunday night without warning the towns below"), R(A1, "Teal Water denied that."), R(A3, "saying only that the opening had been routine and small")]},
  {"name": "12 million pounds in emergency aid", "any_of": [R(A2, "announced 12 million pounds in emergency aid on Tuesday")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3], "forbidden_prefixes": ["2025-10", "2027-10"]},
 E=E, F=F, C=CL, T=T)
write(C, arts, gold)
