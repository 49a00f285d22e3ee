from common import R, write, check
C = "ostermere-motorway-pileup"
A1, A2, A3, A4, A5 = (C + "-a%d" % i for i in range(1, 6))
BG = "The Ostermere Motorway, which opened in 1987, runs 140 kilometres from Carrowmere to the port of Sallow Fen and carries about 60,000 vehicles a day."
a1 = """HALDANE CROSS (Northway Press Association) - Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway near Haldane Cross on Tuesday morning, as a winter storm swept across the Hallerdale region, the fire service said.

PHOTO: Snow settles on wrecked cars strung out along the northbound lanes of the Ostermere Motorway near Haldane Cross on Tuesday.

Station Commander Desmond Okonjo-Hale of the Hallerdale Fire and Rescue Service said his crews had cut 11 people free from their vehicles, some of whom had been trapped for well over an hour. "Visibility was almost nothing. People drove into a white wall and found a wall of metal behind it," he said.

Six of the injured were in a serious condition at the Hallerdale Royal Infirmary, a spokeswoman for the hospital said.

Witnesses said a lorry had jackknifed across the northbound lanes moments before the first cars ran into it. "It slid sideways and stopped across all three lanes, and there was nowhere to go," said Marta Helgesen, who was driving to work in Carrowmere and whose car was struck from behind.

Hallerdale Police said it was too early to say what had caused the crash.

The northbound carriageway between Haldane Cross and Carrowmere stayed closed through the day, and queues stretched for up to 15 kilometres before police turned drivers off at the previous junction.

Snow began falling across Hallerdale late on Monday and continued through Tuesday, driven by winds that piled it into deep drifts on the higher roads.

The National Weather Office said 38 centimetres of snow had fallen at Carrowmere by Tuesday morning. The weather office warned that more snow and strong winds would follow into Wednesday.

Northline Power said about 46,000 homes across the region were without electricity after snow and falling branches brought down lines.

More than 300 schools were closed, the Hallerdale Regional Council said, and bus services in the hills above Brindle Moor were suspended.

Drivers stranded behind the crash described hours in their cars with the engines running to keep warm, as volunteers walked along the hard shoulder handing out blankets and flasks of tea.

""" + BG
a2 = """Hallerdale Police said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup that killed two people on the Ostermere Motorway near Haldane Cross this morning.

Twenty-three people were hurt, six of them seriously, the police said. A coach carrying 48 schoolchildren to a swimming gala was among the vehicles caught up in the pileup, but none of the children was hurt, police said.

Chief Inspector Maren Tolliver said officers had dealt with more than 200 crashes across Hallerdale since the snow began late on Monday, most of them minor. "Please, if your journey can wait, let it wait," she said.

In a separate crash on the Crossfell Road near Wexley Bridge, six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people, police said.

The lorry that witnesses say jackknifed in front of the motorway pileup belonged to Pellworth Haulage Ltd, a family firm based in Sallow Fen.

Pellworth denied that its driver had caused the crash. "He did not cause this crash," said Graham Ettrick, the company's managing director. Ettrick said the driver had been keeping well within the speed limit in the inside lane and had been hit from behind by a car before his trailer moved at all.

In Carrowmere, volunteers from the Carrowmere Weather Society measured 55 centimetres of snow in the town's park by noon, far more than the 38 centimetres given by the National Weather Office.

"The office measures at the airfield on the edge of town, where the wind blows the snow away," said Dorothy Amberley, the society's secretary. "Come and stand in my garden and tell me it is 38."

Northline Power said 41,000 homes were still without electricity this evening, and that some customers in remote villages might not be reconnected until Thursday.

The Regional Roads Agency said its gritters had been out since Sunday evening and that the motorway had been salted overnight. Drivers on local radio phone-ins said they had not seen a gritter on the northbound carriageway all morning.

At the Haldane Cross services, where police set up a rest centre for drivers taken off the motorway, staff said they had served more hot drinks by lunchtime than in a normal week.

Residents on the edge of Haldane Cross walked out across the fields with flasks and spare coats for drivers who had been stuck in the queue since dawn.

Related: Hallerdale's gritting budget: where the money went last winter"""
a3 = """CARROWMERE (The Morning Examiner) - A woman injured in Tuesday's pileup on the Ostermere Motorway died in hospital overnight, bringing its toll to three, Hallerdale Police said on Wednesday.

The police put the number of vehicles involved at 32; the fire service had spoken on Tuesday of about 40. Asked about the difference, Chief Inspector Maren Tolliver said the police count "is the one that will go to the coroner".

The storm has now been blamed for six deaths in Hallerdale, among them the three from the motorway pileup, according to the regional council. The others were the driver killed on the Crossfell Road, a man who collapsed while clearing snow in Brindle Moor and a woman struck by a falling tree in Sallow Fen.

Police said there had been more than 260 crashes across the region since Monday night.

Officers have seized the Pellworth Haulage lorry and its tachograph, and its driver has been questioned and released, the police said on Wednesday.

Pellworth Haulage said again that its driver had not caused the crash. But Marta Helgeson, who was caught in the pileup, told the Examiner she had seen the lorry's trailer swing out "before anything touched it".

The National Weather Office said on Wednesday that its figure of 38 centimetres at Carrowmere was correct and that snow measured in a park could easily have drifted. "Snow piles up against walls and fences, and a gauge in the wrong place will always read high," said Ingrid Salvesen, a forecaster at the weather office.

Northline Power said 19,000 homes were still without power on Wednesday morning, most of them in the hills above Brindle Moor.

The Regional Roads Agency reopened the northbound carriageway early on Wednesday after the wrecks were lifted away overnight, the agency said.

Sunita Rawle-Harker, the leader of the regional council, said the roads agency had questions to answer. "We were told the motorway was treated. Our residents say it was not," she said.

The roads agency said it would publish its gritting records for the night of the crash.

Snow eased across most of Hallerdale by Wednesday afternoon, though the weather office warned that freezing fog would make roads treacherous overnight.

""" + BG + """

Get the Examiner's morning briefing in your inbox: sign up at the foot of this page."""
a4 = """CARROWMERE (Hallerdale FM) - Power has been restored to all but about 2,500 homes in Hallerdale, Northline Power said on Thursday, February 5, as the region began to dig out from the storm.

Engineers were still working on lines in the hills above Brindle Moor, where fallen trees had blocked the lanes, a Northline spokesman said.

Hallerdale Police said officers had now attended 312 crashes since the snow began.

Chief Inspector Maren Tolliver said investigators had collected dashcam footage from at least four vehicles caught up in Tuesday's 40-car pileup on the Ostermere Motorway, and were asking other drivers to come forward.

Pellworth Haulage did not deny that its lorry had jackknifed, saying only that its driver had been struck from behind first.

The driver killed on the Crossfell Road near Wexley Bridge was named by police as Arnold Fenby, a retired farmer from the town.

About 120 schools stayed closed, the Hallerdale Regional Council said. The council said its own gritters had spread 9,000 tonnes of salt on the region's roads during the storm.

Sunita Rawle-Harker, the council leader, said she had written to the Regional Roads Agency to ask for an independent review of how the motorway was treated.

At Carrowmere's bus station, services ran to a reduced timetable, and several routes into the hills were still suspended.

Volunteers from mountain rescue teams helped farmers reach sheep buried in drifts on the high ground, and delivered food to isolated houses.

Trains between Carrowmere and Sallow Fen ran again from the afternoon, after snowploughs cleared drifts from the line in the cutting below Brindle Moor.

In Carrowmere, shelves of salt, shovels and bread emptied quickly as people stocked up in case the snow returned before the weekend.

The National Weather Office said temperatures would rise above freezing at the weekend, bringing a risk of flooding as the snow melted.

Listeners have been sending us their photographs of the snow all week, and we will be sharing the best of them on our website.

Hallerdale FM: travel news every 15 minutes at peak times. Tell us what you see on the roads: text the studio or call the travel line."""
a5 = """The 32-vehicle pileup on the Ostermere Motorway on Tuesday was the worst crash on the road since 2013, when 51 vehicles collided in fog near Sallow Fen and two people died.

This week's crash killed three people. Elspeth Marwick and Tobiah Quenby, both from Carrowmere, died at the scene. Rosalind Achterberg, a retired teacher from Haldane Cross, died in the Hallerdale Royal Infirmary on Tuesday night.

Hallerdale Police said on Friday that officers had attended 331 crashes across the region between Monday night and Thursday evening, 14 of them serious.

Graham Ettrick, the managing director of Pellworth Haulage, said the company had given the police footage from a camera in its lorry's cab. "It shows exactly what we have said from the start," he said.

Chief Inspector Maren Tolliver would not say what the footage showed. She said the investigation into the pileup would take several weeks.

The Regional Roads Agency published its gritting records on Thursday. The northbound carriageway near Haldane Cross was last salted at 1.40 a.m. on Tuesday, almost six hours before the crash, according to the agency's records.

Sunita Rawle-Harker, the leader of the regional council, said the records showed the motorway "was left to freeze in the worst night of the winter".

The agency said its crews had been sent to the higher roads above Brindle Moor, where conditions were worse, and that the motorway had been salted "in line with our plan".

At Carrowmere, the Carrowmere Weather Society is standing by its reading of 55 centimetres. Dorothy Amberley, its secretary, said the society had measured in the same corner of the park for 40 years. The National Weather Office has put the town's snowfall at 38 centimetres.

Northline Power said every home in the region had been reconnected by Thursday night.

A book of condolence for the three victims of the motorway crash has been opened at Carrowmere town hall.

The funeral of Tobiah Quenby, a junior football coach, will be held at St. Wilfrid's church in Carrowmere on Wednesday. His club has asked mourners to wear its colours.

(c) 2026 Carrowmere Weekly Advertiser. All rights reserved."""
arts = [
 {"id": A1, "title": "Two dead in 40-car pileup as storm hits Hallerdale", "published": "2026-02-03", "source": "northway-press-association", "text": a1},
 {"id": A2, "title": "Police say 32 vehicles in deadly motorway pileup; more than 200 crashes across region", "published": "2026-02-03", "source": "hallerdale-evening-mail", "text": a2},
 {"id": A3, "title": "Motorway pileup toll rises to three as storm moves east", "published": "2026-02-04", "source": "morning-examiner", "text": a3},
 {"id": A4, "title": "Power back for most of Hallerdale; police collect pileup footage", "published": None, "source": "hallerdale-fm", "text": a4},
 {"id": A5, "title": "Worst motorway crash since 2013: Carrowmere counts the cost of the storm", "published": "2026-02-06", "source": "carrowmere-weekly-advertiser", "text": a5},
]
E = [
 ("Hallerdale", "GPE", ["Hallerdale", "Hallerdale region"]),
 ("Ostermere Motorway", "FAC", ["Ostermere Motorway", "motorway"]),
 ("Haldane Cross", "GPE", ["Haldane Cross"]), ("Carrowmere", "GPE", ["Carrowmere"]),
 ("Wexley Bridge", "GPE", ["Wexley Bridge"]), ("Sallow Fen", "GPE", ["Sallow Fen"]),
 ("Brindle Moor", "GPE", ["Brindle Moor"]),
 ("Crossfell Road", "FAC", ["Crossfell Road"]),
 ("Hallerdale Fire and Rescue Service", "ORG", ["Hallerdale Fire and Rescue Service", "fire service"]),
 ("Desmond Okonjo-Hale", "PERSON", ["Station Commander Desmond Okonjo-Hale", "Desmond Okonjo-Hale"]),
 ("Hallerdale Royal Infirmary", "FAC", ["Hallerdale Royal Infirmary", "hospital"]),
 ("Witnesses", "PERSON", ["Witnesses"]),
 ("Marta Helgesen", "PERSON", ["Marta Helgesen", "Marta Helgeson"]),
 ("Hallerdale Police", "ORG", ["Hallerdale Police", "police"]),
 ("Maren Tolliver", "PERSON", ["Chief Inspector Maren Tolliver", "Maren Tolliver"]),
 ("National Weather Office", "ORG", ["National Weather Office", "weather office", "office"]),
 ("Ingrid Salvesen", "PERSON", ["Ingrid Salvesen"]),
 ("Northline Power", "ORG", ["Northline Power", "Northline"]),
 ("Hallerdale Regional Council", "ORG", ["Hallerdale Regional Council", "regional council", "council"]),
 ("Sunita Rawle-Harker", "PERSON", ["Sunita Rawle-Harker"]),
 ("Pellworth Haulage Ltd", "ORG", ["Pellworth Haulage Ltd", "Pellworth Haulage", "Pellworth"]),
 ("Graham Ettrick", "PERSON", ["Graham Ettrick", "Ettrick"]),
 ("Carrowmere Weather Society", "ORG", ["Carrowmere Weather Society", "society"]),
 ("Dorothy Amberley", "PERSON", ["Dorothy Amberley"]),
 ("Regional Roads Agency", "ORG", ["Regional Roads Agency", "roads agency", "agency"]),
 ("Drivers on local radio phone-ins", "PERSON", ["Drivers on local radio phone-ins"]),
 ("Haldane Cross services staff", "PERSON", ["staff"]),
 ("Arnold Fenby", "PERSON", ["Arnold Fenby"]),
 ("Elspeth Marwick", "PERSON", ["Elspeth Marwick"]),
 ("Tobiah Quenby", "PERSON", ["Tobiah Quenby"]),
 ("Rosalind Achterberg", "PERSON", ["Rosalind Achterberg"]),
 ("Haldane Cross services", "FAC", ["Haldane Cross services"]),
 ("St. Wilfrid's church", "FAC", ["St. Wilfrid's church"]),
 ("Carrowmere town hall", "FAC", ["Carrowmere town hall"]),
 ("Northway Press Association", "ORG", ["Northway Press Association"]),
 ("Morning Examiner", "ORG", ["Morning Examiner", "Examiner"]),
 ("Hallerdale FM", "ORG", ["Hallerdale FM"]),
]
F = [
 (A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway", "killed", 2, 2),
 (A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway", "injured", 23, 23),
 (A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway", "other", 40, 40),
 (A1, "said his crews had cut 11 people free from their vehicles", "other", 11, 11),
 (A1, "Six of the injured were in a serious condition at the Hallerdale Royal Infirmary", "injured", 6, 6),
 (A1, "It slid sideways and stopped across all three lanes", "other", 3, 3),
 (A1, "queues stretched for up to 15 kilometres", "distance", None, 15),
 (A1, "said 38 centimetres of snow had fallen at Carrowmere by Tuesday morning", "other", 38, 38),
 (A1, "Northline Power said about 46,000 homes across the region were without electricity", "other", 46000, 46000),
 (A1, "More than 300 schools were closed, the Hallerdale Regional Council said", "other", 300, None),
 (A1, BG, "distance", 140, 140), (A1, BG, "other", 60000, 60000),
 (A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup", "other", 32, 32),
 (A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup", "other", 9, 9),
 (A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup", "killed", 2, 2),
 (A2, "Twenty-three people were hurt, six of them seriously, the police said.", "injured", 23, 23),
 (A2, "Twenty-three people were hurt, six of them seriously, the police said.", "injured", 6, 6),
 (A2, "A coach carrying 48 schoolchildren to a swimming gala", "other", 48, 48),
 (A2, "A coach carrying 48 schoolchildren to a swimming gala", "injured", 0, 0),
 (A2, "said officers had dealt with more than 200 crashes across Hallerdale", "other", 200, None),
 (A2, "six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people", "other", 6, 6),
 (A2, "six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people", "killed", 1, 1),
 (A2, "six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people", "injured", 4, 4),
 (A2, "measured 55 centimetres of snow in the town's park by noon, far more than the 38 centimetres", "other", 55, 55),
 (A2, "measured 55 centimetres of snow in the town's park by noon, far more than the 38 centimetres", "other", 38, 38),
 (A2, "Come and stand in my garden and tell me it is 38.", "other", 38, 38),
 (A2, "Northline Power said 41,000 homes were still without electricity this evening", "other", 41000, 41000),
 (A3, "bringing its toll to three, Hallerdale Police said on Wednesday", "killed", 3, 3),
 (A3, "The police put the number of vehicles involved at 32; the fire service had spoken on Tuesday of about 40.", "other", 32, 32),
 (A3, "The police put the number of vehicles involved at 32; the fire service had spoken on Tuesday of about 40.", "other", 40, 40),
 (A3, "The storm has now been blamed for six deaths in Hallerdale, among them the three from the motorway pileup", "killed", 6, 6),
 (A3, "The storm has now been blamed for six deaths in Hallerdale, among them the three from the motorway pileup", "killed", 3, 3),
 (A3, "Police said there had been more than 260 crashes across the region since Monday night.", "other", 260, None),
 (A3, "its figure of 38 centimetres at Carrowmere was correct", "other", 38, 38),
 (A3, "Northline Power said 19,000 homes were still without power on Wednesday morning", "other", 19000, 19000),
 (A3, BG, "distance", 140, 140), (A3, BG, "other", 60000, 60000),
 (A4, "Power has been restored to all but about 2,500 homes in Hallerdale", "other", 2500, 2500),
 (A4, "Hallerdale Police said officers had now attended 312 crashes since the snow began.", "other", 312, 312),
 (A4, "had collected dashcam footage from at least four vehicles caught up in Tuesday's 40-car pileup", "other", 4, None),
 (A4, "had collected dashcam footage from at least four vehicles caught up in Tuesday's 40-car pileup", "other", 40, 40),
 (A4, "About 120 schools stayed closed, the Hallerdale Regional Council said.", "other", 120, 120),
 (A4, "had spread 9,000 tonnes of salt on the region's roads during the storm", "other", 9000, 9000),
 (A5, "The 32-vehicle pileup on the Ostermere Motorway on Tuesday was the worst crash on the road since 2013", "other", 32, 32),
 (A5, "The 32-vehicle pileup on the Ostermere Motorway on Tuesday was the worst crash on the road since 2013", "other", 51, 51),
 (A5, "The 32-vehicle pileup on the Ostermere Motorway on Tuesday was the worst crash on the road since 2013", "killed", 2, 2),
 (A5, "This week's crash killed three people.", "killed", 3, 3),
 (A5, "had attended 331 crashes across the region between Monday night and Thursday evening, 14 of them serious", "other", 331, 331),
 (A5, "had attended 331 crashes across the region between Monday night and Thursday evening, 14 of them serious", "other", 14, 14),
 (A5, "almost six hours before the crash", "other", None, 6),
 (A5, "is standing by its reading of 55 centimetres", "other", 55, 55),
 (A5, "had measured in the same corner of the park for 40 years", "other", 40, 40),
 (A5, "has put the town's snowfall at 38 centimetres", "other", 38, 38),
 (A5, "A book of condolence for the three victims of the motorway crash", "killed", 3, 3),
]
CL = [
 (A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway", "Hallerdale Fire and Rescue Service", "assert"),
 (A1, "said his crews had cut 11 people free from their vehicles", "Desmond Okonjo-Hale", "assert"),
 (A1, "Visibility was almost nothing.", "Desmond Okonjo-Hale", "assert"),
 (A1, "People drove into a white wall and found a wall of metal behind it", "Desmond Okonjo-Hale", "assert"),
 (A1, "Six of the injured were in a serious condition at the Hallerdale Royal Infirmary", "Hallerdale Royal Infirmary", "assert"),
 (A1, "Witnesses said a lorry had jackknifed across the northbound lanes", "Witnesses", "assert"),
 (A1, "It slid sideways and stopped across all three lanes", "Marta Helgesen", "assert"),
 (A1, "Hallerdale Police said it was too early to say what had caused the crash.", "Hallerdale Police", "assert"),
 (A1, "said 38 centimetres of snow had fallen at Carrowmere by Tuesday morning", "National Weather Office", "assert"),
 (A1, "The weather office warned that more snow and strong winds would follow", "National Weather Office", "assert"),
 (A1, "Northline Power said about 46,000 homes across the region were without electricity", "Northline Power", "assert"),
 (A1, "More than 300 schools were closed, the Hallerdale Regional Council said", "Hallerdale Regional Council", "assert"),
 (A1, "Drivers stranded behind the crash described hours in their cars", "Stranded drivers", "assert"),
 (A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup", "Hallerdale Police", "assert"),
 (A2, "Twenty-three people were hurt, six of them seriously, the police said.", "Hallerdale Police", "assert"),
 (A2, "A coach carrying 48 schoolchildren to a swimming gala", "Hallerdale Police", "assert"),
 (A2, "said officers had dealt with more than 200 crashes across Hallerdale", "Maren Tolliver", "assert"),
 (A2, "Please, if your journey can wait, let it wait", "Maren Tolliver", "assert"),
 (A2, "six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people", "Hallerdale Police", "assert"),
 (A2, "The lorry that witnesses say jackknifed in front of the motorway pileup", "Witnesses", "assert"),
 (A2, "Pellworth denied that its driver had caused the crash.", "Pellworth Haulage Ltd", "deny"),
 (A2, "He did not cause this crash", "Graham Ettrick", "deny"),
 (A2, "Ettrick said the driver had been keeping well within the speed limit", "Graham Ettrick", "assert"),
 (A2, "measured 55 centimetres of snow in the town's park by noon, far more than the 38 centimetres", "Carrowmere Weather Society", "assert"),
 (A2, "measured 55 centimetres of snow in the town's park by noon, far more than the 38 centimetres", "National Weather Office", "assert"),
 (A2, "The office measures at the airfield on the edge of town", "Dorothy Amberley", "assert"),
 (A2, "Come and stand in my garden and tell me it is 38.", "Dorothy Amberley", "assert"),
 (A2, "Northline Power said 41,000 homes were still without electricity this evening", "Northline Power", "assert"),
 (A2, "said its gritters had been out since Sunday evening", "Regional Roads Agency", "assert"),
 (A2, "said they had not seen a gritter on the northbound carriageway all morning", "Drivers on local radio phone-ins", "assert"),
 (A2, "staff said they had served more hot drinks by lunchtime than in a normal week", "Haldane Cross services staff", "assert"),
 (A3, "bringing its toll to three, Hallerdale Police said on Wednesday", "Hallerdale Police", "assert"),
 (A3, "The police put the number of vehicles involved at 32; the fire service had spoken on Tuesday of about 40.", "Hallerdale Police", "assert"),
 (A3, "The police put the number of vehicles involved at 32; the fire service had spoken on Tuesday of about 40.", "Hallerdale Fire and Rescue Service", "assert"),
 (A3, "said the police count \"is the one that will go to the coroner\"", "Maren Tolliver", "assert"),
 (A3, "The storm has now been blamed for six deaths in Hallerdale, among them the three from the motorway pileup", "Hallerdale Regional Council", "assert"),
 (A3, "Police said there had been more than 260 crashes across the region since Monday night.", "Hallerdale Police", "assert"),
 (A3, "Officers have seized the Pellworth Haulage lorry and its tachograph", "Hallerdale Police", "assert"),
 (A3, "Pellworth Haulage said again that its driver had not caused the crash.", "Pellworth Haulage Ltd", "deny"),
 (A3, "told the Examiner she had seen the lorry's trailer swing out", "Marta Helgesen", "assert"),
 (A3, "its figure of 38 centimetres at Carrowmere was correct", "National Weather Office", "assert"),
 (A3, "Snow piles up against walls and fences", "Ingrid Salvesen", "assert"),
 (A3, "Northline Power said 19,000 homes were still without power on Wednesday morning", "Northline Power", "assert"),
 (A3, "reopened the northbound carriageway early on Wednesday after the wrecks were lifted away overnight, the agency said", "Regional Roads Agency", "assert"),
 (A3, "said the roads agency had questions to answer", "Sunita Rawle-Harker", "assert"),
 (A3, "We were told the motorway was treated.", "Sunita Rawle-Harker", "assert"),
 (A3, "Our residents say it was not", "Sunita Rawle-Harker", "assert"),
 (A3, "Our residents say it was not", "Hallerdale residents", "assert"),
 (A3, "The roads agency said it would publish its gritting records", "Regional Roads Agency", "assert"),
 (A3, "the weather office warned that freezing fog would make roads treacherous", "National Weather Office", "assert"),
 (A4, "Power has been restored to all but about 2,500 homes in Hallerdale", "Northline Power", "assert"),
 (A4, "Engineers were still working on lines in the hills above Brindle Moor", "Northline Power", "assert"),
 (A4, "Hallerdale Police said officers had now attended 312 crashes since the snow began.", "Hallerdale Police", "assert"),
 (A4, "had collected dashcam footage from at least four vehicles caught up in Tuesday's 40-car pileup", "Maren Tolliver", "assert"),
 (A4, "saying only that its driver had been struck from behind first", "Pellworth Haulage Ltd", "assert"),
 (A4, "was named by police as Arnold Fenby", "Hallerdale Police", "assert"),
 (A4, "About 120 schools stayed closed, the Hallerdale Regional Council said.", "Hallerdale Regional Council", "assert"),
 (A4, "had spread 9,000 tonnes of salt on the region's roads during the storm", "Hallerdale Regional Council", "assert"),
 (A4, "said she had written to the Regional Roads Agency", "Sunita Rawle-Harker", "assert"),
 (A4, "said temperatures would rise above freezing at the weekend", "National Weather Office", "assert"),
 (A5, "Hallerdale Police said on Friday that officers had attended 331 crashes", "Hallerdale Police", "assert"),
 (A5, "said the company had given the police footage from a camera in its lorry's cab", "Graham Ettrick", "assert"),
 (A5, "It shows exactly what we have said from the start", "Graham Ettrick", "assert"),
 (A5, "She said the investigation into the pileup would take several weeks.", "Maren Tolliver", "assert"),
 (A5, "almost six hours before the crash, according to the agency's records", "Regional Roads Agency", "assert"),
 (A5, "said the records showed the motorway", "Sunita Rawle-Harker", "assert"),
 (A5, "The agency said its crews had been sent to the higher roads above Brindle Moor", "Regional Roads Agency", "assert"),
 (A5, "is standing by its reading of 55 centimetres", "Carrowmere Weather Society", "assert"),
 (A5, "said the society had measured in the same corner of the park for 40 years", "Dorothy Amberley", "assert"),
 (A5, "has put the town's snowfall at 38 centimetres", "National Weather Office", "assert"),
 (A5, "Northline Power said every home in the region had been reconnected by Thursday night.", "Northline Power", "assert"),
 (A5, "His club has asked mourners to wear its colours.", "Tobiah Quenby's club", "assert"),
]
E += [("Stranded drivers", "PERSON", ["Drivers stranded behind the crash"]),
      ("Hallerdale residents", "PERSON", ["Our residents"]),
      ("Tobiah Quenby's club", "ORG", ["His club"])]
T = [
 (A1, "near Haldane Cross on Tuesday morning, as a winter storm swept across", "Tuesday morning", "2026-02-03"),
 (A1, "Snow began falling across Hallerdale late on Monday and continued through Tuesday", "Monday", "2026-02-02"),
 (A1, "Snow began falling across Hallerdale late on Monday and continued through Tuesday", "Tuesday", "2026-02-03"),
 (A1, "had fallen at Carrowmere by Tuesday morning", "Tuesday morning", "2026-02-03"),
 (A1, "would follow into Wednesday", "Wednesday", "2026-02-04"),
 (A1, BG, "1987", "1987"),
 (A2, "Hallerdale Police said this afternoon", "this afternoon", "2026-02-03"),
 (A2, "near Haldane Cross this morning", "this morning", "2026-02-03"),
 (A2, "since the snow began late on Monday", "Monday", "2026-02-02"),
 (A2, "still without electricity this evening", "this evening", "2026-02-03"),
 (A2, "might not be reconnected until Thursday", "Thursday", "2026-02-05"),
 (A2, "had been out since Sunday evening", "Sunday evening", "2026-02-01"),
 (A3, "A woman injured in Tuesday's pileup", "Tuesday", "2026-02-03"),
 (A3, "bringing its toll to three, Hallerdale Police said on Wednesday", "Wednesday", "2026-02-04"),
 (A3, "the fire service had spoken on Tuesday of about 40", "Tuesday", "2026-02-03"),
 (A3, "across the region since Monday night", "Monday night", "2026-02-02"),
 (A3, "questioned and released, the police said on Wednesday", "Wednesday", "2026-02-04"),
 (A3, "The National Weather Office said on Wednesday", "Wednesday", "2026-02-04"),
 (A3, "without power on Wednesday morning", "Wednesday morning", "2026-02-04"),
 (A3, "reopened the northbound carriageway early on Wednesday", "Wednesday", "2026-02-04"),
 (A3, "by Wednesday afternoon", "Wednesday afternoon", "2026-02-04"),
 (A3, BG, "1987", "1987"),
 (A4, "Northline Power said on Thursday, February 5", "Thursday, February 5", "XXXX-02-05"),
 (A4, "caught up in Tuesday's 40-car pileup", "Tuesday", "XXXX-02-03"),
 (A5, "The 32-vehicle pileup on the Ostermere Motorway on Tuesday", "Tuesday", "2026-02-03"),
 (A5, "the worst crash on the road since 2013", "2013", "2013"),
 (A5, "died in the Hallerdale Royal Infirmary on Tuesday night", "Tuesday night", "2026-02-03"),
 (A5, "Hallerdale Police said on Friday", "Friday", "2026-02-06"),
 (A5, "between Monday night and Thursday evening", "Monday night", "2026-02-02"),
 (A5, "between Monday night and Thursday evening", "Thursday evening", "2026-02-05"),
 (A5, "published its gritting records on Thursday", "Thursday", "2026-02-05"),
 (A5, "last salted at 1.40 a.m. on Tuesday", "Tuesday", "2026-02-03"),
 (A5, "had been reconnected by Thursday night", "Thursday night", "2026-02-05"),
 (A5, "at St. Wilfrid's church in Carrowmere on Wednesday", "Wednesday", "2026-02-11"),
]
size = [R(A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway"),
        R(A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup"),
        R(A3, "The police put the number of vehicles involved at 32; the fire service had spoken on Tuesday of about 40."),
        R(A4, "had collected dashcam footage from at least four vehicles caught up in Tuesday's 40-car pileup"),
        R(A5, "The 32-vehicle pileup on the Ostermere Motorway on Tuesday was the worst crash on the road since 2013")]
snow = [R(A1, "said 38 centimetres of snow had fallen at Carrowmere by Tuesday morning"),
        R(A2, "measured 55 centimetres of snow in the town's park by noon, far more than the 38 centimetres"),
        R(A2, "Come and stand in my garden and tell me it is 38."),
        R(A3, "its figure of 38 centimetres at Carrowmere was correct"),
        R(A5, "is standing by its reading of 55 centimetres"),
        R(A5, "has put the town's snowfall at 38 centimetres")]
lorry = [R(A1, "Witnesses said a lorry had jackknifed across the northbound lanes"),
         R(A1, "It slid sideways and stopped across all three lanes"),
         R(A2, "The lorry that witnesses say jackknifed in front of the motorway pileup"),
         R(A2, "Pellworth denied that its driver had caused the crash."),
         R(A2, "He did not cause this crash"),
         R(A3, "Pellworth Haulage said again that its driver had not caused the crash."),
         R(A3, "told the Examiner she had seen the lorry's trailer swing out")]
gold = dict(
 note="FICTIONAL: every place, person, road, company, body, outlet and figure in this cluster is invented for newsbrief's benchmark. February 1-11, 2026: a snowstorm across the Hallerdale region from late on Monday, February 2; on Tuesday morning, February 3, a pileup on the northbound Ostermere Motorway near Haldane Cross. Its size: a 40-car pileup (the fire service, in the Northway Press Association wire; repeated by Hallerdale FM) vs 32 vehicles, nine of them lorries (Hallerdale Police; the Morning Examiner and the Advertiser), the same toll: a disagreement (measure other). Dead 2 (Tuesday), 3 (Wednesday, a woman who died in hospital overnight): a progression; injured 23 with six serious (a part); none of 48 schoolchildren on a coach in the pileup hurt (injured 0, the 48 other). Snowfall at Carrowmere 38 centimetres (the National Weather Office) vs 55 (the Carrowmere Weather Society), each standing by its figure: a disagreement. Witnesses and a driver say a Pellworth Haulage lorry jackknifed across the lanes before the first cars hit it; Pellworth denies its driver caused the crash (Tuesday, again Wednesday): a denial; on Thursday it 'did not deny' the jackknife, 'saying only that' (an assert, no denial). Not disagreements: crashes across the region more than 200, more than 260, 312, 331 (a progression, another measure than the pileup's vehicles); a six-vehicle crash on the Crossfell Road near Wexley Bridge with one dead and four hurt (another incident); the 2013 fog crash's 51 vehicles and two dead (another event); storm deaths six, three of them from the pileup (a part); homes without power about 46,000, 41,000, 19,000, about 2,500, then none (a progression); schools closed more than 300, then about 120; 140 kilometres and 60,000 vehicles a day (the road). Clock times and ages are not annotated. 'Would not say' is no claim. Helgesen / Helgeson is one woman. Article a4 is an undated radio piece with a dateline (Thursday, February 5) and a station footer; a1 has a photo caption, a2 a 'Related:' line, a3 a newsletter footer, a5 a copyright footer; a background paragraph is shared by a1 and a3.",
 source={"dataset": "bench/fictional, round 6 (written for newsbrief, session 16)", "fictional": True,
         "documents": {A1: "Northway Press Association, Tuesday", A2: "Hallerdale Evening Mail, Tuesday", A3: "The Morning Examiner, Wednesday",
                       A4: "Hallerdale FM (web), no published date; dateline Thursday, February 5", A5: "Carrowmere Weekly Advertiser, Friday"},
         "published": "given for every article except ostermere-motorway-pileup-a4 (dateline only)"},
 must_remove=[R(A1, "PHOTO: Snow settles on wrecked cars strung out along the northbound lanes of the Ostermere Motorway near Haldane Cross on Tuesday."),
              R(A2, "Related: Hallerdale's gritting budget: where the money went last winter"),
              R(A3, "Get the Examiner's morning briefing in your inbox: sign up at the foot of this page."),
              R(A4, "Hallerdale FM: travel news every 15 minutes at peak times"),
              R(A5, "(c) 2026 Carrowmere Weekly Advertiser")],
 must_keep=[R(A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway"),
            R(A1, "Witnesses said a lorry had jackknifed across the northbound lanes"),
            R(A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup"),
            R(A2, "said officers had dealt with more than 200 crashes across Hallerdale"),
            R(A2, "six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people"),
            R(A2, "Pellworth denied that its driver had caused the crash."),
            R(A2, "measured 55 centimetres of snow in the town's park by noon"),
            R(A3, "bringing its toll to three, Hallerdale Police said on Wednesday"),
            R(A4, "Pellworth Haulage did not deny that its lorry had jackknifed"),
            R(A5, "when 51 vehicles collided in fog near Sallow Fen and two people died")],
 not_in_summary=[R(A2, "staff said they had served more hot drinks by lunchtime than in a normal week"),
                 R(A5, "His club has asked mourners to wear its colours."),
                 R(A4, "Listeners have been sending us their photographs of the snow all week")],
 duplicates=[[R(A1, BG), R(A3, BG)]],
 periods={"2026-02": [R(A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway"),
                      R(A3, "bringing its toll to three, Hallerdale Police said on Wednesday"),
                      R(A5, "had attended 331 crashes across the region between Monday night and Thursday evening")]},
 events=[
  {"name": "Snowstorm reaches Hallerdale", "date": "2026-02-02", "tolerance_days": 1,
   "members": [R(A1, "Snow began falling across Hallerdale late on Monday and continued through Tuesday")]},
  {"name": "Pileup on the Ostermere Motorway near Haldane Cross kills two", "date": "2026-02-03", "tolerance_days": 0,
   "members": [R(A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway"),
               R(A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup")]},
  {"name": "Six-vehicle crash on the Crossfell Road near Wexley Bridge", "date": "2026-02-03", "tolerance_days": 0,
   "members": [R(A2, "six vehicles collided on a steep bend shortly after 2 p.m., killing one driver and injuring four people")]},
  {"name": "A third pileup victim dies; toll three", "date": "2026-02-03", "tolerance_days": 1,
   "members": [R(A3, "A woman injured in Tuesday's pileup on the Ostermere Motorway died in hospital overnight")]},
  {"name": "Roads agency publishes its gritting records", "date": "2026-02-05", "tolerance_days": 0,
   "members": [R(A5, "The Regional Roads Agency published its gritting records on Thursday.")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "other", "name": "Size of the Ostermere Motorway pileup: a 40-car pileup (the fire service; Northway Press Association, Hallerdale FM) vs 32 vehicles (Hallerdale Police; Evening Mail, Examiner, Advertiser), the same toll",
   "any_two_of": size},
  {"kind": "figure", "measure": "other", "name": "Snow at Carrowmere: 38 centimetres (the National Weather Office) vs 55 centimetres (the Carrowmere Weather Society)",
   "any_two_of": snow},
  {"kind": "denial", "name": "Witnesses say a Pellworth lorry jackknifed across the lanes before the first cars hit it; Pellworth denies its driver caused the crash",
   "any_two_of": lorry},
 ],
 summary_must_cover=[
  {"name": "Pileup on the Ostermere Motorway kills two in a snowstorm", "any_of": [R(A1, "Two people were killed and 23 injured in a 40-car pileup on the Ostermere Motorway"), R(A2, "said this afternoon that 32 vehicles, nine of them lorries, were caught up in the pileup")]},
  {"name": "Toll rises to three", "any_of": [R(A3, "bringing its toll to three, Hallerdale Police said on Wednesday"), R(A5, "This week's crash killed three people.")]},
  {"name": "Accounts of the pileup's size differ: 40 cars vs 32 vehicles", "any_of": size},
  {"name": "Hundreds of crashes across the region", "any_of": [R(A2, "said officers had dealt with more than 200 crashes across Hallerdale"), R(A3, "Police said there had been more than 260 crashes across the region since Monday night."), R(A5, "had attended 331 crashes across the region between Monday night and Thursday evening")]},
  {"name": "Witnesses blame a jackknifed lorry; Pellworth denies its driver caused the crash", "any_of": lorry},
  {"name": "Power cuts", "any_of": [R(A1, "Northline Power said about 46,000 homes across the region were without electricity"), R(A2, "Northline Power said 41,000 homes were still without electricity this evening")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3, A4, A5], "forbidden_prefixes": ["2025-02", "2027-02"]},
 E=E, F=F, C=CL, T=T)
check(arts, gold)
write(C, arts, gold)
