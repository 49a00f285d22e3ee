from common import R, write, check
C = "wrenfield-school-outbreak"
A1, A2, A3, A4, A5 = (C + "-a%d" % i for i in range(1, 6))
BG = "Wrenfield High School, which opened in 1968, has about 1,150 pupils aged 11 to 18, and its lunches are cooked off site under a council contract."
a1 = """COSSINGTON (Midshire Press Agency) - Sixty-one pupils at Wrenfield High School have fallen ill with vomiting, fever and stomach cramps since Friday, and nine of them are in hospital, the Cossington Public Health Unit said on Monday. The school was closed.

The school itself gave a lower figure. Its head teacher, Gideon Farrant, said 46 pupils had been reported sick by their parents by Monday morning, along with four members of staff.

Dr. Naledi Brookhurst, who leads the health unit, said it counted every child seen by a family doctor or at hospital, whether or not the school had been told. "Some families have not rung the school, and they have had other things on their minds," she said.

The nine children in hospital were being treated at Cossington Royal Infirmary and all were in a stable condition, the infirmary said.

Brookhurst said the illness had most likely been caused by food served in the school canteen last Thursday, and that samples had been sent to a laboratory.

The school's lunches are cooked and delivered by Amberlane Catering Ltd, which supplies 14 schools in the borough. Amberlane denied that its food was to blame. "Our kitchen follows every food safety rule, and nothing we served last week was unsafe," said Lorcan Whitlow, the company's managing director.

Several parents said the school had known that children were sick on Friday and had not warned families. Farrant rejected that. "We first heard of any illness on Saturday morning, and we wrote to every parent that afternoon," he said.

None of the 12 pupils in the worst-hit year group who bring packed lunches from home has fallen ill, the unit said.

Cossington Borough Council, which holds the school meals contract, said the school would be cleaned from top to bottom before pupils returned. It did not say when that would be.

Pupils sitting mock examinations this week will be allowed to take them later, the school said in a message to families.

""" + BG
a2 = """The Wrenfield Parents' Action Group, set up on Sunday night, said on Monday that more than 100 children at Wrenfield High School had been ill since Friday, far more than the school or the health authorities have counted.

Its chair, Yusra Pemberton, whose 13-year-old son is in hospital, said the official figures were "a long way behind what families are living through". The group has been collecting reports from parents through a messaging service.

"My son was sent home from school on Friday with a temperature, and half his class had been sick that morning," said Darragh Quill, a father of two pupils.

The school would not say how many pupils had been sent home early on Friday. Its head teacher, Gideon Farrent, said in a letter to parents that the school had "acted as soon as it knew" and would answer every family's questions.

The Cossington Public Health Unit said its count of 61 was "the number we can confirm" and was likely to rise as more test results came back.

Amberlane Catering, which cooks the school's meals, said it had stopped serving chicken at all 14 of its schools as a precaution while tests were carried out. The company said it had not been told of any illness at its other schools.

Dozens of parents waited outside the locked gates of the school on Monday morning, some hoping to collect coats and bags left behind when pupils were sent home. A health visitor stood at the entrance to answer their questions and hand out leaflets on keeping sick children drinking.

Cossington Royal Infirmary said it had opened a second children's ward to cope with pupils from the school and asked parents not to come to its emergency department unless their child was very unwell.

Chemists in the town centre said they had run out of rehydration salts by lunchtime, and a supermarket on Mill Road put a limit on bottled water.

"You send them to school thinking the worst thing that can happen is a bad mark in a test," said Pemberton. "Nobody expects this."

Related: School dinners across Midshire: what is in your child's lunch?"""
a3 = """COSSINGTON (The Vale Gazette) - Laboratory tests have found salmonella in samples from pupils at Wrenfield High School, the Cossington Public Health Unit said on Tuesday, as the number of children who have fallen ill rose to 88.

Twelve pupils have been admitted to Cossington Royal Infirmary since Friday, and eight of them were still there on Tuesday, the unit said.

Dr. Naledi Brookhurst said the unit was testing food samples taken from Amberlane Catering's kitchen on the Hobb's Lane industrial estate. "We have a strong suspicion, but a suspicion is not a result," she said.

At Linley Primary School, which also takes Amberlane's meals, three pupils have had stomach upsets since Friday, the unit said, though it was not yet known whether they had the same infection.

Amberlane said it had suspended deliveries to all its schools until the results were known, and that the 14 schools would be sent packed lunches from another supplier in the meantime.

The Wrenfield Parents' Action Group said its own count had passed 120 on Tuesday. Yusra Pemberton, its chair, said many families had not taken their children to a doctor and so were missing from the official figure.

Cossington Borough Council said it had set aside 40,000 pounds to clean the school's kitchen, dining hall and toilets, and that the building would stay closed for the rest of the week.

Environmental health officers from the council inspected the Amberlane kitchen on Monday. A council spokesman declined to say what they had found.

Gideon Farrant, the head teacher, said teachers were setting work online so that pupils did not fall behind. He said he had spoken to the family of every child in hospital.

Outside the school, a van from a specialist cleaning firm was parked beside the dining hall for most of the day, and its crew wore white suits and masks as they went in and out. Other schools in the borough have reminded pupils to wash their hands before every meal.

""" + BG + """

Photo: A cleaning crew carries equipment into Wrenfield High School on Tuesday."""
a4 = """COSSINGTON (Radio Cossington) - Chicken cooked at Amberlane Catering's kitchen was the source of the salmonella outbreak at Wrenfield High School, the Cossington Public Health Unit said on Thursday, March 12, after the same strain was found in meat samples from the firm's cold store.

The unit said 104 pupils and six staff had now fallen ill. The Wrenfield Parents' Action Group put the number of sick children at about 140.

Amberlane did not deny that its kitchen had been given a written warning by council inspectors in January, saying only that every fault found had since been put right.

Lorcan Whitlow, Amberlane's managing director, said the company was "shocked and deeply sorry". Earlier in the week he had insisted that nothing it served was unsafe.

About 150 parents and children marched from the school to the council offices in the afternoon to demand that Amberlane lose its contract, according to the action group. Police put the number at about 80.

Council leader Harriet Oyelaran-Price said the council had suspended Amberlane's contract, worth 2.3 million pounds a year, and would review every school kitchen it pays for.

"We were told this week that the food was safe. Today we are told it was the food," said Yusra Pemberton, who chairs the parents' group. She said families wanted to know why the January warning had not been made public.

Wrenfield High School will reopen on Monday, March 16, the council said.

The firm's cold store on Hobb's Lane was sealed by environmental health officers, and its remaining stock of meat was taken away to be destroyed.

Darragh Quill, whose son was in hospital for four nights, said he wanted Amberlane's owners to answer questions in public. "Sorry is not enough when children end up on a drip," he said.

Dr. Naledi Brookhurst of the health unit said most of the children who fell ill were recovering at home. She urged families to keep washing their hands, because the infection could pass from one member of a household to another.

The borough's last salmonella outbreak, at the Oxendale care home in 2021, made 23 residents ill.

You're listening to Radio Cossington. Send us your news at news@radiocossington.example."""
a5 = """Wrenfield High School reopened on Monday, a week after it was closed by an outbreak of salmonella, but about 310 of its 1,150 pupils stayed at home, the school said.

The Cossington Public Health Unit said the outbreak had made 109 pupils and six staff ill. No one has died, and one child is still in hospital, the unit said.

Dr. Naledi Brookhurst, who leads the CPHU, said no new cases had been reported since Friday and that the outbreak was "almost certainly over".

Gideon Farrant, the head teacher, stood at the gate as pupils arrived. He said the school had learned "hard lessons" about telling parents quickly, and that it would now text families the same day a child was sent home ill.

The first lessons of the morning were given over to talking about the outbreak, and most pupils seemed glad to be back among their friends.

Tests on pupils at Linley Primary School, which had also reported stomach upsets, found no salmonella, the health unit said on Monday.

Amberlane Catering said it had closed its Hobb's Lane kitchen and laid off 35 of the 60 people who worked there. Its managing director, Lorcan Whitlow, resigned on Friday, the company said.

The council said it had hired a new supplier to feed the 14 schools for the rest of the school year. Pupils at Wrenfield were given sandwiches and fruit on Monday.

Cossington Borough Council said its review of school kitchens would be led by an independent food safety expert and would report before the summer holidays.

Yusra Pemberton of the Wrenfield Parents' Action Group said the group would keep meeting until the council's review of school kitchens was published. "We want to see it in writing," she said.

Some parents said they would keep their children at home until the end of the week. "He still gets tired walking up the stairs," said Darragh Quill, whose son spent four nights in hospital.

""" + BG + """

(c) 2026 Northgate Herald. All rights reserved."""
arts = [
 {"id": A1, "title": "Wrenfield High School shut as 61 pupils fall ill", "published": "2026-03-09", "source": "midshire-press-agency", "text": a1},
 {"id": A2, "title": "Parents say more than 100 Wrenfield pupils have been ill", "published": "2026-03-09", "source": "cossington-observer", "text": a2},
 {"id": A3, "title": "Salmonella confirmed at Wrenfield High School as cases rise to 88", "published": "2026-03-10", "source": "vale-gazette", "text": a3},
 {"id": A4, "title": "Caterer's chicken was source of Wrenfield outbreak, health unit says", "published": None, "source": "radio-cossington", "text": a4},
 {"id": A5, "title": "Wrenfield High School reopens, but hundreds of pupils stay away", "published": "2026-03-16", "source": "northgate-herald", "text": a5},
]
E = [
 ("Wrenfield High School", "ORG", ["Wrenfield High School", "Wrenfield"]),
 ("Cossington", "GPE", ["Cossington"]),
 ("Cossington Public Health Unit", "ORG", ["Cossington Public Health Unit", "CPHU", "health unit", "unit"]),
 ("Gideon Farrant", "PERSON", ["Gideon Farrant", "Gideon Farrent", "Farrant"]),
 ("Naledi Brookhurst", "PERSON", ["Dr. Naledi Brookhurst", "Naledi Brookhurst", "Brookhurst"]),
 ("Cossington Royal Infirmary", "FAC", ["Cossington Royal Infirmary", "infirmary"]),
 ("Amberlane Catering Ltd", "ORG", ["Amberlane Catering Ltd", "Amberlane Catering", "Amberlane"]),
 ("Lorcan Whitlow", "PERSON", ["Lorcan Whitlow"]),
 ("Wrenfield parents", "PERSON", ["Several parents", "Some parents"]),
 ("Cossington Borough Council", "ORG", ["Cossington Borough Council", "council"]),
 ("Wrenfield Parents' Action Group", "ORG", ["Wrenfield Parents' Action Group", "action group", "parents' group"]),
 ("Yusra Pemberton", "PERSON", ["Yusra Pemberton", "Pemberton"]),
 ("Darragh Quill", "PERSON", ["Darragh Quill"]),
 ("Linley Primary School", "ORG", ["Linley Primary School"]),
 ("Hobb's Lane", "LOC", ["Hobb's Lane"]),
 ("Mill Road", "LOC", ["Mill Road"]),
 ("chemists", "PERSON", ["Chemists in the town centre"]),
 ("Harriet Oyelaran-Price", "PERSON", ["Harriet Oyelaran-Price", "Council leader Harriet Oyelaran-Price"]),
 ("police", "ORG", ["Police"]),
 ("Oxendale care home", "FAC", ["Oxendale care home"]),
 ("Midshire Press Agency", "ORG", ["Midshire Press Agency"]),
 ("Vale Gazette", "ORG", ["Vale Gazette"]),
 ("Radio Cossington", "ORG", ["Radio Cossington"]),
]
F = [
 (A1, "Sixty-one pupils at Wrenfield High School have fallen ill", "injured", 61, 61),
 (A1, "Sixty-one pupils at Wrenfield High School have fallen ill", "injured", 9, 9),
 (A1, "said 46 pupils had been reported sick by their parents by Monday morning, along with four members of staff", "injured", 46, 46),
 (A1, "said 46 pupils had been reported sick by their parents by Monday morning, along with four members of staff", "injured", 4, 4),
 (A1, "The nine children in hospital were being treated at Cossington Royal Infirmary", "injured", 9, 9),
 (A1, "which supplies 14 schools in the borough", "other", 14, 14),
 (A1, "None of the 12 pupils in the worst-hit year group who bring packed lunches", "injured", 0, 0),
 (A1, "None of the 12 pupils in the worst-hit year group who bring packed lunches", "other", 12, 12),
 (A1, BG, "other", 1150, 1150),
 (A2, "said on Monday that more than 100 children at Wrenfield High School had been ill since Friday", "injured", 100, None),
 (A2, "said its count of 61 was", "injured", 61, 61),
 (A2, "had stopped serving chicken at all 14 of its schools", "other", 14, 14),
 (A2, "Dozens of parents waited outside the locked gates", "other", None, None, True),
 (A2, "said Darragh Quill, a father of two pupils", "other", 2, 2),
 (A3, "as the number of children who have fallen ill rose to 88", "injured", 88, 88),
 (A3, "Twelve pupils have been admitted to Cossington Royal Infirmary since Friday, and eight of them were still there", "injured", 12, 12),
 (A3, "Twelve pupils have been admitted to Cossington Royal Infirmary since Friday, and eight of them were still there", "injured", 8, 8),
 (A3, "three pupils have had stomach upsets since Friday", "injured", 3, 3),
 (A3, "the 14 schools would be sent packed lunches from another supplier", "other", 14, 14),
 (A3, "said its own count had passed 120 on Tuesday", "injured", 120, None),
 (A3, "had set aside 40,000 pounds to clean the school's kitchen", "money", 40000, 40000),
 (A3, BG, "other", 1150, 1150),
 (A4, "The unit said 104 pupils and six staff had now fallen ill.", "injured", 104, 104),
 (A4, "The unit said 104 pupils and six staff had now fallen ill.", "injured", 6, 6),
 (A4, "put the number of sick children at about 140", "injured", 140, 140),
 (A4, "About 150 parents and children marched from the school to the council offices", "participants", 150, 150),
 (A4, "Police put the number at about 80.", "participants", 80, 80),
 (A4, "suspended Amberlane's contract, worth 2.3 million pounds a year", "money", 2300000, 2300000),
 (A4, "made 23 residents ill", "injured", 23, 23),
 (A4, "whose son was in hospital for four nights", "other", 4, 4),
 (A5, "about 310 of its 1,150 pupils stayed at home", "other", 310, 310),
 (A5, "about 310 of its 1,150 pupils stayed at home", "other", 1150, 1150),
 (A5, "the outbreak had made 109 pupils and six staff ill", "injured", 109, 109),
 (A5, "the outbreak had made 109 pupils and six staff ill", "injured", 6, 6),
 (A5, "No one has died, and one child is still in hospital, the unit said.", "killed", 0, 0),
 (A5, "No one has died, and one child is still in hospital, the unit said.", "injured", 1, 1),
 (A5, "laid off 35 of the 60 people who worked there", "other", 35, 35),
 (A5, "laid off 35 of the 60 people who worked there", "other", 60, 60),
 (A5, "to feed the 14 schools for the rest of the school year", "other", 14, 14),
 (A5, "whose son spent four nights in hospital", "other", 4, 4),
 (A5, BG, "other", 1150, 1150),
]
CL = [
 (A1, "Sixty-one pupils at Wrenfield High School have fallen ill", "Cossington Public Health Unit", "assert"),
 (A1, "The school itself gave a lower figure.", "Wrenfield High School", "assert"),
 (A1, "said 46 pupils had been reported sick by their parents by Monday morning", "Gideon Farrant", "assert"),
 (A1, "said it counted every child seen by a family doctor or at hospital", "Naledi Brookhurst", "assert"),
 (A1, "Some families have not rung the school", "Naledi Brookhurst", "assert"),
 (A1, "The nine children in hospital were being treated at Cossington Royal Infirmary", "Cossington Royal Infirmary", "assert"),
 (A1, "Brookhurst said the illness had most likely been caused by food served in the school canteen", "Naledi Brookhurst", "assert"),
 (A1, "Amberlane denied that its food was to blame.", "Amberlane Catering Ltd", "deny"),
 (A1, "Our kitchen follows every food safety rule, and nothing we served last week was unsafe", "Lorcan Whitlow", "deny"),
 (A1, "Several parents said the school had known that children were sick on Friday", "Wrenfield parents", "assert"),
 (A1, "Farrant rejected that.", "Gideon Farrant", "deny"),
 (A1, "We first heard of any illness on Saturday morning", "Gideon Farrant", "assert"),
 (A1, "None of the 12 pupils in the worst-hit year group who bring packed lunches", "Cossington Public Health Unit", "assert"),
 (A1, "said the school would be cleaned from top to bottom", "Cossington Borough Council", "assert"),
 (A1, "will be allowed to take them later, the school said", "Wrenfield High School", "assert"),
 (A2, "said on Monday that more than 100 children at Wrenfield High School had been ill since Friday", "Wrenfield Parents' Action Group", "assert"),
 (A2, "said the official figures were", "Yusra Pemberton", "assert"),
 (A2, "My son was sent home from school on Friday with a temperature", "Darragh Quill", "assert"),
 (A2, "said in a letter to parents that the school had", "Gideon Farrant", "assert"),
 (A2, "said its count of 61 was", "Cossington Public Health Unit", "assert"),
 (A2, "had stopped serving chicken at all 14 of its schools", "Amberlane Catering Ltd", "assert"),
 (A2, "The company said it had not been told of any illness at its other schools.", "Amberlane Catering Ltd", "assert"),
 (A2, "said it had opened a second children's ward", "Cossington Royal Infirmary", "assert"),
 (A2, "Chemists in the town centre said they had run out of rehydration salts", "chemists", "assert"),
 (A2, "You send them to school thinking the worst thing that can happen", "Yusra Pemberton", "assert"),
 (A2, "Nobody expects this.", "Yusra Pemberton", "assert"),
 (A3, "Laboratory tests have found salmonella in samples from pupils", "Cossington Public Health Unit", "assert"),
 (A3, "Twelve pupils have been admitted to Cossington Royal Infirmary since Friday, and eight of them were still there", "Cossington Public Health Unit", "assert"),
 (A3, "said the unit was testing food samples taken from Amberlane Catering's kitchen", "Naledi Brookhurst", "assert"),
 (A3, "We have a strong suspicion, but a suspicion is not a result", "Naledi Brookhurst", "assert"),
 (A3, "three pupils have had stomach upsets since Friday", "Cossington Public Health Unit", "assert"),
 (A3, "Amberlane said it had suspended deliveries to all its schools", "Amberlane Catering Ltd", "assert"),
 (A3, "said its own count had passed 120 on Tuesday", "Wrenfield Parents' Action Group", "assert"),
 (A3, "said many families had not taken their children to a doctor", "Yusra Pemberton", "assert"),
 (A3, "had set aside 40,000 pounds to clean the school's kitchen", "Cossington Borough Council", "assert"),
 (A3, "said teachers were setting work online", "Gideon Farrant", "assert"),
 (A3, "He said he had spoken to the family of every child in hospital.", "Gideon Farrant", "assert"),
 (A4, "was the source of the salmonella outbreak at Wrenfield High School", "Cossington Public Health Unit", "assert"),
 (A4, "The unit said 104 pupils and six staff had now fallen ill.", "Cossington Public Health Unit", "assert"),
 (A4, "put the number of sick children at about 140", "Wrenfield Parents' Action Group", "assert"),
 (A4, "saying only that every fault found had since been put right", "Amberlane Catering Ltd", "assert"),
 (A4, "said the company was \"shocked and deeply sorry\"", "Lorcan Whitlow", "assert"),
 (A4, "Earlier in the week he had insisted that nothing it served was unsafe.", "Lorcan Whitlow", "deny"),
 (A4, "About 150 parents and children marched from the school to the council offices", "Wrenfield Parents' Action Group", "assert"),
 (A4, "Police put the number at about 80.", "police", "assert"),
 (A4, "said the council had suspended Amberlane's contract", "Harriet Oyelaran-Price", "assert"),
 (A4, "We were told this week that the food was safe.", "Yusra Pemberton", "assert"),
 (A4, "Today we are told it was the food", "Yusra Pemberton", "assert"),
 (A4, "She said families wanted to know why the January warning had not been made public.", "Yusra Pemberton", "assert"),
 (A4, "will reopen on Monday, March 16, the council said", "Cossington Borough Council", "assert"),
 (A4, "said most of the children who fell ill were recovering at home", "Naledi Brookhurst", "assert"),
 (A4, "whose son was in hospital for four nights, said he wanted Amberlane's owners to answer questions", "Darragh Quill", "assert"),
 (A4, "Sorry is not enough when children end up on a drip", "Darragh Quill", "assert"),
 (A5, "about 310 of its 1,150 pupils stayed at home, the school said", "Wrenfield High School", "assert"),
 (A5, "the outbreak had made 109 pupils and six staff ill", "Cossington Public Health Unit", "assert"),
 (A5, "No one has died, and one child is still in hospital, the unit said.", "Cossington Public Health Unit", "assert"),
 (A5, "said no new cases had been reported since Friday", "Naledi Brookhurst", "assert"),
 (A5, "He said the school had learned", "Gideon Farrant", "assert"),
 (A5, "found no salmonella, the health unit said on Monday", "Cossington Public Health Unit", "assert"),
 (A5, "said its review of school kitchens would be led by an independent food safety expert", "Cossington Borough Council", "assert"),
 (A5, "Amberlane Catering said it had closed its Hobb's Lane kitchen", "Amberlane Catering Ltd", "assert"),
 (A5, "resigned on Friday, the company said", "Amberlane Catering Ltd", "assert"),
 (A5, "The council said it had hired a new supplier", "Cossington Borough Council", "assert"),
 (A5, "said the group would keep meeting until the council's review", "Yusra Pemberton", "assert"),
 (A5, "We want to see it in writing", "Yusra Pemberton", "assert"),
 (A5, "Some parents said they would keep their children at home", "Wrenfield parents", "assert"),
 (A5, "He still gets tired walking up the stairs", "Darragh Quill", "assert"),
]
T = [
 (A1, "have fallen ill with vomiting, fever and stomach cramps since Friday", "Friday", "2026-03-06"),
 (A1, "the Cossington Public Health Unit said on Monday", "Monday", "2026-03-09"),
 (A1, "by Monday morning", "Monday morning", "2026-03-09"),
 (A1, "served in the school canteen last Thursday", "last Thursday", "2026-03-05"),
 (A1, "children were sick on Friday", "Friday", "2026-03-06"),
 (A1, "We first heard of any illness on Saturday morning", "Saturday morning", "2026-03-07"),
 (A1, "which opened in 1968", "1968", "1968"),
 (A2, "set up on Sunday night", "Sunday night", "2026-03-08"),
 (A2, "said on Monday that more than 100 children", "Monday", "2026-03-09"),
 (A2, "had been ill since Friday", "Friday", "2026-03-06"),
 (A2, "sent home from school on Friday", "Friday", "2026-03-06"),
 (A2, "sent home early on Friday", "Friday", "2026-03-06"),
 (A2, "outside the locked gates of the school on Monday morning", "Monday morning", "2026-03-09"),
 (A3, "the Cossington Public Health Unit said on Tuesday", "Tuesday", "2026-03-10"),
 (A3, "admitted to Cossington Royal Infirmary since Friday", "Friday", "2026-03-06"),
 (A3, "still there on Tuesday", "Tuesday", "2026-03-10"),
 (A3, "its own count had passed 120 on Tuesday", "Tuesday", "2026-03-10"),
 (A3, "inspected the Amberlane kitchen on Monday", "Monday", "2026-03-09"),
 (A3, "which opened in 1968", "1968", "1968"),
 (A3, "into Wrenfield High School on Tuesday", "Tuesday", "2026-03-10"),
 (A4, "said on Thursday, March 12", "Thursday, March 12", "XXXX-03-12"),
 (A4, "will reopen on Monday, March 16", "Monday, March 16", "XXXX-03-16"),
 (A4, "at the Oxendale care home in 2021", "2021", "2021"),
 (A5, "Wrenfield High School reopened on Monday", "Monday", "2026-03-16"),
 (A5, "no new cases had been reported since Friday", "Friday", "2026-03-13"),
 (A5, "resigned on Friday", "Friday", "2026-03-13"),
 (A5, "found no salmonella, the health unit said on Monday", "Monday", "2026-03-16"),
 (A5, "sandwiches and fruit on Monday", "Monday", "2026-03-16"),
 (A5, "which opened in 1968", "1968", "1968"),
]
food = [R(A1, "Brookhurst said the illness had most likely been caused by food served in the school canteen"),
        R(A1, "Amberlane denied that its food was to blame."),
        R(A1, "Our kitchen follows every food safety rule, and nothing we served last week was unsafe")]
