"""Fictional sentence pairs for the duplicates stage: edited copies (to link) and hard
negatives (to keep apart). Every name, place and figure below is invented.

Each entry is (kind, earlier sentence, later sentence). `tests/test_duplicate_pairs.py`
asserts that no negative is linked and reports recall on the positives.
"""

# edited syndicated copies: one sentence, as a second outlet ran it
POSITIVES = [
    # a clause inserted
    ("clause", "The ferry company said on Monday that all crossings would resume by the weekend.",
     "The ferry company, which runs six boats on the strait, said on Monday that all crossings would "
     "resume by the weekend."),
    ("clause", "Officials at the Varn dam ordered the evacuation of three villages downstream on Sunday.",
     "Officials at the Varn dam, fearing the spillway could fail after days of rain, ordered the "
     "evacuation of three villages downstream on Sunday."),
    ("clause", "The regional council voted to close the Tessel hospital's maternity ward in March.",
     "The regional council voted narrowly and after a heated debate to close the Tessel hospital's "
     "maternity ward in March."),
    ("clause", "Rescue teams pulled a woman alive from the rubble of the collapsed market in Orvane.",
     "Rescue teams pulled a woman alive from the rubble of the collapsed market in Orvane late on "
     "Tuesday, more than 40 hours after the quake."),
    # a shortened form
    ("shortened", "The airline cancelled more than 300 flights at Calder airport on Friday as the strike "
     "entered its third day, stranding thousands of holidaymakers.",
     "The airline cancelled more than 300 flights at Calder airport on Friday as the strike entered its "
     "third day."),
    ("shortened", "Minister Ilse Varga, who took office in January after the coalition collapsed, said the "
     "tax on fuel would be cut by half.",
     "Minister Ilse Varga said the tax on fuel would be cut by half."),
    ("shortened", "After a week of talks in the lakeside town of Brevik, the two unions agreed to suspend "
     "their strike at the shipyard.",
     "The two unions agreed to suspend their strike at the shipyard."),
    # a reworded attribution
    ("attribution", "The agency's nuclear safety body said the reactor at Kelmor had been shut down as a "
     "precaution.",
     "The nuclear body said Thursday the reactor at Kelmor had been shut down as a precaution."),
    ("attribution", "A spokesman for the Ostra fire brigade said the blaze had been brought under control "
     "by early evening.",
     "The blaze had been brought under control by early evening, a spokesman for the Ostra fire brigade "
     "said."),
    ("attribution", "Police in Hallam said the driver of the lorry had been arrested at the scene.",
     "The driver of the lorry had been arrested at the scene, according to police in Hallam."),
    ("attribution", "The storm service said on Tuesday that the coast road to Perrin would stay shut "
     "until the weekend.",
     "The coast road to Perrin will stay shut until the weekend, the storm service said Tuesday."),
    ("attribution", "The Drava port authority's chief engineer told reporters the cracked quay would be "
     "rebuilt within a year.",
     "The port authority's engineer said the cracked quay would be rebuilt within a year."),
    # a reworded figure sentence
    ("figure", "The storm killed at least 14 people and left 2,000 homes without electricity, officials "
     "said.",
     "At least 14 people were killed and 2,000 homes were left without electricity by the storm, "
     "officials said."),
    ("figure", "Exports from the Senn valley rose 12 percent last year to 4.5 billion dollars, the trade "
     "office said.",
     "The trade office said exports from the Senn valley rose 12 per cent last year to $4.5 billion."),
    ("figure", "About 3,000 people marched through the centre of Lisk on Saturday to protest against the "
     "new motorway.",
     "Some 3,000 people marched through central Lisk on Saturday in protest against the new motorway."),
    ("figure", "The company said it would cut 450 jobs at its plant in Marrow by the end of the year.",
     "The company will cut 450 jobs at its Marrow plant by the end of the year, it said."),
    # spelling and punctuation variants
    ("spelling", "The U.N. refugee agency said 12,000 people had crossed the border into Tavria since "
     "Monday.",
     "The UN refugee agency said 12,000 people had crossed the border into Tavria since Monday."),
    ("spelling", "The harbour board approved about $80 million-worth of repairs to the old quay at Perrin, a "
     "well-run port.",
     "The harbour board approved about $80 million worth of repairs to the old quay at Perrin, a well run "
     "port."),
    ("spelling", "Unemployment in the province fell to 6.2 per cent in the third quarter, the statistics "
     "office said.",
     "Unemployment in the province fell to 6.2 percent in the third quarter, the statistics office said."),
    # written after the rules above were set, as a check on them (all linked at once)
    ('clause',
     'The minister resigned on Friday after a report found she had misled parliament over the contract.',
     'The minister, who had held the post for only five months, resigned on Friday after a report found she had misled parliament over the contract.'),
    ('shortened',
     'Firefighters from three counties battled the blaze at the Orrin paper mill for more than ten hours before it was brought under control early on Sunday.',
     'Firefighters from three counties battled the blaze at the Orrin paper mill for more than ten hours.'),
    ('attribution',
     'The Kestrel Bank said in a statement that it would close 40 branches across the north next year.',
     'Kestrel Bank will close 40 branches across the north next year, the lender said in a statement.'),
    ('attribution',
     'According to the coastguard, the trawler sank within minutes of striking the reef off Carrow Point.',
     'The trawler sank within minutes of striking the reef off Carrow Point, the coastguard said on Wednesday.'),
    ('figure',
     'Prices of bread in Tellis have risen by 30 percent since January, the consumer group found.',
     'The consumer group found that bread prices in Tellis had risen 30 per cent since January.'),
    ('figure',
     'Some 1,200 workers at the Morven car plant walked out on Monday in a dispute over pay.',
     'About 1,200 workers at the Morven car plant walked out Monday in a pay dispute.'),
    ('spelling',
     'The organisation said the programme to vaccinate children in the Hesk region would resume next month.',
     'The organization said the program to vaccinate children in the Hesk region would resume next month.'),
    ('clause',
     'Police closed the road between Ambry and Toll after the lorry overturned and spilled its load of timber.',
     'Police closed the road between Ambry and Toll for most of the morning after the lorry, which was heading south, overturned and spilled its load of timber.'),
    ('attribution',
     "Ambry's mayor, Lena Voss, told the local radio station that the town's water supply was safe to drink.",
     "The town's water supply is safe to drink, Ambry mayor Lena Voss told local radio."),
    ('shortened',
     'The court in Selm sentenced the former mayor to six years in prison for taking bribes from builders, a ruling his lawyers said they would appeal.',
     'The court in Selm sentenced the former mayor to six years in prison for taking bribes from builders.'),
    # words in another order that keep the meaning (written with the order check)
    ("order", "Police said the officer shot the man outside the bar in Hallam late on Friday.",
     "The man was shot by the officer outside the bar in Hallam late on Friday, police said."),
    ("order", "On Monday the board of the Ostra port voted to sell the old ferry terminal to the city.",
     "The board of the Ostra port voted on Monday to sell the old ferry terminal to the city."),
    ("order", "The bridge over the Varn will reopen to traffic next week, said Governor Tom Reyes.",
     "Governor Tom Reyes said the bridge over the Varn will reopen to traffic next week."),
    ("order", "The army said the rebels had attacked the village of Tarn before dawn on Sunday.",
     "The rebels had attacked the village of Tarn before dawn on Sunday, the army said."),
    ("order", "The ministry in Tavria said it could not confirm either report independently.",
     "The ministry in Tavria said it could not independently confirm either report."),
    ("order", "Ada Brill was a young union organiser during the 1994 Perrin dock strikes.",
     "Ada Brill was a young union organiser during the dock strikes in Perrin in 1994."),
    # the saying verb dropped before a trailing speaker (a copy-editing slip)
    ("attribution", "The bridge over the Varn will stay shut until the spring, said Tom Reyes, the "
     "engineer in charge of the repairs.",
     "The bridge over the Varn will stay shut until the spring, Tom Reyes, the engineer in charge of "
     "the repairs."),
    # a mis-split sentence glued to the one before, whose names recur earlier in another order
    ("clause", "Rescue crews worked through the night after the river burst its banks between Selm and "
     "Perrin. Perrin and Selm opened their schools as shelters for families forced from their homes by "
     "the flood.",
     "Perrin and Selm opened their schools as shelters for families forced from their homes by the "
     "flood."),
    # a compound written out ("between A and B" / "A-B") or a title put in an apposition
    # to the name: the words move, the roles do not (fictional)
    ("order", "Trade talks between Arlen and Bosk broke off more than two years ago.",
     "Arlenian-Bosk trade talks broke off more than two years ago."),
    ("order", "Fighting between the army and the rebels in the hills near Tarn killed at least nine "
     "people on Sunday.",
     "Rebel-army fighting in the hills near Tarn killed at least nine people on Sunday."),
    ("order", "Ada Brill, the former harbour commissioner, plans to ask a court to stop the audit from "
     "naming her in its report on the dock contracts.",
     "Former commissioner Ada Brill, meanwhile, plans to ask a court to stop the audit from naming her "
     "in its report on the dock contracts."),
    ("order", "Governor Tom Reyes ordered the evacuation of four villages along the Varn on Tuesday.",
     "Tom Reyes, the region's governor, ordered the evacuation of four villages along the Varn on "
     "Tuesday."),
]

