from common import R, write, check
C = "skarrow-mine-collapse"
A1, A2, A3, A4, A5 = (C + "-a%d" % i for i in range(1, 6))
BG = "Skarrow Deep, opened in 1974, is the deepest of Brenmoor's four mines in Veldmark province, and in 2011 a fall of rock there killed seven men."
a1 = """SKARROW (Veldmark Press Agency) - Nine miners were missing on Wednesday after the roof of a tunnel caved in deep inside the Skarrow Deep mine late on Tuesday, the mine's owner, Brenmoor Mining Corporation, said.

Twenty-three men were working in the section, about 640 metres below the surface, when the roof came down shortly before midnight, the company said. Fourteen of them made their way to a lift and reached the surface.

The Federated Miners' Union put the number of missing men at 12. "Our own list, from the families and the shift board, has 12 names on it," said Teodor Vasquez-Lind, the union's regional secretary.

Odile Brannagh, a Brenmoor spokeswoman, said the company's figure came from the electronic tags that every miner wears underground. She would not say whether contract workers were included.

Eleven of the 14 men who escaped were treated at Skarrow District Hospital for cuts and breathing problems, and two were kept in overnight, the hospital said.

Teams from the Veldmark Mine Rescue Service went underground within an hour of the collapse. Its chief, Anders Nylund, said his crews were clearing rock by hand because the tunnel was too unstable for machines. "We are moving forward metre by metre," he said.

Joost Ramaker, 44, who was working about 50 metres from the collapse, said he had heard "a crack like a rifle shot" before the air filled with dust. "We ran, and we did not look back until we saw the lamps of the lift," he said.

The FMU said miners had told their supervisors about cracks in the roof of the tunnel a week before the collapse, and that nothing had been done.

Brenmoor denied it. "No warning about the roof of that tunnel was ever passed to mine management," Brannagh said.

The Provincial Mines Inspectorate said it had sent two inspectors to Skarrow. A spokesman for the inspectorate could not confirm whether any cracks had been reported.

Skarrow Deep employs about 2,100 people and produces copper and cobalt. Brenmoor's shares fell 6 percent on Wednesday.

""" + BG
a2 = """Several hundred relatives waited behind a wire fence at the gate of the Skarrow Deep mine on Wednesday as rescuers tried to reach the men missing since a tunnel roof fell in on Tuesday night.

Lerato Fenwick said her husband, a drill operator, had sent her a message at 11 p.m. to say his shift was going well. "That was the last thing I heard from him," she said, holding her phone.

The Federated Miners' Union said three of the 12 men it counts as missing were employed not by Brenmoor but by Tilsey Shaft Services, a contractor that digs new tunnels at the mine. Teodor Vasquez-Lind, the union official, said Brenmoor's count of nine had simply left them out.

Tilsey Shaft Services declined to comment. Brenmoor would not say how many contract workers had been underground on Tuesday night.

Relatives of two Tilsey workers said the contractor's crews had been sent into the section without gas detectors. Brenmoor rejected that. "Every person who goes below ground at Skarrow Deep carries a detector, whoever employs them," said Odile Brannagh, the company's spokeswoman.

Governor Amara Delacroix-Ueda arrived at the mine in the afternoon and met families in a school sports hall. She said the province would pay for counsellors and for relatives' travel, and that "every question about this mine will be answered".

At Brenmoor's Orrin Hill mine, about 80 kilometres to the north, work was halted on Wednesday and 300 miners were sent home while engineers checked its tunnels, the company said.

Skarrow District Hospital said both men it had kept in overnight were recovering well.

Church volunteers handed out soup and blankets at the gate as the evening turned cold, and the town's mayor opened the council chamber to families who had driven in from outlying villages.

The Veldmark Mine Rescue Service said its crews were working in four-hour shifts and had cleared a short stretch of the tunnel by evening, but it gave no estimate of when they might reach the missing men.

""" + BG + """

Related: Skarrow's copper boom: how one mine built a town"""
a3 = """SKARROW (Brenhill Herald) - Rescuers at the Skarrow Deep mine have found five of the missing miners alive in a refuge chamber, the Veldmark Mine Rescue Service said on Thursday, more than 30 hours after a tunnel roof collapsed.

A camera lowered through a narrow borehole showed the men sitting on benches, and they had tapped on the pipe in answer to the rescuers, said the service's chief, Anders Nyland.

"They have air, water and light. What they need now is for us to reach them," Nyland said. He said his crews would need at least 48 hours to clear the last 30 metres of rock.

Brenmoor said on Thursday that 12 men had been missing, not nine, after three workers employed by a contractor were added to its list. Seven men are still missing, the company said.

Teodor Vasquez-Lind of the Federated Miners' Union said the correction came "a day too late for the families who were told their men were not on the list".

None of the 40 rescuers working underground in shifts has been hurt, the rescue service said.

Chief inspector Wilhelmina Osei-Bryant of the Provincial Mines Inspectorate said her inspectors had issued a notice on June 2 ordering Brenmoor to put extra roof bolts into the tunnel. She said it was not yet clear whether that work had been done.

Brenmoor said the work "had been carried out as the notice required". The company did not say when.

About 1,200 miners at the mine's other shafts refused to go underground on Thursday until their own tunnels had been checked, the FMU said. The company said most shifts had run as normal.

Lerato Fenwick, whose husband is among the missing, said families had been told nothing about which five men had been found. "Every one of us thinks it might be ours," she said.

A prayer service for the missing men filled St. Columba's church in Skarrow on Wednesday evening, and a second was planned for Friday.

Photo caption: Rescue workers change shifts at the head of the main shaft at Skarrow Deep on Thursday. (Brenhill Herald)"""
a4 = """SKARROW (Radio Veldmark) - Five miners who spent more than three days trapped in a refuge chamber at the Skarrow Deep mine were brought to the surface alive on Saturday, June 13, the Veldmark Mine Rescue Service said.

Rescuers also found the bodies of three miners in the collapsed tunnel, two of them Tilsey contract workers. Four men remain missing, the service said.

The five men were taken to Skarrow District Hospital, which said they were weak and dehydrated but in a stable condition.

Relatives at the gate cheered as the ambulances passed. "I have my husband back, and I am thinking of the ones who do not," said Lerato Fenwick, whose husband, Tomas, was among the five.

Along the road to the gate, miners in orange overalls stood with their helmets in their hands as the ambulances went by. Some of them had worked the same shift as the men who died, and had gone back down to help the rescue crews.

Police arrested three Brenmoor managers, among them the mine manager, Caspar Threlfall, on suspicion of gross negligence, a spokesman for the Veldmark provincial police said. He would not say whether more arrests would follow.

Brenmoor did not deny that the tunnel had been reopened two days after the inspectorate's notice, saying only that the inspectors had been told of every step it had taken.

Governor Amara Delacroix Ueda said the arrests showed that "no one is above the law in this province". She said an independent panel would look into mine safety across Veldmark.

Brenmoor's chief executive, Hendrik Marais-Tully, said in a statement that the company was cooperating fully with the police and the inspectorate. He said he had "nothing but admiration" for the rescue crews.

The Federated Miners' Union said the arrests were "a start". Its regional secretary, Teodor Vasquez-Lind, said the men who had warned about the cracks should be heard by the panel before anyone else.

Anders Nylund, the rescue chief, said the search for the last four men would go on through the night. The collapsed stretch of tunnel had shifted again on Friday, he said, and two of his crews had been pulled back for several hours.

Radio Veldmark: news, sport and weather for the province, 24 hours a day."""
a5 = """The bodies of the last four missing miners were brought out of the Skarrow Deep mine on Sunday, bringing the toll of last week's collapse to seven, three of them contract workers, the Veldmark Mine Rescue Service said.

About 6,000 miners across Veldmark province stopped work on Monday in memory of the dead, the Federated Miners' Union said. Brenmoor Mining put the number at 2,400, most of them at Skarrow Deep itself.

Police said on Monday that a safety officer at the mine had been arrested on Sunday, bringing the number of people held over the collapse to four. All four are being questioned in Brenhill.

Brenmoor said it would pay 80,000 dollars to the family of each miner who died and would meet the costs of the funerals.

The FMU repeated its claim that miners had warned their supervisors about cracks in the tunnel roof a week before it fell. It said it had given the police the names of four men who made those reports.

Brenmoor again denied that any such warning had reached its managers. Odile Brannagh, the spokeswoman, said the company would "not comment on evidence that is now in the hands of the police".

The Provincial Mines Inspectorate said on Monday that it had ordered work to stop in every tunnel deeper than 600 metres at Brenmoor's four Veldmark mines until each had been checked.

Wilhelmina Osei-Bryant, the chief inspector, said that would take "weeks, not days". Hendrik Marais-Tully declined to comment on how much the stoppage would cost.

The collapse is the worst at Skarrow Deep since 2011, when seven men died in a fall of rock on a level above the one that gave way last week.

Tilsey Shaft Services, whose workers were among the dead, said in its first statement since the collapse that it was "devastated" and would support their families.

Funerals for two of the miners will be held in Skarrow on Wednesday. The town's shops are to close for the day.

Outside the Brenmoor offices on the main square, relatives laid flowers and lamps along the railings on Monday, beside photographs of the men and handwritten notes from their children.

(c) 2026 Orrin Valley Courier. All rights reserved."""
arts = [
 {"id": A1, "title": "Nine miners missing after tunnel roof caves in at Skarrow Deep", "published": "2026-06-10", "source": "veldmark-press-agency", "text": a1},
 {"id": A2, "title": "Families wait at Skarrow Deep gate as union says contract workers left off list", "published": "2026-06-10", "source": "skarrow-echo", "text": a2},
 {"id": A3, "title": "Five Skarrow miners found alive in refuge chamber", "published": "2026-06-11", "source": "brenhill-herald", "text": a3},
 {"id": A4, "title": "Five trapped miners brought out alive; three bodies found; managers arrested", "published": None, "source": "radio-veldmark", "text": a4},
 {"id": A5, "title": "Skarrow Deep toll reaches seven as thousands of miners stop work", "published": "2026-06-15", "source": "orrin-valley-courier", "text": a5},
]
E = [
 ("Skarrow Deep mine", "FAC", ["Skarrow Deep mine", "Skarrow Deep"]),
 ("Skarrow", "GPE", ["Skarrow"]), ("Veldmark province", "GPE", ["Veldmark province", "Veldmark"]),
 ("Brenmoor Mining Corporation", "ORG", ["Brenmoor Mining Corporation", "Brenmoor Mining", "Brenmoor"]),
 ("Federated Miners' Union", "ORG", ["Federated Miners' Union", "FMU", "union"]),
 ("Teodor Vasquez-Lind", "PERSON", ["Teodor Vasquez-Lind"]),
 ("Odile Brannagh", "PERSON", ["Odile Brannagh", "Brannagh"]),
 ("Skarrow District Hospital", "FAC", ["Skarrow District Hospital", "hospital"]),
 ("Veldmark Mine Rescue Service", "ORG", ["Veldmark Mine Rescue Service", "rescue service", "service"]),
 ("Anders Nylund", "PERSON", ["Anders Nylund", "Anders Nyland", "Nyland"]),
 ("Joost Ramaker", "PERSON", ["Joost Ramaker"]),
 ("Provincial Mines Inspectorate", "ORG", ["Provincial Mines Inspectorate", "inspectorate"]),
 ("Lerato Fenwick", "PERSON", ["Lerato Fenwick"]),
 ("Tilsey Shaft Services", "ORG", ["Tilsey Shaft Services", "Tilsey"]),
 ("Tilsey workers' relatives", "PERSON", ["Relatives of two Tilsey workers"]),
 ("Amara Delacroix-Ueda", "PERSON", ["Governor Amara Delacroix-Ueda", "Amara Delacroix-Ueda", "Amara Delacroix Ueda"]),
 ("Orrin Hill mine", "FAC", ["Orrin Hill mine"]),
 ("Wilhelmina Osei-Bryant", "PERSON", ["Wilhelmina Osei-Bryant"]),
 ("St. Columba's church", "FAC", ["St. Columba's church"]),
 ("Caspar Threlfall", "PERSON", ["Caspar Threlfall"]),
 ("Veldmark provincial police", "ORG", ["Veldmark provincial police", "police"]),
 ("Hendrik Marais-Tully", "PERSON", ["Hendrik Marais-Tully"]),
 ("Tomas Fenwick", "PERSON", ["Tomas"]),
 ("Brenhill", "GPE", ["Brenhill"]),
 ("Veldmark Press Agency", "ORG", ["Veldmark Press Agency"]),
 ("Brenhill Herald", "ORG", ["Brenhill Herald"]),
 ("Radio Veldmark", "ORG", ["Radio Veldmark"]),
]
F = [
 (A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in", "missing", 9, 9),
 (A1, "Twenty-three men were working in the section, about 640 metres below the surface", "other", 23, 23),
 (A1, "Twenty-three men were working in the section, about 640 metres below the surface", "distance", 640, 640),
 (A1, "Fourteen of them made their way to a lift and reached the surface.", "other", 14, 14),
 (A1, "put the number of missing men at 12", "missing", 12, 12),
 (A1, "Our own list, from the families and the shift board, has 12 names on it", "missing", 12, 12),
 (A1, "Eleven of the 14 men who escaped were treated at Skarrow District Hospital", "injured", 11, 11),
 (A1, "Eleven of the 14 men who escaped were treated at Skarrow District Hospital", "other", 14, 14),
 (A1, "Eleven of the 14 men who escaped were treated at Skarrow District Hospital", "injured", 2, 2),
 (A1, "who was working about 50 metres from the collapse", "distance", 50, 50),
 (A1, "it had sent two inspectors to Skarrow", "other", 2, 2),
 (A1, "Skarrow Deep employs about 2,100 people and produces copper and cobalt.", "other", 2100, 2100),
 (A1, "Brenmoor's shares fell 6 percent on Wednesday.", "other", 6, 6),
 (A1, BG, "other", 4, 4), (A1, BG, "killed", 7, 7),
 (A2, "Several hundred relatives waited behind a wire fence", "other", None, None, True),
 (A2, "said three of the 12 men it counts as missing were employed not by Brenmoor", "missing", 3, 3),
 (A2, "said three of the 12 men it counts as missing were employed not by Brenmoor", "missing", 12, 12),
 (A2, "said Brenmoor's count of nine had simply left them out", "missing", 9, 9),
 (A2, "Relatives of two Tilsey workers said the contractor's crews had been sent into the section", "other", 2, 2),
 (A2, "about 80 kilometres to the north, work was halted on Wednesday and 300 miners were sent home", "distance", 80, 80),
 (A2, "about 80 kilometres to the north, work was halted on Wednesday and 300 miners were sent home", "other", 300, 300),
 (A2, "its crews were working in four-hour shifts", "other", 4, 4),
 (A2, BG, "other", 4, 4), (A2, BG, "killed", 7, 7),
 (A3, "have found five of the missing miners alive in a refuge chamber", "other", 5, 5),
 (A3, "have found five of the missing miners alive in a refuge chamber", "other", 30, None),
 (A3, "would need at least 48 hours to clear the last 30 metres of rock", "other", 48, None),
 (A3, "would need at least 48 hours to clear the last 30 metres of rock", "distance", 30, 30),
 (A3, "that 12 men had been missing, not nine, after three workers employed by a contractor", "missing", 12, 12),
 (A3, "that 12 men had been missing, not nine, after three workers employed by a contractor", "missing", 9, 9),
 (A3, "that 12 men had been missing, not nine, after three workers employed by a contractor", "missing", 3, 3),
 (A3, "Seven men are still missing, the company said.", "missing", 7, 7),
 (A3, "None of the 40 rescuers working underground in shifts has been hurt", "injured", 0, 0),
 (A3, "None of the 40 rescuers working underground in shifts has been hurt", "other", 40, 40),
 (A3, "About 1,200 miners at the mine's other shafts refused to go underground", "participants", 1200, 1200),
 (A4, "Five miners who spent more than three days trapped in a refuge chamber", "other", 5, 5),
 (A4, "Five miners who spent more than three days trapped in a refuge chamber", "other", 3, None),
 (A4, "Rescuers also found the bodies of three miners in the collapsed tunnel, two of them Tilsey contract workers.", "killed", 3, 3),
 (A4, "Rescuers also found the bodies of three miners in the collapsed tunnel, two of them Tilsey contract workers.", "killed", 2, 2),
 (A4, "Four men remain missing, the service said.", "missing", 4, 4),
 (A4, "The five men were taken to Skarrow District Hospital", "injured", 5, 5),
 (A4, "Police arrested three Brenmoor managers", "arrested", 3, 3),
 (A4, "had been reopened two days after the inspectorate's notice", "other", 2, 2),
 (A4, "the search for the last four men would go on through the night", "missing", 4, 4),
 (A4, "two of his crews had been pulled back for several hours", "other", 2, 2),
 (A5, "bringing the toll of last week's collapse to seven, three of them contract workers", "killed", 4, 4),
 (A5, "bringing the toll of last week's collapse to seven, three of them contract workers", "killed", 7, 7),
 (A5, "bringing the toll of last week's collapse to seven, three of them contract workers", "killed", 3, 3),
 (A5, "About 6,000 miners across Veldmark province stopped work on Monday", "participants", 6000, 6000),
 (A5, "Brenmoor Mining put the number at 2,400", "participants", 2400, 2400),
 (A5, "bringing the number of people held over the collapse to four", "arrested", 4, 4),
 (A5, "All four are being questioned in Brenhill.", "arrested", 4, 4),
 (A5, "would pay 80,000 dollars to the family of each miner who died", "money", 80000, 80000),
 (A5, "given the police the names of four men who made those reports", "other", 4, 4),
 (A5, "deeper than 600 metres at Brenmoor's four Veldmark mines", "distance", 600, 600),
 (A5, "deeper than 600 metres at Brenmoor's four Veldmark mines", "other", 4, 4),
 (A5, "when seven men died in a fall of rock", "killed", 7, 7),
 (A5, "Funerals for two of the miners will be held in Skarrow on Wednesday.", "other", 2, 2),
]
CL = [
 (A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in", "Brenmoor Mining Corporation", "assert"),
 (A1, "Twenty-three men were working in the section, about 640 metres below the surface", "Brenmoor Mining Corporation", "assert"),
 (A1, "put the number of missing men at 12", "Federated Miners' Union", "assert"),
 (A1, "Our own list, from the families and the shift board, has 12 names on it", "Teodor Vasquez-Lind", "assert"),
 (A1, "said the company's figure came from the electronic tags", "Odile Brannagh", "assert"),
 (A1, "Eleven of the 14 men who escaped were treated at Skarrow District Hospital", "Skarrow District Hospital", "assert"),
 (A1, "said his crews were clearing rock by hand", "Anders Nylund", "assert"),
 (A1, "We are moving forward metre by metre", "Anders Nylund", "assert"),
 (A1, "who was working about 50 metres from the collapse", "Joost Ramaker", "assert"),
 (A1, "We ran, and we did not look back until we saw the lamps of the lift", "Joost Ramaker", "assert"),
 (A1, "about cracks in the roof of the tunnel a week before the collapse", "Federated Miners' Union", "assert"),
 (A1, "Brenmoor denied it.", "Brenmoor Mining Corporation", "deny"),
 (A1, "No warning about the roof of that tunnel was ever passed to mine management", "Odile Brannagh", "deny"),
 (A1, "it had sent two inspectors to Skarrow", "Provincial Mines Inspectorate", "assert"),
 (A2, "That was the last thing I heard from him", "Lerato Fenwick", "assert"),
 (A2, "Lerato Fenwick said her husband, a drill operator", "Lerato Fenwick", "assert"),
 (A2, "said three of the 12 men it counts as missing were employed not by Brenmoor", "Federated Miners' Union", "assert"),
 (A2, "said Brenmoor's count of nine had simply left them out", "Teodor Vasquez-Lind", "assert"),
 (A2, "Relatives of two Tilsey workers said the contractor's crews had been sent into the section", "Tilsey workers' relatives", "assert"),
 (A2, "Brenmoor rejected that.", "Brenmoor Mining Corporation", "deny"),
 (A2, "Every person who goes below ground at Skarrow Deep carries a detector", "Odile Brannagh", "assert"),
 (A2, "She said the province would pay for counsellors", "Amara Delacroix-Ueda", "assert"),
 (A2, "about 80 kilometres to the north, work was halted on Wednesday and 300 miners were sent home", "Brenmoor Mining Corporation", "assert"),
 (A2, "said both men it had kept in overnight were recovering well", "Skarrow District Hospital", "assert"),
 (A2, "said its crews were working in four-hour shifts", "Veldmark Mine Rescue Service", "assert"),
 (A3, "have found five of the missing miners alive in a refuge chamber", "Veldmark Mine Rescue Service", "assert"),
 (A3, "A camera lowered through a narrow borehole showed the men sitting on benches", "Anders Nylund", "assert"),
 (A3, "They have air, water and light.", "Anders Nylund", "assert"),
 (A3, "What they need now is for us to reach them", "Anders Nylund", "assert"),
 (A3, "would need at least 48 hours to clear the last 30 metres of rock", "Anders Nylund", "assert"),
 (A3, "that 12 men had been missing, not nine, after three workers employed by a contractor", "Brenmoor Mining Corporation", "assert"),
 (A3, "Seven men are still missing, the company said.", "Brenmoor Mining Corporation", "assert"),
 (A3, "said the correction came", "Teodor Vasquez-Lind", "assert"),
 (A3, "None of the 40 rescuers working underground in shifts has been hurt", "Veldmark Mine Rescue Service", "assert"),
 (A3, "said her inspectors had issued a notice on June 2", "Wilhelmina Osei-Bryant", "assert"),
 (A3, "She said it was not yet clear whether that work had been done.", "Wilhelmina Osei-Bryant", "assert"),
 (A3, "Brenmoor said the work", "Brenmoor Mining Corporation", "assert"),
 (A3, "About 1,200 miners at the mine's other shafts refused to go underground", "Federated Miners' Union", "assert"),
 (A3, "The company said most shifts had run as normal.", "Brenmoor Mining Corporation", "assert"),
 (A3, "said families had been told nothing about which five men had been found", "Lerato Fenwick", "assert"),
 (A3, "Every one of us thinks it might be ours", "Lerato Fenwick", "assert"),
 (A4, "Five miners who spent more than three days trapped in a refuge chamber", "Veldmark Mine Rescue Service", "assert"),
 (A4, "Four men remain missing, the service said.", "Veldmark Mine Rescue Service", "assert"),
 (A4, "which said they were weak and dehydrated but in a stable condition", "Skarrow District Hospital", "assert"),
 (A4, "I have my husband back, and I am thinking of the ones who do not", "Lerato Fenwick", "assert"),
 (A4, "Police arrested three Brenmoor managers", "Veldmark provincial police", "assert"),
 (A4, "saying only that the inspectors had been told of every step it had taken", "Brenmoor Mining Corporation", "assert"),
 (A4, "said the arrests showed that", "Amara Delacroix-Ueda", "assert"),
 (A4, "She said an independent panel would look into mine safety across Veldmark.", "Amara Delacroix-Ueda", "assert"),
 (A4, "said in a statement that the company was cooperating fully", "Hendrik Marais-Tully", "assert"),
 (A4, "He said he had \"nothing but admiration\" for the rescue crews.", "Hendrik Marais-Tully", "assert"),
 (A4, "The Federated Miners' Union said the arrests were", "Federated Miners' Union", "assert"),
 (A4, "said the men who had warned about the cracks should be heard by the panel", "Teodor Vasquez-Lind", "assert"),
 (A4, "the search for the last four men would go on through the night", "Anders Nylund", "assert"),
 (A4, "The collapsed stretch of tunnel had shifted again on Friday, he said", "Anders Nylund", "assert"),
 (A5, "bringing the toll of last week's collapse to seven, three of them contract workers", "Veldmark Mine Rescue Service", "assert"),
 (A5, "About 6,000 miners across Veldmark province stopped work on Monday", "Federated Miners' Union", "assert"),
 (A5, "Brenmoor Mining put the number at 2,400", "Brenmoor Mining Corporation", "assert"),
 (A5, "Police said on Monday that a safety officer at the mine had been arrested on Sunday", "Veldmark provincial police", "assert"),
 (A5, "would pay 80,000 dollars to the family of each miner who died", "Brenmoor Mining Corporation", "assert"),
 (A5, "The FMU repeated its claim that miners had warned their supervisors", "Federated Miners' Union", "assert"),
 (A5, "given the police the names of four men who made those reports", "Federated Miners' Union", "assert"),
 (A5, "Brenmoor again denied that any such warning had reached its managers.", "Brenmoor Mining Corporation", "deny"),
 (A5, "said the company would \"not comment on evidence", "Odile Brannagh", "assert"),
 (A5, "said on Monday that it had ordered work to stop in every tunnel deeper than 600 metres", "Provincial Mines Inspectorate", "assert"),
 (A5, "said that would take \"weeks, not days\"", "Wilhelmina Osei-Bryant", "assert"),
 (A5, "said in its first statement since the collapse that it was", "Tilsey Shaft Services", "assert"),
]
T = [
 (A1, "Nine miners were missing on Wednesday", "Wednesday", "2026-06-10"),
 (A1, "deep inside the Skarrow Deep mine late on Tuesday", "Tuesday", "2026-06-09"),
 (A1, "Brenmoor's shares fell 6 percent on Wednesday", "Wednesday", "2026-06-10"),
 (A1, "opened in 1974", "1974", "1974"), (A1, "in 2011 a fall of rock there killed seven men", "2011", "2011"),
 (A2, "at the gate of the Skarrow Deep mine on Wednesday", "Wednesday", "2026-06-10"),
 (A2, "since a tunnel roof fell in on Tuesday night", "Tuesday night", "2026-06-09"),
 (A2, "contract workers had been underground on Tuesday night", "Tuesday night", "2026-06-09"),
 (A2, "work was halted on Wednesday", "Wednesday", "2026-06-10"),
 (A2, "opened in 1974", "1974", "1974"), (A2, "in 2011 a fall of rock there killed seven men", "2011", "2011"),
 (A3, "the Veldmark Mine Rescue Service said on Thursday", "Thursday", "2026-06-11"),
 (A3, "Brenmoor said on Thursday that 12 men had been missing", "Thursday", "2026-06-11"),
 (A3, "had issued a notice on June 2", "June 2", "2026-06-02"),
 (A3, "refused to go underground on Thursday", "Thursday", "2026-06-11"),
 (A3, "St. Columba's church in Skarrow on Wednesday evening", "Wednesday evening", "2026-06-10"),
 (A3, "a second was planned for Friday", "Friday", "2026-06-12"),
 (A4, "brought to the surface alive on Saturday, June 13", "Saturday, June 13", "XXXX-06-13"),
 (A5, "brought out of the Skarrow Deep mine on Sunday", "Sunday", "2026-06-14"),
 (A5, "stopped work on Monday in memory of the dead", "Monday", "2026-06-15"),
 (A5, "Police said on Monday", "Monday", "2026-06-15"),
 (A5, "had been arrested on Sunday", "Sunday", "2026-06-14"),
 (A5, "said on Monday that it had ordered work to stop", "Monday", "2026-06-15"),
 (A5, "since 2011, when seven men died", "2011", "2011"),
 (A5, "will be held in Skarrow on Wednesday", "Wednesday", "2026-06-17"),
 (A5, "along the railings on Monday", "Monday", "2026-06-15"),
]
warn = [R(A1, "about cracks in the roof of the tunnel a week before the collapse"), R(A1, "Brenmoor denied it."),
        R(A1, "No warning about the roof of that tunnel was ever passed to mine management"),
        R(A5, "The FMU repeated its claim that miners had warned their supervisors"),
        R(A5, "Brenmoor again denied that any such warning had reached its managers.")]
gold = dict(
 note="FICTIONAL: every place, person, mine, company, body, outlet and figure in this cluster is invented for newsbrief's benchmark. June 9-15, 2026: a tunnel roof caves in 640 metres down the Skarrow Deep copper mine late on Tuesday, June 9. Missing on Wednesday 9 (Brenmoor) vs 12 (the union, three of them a contractor's men: a part): a disagreement; on Thursday Brenmoor corrects itself to 12 (its own correction, no disagreement with its 9), five found alive, seven still missing; four missing on Saturday: a progression. Dead 3 on Saturday, 7 on Sunday (the last four found that day, three of the seven contract workers: parts): a progression; the 2011 rock fall's seven dead are another event. Miners stopping work on Monday about 6,000 (the union) vs 2,400 (Brenmoor): a disagreement; 1,200 refusing on Thursday at one mine is another day. Arrested 3 (Saturday), then 4 (a progression). The union says miners warned of cracks a week before; Brenmoor denies it (Wednesday) and again (Monday); relatives say a contractor's crews went down without gas detectors; Brenmoor rejects it. The inspectorate 'could not confirm' (a hedge); 'would not say', 'declined to comment' (no claims); Brenmoor 'did not deny' the reopening (no denial). None of 40 rescuers hurt (injured 0). Nylund / Nyland and Delacroix-Ueda / Delacroix Ueda are one person each; the FMU is the Federated Miners' Union. Article a4 is an undated radio piece with a dateline (Saturday, June 13) and a station footer; a2 has a 'Related:' line, a3 a photo caption, a5 a copyright footer.",
 source={"dataset": "bench/fictional, round 5 (written for newsbrief, session 13)", "fictional": True,
         "documents": {A1: "Veldmark Press Agency, Wednesday", A2: "Skarrow Echo, Wednesday", A3: "Brenhill Herald, Thursday",
                       A4: "Radio Veldmark (web), no published date; dateline Saturday, June 13", A5: "Orrin Valley Courier, Monday"},
         "published": "given for every article except skarrow-mine-collapse-a4 (dateline only)"},
 must_remove=[R(A2, "Related: Skarrow's copper boom: how one mine built a town"),
              R(A3, "Photo caption: Rescue workers change shifts at the head of the main shaft at Skarrow Deep on Thursday. (Brenhill Herald)"),
              R(A4, "Radio Veldmark: news, sport and weather for the province, 24 hours a day."),
              R(A5, "(c) 2026 Orrin Valley Courier. All rights reserved.")],
 must_keep=[R(A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in"),
            R(A1, "put the number of missing men at 12"),
            R(A1, "Brenmoor denied it."),
            R(A1, "A spokesman for the inspectorate could not confirm whether any cracks had been reported."),
            R(A2, "Brenmoor rejected that."),
            R(A3, "have found five of the missing miners alive in a refuge chamber"),
            R(A4, "Rescuers also found the bodies of three miners in the collapsed tunnel, two of them Tilsey contract workers."),
            R(A4, "Police arrested three Brenmoor managers"),
            R(A5, "bringing the toll of last week's collapse to seven, three of them contract workers"),
            R(A5, "Brenmoor Mining put the number at 2,400")],
 not_in_summary=[R(A2, "Church volunteers handed out soup and blankets at the gate"),
                 R(A5, "The town's shops are to close for the day.")],
 duplicates=[[R(A1, BG), R(A2, BG)]],
 periods={"2026-06": [R(A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in"),
                      R(A3, "have found five of the missing miners alive in a refuge chamber"),
                      R(A5, "bringing the toll of last week's collapse to seven, three of them contract workers")]},
 events=[
  {"name": "Tunnel roof caves in at Skarrow Deep; miners missing", "date": "2026-06-09", "tolerance_days": 1,
   "members": [R(A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in")]},
  {"name": "Five miners found alive in a refuge chamber", "date": "2026-06-11", "tolerance_days": 0,
   "members": [R(A3, "have found five of the missing miners alive in a refuge chamber")]},
  {"name": "Five miners brought out alive; three bodies found; three managers arrested", "date": "2026-06-13", "tolerance_days": 0,
   "members": [R(A4, "Five miners who spent more than three days trapped in a refuge chamber")]},
  {"name": "Last four bodies recovered; toll seven", "date": "2026-06-14", "tolerance_days": 0,
   "members": [R(A5, "bringing the toll of last week's collapse to seven, three of them contract workers")]},
  {"name": "Miners across the province stop work", "date": "2026-06-15", "tolerance_days": 0,
   "members": [R(A5, "About 6,000 miners across Veldmark province stopped work on Monday")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "missing", "name": "Missing on Wednesday: nine (Brenmoor) vs 12 (the Federated Miners' Union)",
   "any_two_of": [R(A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in"),
                  R(A1, "put the number of missing men at 12"),
                  R(A1, "Our own list, from the families and the shift board, has 12 names on it"),
                  R(A2, "said three of the 12 men it counts as missing were employed not by Brenmoor"),
                  R(A2, "said Brenmoor's count of nine had simply left them out")]},
  {"kind": "figure", "measure": "participants", "name": "Miners stopping work on Monday: about 6,000 (the union) vs 2,400 (Brenmoor)",
   "any_two_of": [R(A5, "About 6,000 miners across Veldmark province stopped work on Monday"), R(A5, "Brenmoor Mining put the number at 2,400")]},
  {"kind": "denial", "name": "The union says miners warned of cracks in the roof a week before; Brenmoor denies it",
   "any_two_of": warn},
  {"kind": "denial", "name": "Relatives say the contractor's crews went down without gas detectors; Brenmoor rejects it",
   "any_two_of": [R(A2, "Relatives of two Tilsey workers said the contractor's crews had been sent into the section"), R(A2, "Brenmoor rejected that."),
                  R(A2, "Every person who goes below ground at Skarrow Deep carries a detector")]},
 ],
 summary_must_cover=[
  {"name": "Tunnel roof caves in at Skarrow Deep; miners missing", "any_of": [R(A1, "Nine miners were missing on Wednesday after the roof of a tunnel caved in")]},
  {"name": "Missing count disputed: nine vs 12", "any_of": [R(A1, "put the number of missing men at 12"), R(A2, "said three of the 12 men it counts as missing were employed not by Brenmoor"), R(A3, "that 12 men had been missing, not nine")]},
  {"name": "Five found alive and brought out", "any_of": [R(A3, "have found five of the missing miners alive in a refuge chamber"), R(A4, "Five miners who spent more than three days trapped in a refuge chamber")]},
  {"name": "Toll reaches seven", "any_of": [R(A5, "bringing the toll of last week's collapse to seven, three of them contract workers")]},
  {"name": "Union says cracks were reported; Brenmoor denies it", "any_of": warn},
  {"name": "Managers arrested on suspicion of negligence", "any_of": [R(A4, "Police arrested three Brenmoor managers"), R(A5, "bringing the number of people held over the collapse to four")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3, A4, A5], "forbidden_prefixes": ["2025-06", "2027-06"]},
 E=E, F=F, C=CL, T=T)
check(arts, gold)
write(C, arts, gold)
