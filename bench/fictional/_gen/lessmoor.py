from common import R, write, check
C = "lessmoor-runway-crash"
A1, A2, A3, A4, A5 = (C + "-a%d" % i for i in range(1, 6))
BG = "Corvane Air, founded in 1998, flies 31 aircraft to 40 destinations from its base at Tamsford and carried about 6 million passengers last year."
a1 = """LESSMOOR (Castlemere Wire) - A Corvane Air jet with 164 passengers and six crew aboard skidded off the end of the runway at Lessmoor International Airport on Sunday evening and caught fire, killing one passenger, the airline said.

PHOTO: Foam covers the wreck of flight CV 318 beside the main runway at Lessmoor on Monday morning.

Flight CV 318 from Tamsford had circled the airport for about 40 minutes after its crew reported that the left main landing gear would not lock, according to the Lessmoor Airport Authority. The Harlan H-220 came down on its right wheels and its nose and slid about 300 metres beyond the runway into a drainage ditch.

Thirty-seven people were taken to hospital, the authority said. Its operations director, Renata Vukovic, said the airport's own fire crews had reached the aircraft in under two minutes and had the fire out in about eight minutes.

None of the six crew members was hurt, said Tobias Marlowe, a spokesman for Corvane. "The crew did exactly what they were trained to do, and they got people off that aircraft," he said.

The passenger who died was a man in his fifties who had been seated near the left wing, Marlowe said. The airline has not released his name.

Passengers described a hard landing followed by thick smoke in the cabin. "There was a bang, the whole plane tipped over to one side, and then everyone was screaming," said Ellen Maybrook, 29, who was travelling home from a conference. She said she had slid down an emergency chute into wet grass and run towards the lights of the terminal.

Another passenger, Joaquim Ledesma, said the cabin crew had warned them only minutes before the landing. "Nobody told us what was wrong until we were almost on the ground," he said.

Two passengers who had been unaccounted for overnight were found at an airport hotel early on Monday, and no one is now missing, Castlemere police said.

The Association of Commercial Pilots, which represents Corvane's flight crews, said the same aircraft had been reported for a hydraulic leak on Friday and had flown at least four times since without the leak being repaired.

Corvane denied that. "The aircraft did not fly with any open fault," Marlowe said. He said the leak had been repaired on Saturday and signed off by the airline's engineers.

The Civil Air Safety Bureau, which investigates air accidents, has sent eight investigators to Lessmoor. The bureau could not confirm whether the leak had been repaired.

The airport's main runway stayed closed on Monday and 46 flights were cancelled, the authority said.

""" + BG
a2 = """Fifty-eight people from the Corvane Air flight that crashed on landing at Lessmoor on Sunday were taken to hospital, the North Castlemere Health Board said on Monday, far more than the figure given by the airport.

The Lessmoor Airport Authority has said 37 people went to hospital. A health board spokeswoman, Sunniva Okafor, said the authority had counted only those taken by ambulance from the airfield, and not passengers who made their own way to emergency departments later in the night.

Of the 58, 31 were treated at Lessmoor General Hospital and 27 at St. Brannoc's Hospital in Wendle, she said. Four of them were in a critical condition on Monday afternoon, most with burns, she added.

The airport authority stood by its count. "Our figure is the number of people our crews put into ambulances, and it is correct," said Renata Vukovic, its operations director.

Corvane Air said it was "deeply sorry" and would pay 3,000 pounds to every passenger to cover immediate costs, whether or not they had been hurt.

The airline's chief executive, Margit Solberg-Rees, flew to Lessmoor from Tamsford on Monday morning and visited both hospitals. She declined to comment on the cause of the crash, saying she would "not get ahead of the investigators".

By Monday evening about 90 relatives had come to a family centre set up in the airport's conference hall, where counsellors and interpreters were on hand.

Two men who had told hospital staff they were relatives of injured passengers were arrested at Lessmoor General on Monday on suspicion of fraud, Castlemere police said. Neither had any link to the flight, a police spokesman said.

People living on Knapp Lane, whose back gardens run up to the airport fence, said the noise of the landing had shaken their windows. "I saw the flames from my kitchen and thought it had come down on the houses," said Derwent Coyle, 66, a retired bus driver.

Investigators from the Civil Air Safety Bureau spent Monday at the wreck, which lies on its belly in a ditch beyond the end of the runway. A bureau spokesman said the flight data recorder and the cockpit voice recorder had both been recovered in good condition.

The runway reopened late on Monday for smaller aircraft, the authority said, but larger jets were being sent to Tamsford.

Related: Corvane Air's winter timetable: what changes for Tamsford travellers"""
a3 = """TAMSFORD (The Northern Standard) - A second passenger has died after the crash of a Corvane Air jet at Lessmoor International Airport, bringing the toll to two, the North Castlemere Health Board said on Tuesday.

The woman, who was 71, died at St. Brannoc's Hospital on Monday night, the board said. Twelve people were still in hospital on Tuesday, three of them in a critical condition, it said.

Corvane admitted on Tuesday that it had got the number of people aboard wrong. The airline now says 166 passengers were on the flight, not 164, because two infants travelling on their parents' laps were left out of its first figure.

The Association of Commercial Pilots pressed its claim about the hydraulic leak. Its general secretary, Priya Dunstable, said three pilots had written up the fault in the aircraft's technical log on Friday and Saturday, and that the entry had been "closed on paper" without any part being changed.

Corvane rejected the claim. "Every entry in that log was dealt with properly, and the investigators now have the log," said Tobias Marlowe, the airline's spokesman.

The Civil Air Safety Bureau said it had taken the technical log and both flight recorders to its laboratory at Aldwinter. It would not say when it expected to publish a first account of the crash.

Captain Idris Halloran, who was flying the aircraft, is being interviewed by investigators, the bureau said. The pilots' association said he had 14,000 hours of flying experience and had "saved a great many lives" by putting the jet down on its remaining wheels.

Joaquin Ledesma, a passenger who had complained about the warning given to the cabin, told the Standard he had watched a flight attendant struggle to open the door over the left wing while smoke filled the aisle. He said passengers at the back had pushed forward in the dark.

Corvane has cancelled all its flights between Tamsford and Lessmoor until Thursday, the airline said, and is putting passengers on coaches.

""" + BG + """

(c) 2026 The Northern Standard. All rights reserved."""
a4 = """LESSMOOR (Radio Lessmoor) - A firefighter who was burned while pulling passengers from the Corvane Air jet at Lessmoor International Airport died in hospital on Wednesday, September 16, the Lessmoor Airport Authority said. Three people have now died in the crash, two passengers and one firefighter, the authority said.

The firefighter, Colm Hartigan, 38, had served in the airport's fire service for 12 years. Colleagues lowered the flag at the fire station to half mast.

"Colm went back into that smoke twice," said Renata Vukovic, the authority's operations director. "There are people alive tonight because of him."

The North Castlemere Health Board said nine people from the flight remained in hospital, two of them in a critical condition. But Tobias Marlowe, the Corvane spokesman, told Radio Lessmoor that about 20 of the airline's passengers were still in hospital. The board said it could not account for the difference.

About 400 people gathered at the airport chapel for a vigil for the victims, according to the Association of Commercial Pilots, which organised it. The airport authority put the number at about 250.

The Civil Air Safety Bureau said it had found no sign so far that a bird had struck the aircraft. A bureau spokesman declined to comment on the state of the hydraulic system.

Corvane said it had grounded its other four H-220 jets for checks on their landing gear. The airline said the checks would take about three days and that hired aircraft would fly the routes meanwhile.

Ellen Maybrook, one of the passengers, said she had been contacted by the airline for the first time on Wednesday. "They offered me money before they offered me an explanation," she said.

Knapp Lane residents said the airport had not told them whether fuel from the wreck had reached the stream at the bottom of their gardens. The authority said tests of the water had found nothing harmful.

Flights from the airport's shorter second runway ran normally, although travellers were told to allow extra time at security.

A book of condolence has been opened in the terminal's departure hall.

Radio Lessmoor news bulletins are on the hour, every hour. Listen again on our app."""
a5 = """The left main landing gear of the Corvane Air jet that crashed at Lessmoor on Sunday failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday in its first statement on the accident.

The bureau said the line that split was the one engineers had worked on the day before the crash. It did not say whether that repair had been done correctly.

The escape slide at the rear right door did not inflate, the bureau said, and passengers seated at the back had to leave through the doors over the wings. Its full report is due within 12 months.

The bureau said it had so far found no fault in the way the flight crew handled the emergency, and that both engines had worked normally until the impact.

Shares in Corvane, which fell sharply on Monday, won back part of their losses on Friday as the statement was published.

Corvane did not deny that the aircraft had flown four times after the leak was first reported, saying only that each flight had been cleared by a licensed engineer.

Priya Dunstable of the Association of Commercial Pilots said the statement showed that the union had been right from the start. "That aircraft should never have left the ground on Sunday," she said.

Margit Solberg Rees, Corvane's chief executive, said on Friday that the airline would pay for the funerals of those who died and would "cooperate fully" with the bureau. She said she had met the family of Colm Hartigan on Thursday.

Lawyers for 22 passengers filed a claim against the airline at the Tamsford High Court on Thursday, seeking 4.5 million pounds in damages. Corvane declined to comment on the claim.

Captain Idris Halloran said in a statement released through the association that he was "thinking of the families every hour of every day". He has not flown since the crash.

The North Castlemere Health Board said seven people were still in hospital on Friday, one of them in a critical condition.

The main runway at Lessmoor fully reopened on Thursday after the wreck was lifted onto a lorry, the airport authority said.

(c) 2026 Tamsford Gazette Ltd. Reproduction without permission is prohibited."""
arts = [
 {"id": A1, "title": "One dead as Corvane Air jet skids off runway and burns at Lessmoor", "published": "2026-09-14", "source": "castlemere-wire", "text": a1},
 {"id": A2, "title": "Health board says 58 taken to hospital after Lessmoor crash, not 37", "published": "2026-09-14", "source": "lessmoor-evening-post", "text": a2},
 {"id": A3, "title": "Second passenger dies after Lessmoor crash; pilots press repair claim", "published": "2026-09-15", "source": "northern-standard", "text": a3},
 {"id": A4, "title": "Firefighter dies of burns from Lessmoor crash", "published": None, "source": "radio-lessmoor", "text": a4},
 {"id": A5, "title": "Split hydraulic line stopped Corvane jet's landing gear locking, bureau says", "published": "2026-09-18", "source": "tamsford-gazette", "text": a5},
]
E = [
 ("Corvane Air", "ORG", ["Corvane Air", "Corvane", "airline"]),
 ("Lessmoor International Airport", "FAC", ["Lessmoor International Airport"]),
 ("Lessmoor", "GPE", ["Lessmoor"]), ("Tamsford", "GPE", ["Tamsford"]),
 ("Lessmoor Airport Authority", "ORG", ["Lessmoor Airport Authority", "authority", "airport authority"]),
 ("Renata Vukovic", "PERSON", ["Renata Vukovic"]),
 ("Tobias Marlowe", "PERSON", ["Tobias Marlowe", "Marlowe"]),
 ("Ellen Maybrook", "PERSON", ["Ellen Maybrook"]),
 ("Joaquim Ledesma", "PERSON", ["Joaquim Ledesma", "Joaquin Ledesma"]),
 ("Castlemere police", "ORG", ["Castlemere police", "police"]),
 ("Association of Commercial Pilots", "ORG", ["Association of Commercial Pilots", "pilots' association", "association", "union"]),
 ("Civil Air Safety Bureau", "ORG", ["Civil Air Safety Bureau", "bureau"]),
 ("North Castlemere Health Board", "ORG", ["North Castlemere Health Board", "health board", "board"]),
 ("Sunniva Okafor", "PERSON", ["Sunniva Okafor"]),
 ("Lessmoor General Hospital", "FAC", ["Lessmoor General Hospital", "Lessmoor General"]),
 ("St. Brannoc's Hospital", "FAC", ["St. Brannoc's Hospital"]),
 ("Wendle", "GPE", ["Wendle"]),
 ("Margit Solberg-Rees", "PERSON", ["Margit Solberg-Rees", "Margit Solberg Rees"]),
 ("Knapp Lane", "LOC", ["Knapp Lane"]),
 ("Derwent Coyle", "PERSON", ["Derwent Coyle"]),
 ("Priya Dunstable", "PERSON", ["Priya Dunstable"]),
 ("Aldwinter", "GPE", ["Aldwinter"]),
 ("Idris Halloran", "PERSON", ["Captain Idris Halloran", "Idris Halloran"]),
 ("Colm Hartigan", "PERSON", ["Colm Hartigan", "Colm"]),
 ("Tamsford High Court", "ORG", ["Tamsford High Court"]),
 ("Harlan H-220", "PRODUCT", ["Harlan H-220", "H-220"]),
 ("Castlemere Wire", "ORG", ["Castlemere Wire"]),
 ("Northern Standard", "ORG", ["Northern Standard", "Standard"]),
 ("Radio Lessmoor", "ORG", ["Radio Lessmoor"]),
]
F = [
 (A1, "with 164 passengers and six crew aboard skidded off the end of the runway", "other", 164, 164),
 (A1, "with 164 passengers and six crew aboard skidded off the end of the runway", "other", 6, 6),
 (A1, "with 164 passengers and six crew aboard skidded off the end of the runway", "killed", 1, 1),
 (A1, "had circled the airport for about 40 minutes", "other", 40, 40),
 (A1, "slid about 300 metres beyond the runway", "distance", 300, 300),
 (A1, "Thirty-seven people were taken to hospital, the authority said.", "injured", 37, 37),
 (A1, "had reached the aircraft in under two minutes and had the fire out in about eight minutes", "other", None, 2),
 (A1, "had reached the aircraft in under two minutes and had the fire out in about eight minutes", "other", 8, 8),
 (A1, "None of the six crew members was hurt", "injured", 0, 0),
 (A1, "None of the six crew members was hurt", "other", 6, 6),
 (A1, "Two passengers who had been unaccounted for overnight were found at an airport hotel", "missing", 2, 2),
 (A1, "Two passengers who had been unaccounted for overnight were found at an airport hotel", "missing", 0, 0),
 (A1, "had flown at least four times since without the leak being repaired", "other", 4, None),
 (A1, "has sent eight investigators to Lessmoor", "other", 8, 8),
 (A1, "46 flights were cancelled, the authority said", "other", 46, 46),
 (A1, "flies 31 aircraft to 40 destinations", "other", 31, 31),
 (A1, "flies 31 aircraft to 40 destinations", "other", 40, 40),
 (A1, "flies 31 aircraft to 40 destinations", "other", 6000000, 6000000),
 (A2, "Fifty-eight people from the Corvane Air flight that crashed on landing", "injured", 58, 58),
 (A2, "The Lessmoor Airport Authority has said 37 people went to hospital.", "injured", 37, 37),
 (A2, "Of the 58, 31 were treated at Lessmoor General Hospital and 27 at St. Brannoc's Hospital", "injured", 58, 58),
 (A2, "Of the 58, 31 were treated at Lessmoor General Hospital and 27 at St. Brannoc's Hospital", "injured", 31, 31),
 (A2, "Of the 58, 31 were treated at Lessmoor General Hospital and 27 at St. Brannoc's Hospital", "injured", 27, 27),
 (A2, "Four of them were in a critical condition on Monday afternoon", "injured", 4, 4),
 (A2, "would pay 3,000 pounds to every passenger", "money", 3000, 3000),
 (A2, "about 90 relatives had come to a family centre", "other", 90, 90),
 (A2, "Two men who had told hospital staff they were relatives of injured passengers were arrested", "arrested", 2, 2),
 (A3, "bringing the toll to two, the North Castlemere Health Board said on Tuesday", "killed", 2, 2),
 (A3, "Twelve people were still in hospital on Tuesday, three of them in a critical condition", "injured", 12, 12),
 (A3, "Twelve people were still in hospital on Tuesday, three of them in a critical condition", "injured", 3, 3),
 (A3, "The airline now says 166 passengers were on the flight, not 164", "other", 166, 166),
 (A3, "The airline now says 166 passengers were on the flight, not 164", "other", 164, 164),
 (A3, "The airline now says 166 passengers were on the flight, not 164", "other", 2, 2),
 (A3, "said three pilots had written up the fault", "other", 3, 3),
 (A3, "he had 14,000 hours of flying experience", "other", 14000, 14000),
 (A3, "flies 31 aircraft to 40 destinations", "other", 31, 31),
 (A3, "flies 31 aircraft to 40 destinations", "other", 40, 40),
 (A3, "flies 31 aircraft to 40 destinations", "other", 6000000, 6000000),
 (A4, "Three people have now died in the crash, two passengers and one firefighter", "killed", 3, 3),
 (A4, "Three people have now died in the crash, two passengers and one firefighter", "killed", 2, 2),
 (A4, "Three people have now died in the crash, two passengers and one firefighter", "killed", 1, 1),
 (A4, "had served in the airport's fire service for 12 years", "other", 12, 12),
 (A4, "said nine people from the flight remained in hospital, two of them in a critical condition", "injured", 9, 9),
 (A4, "said nine people from the flight remained in hospital, two of them in a critical condition", "injured", 2, 2),
 (A4, "about 20 of the airline's passengers were still in hospital", "injured", 20, 20),
 (A4, "About 400 people gathered at the airport chapel for a vigil for the victims", "participants", 400, 400),
 (A4, "The airport authority put the number at about 250.", "participants", 250, 250),
 (A4, "it had grounded its other four H-220 jets", "other", 4, 4),
 (A4, "the checks would take about three days", "other", 3, 3),
 (A5, "Its full report is due within 12 months.", "other", None, 12),
 (A5, "had flown four times after the leak was first reported", "other", 4, 4),
 (A5, "Lawyers for 22 passengers filed a claim against the airline", "other", 22, 22),
 (A5, "Lawyers for 22 passengers filed a claim against the airline", "money", 4500000, 4500000),
 (A5, "said seven people were still in hospital on Friday, one of them in a critical condition", "injured", 7, 7),
 (A5, "said seven people were still in hospital on Friday, one of them in a critical condition", "injured", 1, 1),
]
CL = [
 (A1, "with 164 passengers and six crew aboard skidded off the end of the runway", "Corvane Air", "assert"),
 (A1, "after its crew reported that the left main landing gear would not lock", "Lessmoor Airport Authority", "assert"),
 (A1, "Thirty-seven people were taken to hospital, the authority said.", "Lessmoor Airport Authority", "assert"),
 (A1, "had reached the aircraft in under two minutes", "Renata Vukovic", "assert"),
 (A1, "None of the six crew members was hurt", "Tobias Marlowe", "assert"),
 (A1, "The crew did exactly what they were trained to do", "Tobias Marlowe", "assert"),
 (A1, "The passenger who died was a man in his fifties", "Tobias Marlowe", "assert"),
 (A1, "There was a bang, the whole plane tipped over to one side", "Ellen Maybrook", "assert"),
 (A1, "She said she had slid down an emergency chute", "Ellen Maybrook", "assert"),
 (A1, "said the cabin crew had warned them only minutes before the landing", "Joaquim Ledesma", "assert"),
 (A1, "Nobody told us what was wrong until we were almost on the ground", "Joaquim Ledesma", "assert"),
 (A1, "Two passengers who had been unaccounted for overnight were found at an airport hotel", "Castlemere police", "assert"),
 (A1, "said the same aircraft had been reported for a hydraulic leak on Friday", "Association of Commercial Pilots", "assert"),
 (A1, "Corvane denied that.", "Corvane Air", "deny"),
 (A1, "The aircraft did not fly with any open fault", "Tobias Marlowe", "deny"),
 (A1, "He said the leak had been repaired on Saturday", "Tobias Marlowe", "assert"),
 (A1, "46 flights were cancelled, the authority said", "Lessmoor Airport Authority", "assert"),
 (A2, "Fifty-eight people from the Corvane Air flight that crashed on landing", "North Castlemere Health Board", "assert"),
 (A2, "The Lessmoor Airport Authority has said 37 people went to hospital.", "Lessmoor Airport Authority", "assert"),
 (A2, "said the authority had counted only those taken by ambulance", "Sunniva Okafor", "assert"),
 (A2, "Of the 58, 31 were treated at Lessmoor General Hospital and 27 at St. Brannoc's Hospital", "Sunniva Okafor", "assert"),
 (A2, "Four of them were in a critical condition on Monday afternoon", "Sunniva Okafor", "assert"),
 (A2, "The airport authority stood by its count.", "Lessmoor Airport Authority", "assert"),
 (A2, "Our figure is the number of people our crews put into ambulances, and it is correct", "Renata Vukovic", "assert"),
 (A2, "would pay 3,000 pounds to every passenger", "Corvane Air", "assert"),
 (A2, "saying she would \"not get ahead of the investigators\"", "Margit Solberg-Rees", "assert"),
 (A2, "Two men who had told hospital staff they were relatives of injured passengers were arrested", "Castlemere police", "assert"),
 (A2, "Neither had any link to the flight, a police spokesman said.", "Castlemere police", "assert"),
 (A2, "said the noise of the landing had shaken their windows", "Knapp Lane residents", "assert"),
 (A2, "I saw the flames from my kitchen and thought it had come down on the houses", "Derwent Coyle", "assert"),
 (A2, "A bureau spokesman said the flight data recorder and the cockpit voice recorder", "Civil Air Safety Bureau", "assert"),
 (A2, "The runway reopened late on Monday for smaller aircraft, the authority said", "Lessmoor Airport Authority", "assert"),
 (A3, "bringing the toll to two, the North Castlemere Health Board said on Tuesday", "North Castlemere Health Board", "assert"),
 (A3, "died at St. Brannoc's Hospital on Monday night, the board said", "North Castlemere Health Board", "assert"),
 (A3, "Twelve people were still in hospital on Tuesday, three of them in a critical condition", "North Castlemere Health Board", "assert"),
 (A3, "Corvane admitted on Tuesday that it had got the number of people aboard wrong.", "Corvane Air", "assert"),
 (A3, "The airline now says 166 passengers were on the flight, not 164", "Corvane Air", "assert"),
 (A3, "The Association of Commercial Pilots pressed its claim about the hydraulic leak.", "Association of Commercial Pilots", "assert"),
 (A3, "said three pilots had written up the fault", "Priya Dunstable", "assert"),
 (A3, "Corvane rejected the claim.", "Corvane Air", "deny"),
 (A3, "Every entry in that log was dealt with properly", "Tobias Marlowe", "assert"),
 (A3, "said it had taken the technical log and both flight recorders to its laboratory", "Civil Air Safety Bureau", "assert"),
 (A3, "is being interviewed by investigators, the bureau said", "Civil Air Safety Bureau", "assert"),
 (A3, "he had 14,000 hours of flying experience", "Association of Commercial Pilots", "assert"),
 (A3, "told the Standard he had watched a flight attendant struggle to open the door", "Joaquim Ledesma", "assert"),
 (A3, "He said passengers at the back had pushed forward in the dark.", "Joaquim Ledesma", "assert"),
 (A3, "Corvane has cancelled all its flights between Tamsford and Lessmoor until Thursday", "Corvane Air", "assert"),
 (A4, "died in hospital on Wednesday, September 16, the Lessmoor Airport Authority said", "Lessmoor Airport Authority", "assert"),
 (A4, "Three people have now died in the crash, two passengers and one firefighter", "Lessmoor Airport Authority", "assert"),
 (A4, "Colm went back into that smoke twice", "Renata Vukovic", "assert"),
 (A4, "There are people alive tonight because of him.", "Renata Vukovic", "assert"),
 (A4, "said nine people from the flight remained in hospital, two of them in a critical condition", "North Castlemere Health Board", "assert"),
 (A4, "about 20 of the airline's passengers were still in hospital", "Tobias Marlowe", "assert"),
 (A4, "About 400 people gathered at the airport chapel for a vigil for the victims", "Association of Commercial Pilots", "assert"),
 (A4, "The airport authority put the number at about 250.", "Lessmoor Airport Authority", "assert"),
 (A4, "said it had found no sign so far that a bird had struck the aircraft", "Civil Air Safety Bureau", "assert"),
 (A4, "it had grounded its other four H-220 jets", "Corvane Air", "assert"),
 (A4, "the checks would take about three days", "Corvane Air", "assert"),
 (A4, "said she had been contacted by the airline for the first time on Wednesday", "Ellen Maybrook", "assert"),
 (A4, "They offered me money before they offered me an explanation", "Ellen Maybrook", "assert"),
 (A4, "Knapp Lane residents said the airport had not told them", "Knapp Lane residents", "assert"),
 (A4, "The authority said tests of the water had found nothing harmful.", "Lessmoor Airport Authority", "assert"),
 (A5, "failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday", "Civil Air Safety Bureau", "assert"),
 (A5, "The bureau said the line that split was the one engineers had worked on", "Civil Air Safety Bureau", "assert"),
 (A5, "The escape slide at the rear right door did not inflate, the bureau said", "Civil Air Safety Bureau", "assert"),
 (A5, "said it had so far found no fault in the way the flight crew handled the emergency", "Civil Air Safety Bureau", "assert"),
 (A5, "saying only that each flight had been cleared by a licensed engineer", "Corvane Air", "assert"),
 (A5, "said the statement showed that the union had been right from the start", "Priya Dunstable", "assert"),
 (A5, "That aircraft should never have left the ground on Sunday", "Priya Dunstable", "assert"),
 (A5, "said on Friday that the airline would pay for the funerals", "Margit Solberg-Rees", "assert"),
 (A5, "She said she had met the family of Colm Hartigan on Thursday.", "Margit Solberg-Rees", "assert"),
 (A5, "said in a statement released through the association that he was", "Idris Halloran", "assert"),
 (A5, "said seven people were still in hospital on Friday, one of them in a critical condition", "North Castlemere Health Board", "assert"),
 (A5, "fully reopened on Thursday after the wreck was lifted onto a lorry, the airport authority said", "Lessmoor Airport Authority", "assert"),
]
E += [("Knapp Lane residents", "PERSON", ["People living on Knapp Lane", "Knapp Lane residents"])]
T = [
 (A1, "at Lessmoor International Airport on Sunday evening", "Sunday evening", "2026-09-13"),
 (A1, "beside the main runway at Lessmoor on Monday morning", "Monday morning", "2026-09-14"),
 (A1, "found at an airport hotel early on Monday", "Monday", "2026-09-14"),
 (A1, "reported for a hydraulic leak on Friday", "Friday", "2026-09-11"),
 (A1, "the leak had been repaired on Saturday", "Saturday", "2026-09-12"),
 (A1, "The airport's main runway stayed closed on Monday", "Monday", "2026-09-14"),
 (A1, "carried about 6 million passengers last year", "last year", "2025"),
 (A2, "crashed on landing at Lessmoor on Sunday", "Sunday", "2026-09-13"),
 (A2, "the North Castlemere Health Board said on Monday", "Monday", "2026-09-14"),
 (A2, "in a critical condition on Monday afternoon", "Monday afternoon", "2026-09-14"),
 (A2, "flew to Lessmoor from Tamsford on Monday morning", "Monday morning", "2026-09-14"),
 (A2, "By Monday evening about 90 relatives", "Monday evening", "2026-09-14"),
 (A2, "arrested at Lessmoor General on Monday", "Monday", "2026-09-14"),
 (A2, "spent Monday at the wreck", "Monday", "2026-09-14"),
 (A2, "The runway reopened late on Monday", "Monday", "2026-09-14"),
 (A3, "the North Castlemere Health Board said on Tuesday", "Tuesday", "2026-09-15"),
 (A3, "died at St. Brannoc's Hospital on Monday night", "Monday night", "2026-09-14"),
 (A3, "still in hospital on Tuesday", "Tuesday", "2026-09-15"),
 (A3, "Corvane admitted on Tuesday", "Tuesday", "2026-09-15"),
 (A3, "technical log on Friday and Saturday", "Friday", "2026-09-11"),
 (A3, "technical log on Friday and Saturday", "Saturday", "2026-09-12"),
 (A3, "between Tamsford and Lessmoor until Thursday", "Thursday", "2026-09-17"),
 (A3, "carried about 6 million passengers last year", "last year", "2025"),
 (A4, "died in hospital on Wednesday, September 16", "Wednesday, September 16", "XXXX-09-16"),
 (A5, "crashed at Lessmoor on Sunday", "Sunday", "2026-09-13"),
 (A5, "which fell sharply on Monday", "Monday", "2026-09-14"),
 (A5, "won back part of their losses on Friday", "Friday", "2026-09-18"),
 (A5, "the Civil Air Safety Bureau said on Friday", "Friday", "2026-09-18"),
 (A5, "should never have left the ground on Sunday", "Sunday", "2026-09-13"),
 (A5, "said on Friday that the airline would pay for the funerals", "Friday", "2026-09-18"),
 (A5, "met the family of Colm Hartigan on Thursday", "Thursday", "2026-09-17"),
 (A5, "at the Tamsford High Court on Thursday", "Thursday", "2026-09-17"),
 (A5, "still in hospital on Friday", "Friday", "2026-09-18"),
 (A5, "fully reopened on Thursday", "Thursday", "2026-09-17"),
]
leak = [R(A1, "said the same aircraft had been reported for a hydraulic leak on Friday"), R(A1, "Corvane denied that."),
        R(A1, "The aircraft did not fly with any open fault")]