# different sentences that look alike: never a copy
NEGATIVES = [
    # a shared long quotation, different speakers or settings
    ("quote", 'Mayor Ada Brill said: "We will rebuild every house on this street before winter."',
     '"We will rebuild every house on this street before winter," Governor Tom Reyes told a rally in '
     "Hale."),
    ("quote", 'The union leader told strikers in Brevik that "nobody will be left behind when the yard '
     'reopens next spring."',
     'Shipyard owner Piet Lund wrote in a letter to staff that "nobody will be left behind when the yard '
     'reopens next spring."'),
    # different numbers
    ("number", "Police said 12 people were killed in the crash on the coastal road near Alton.",
     "Police said 15 people were killed in the crash on the coastal road near Alton."),
    ("number", "Police said two people were killed in the crash on the coastal road near Alton on "
     "Friday.",
     "Police said three people were killed in the crash on the coastal road near Alton on Friday."),
    ("number", "Exports from the Senn valley rose 12 percent last year to 4.5 billion dollars, the trade "
     "office said in its annual report on Monday.",
     "Exports from the Senn valley rose 12 percent last year to 4.5 million dollars, the trade office "
     "said in its annual report on Monday."),
    ("number", "The first ferry of the morning left the harbour at Perrin with forty passengers on board "
     "after the storm had passed.",
     "The second ferry of the morning left the harbour at Perrin with forty passengers on board after "
     "the storm had passed."),
    ("number", "The storm killed at least 14 people and left 2,000 homes without electricity, officials "
     "said.",
     "The storm killed at least 14 people and left 20,000 homes without electricity, officials said."),
    # different negation
    ("negation", "The mayor said the council would approve the new budget for the harbour next week.",
     "The mayor said the council would not approve the new budget for the harbour next week."),
    ("negation", "The ministry of health in Tavria said the outbreak at the poultry farm near Kesk had "
     "been contained by Wednesday.",
     "The ministry of health in Tavria said the outbreak at the poultry farm near Kesk had never been "
     "contained by Wednesday."),
    ("negation", "Lund said the shipyard would reopen in the spring and that every worker would return to "
     "the yard.",
     "Lund said the shipyard would reopen in the spring but that no worker would return to the yard."),
    # different speakers
    ("speaker", "Mayor Ada Brill said the bridge over the Varn would reopen to traffic on Monday "
     "morning after repairs to its deck.",
     "Governor Tom Reyes said the bridge over the Varn would reopen to traffic on Monday morning after "
     "repairs to its deck."),
    ("speaker", "Brill said the bridge over the Varn would reopen to traffic on Monday morning after "
     "three weeks of repairs to the damaged deck.",
     "Reyes said the bridge over the Varn would reopen to traffic on Monday morning after three weeks "
     "of repairs to the damaged deck."),
    ("speaker", "Harbour Ltd did not immediately respond to a request for comment on the closure.",
     "The mayor's office did not respond to a request for comment on the closure."),
    ("speaker", "The bridge over the Varn will reopen to traffic on Monday after three weeks of repairs "
     "to its deck, the mayor's office said.",
     "The bridge over the Varn will reopen to traffic on Monday after three weeks of repairs to its "
     "deck, opposition councillors claimed."),
    # a changed fact word
    ("fact", "Police said two people were killed in the crash on the coastal road.",
     "Police said two people were injured in the crash on the coastal road."),
    ("fact", "The storm agency said on Thursday that the coast road would reopen soon.",
     "The storm agency said on Monday that the coast road would reopen soon."),
    ("fact", "Exports from the Senn valley rose sharply last year after the new rail link to the port at "
     "Drava opened, the trade office said.",
     "Exports from the Senn valley fell sharply last year after the new rail link to the port at Drava "
     "opened, the trade office said."),
    ("fact", "A man was arrested in Hallam on Tuesday night after a shop on the high street was set on "
     "fire, police said.",
     "A woman was arrested in Hallam on Tuesday night after a shop on the high street was set on fire, "
     "police said."),
    ("fact", "Voters in the northern province of Ostra backed the proposal to build a new airport by a "
     "wide margin on Sunday.",
     "Voters in the northern province of Ostra rejected the proposal to build a new airport by a wide "
     "margin on Sunday."),
    # one sentence's half inside another that says more
    ("partial", "The bridge was closed for hours, forcing long detours through the hills near Alton. "
     "Crews and volunteers cleared fallen trees from the road.",
     "Crews and volunteers cleared fallen trees from the road near the bridge."),
    # same template, another event
    ("template", "A 34-year-old man was taken to hospital with serious injuries after the crash on the "
     "Kesk bypass, police said.",
     "A 34-year-old man was taken to hospital with serious injuries after the fight in Hallam, police "
     "said."),
    # written after the rules above were set, as a check on them (none linked at once)
    ('number',
     'The court in Selm sentenced the former mayor to six years in prison for taking bribes from builders.',
     'The court in Selm sentenced the former mayor to eight years in prison for taking bribes from builders.'),
    ('speaker',
     "The town's water supply is safe to drink, Ambry mayor Lena Voss told local radio on Tuesday.",
     "The town's water supply is safe to drink, health inspector Omar Reid told local radio on Tuesday."),
    ('negation',
     'The coastguard said the crew of the trawler had been wearing life jackets when it sank off Carrow Point.',
     'The coastguard said the crew of the trawler had not been wearing life jackets when it sank off Carrow Point.'),
    ('fact',
     'Kestrel Bank will close 40 branches across the north next year, the lender said in a statement.',
     'Kestrel Bank will open 40 branches across the north next year, the lender said in a statement.'),
    ('fact',
     'The minister resigned on Friday after a report found she had misled parliament over the contract.',
     'The minister was sacked on Friday after a report found she had misled parliament over the contract.'),
    ('quote',
     'Voss said the flood was "the worst thing to happen to this town in a hundred years."',
     'A farmer whose fields were under water, Tom Hale, called the flood "the worst thing to happen to this town in a hundred years."'),
    ('fact',
     'Police closed the road between Ambry and Toll after the lorry overturned and spilled its load of timber.',
     'Police closed the road between Ambry and Selm after the lorry overturned and spilled its load of timber.'),
    ('number',
     'Prices of bread in Tellis have risen by 30 percent since January, the consumer group found.',
     'Prices of bread in Tellis have risen by 30 percent since March, the consumer group found.'),
    ('fact',
     'The Orrin paper mill will reopen next month after the fire, its owners said on Thursday evening in a short statement.',
     'The Orrin steel mill will reopen next month after the fire, its owners said on Thursday evening in a short statement.'),
    ('template',
     'Two men were arrested after a car was driven into the front of a jewellery shop in Selm, police said.',
     'Two men were arrested after a van was stolen from outside a bakery in Selm, police said.'),
    ('number',
     'Police said 12 people were hurt when the roof of the sports hall in Tellis gave way during a match.',
     'Police said several people were hurt when the roof of the sports hall in Tellis gave way during a match.'),
    # the same words in another order: swapped roles, a moved negation, swapped figures
    # (written after an audit found the bag-of-words check linked them; none may be linked)
    ("order", "The rebels said the army had attacked the village of Orvel before dawn, killing several "
     "farmers and burning their crops.",
     "The army said the rebels had attacked the village of Orvel before dawn, killing several farmers "
     "and burning their crops."),
    ("order", "Police said the man shot the officer outside the bar on Main Street late on Friday.",
     "Police said the officer shot the man outside the bar on Main Street late on Friday."),
    ("order", "The minister said the plan would raise taxes but would not cut services in the north.",
     "The minister said the plan would not raise taxes but would cut services in the north."),
    ("order", "A court in Selm ruled on Tuesday that the landlord owed the tenants more than a year of "
     "rent.",
     "A court in Selm ruled on Tuesday that the tenants owed the landlord more than a year of rent."),
    ("order", "Officials said the mayor had signed the order after the council had approved the new "
     "harbour budget.",
     "Officials said the council had signed the order after the mayor had approved the new harbour "
     "budget."),
    ("order", "Exports rose and imports fell in the third quarter, the statistics office in Tavria said "
     "on Monday.",
     "Exports fell and imports rose in the third quarter, the statistics office in Tavria said on "
     "Monday."),
    ("order", "Rescue teams found two survivors and eleven bodies in the rubble of the hotel in Orvane, "
     "officials said.",
     "Rescue teams found eleven survivors and two bodies in the rubble of the hotel in Orvane, officials "
     "said."),
    ("order", "The blast killed two workers and injured five others at the Morven chemical plant on "
     "Sunday, police said.",
     "The blast killed five workers and injured two others at the Morven chemical plant on Sunday, "
     "police said."),
    ("order", "The ferry from Perrin collided with a fishing boat in thick fog off Carrow Point, the "
     "coastguard said.",
     "A fishing boat from Perrin collided with the ferry in thick fog off Carrow Point, the coastguard "
     "said."),
    ("order", "Brill said she had not met Reyes before the vote, but had spoken to him by telephone "
     "twice.",
     "Brill said she had met Reyes before the vote, but had not spoken to him by telephone twice."),
    ("order", "The Kestrel Bank agreed to buy the smaller Ostra Savings for 40 million dollars, the two "
     "lenders said.",
     "The smaller Ostra Savings agreed to buy the Kestrel Bank for 40 million dollars, the two lenders "
     "said."),
    ("order", "Prices of bread in Tellis rose 30 percent and prices of milk rose 10 percent last year, "
     "the consumer group found.",
     "Prices of bread in Tellis rose 10 percent and prices of milk rose 30 percent last year, the "
     "consumer group found."),
    ("order", "Police said the man was shot by the officer outside the bar on Main Street late on "
     "Friday.",
     "Police said the man shot the officer outside the bar on Main Street late on Friday."),
    ("order", "The rebels said the army had attacked the village of Tarn before dawn on Sunday.",
     "The rebels had attacked the village of Tarn before dawn on Sunday, the army said."),
    ("order", "Governor Tom Reyes said the tenants owed the landlord more than a year of rent.",
     "The landlord owed the tenants more than a year of rent, said Governor Tom Reyes."),
    ("order", "The mill opened in 1990 and closed in 2005, the council in Selm said.",
     "The mill opened in 2005 and closed in 1990, the council in Selm said."),
    ("order", "The minister said she would not resign and would fight the charges in court.",
     "The minister said she would resign and would not fight the charges in court."),
    # a compound or an apposition that moves words but changes who did what or how many
    # (fictional; none may be linked)
    ("order", "Trade talks between Arlen and Bosk broke off two years ago.",
     "Arlen-Bosk trade talks broke off three years ago."),
    ("order", "The match between Arlen and Bosk was stopped after Arlen scored a late goal.",
     "The Arlen-Bosk match was stopped after Bosk scored a late goal."),
    ("order", "Ada Brill, the former harbour commissioner, said Tom Reyes would win the vote in Perrin.",
     "Former commissioner Tom Reyes said Ada Brill would win the vote in Perrin."),
    ("order", "Tom Reyes, the region's governor, thanked Mayor Ada Brill for her help after the flood.",
     "Governor Ada Brill thanked Mayor Tom Reyes for his help after the flood."),
]