friday = [R(A1, "Several parents said the school had known that children were sick on Friday"), R(A1, "Farrant rejected that."),
          R(A1, "We first heard of any illness on Saturday morning")]
gold = dict(
 note="FICTIONAL: every place, person, school, firm, body, outlet and figure in this cluster is invented for newsbrief's benchmark. March 5-16, 2026: a salmonella outbreak at Wrenfield High School in Cossington, traced to a caterer's chicken. People who fell ill are 'injured' (as people treated in hospital are). Pupils ill on Monday 61 (the health unit) vs 46 (the school) vs more than 100 (a parents' group); on Tuesday 88 (the unit) vs more than 120 (the group); on Thursday 104 (the unit) vs about 140 (the group): three disagreements, and 61, 88, 104, 109 a progression by the unit. In hospital 9, then 12 admitted with 8 still there (a part), then one. Linley Primary's three pupils (another school) and the 2021 care-home outbreak's 23 ill (another event) are no disagreement; none of 12 packed-lunch pupils ill (injured 0); no one has died (killed 0). March about 150 (the group) vs about 80 (police). The health unit blames the canteen food; Amberlane denies it, later 'did not deny' a January warning (no denial); parents say the school knew on Friday, the head teacher rejects it. 'Would not say', 'declined to say' are no claims. Farrant / Farrent is one man; CPHU is the Cossington Public Health Unit. Article a4 is an undated radio piece with a dateline (Thursday, March 12) and a station footer; a2 has a 'Related:' line, a3 a photo caption, a5 a copyright footer.",
 source={"dataset": "bench/fictional, round 5 (written for newsbrief, session 13)", "fictional": True,
         "documents": {A1: "Midshire Press Agency, Monday", A2: "Cossington Observer, Monday", A3: "The Vale Gazette, Tuesday",
                       A4: "Radio Cossington (web), no published date; dateline Thursday, March 12", A5: "Northgate Herald, Monday a week later"},
         "published": "given for every article except wrenfield-school-outbreak-a4 (dateline only)"},
 must_remove=[R(A2, "Related: School dinners across Midshire: what is in your child's lunch?"),
              R(A3, "Photo: A cleaning crew carries equipment into Wrenfield High School on Tuesday."),
              R(A4, "You're listening to Radio Cossington. Send us your news at news@radiocossington.example."),
              R(A5, "(c) 2026 Northgate Herald. All rights reserved.")],
 must_keep=[R(A1, "Sixty-one pupils at Wrenfield High School have fallen ill"),
            R(A1, "said 46 pupils had been reported sick by their parents by Monday morning"),
            R(A1, "Amberlane denied that its food was to blame."),
            R(A1, "Farrant rejected that."),
            R(A2, "said on Monday that more than 100 children at Wrenfield High School had been ill since Friday"),
            R(A3, "as the number of children who have fallen ill rose to 88"),
            R(A4, "was the source of the salmonella outbreak at Wrenfield High School"),
            R(A4, "saying only that every fault found had since been put right"),
            R(A4, "Police put the number at about 80."),
            R(A5, "No one has died, and one child is still in hospital, the unit said.")],
 not_in_summary=[R(A2, "a supermarket on Mill Road put a limit on bottled water"),
                 R(A5, "Pupils at Wrenfield were given sandwiches and fruit on Monday.")],
 duplicates=[[R(A1, BG), R(A3, BG)], [R(A3, BG), R(A5, BG)]],
 periods={"2026-03": [R(A1, "Sixty-one pupils at Wrenfield High School have fallen ill"),
                      R(A3, "as the number of children who have fallen ill rose to 88"),
                      R(A5, "Wrenfield High School reopened on Monday, a week after it was closed")]},
 events=[
  {"name": "Pupils fall ill; Wrenfield High School closed", "date": "2026-03-09", "tolerance_days": 3,
   "members": [R(A1, "Sixty-one pupils at Wrenfield High School have fallen ill")]},
  {"name": "Salmonella confirmed; cases rise to 88", "date": "2026-03-10", "tolerance_days": 0,
   "members": [R(A3, "as the number of children who have fallen ill rose to 88")]},
  {"name": "Caterer's chicken named as the source; contract suspended; parents march", "date": "2026-03-12", "tolerance_days": 0,
   "members": [R(A4, "was the source of the salmonella outbreak at Wrenfield High School")]},
  {"name": "The school reopens", "date": "2026-03-16", "tolerance_days": 0,
   "members": [R(A5, "Wrenfield High School reopened on Monday, a week after it was closed")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "injured", "name": "Pupils ill on Monday: 61 (the health unit) vs 46 (the school) vs more than 100 (the parents' group)",
   "any_two_of": [R(A1, "Sixty-one pupils at Wrenfield High School have fallen ill"),
                  R(A1, "said 46 pupils had been reported sick by their parents by Monday morning"),
                  R(A2, "said on Monday that more than 100 children at Wrenfield High School had been ill since Friday"),
                  R(A2, "said its count of 61 was")]},
  {"kind": "figure", "measure": "injured", "name": "Pupils ill on Tuesday: 88 (the health unit) vs more than 120 (the parents' group)",
   "any_two_of": [R(A3, "as the number of children who have fallen ill rose to 88"), R(A3, "said its own count had passed 120 on Tuesday")]},
  {"kind": "figure", "measure": "injured", "name": "Pupils ill on Thursday: 104 (the health unit) vs about 140 (the parents' group)",
   "any_two_of": [R(A4, "The unit said 104 pupils and six staff had now fallen ill."), R(A4, "put the number of sick children at about 140")]},
  {"kind": "figure", "measure": "participants", "name": "March to the council on Thursday: about 150 (the parents' group) vs about 80 (police)",
   "any_two_of": [R(A4, "About 150 parents and children marched from the school to the council offices"), R(A4, "Police put the number at about 80.")]},
  {"kind": "denial", "name": "The health unit blames food from the canteen; Amberlane denies its food was to blame",
   "any_two_of": food},
  {"kind": "denial", "name": "Parents say the school knew of sick pupils on Friday; the head teacher rejects it",
   "any_two_of": friday},
 ],
 summary_must_cover=[
  {"name": "Pupils fall ill; the school is closed", "any_of": [R(A1, "Sixty-one pupils at Wrenfield High School have fallen ill")]},
  {"name": "Counts of the sick differ", "any_of": [R(A1, "said 46 pupils had been reported sick by their parents by Monday morning"), R(A2, "said on Monday that more than 100 children at Wrenfield High School had been ill since Friday"), R(A4, "put the number of sick children at about 140")]},
  {"name": "Salmonella confirmed", "any_of": [R(A3, "Laboratory tests have found salmonella in samples from pupils")]},
  {"name": "The caterer's chicken was the source", "any_of": [R(A4, "was the source of the salmonella outbreak at Wrenfield High School")]},
  {"name": "Amberlane denied its food was to blame", "any_of": food[1:] + [R(A4, "Earlier in the week he had insisted that nothing it served was unsafe.")]},
  {"name": "The council suspends Amberlane's contract", "any_of": [R(A4, "said the council had suspended Amberlane's contract")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3, A4, A5], "forbidden_prefixes": ["2025-03", "2027-03"]},
 E=E, F=F, C=CL, T=T)
check(arts, gold)
write(C, arts, gold)