gold = dict(
 note="FICTIONAL: every place, person, airline, aircraft type, body, outlet and figure in this cluster is invented for newsbrief's benchmark. September 11-18, 2026: a Corvane Air jet's left landing gear will not lock; it lands on its other wheels at Lessmoor on Sunday, September 13, overruns and burns. Dead 1 (Monday, the airline), 2 (Tuesday, the health board), 3 on Wednesday (two passengers and a firefighter: parts): a progression. Taken to hospital on Monday 37 (the airport authority) vs 58 (the health board, 31 and 27 at two hospitals: parts): a disagreement; still in hospital 12 (Tuesday), 9 (Wednesday, the board) vs about 20 (the airline) the same day: a disagreement; 7 on Friday (a progression). Aboard 164 corrected by the airline itself to 166 (a correction, no disagreement). Vigil about 400 (the pilots' association) vs about 250 (the authority). The pilots' association says the jet flew with an unrepaired hydraulic leak; Corvane denies it on Monday and rejects it on Tuesday; the bureau 'could not confirm' (a hedge), 'would not say' and 'declined to comment' (no claims); on Friday Corvane 'did not deny' four flights after the leak (no denial). None of six crew hurt (injured 0); two unaccounted-for passengers found, no one missing (missing 0). Flight CV 318, the H-220, ages, 1998 are no counts. Joaquim / Joaquin Ledesma and Solberg-Rees / Solberg Rees are one person each. Article a4 is an undated radio piece with a dateline (Wednesday, September 16) and a bulletin footer; a1 has a photo caption, a2 a 'Related:' line, a3 and a5 copyright footers.",
 source={"dataset": "bench/fictional, round 5 (written for newsbrief, session 13)", "fictional": True,
         "documents": {A1: "Castlemere Wire, Monday", A2: "Lessmoor Evening Post, Monday", A3: "The Northern Standard, Tuesday",
                       A4: "Radio Lessmoor (web), no published date; dateline Wednesday, September 16", A5: "Tamsford Gazette, Friday"},
         "published": "given for every article except lessmoor-runway-crash-a4 (dateline only)"},
 must_remove=[R(A1, "PHOTO: Foam covers the wreck of flight CV 318 beside the main runway at Lessmoor on Monday morning."),
              R(A2, "Related: Corvane Air's winter timetable: what changes for Tamsford travellers"),
              R(A3, "(c) 2026 The Northern Standard. All rights reserved."),
              R(A4, "Radio Lessmoor news bulletins are on the hour, every hour. Listen again on our app."),
              R(A5, "(c) 2026 Tamsford Gazette Ltd. Reproduction without permission is prohibited.")],
 must_keep=[R(A1, "Thirty-seven people were taken to hospital, the authority said."),
            R(A1, "Corvane denied that."),
            R(A1, "The bureau could not confirm whether the leak had been repaired."),
            R(A2, "Fifty-eight people from the Corvane Air flight that crashed on landing"),
            R(A2, "The Lessmoor Airport Authority has said 37 people went to hospital."),
            R(A3, "bringing the toll to two, the North Castlemere Health Board said on Tuesday"),
            R(A3, "Corvane rejected the claim."),
            R(A4, "Three people have now died in the crash, two passengers and one firefighter"),
            R(A4, "about 20 of the airline's passengers were still in hospital"),
            R(A5, "failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday")],
 not_in_summary=[R(A4, "A book of condolence has been opened in the terminal's departure hall."),
                 R(A2, "where counsellors and interpreters were on hand")],
 duplicates=[[R(A1, BG), R(A3, BG)]],
 periods={"2026-09": [R(A1, "with 164 passengers and six crew aboard skidded off the end of the runway"),
                      R(A3, "bringing the toll to two, the North Castlemere Health Board said on Tuesday"),
                      R(A5, "failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday")]},
 events=[
  {"name": "Corvane Air jet overruns the runway at Lessmoor and burns; one passenger killed", "date": "2026-09-13", "tolerance_days": 0,
   "members": [R(A1, "with 164 passengers and six crew aboard skidded off the end of the runway")]},
  {"name": "A second passenger dies in hospital", "date": "2026-09-14", "tolerance_days": 1,
   "members": [R(A3, "died at St. Brannoc's Hospital on Monday night, the board said")]},
  {"name": "Firefighter Colm Hartigan dies of his burns", "date": "2026-09-16", "tolerance_days": 0,
   "members": [R(A4, "died in hospital on Wednesday, September 16, the Lessmoor Airport Authority said")]},
  {"name": "Passengers' lawyers file a damages claim", "date": "2026-09-17", "tolerance_days": 0,
   "members": [R(A5, "Lawyers for 22 passengers filed a claim against the airline")]},
  {"name": "Bureau's first statement: a split hydraulic line", "date": "2026-09-18", "tolerance_days": 0,
   "members": [R(A5, "failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "injured", "name": "Taken to hospital on Monday: 37 (the airport authority) vs 58 (the health board)",
   "any_two_of": [R(A1, "Thirty-seven people were taken to hospital, the authority said."),
                  R(A2, "Fifty-eight people from the Corvane Air flight that crashed on landing"),
                  R(A2, "The Lessmoor Airport Authority has said 37 people went to hospital."),
                  R(A2, "Of the 58, 31 were treated at Lessmoor General Hospital and 27 at St. Brannoc's Hospital")]},
  {"kind": "figure", "measure": "injured", "name": "Still in hospital on Wednesday: nine (the health board) vs about 20 (Corvane)",
   "any_two_of": [R(A4, "said nine people from the flight remained in hospital, two of them in a critical condition"),
                  R(A4, "about 20 of the airline's passengers were still in hospital")]},
  {"kind": "figure", "measure": "participants", "name": "Vigil on Wednesday: about 400 (the pilots' association) vs about 250 (the airport authority)",
   "any_two_of": [R(A4, "About 400 people gathered at the airport chapel for a vigil for the victims"),
                  R(A4, "The airport authority put the number at about 250.")]},
  {"kind": "denial", "name": "The pilots' association says the jet flew with an unrepaired hydraulic leak; Corvane denies it",
   "any_two_of": leak + [R(A3, "said three pilots had written up the fault"), R(A3, "Corvane rejected the claim.")]},
 ],
 summary_must_cover=[
  {"name": "Corvane Air jet overruns the runway at Lessmoor and burns", "any_of": [R(A1, "with 164 passengers and six crew aboard skidded off the end of the runway")]},
  {"name": "Toll rises to three, a firefighter among them", "any_of": [R(A4, "Three people have now died in the crash, two passengers and one firefighter"), R(A3, "bringing the toll to two, the North Castlemere Health Board said on Tuesday")]},
  {"name": "Counts of the injured differ", "any_of": [R(A1, "Thirty-seven people were taken to hospital, the authority said."), R(A2, "Fifty-eight people from the Corvane Air flight that crashed on landing")]},
  {"name": "The landing gear would not lock", "any_of": [R(A1, "after its crew reported that the left main landing gear would not lock"), R(A5, "failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday")]},
  {"name": "The pilots say a leak went unrepaired; Corvane denies it", "any_of": leak + [R(A3, "Corvane rejected the claim.")]},
  {"name": "The bureau finds a split hydraulic line", "any_of": [R(A5, "failed to lock down because a hydraulic line had split, the Civil Air Safety Bureau said on Friday"), R(A5, "The bureau said the line that split was the one engineers had worked on")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3, A4, A5], "forbidden_prefixes": ["2025-09", "2027-09"]},
 E=E, F=F, C=CL, T=T)
check(arts, gold)
write(C, arts, gold)
