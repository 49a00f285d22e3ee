from common import R, write
C = "halvorsk-hunger-strike"
A1, A2, A3 = C + "-a1", C + "-a2", C + "-a3"
BG = "Halvorsk Central Prison, built in 1962 for 900 inmates, now holds about 1,400 men, according to the service's own annual report."
a1 = """HALVORSK (Brannock News Agency) - Inmates at Halvorsk Central Prison have refused food for 12 days in protest at conditions in its isolation wing, their lawyer said on Monday.

PHOTO: Relatives hold up pictures of prisoners outside the main gate of Halvorsk Central Prison on Sunday.

About 40 prisoners are taking part, according to Miriam Castellanos-Webb, a lawyer who represents several of them. She said four strikers had been moved to the prison hospital since Friday.

The National Prison Service put the number of strikers at 28 and said none had needed hospital care. "Every prisoner on the wing is seen by a doctor each morning," said Aldous Fenner, a spokesman for the service. None of the 12 women held in the prison's east block has joined the protest, he added.

The strikers want the isolation wing closed. Up to 60 men are held there alone for 23 hours a day, Castellanos-Webb said.

The protest was started by Ilyas Dzhabrailov, 34, who is serving 15 years for armed robbery, according to his lawyer. He has drunk only water and sweet tea since it began, she said.

The Justice Ministry said the isolation wing met national standards and would not be closed. A ministry official who asked not to be named said the strike was being organised by "a small group of gang leaders".

On Sunday about 1,500 people rallied outside the prison gates, according to the organisers, the Prisoners' Families Committee. Police put the crowd at about 300.

Nine people were arrested when a group tried to block a prison van on the Kessel road, the police said. The committee said the arrests were "heavy-handed" and that no one in the crowd had been violent.

A hunger strike at the same prison in 2019 ended after 31 days, when one prisoner died. An inquiry into that death found that his transfer to a city hospital had come too late.

Castellanos-Webb said she would ask the Halvorsk district court on Thursday to order independent doctors into the prison. The service said it would "respect whatever the court decides"."""
a2 = """The number of prisoners on hunger strike at Halvorsk Central Prison has risen to 63, their lawyer said on Wednesday, as the protest entered its third week.

The National Prison Service disputed that. It said 31 inmates were refusing food on Wednesday morning.

Six strikers are now in the prison hospital, two of them in a serious condition, according to Miriam Castellanos-Webb, the lawyer. She said guards had strapped two strikers to their beds and fed them through tubes on Monday night.

The service denied it. "No prisoner has been force-fed at Halvorsk, and none will be," said its spokesman, Aldous Fenner.

The prisons ombudsman, Hester Quaile, said she would visit the prison on Friday. Her office could not confirm the account of force-feeding.

Ilyas Djabrailov, who began the strike, has lost 11 kilograms, his sister, Zarema Djabrailova, told the Ledger. "He says he will stop when the wing is shut, not before," she said. She had last seen him through a glass screen on Tuesday.

Carthew Medical Services Ltd, the private firm that runs the prison hospital under contract, declined to comment. A spokeswoman for Carthew said questions should go to the prison service.

Justice Minister Konstantin Ravelle would not say whether he would meet the strikers' families. He told parliament on Tuesday that the government "will not negotiate with people who starve themselves to get their way".

The nine people arrested outside the prison on Sunday were released without charge on Tuesday, the police said.

""" + BG + """

Families of the strikers plan another vigil outside the gates next Sunday."""
a3 = """Halvorsk Central Prison's isolation wing has "serious failings", the prisons ombudsman said on Friday after a five-hour visit to the jail, where a hunger strike is now in its 16th day.

Hester Quaile said 58 prisoners had told her they were refusing food. The prison's governor, Rupert Achebe-Lund, said the true figure was 34.

Eight strikers have been treated in the prison hospital since the protest began, and three remain there, the National Prison Service said on Friday.

Quaile said she had seen no sign of force-feeding but had asked the hospital for its records. "I will say what I found when I have read them," she said.

At Thursday's hearing, the Halvorsk district court refused the lawyer's request to send independent doctors into the prison. Miriam Castellanos-Webb said she would appeal.

The Justice Ministry said on Friday that it would review the rules of the isolation wing by the end of January. A spokesman said that was "not a concession". Minister Konstantin Ravelle declined to comment.

Castellanos-Webb said the strikers would go on until the wing was closed. "They have told me so, and they told the ombudsman so today," she said.

The Prisoners' Families Committee said it had raised 42,000 pounds for the strikers' legal costs, most of it in small gifts.

Outside the gates, a dozen relatives kept watch on Friday evening under umbrellas, as they have every night this week.

""" + BG + """

(c) 2026 Coastline Herald. All rights reserved."""
arts = [
 {"id": A1, "title": "Halvorsk prisoners on hunger strike for 12 days, lawyer says", "published": "2026-11-16", "source": "brannock-news-agency", "text": a1},
 {"id": A2, "title": "Hunger strike spreads to 63 prisoners, lawyer says; service says 31", "published": "2026-11-18", "source": "halvorsk-daily-ledger", "text": a2},
 {"id": A3, "title": "Ombudsman finds 'serious failings' at Halvorsk isolation wing", "published": "2026-11-20", "source": "coastline-herald", "text": a3},
]
E = [
 ("Halvorsk Central Prison", "ORG", ["Halvorsk Central Prison"]), ("Halvorsk", "GPE", ["Halvorsk"]),
 ("Miriam Castellanos-Webb", "PERSON", ["Miriam Castellanos-Webb", "Castellanos-Webb", "lawyer"]),
 ("National Prison Service", "ORG", ["National Prison Service", "service", "prison service"]),
 ("Aldous Fenner", "PERSON", ["Aldous Fenner", "Fenner"]),
 ("Ilyas Dzhabrailov", "PERSON", ["Ilyas Dzhabrailov", "Ilyas Djabrailov", "Dzhabrailov", "Djabrailov"]),
 ("Justice Ministry", "ORG", ["Justice Ministry", "ministry"]),
 ("ministry official", "PERSON", ["A ministry official"]),
 ("Prisoners' Families Committee", "ORG", ["Prisoners' Families Committee", "committee", "organisers"]),
 ("police", "ORG", ["police"]),
 ("Halvorsk district court", "ORG", ["Halvorsk district court", "court"]),
 ("Hester Quaile", "PERSON", ["Hester Quaile", "Quaile", "prisons ombudsman", "ombudsman"]),
 ("ombudsman's office", "ORG", ["Her office"]),
 ("Zarema Djabrailova", "PERSON", ["Zarema Djabrailova"]),
 ("Carthew Medical Services Ltd", "ORG", ["Carthew Medical Services Ltd", "Carthew"]),
 ("Konstantin Ravelle", "PERSON", ["Konstantin Ravelle", "Justice Minister Konstantin Ravelle", "Minister Konstantin Ravelle"]),
 ("Rupert Achebe-Lund", "PERSON", ["Rupert Achebe-Lund"]),
 ("Kessel road", "LOC", ["Kessel road"]),
 ("Brannock News Agency", "ORG", ["Brannock News Agency"]),
 ("Ledger", "ORG", ["Ledger"]),
]
F = [
 (A1, "have refused food for 12 days", "other", 12, 12),
 (A1, "About 40 prisoners are taking part", "participants", 40, 40),
 (A1, "She said four strikers had been moved to the prison hospital since Friday.", "injured", 4, 4),
 (A1, "put the number of strikers at 28 and said none had needed hospital care", "participants", 28, 28),
 (A1, "put the number of strikers at 28 and said none had needed hospital care", "injured", 0, 0),
 (A1, "None of the 12 women held in the prison's east block has joined the protest", "participants", 0, 0),
 (A1, "None of the 12 women held in the prison's east block has joined the protest", "other", 12, 12),
 (A1, "Up to 60 men are held there alone for 23 hours a day", "other", None, 60),
 (A1, "Up to 60 men are held there alone for 23 hours a day", "other", 23, 23),
 (A1, "who is serving 15 years for armed robbery", "other", 15, 15),
 (A1, "On Sunday about 1,500 people rallied outside the prison gates", "participants", 1500, 1500),
 (A1, "Police put the crowd at about 300.", "participants", 300, 300),
 (A1, "Nine people were arrested when a group tried to block a prison van", "arrested", 9, 9),
 (A1, "ended after 31 days, when one prisoner died", "other", 31, 31),
 (A1, "ended after 31 days, when one prisoner died", "killed", 1, 1),
 (A2, "has risen to 63, their lawyer said on Wednesday", "participants", 63, 63),
 (A2, "It said 31 inmates were refusing food on Wednesday morning.", "participants", 31, 31),
 (A2, "Six strikers are now in the prison hospital, two of them in a serious condition", "injured", 6, 6),
 (A2, "Six strikers are now in the prison hospital, two of them in a serious condition", "injured", 2, 2),
 (A2, "had strapped two strikers to their beds", "other", 2, 2),
 (A2, "has lost 11 kilograms", "other", 11, 11),
 (A2, "The nine people arrested outside the prison on Sunday were released without charge", "arrested", 9, 9),
 (A2, "built in 1962 for 900 inmates, now holds about 1,400 men", "other", 900, 900),
 (A2, "built in 1962 for 900 inmates, now holds about 1,400 men", "other", 1400, 1400),
 (A3, "after a five-hour visit to the jail, where a hunger strike is now in its 16th day", "other", 5, 5),
 (A3, "Hester Quaile said 58 prisoners had told her they were refusing food.", "participants", 58, 58),
 (A3, "said the true figure was 34", "participants", 34, 34),
 (A3, "Eight strikers have been treated in the prison hospital since the protest began, and three remain there", "injured", 8, 8),
 (A3, "Eight strikers have been treated in the prison hospital since the protest began, and three remain there", "injured", 3, 3),
 (A3, "had raised 42,000 pounds for the strikers' legal costs", "money", 42000, 42000),
 (A3, "a dozen relatives kept watch on Friday evening", "other", 12, 12),
 (A3, "built in 1962 for 900 inmates, now holds about 1,400 men", "other", 900, 900),
 (A3, "built in 1962 for 900 inmates, now holds about 1,400 men", "other", 1400, 1400),
]
CL = [
 (A1, "have refused food for 12 days", "Miriam Castellanos-Webb", "assert"),
 (A1, "About 40 prisoners are taking part, according to Miriam Castellanos-Webb", "Miriam Castellanos-Webb", "assert"),
 (A1, "She said four strikers had been moved to the prison hospital since Friday.", "Miriam Castellanos-Webb", "assert"),
 (A1, "put the number of strikers at 28 and said none had needed hospital care", "National Prison Service", "assert"),
 (A1, "Every prisoner on the wing is seen by a doctor each morning", "Aldous Fenner", "assert"),
 (A1, "None of the 12 women held in the prison's east block has joined the protest, he added.", "Aldous Fenner", "assert"),
 (A1, "Up to 60 men are held there alone for 23 hours a day, Castellanos-Webb said.", "Miriam Castellanos-Webb", "assert"),
 (A1, "The protest was started by Ilyas Dzhabrailov", "Miriam Castellanos-Webb", "assert"),
 (A1, "He has drunk only water and sweet tea since it began, she said.", "Miriam Castellanos-Webb", "assert"),
 (A1, "said the isolation wing met national standards and would not be closed", "Justice Ministry", "assert"),
 (A1, "said the strike was being organised by", "ministry official", "assert"),
 (A1, "On Sunday about 1,500 people rallied outside the prison gates", "Prisoners' Families Committee", "assert"),
 (A1, "Police put the crowd at about 300.", "police", "assert"),
 (A1, "Nine people were arrested when a group tried to block a prison van", "police", "assert"),
 (A1, "The committee said the arrests were", "Prisoners' Families Committee", "assert"),
 (A1, "An inquiry into that death found that his transfer to a city hospital had come too late.", "inquiry", "assert"),
 (A1, "said she would ask the Halvorsk district court on Thursday", "Miriam Castellanos-Webb", "assert"),
 (A1, "The service said it would", "National Prison Service", "assert"),
 (A2, "has risen to 63, their lawyer said on Wednesday", "Miriam Castellanos-Webb", "assert"),
 (A2, "The National Prison Service disputed that.", "National Prison Service", "deny"),
 (A2, "It said 31 inmates were refusing food on Wednesday morning.", "National Prison Service", "assert"),
 (A2, "Six strikers are now in the prison hospital, two of them in a serious condition", "Miriam Castellanos-Webb", "assert"),
 (A2, "She said guards had strapped two strikers to their beds", "Miriam Castellanos-Webb", "assert"),
 (A2, "The service denied it.", "National Prison Service", "deny"),
 (A2, "No prisoner has been force-fed at Halvorsk, and none will be", "Aldous Fenner", "deny"),
 (A2, "said she would visit the prison on Friday", "Hester Quaile", "assert"),
 (A2, "has lost 11 kilograms", "Zarema Djabrailova", "assert"),
 (A2, "He says he will stop when the wing is shut, not before", "Zarema Djabrailova", "assert"),
 (A2, "He says he will stop when the wing is shut, not before", "Ilyas Dzhabrailov", "assert"),
 (A2, "A spokeswoman for Carthew said questions should go to the prison service.", "Carthew Medical Services Ltd", "assert"),
 (A2, "He told parliament on Tuesday that the government", "Konstantin Ravelle", "assert"),
 (A2, "were released without charge on Tuesday, the police said", "police", "assert"),
 (A2, "according to the service's own annual report", "National Prison Service", "assert"),
 (A3, "has \"serious failings\", the prisons ombudsman said on Friday", "Hester Quaile", "assert"),
 (A3, "Hester Quaile said 58 prisoners had told her they were refusing food.", "Hester Quaile", "assert"),
 (A3, "said the true figure was 34", "Rupert Achebe-Lund", "assert"),
 (A3, "Eight strikers have been treated in the prison hospital since the protest began", "National Prison Service", "assert"),
 (A3, "Quaile said she had seen no sign of force-feeding but had asked the hospital for its records.", "Hester Quaile", "assert"),
 (A3, "I will say what I found when I have read them", "Hester Quaile", "assert"),
 (A3, "Miriam Castellanos-Webb said she would appeal.", "Miriam Castellanos-Webb", "assert"),
 (A3, "said on Friday that it would review the rules of the isolation wing", "Justice Ministry", "assert"),
 (A3, "A spokesman said that was", "Justice Ministry", "assert"),
 (A3, "Castellanos-Webb said the strikers would go on until the wing was closed.", "Miriam Castellanos-Webb", "assert"),
 (A3, "They have told me so, and they told the ombudsman so today", "Miriam Castellanos-Webb", "assert"),
 (A3, "said it had raised 42,000 pounds for the strikers' legal costs", "Prisoners' Families Committee", "assert"),
 (A3, "according to the service's own annual report", "National Prison Service", "assert"),
]
E.append(("inquiry", "ORG", ["inquiry"]))
T = [
 (A1, "their lawyer said on Monday", "Monday", "2026-11-16"),
 (A1, "moved to the prison hospital since Friday", "Friday", "2026-11-13"),
 (A1, "On Sunday about 1,500 people rallied", "Sunday", "2026-11-15"),
 (A1, "A hunger strike at the same prison in 2019", "2019", "2019"),
 (A1, "the Halvorsk district court on Thursday", "Thursday", "2026-11-19"),
 (A2, "their lawyer said on Wednesday", "Wednesday", "2026-11-18"),
 (A2, "refusing food on Wednesday morning", "Wednesday morning", "2026-11-18"),
 (A2, "fed them through tubes on Monday night", "Monday night", "2026-11-16"),
 (A2, "visit the prison on Friday", "Friday", "2026-11-20"),
 (A2, "through a glass screen on Tuesday", "Tuesday", "2026-11-17"),
 (A2, "He told parliament on Tuesday", "Tuesday", "2026-11-17"),
 (A2, "arrested outside the prison on Sunday", "Sunday", "2026-11-15"),
 (A2, "released without charge on Tuesday", "Tuesday", "2026-11-17"),
 (A2, "built in 1962", "1962", "1962"),
 (A2, "another vigil outside the gates next Sunday", "next Sunday", "2026-11-22"),
 (A3, "the prisons ombudsman said on Friday", "Friday", "2026-11-20"),
 (A3, "the National Prison Service said on Friday", "Friday", "2026-11-20"),
 (A3, "At Thursday's hearing", "Thursday", "2026-11-19"),
 (A3, "The Justice Ministry said on Friday", "Friday", "2026-11-20"),
 (A3, "by the end of January", "the end of January", "2027-01"),
 (A3, "kept watch on Friday evening", "Friday evening", "2026-11-20"),
 (A3, "built in 1962", "1962", "1962"),
]
gold = dict(
 note="FICTIONAL: every place, person, prison, body, firm, outlet and figure in this cluster is invented for newsbrief's benchmark. November 13-20, 2026: a hunger strike at Halvorsk Central Prison against its isolation wing. Strikers about 40 (the lawyer) vs 28 (the service) on Monday, 63 vs 31 on Wednesday, 58 (the ombudsman) vs 34 (the governor) on Friday: three disagreements, each a progression by its own source. In the prison hospital 4 (the lawyer) vs none (the service) on Monday: a disagreement; 6 with 2 serious (a part) on Wednesday; 8 treated, 3 still there (a part) on Friday. The lawyer says two strikers were force-fed; the service denies it; the ombudsman's office 'could not confirm' (a hedge). Rally about 1,500 (organisers) vs about 300 (police); nine arrested and released. None of the 12 women joined (a negated count); the 2019 strike's death is another event; ages, a sentence of 15 years, 1962 and 2019 are no tolls. Dzhabrailov / Djabrailov is one man spelled two ways; Carthew Medical Services Ltd 'declined to comment', the minister 'would not say' and 'declined to comment' (no claims). Photo caption in a1, copyright footer in a3.",
 source={"dataset": "bench/fictional, round 4 (written for newsbrief, session 11)", "fictional": True,
         "documents": {A1: "Brannock News Agency, Monday", A2: "Halvorsk Daily Ledger, Wednesday", A3: "Coastline Herald, Friday"},
         "published": "given for every article"},
 must_remove=[R(A1, "PHOTO: Relatives hold up pictures of prisoners outside the main gate of Halvorsk Central Prison on Sunday."),
              R(A3, "(c) 2026 Coastline Herald. All rights reserved.")],
 must_keep=[R(A1, "About 40 prisoners are taking part"),
            R(A1, "put the number of strikers at 28 and said none had needed hospital care"),
            R(A1, "Police put the crowd at about 300."),
            R(A2, "has risen to 63, their lawyer said on Wednesday"),
            R(A2, "It said 31 inmates were refusing food on Wednesday morning."),
            R(A2, "The service denied it."),
            R(A2, "Her office could not confirm the account of force-feeding."),
            R(A3, "Hester Quaile said 58 prisoners had told her they were refusing food."),
            R(A3, "said the true figure was 34"),
            R(A3, "the Halvorsk district court refused the lawyer's request")],
 not_in_summary=[R(A3, "a dozen relatives kept watch on Friday evening under umbrellas"),
                 R(A2, "Families of the strikers plan another vigil outside the gates next Sunday.")],
 duplicates=[[R(A2, BG), R(A3, BG)]],
 periods={"2026-11": [R(A1, "have refused food for 12 days"), R(A2, "has risen to 63, their lawyer said on Wednesday"), R(A3, "Hester Quaile said 58 prisoners had told her they were refusing food.")]},
 events=[
  {"name": "Rally outside the prison; nine arrested", "date": "2026-11-15", "tolerance_days": 0,
   "members": [R(A1, "On Sunday about 1,500 people rallied outside the prison gates")]},
  {"name": "Court refuses to send independent doctors into the prison", "date": "2026-11-19", "tolerance_days": 0,
   "members": [R(A3, "the Halvorsk district court refused the lawyer's request")]},
  {"name": "Ombudsman visits and finds serious failings", "date": "2026-11-20", "tolerance_days": 0,
   "members": [R(A3, "has \"serious failings\", the prisons ombudsman said on Friday")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "participants", "name": "Strikers on Monday: about 40 (the lawyer) vs 28 (the prison service)",
   "any_two_of": [R(A1, "About 40 prisoners are taking part"), R(A1, "put the number of strikers at 28 and said none had needed hospital care")]},
  {"kind": "figure", "measure": "injured", "name": "In the prison hospital on Monday: four (the lawyer) vs none (the prison service)",
   "any_two_of": [R(A1, "She said four strikers had been moved to the prison hospital since Friday."), R(A1, "put the number of strikers at 28 and said none had needed hospital care")]},
  {"kind": "figure", "measure": "participants", "name": "Strikers on Wednesday: 63 (the lawyer) vs 31 (the prison service)",
   "any_two_of": [R(A2, "has risen to 63, their lawyer said on Wednesday"), R(A2, "It said 31 inmates were refusing food on Wednesday morning."), R(A2, "The National Prison Service disputed that.")]},
  {"kind": "figure", "measure": "participants", "name": "Strikers on Friday: 58 (the ombudsman) vs 34 (the governor)",
   "any_two_of": [R(A3, "Hester Quaile said 58 prisoners had told her they were refusing food."), R(A3, "said the true figure was 34")]},
  {"kind": "figure", "measure": "participants", "name": "Rally on Sunday: about 1,500 (organisers) vs about 300 (police)",
   "any_two_of": [R(A1, "On Sunday about 1,500 people rallied outside the prison gates"), R(A1, "Police put the crowd at about 300.")]},
  {"kind": "denial", "name": "The lawyer says two strikers were force-fed; the prison service denies it",
   "any_two_of": [R(A2, "She said guards had strapped two strikers to their beds"), R(A2, "The service denied it."), R(A2, "No prisoner has been force-fed at Halvorsk, and none will be")]},
 ],
 summary_must_cover=[
  {"name": "Prisoners on hunger strike over the isolation wing", "any_of": [R(A1, "have refused food for 12 days"), R(A1, "The strikers want the isolation wing closed.")]},
  {"name": "Strikers' numbers disputed between the lawyer and the service", "any_of": [R(A1, "About 40 prisoners are taking part"), R(A2, "has risen to 63, their lawyer said on Wednesday"), R(A2, "It said 31 inmates were refusing food on Wednesday morning.")]},
  {"name": "Strikers in the prison hospital", "any_of": [R(A2, "Six strikers are now in the prison hospital, two of them in a serious condition"), R(A3, "Eight strikers have been treated in the prison hospital since the protest began")]},
  {"name": "Force-feeding alleged and denied", "any_of": [R(A2, "She said guards had strapped two strikers to their beds"), R(A2, "The service denied it."), R(A2, "No prisoner has been force-fed at Halvorsk, and none will be")]},
  {"name": "Ombudsman finds serious failings", "any_of": [R(A3, "has \"serious failings\", the prisons ombudsman said on Friday")]},
  {"name": "The ministry refuses to close the wing, will review its rules", "any_of": [R(A1, "said the isolation wing met national standards and would not be closed"), R(A3, "said on Friday that it would review the rules of the isolation wing")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3], "forbidden_prefixes": ["2025-11", "2027-11"]},
 E=E, F=F, C=CL, T=T)
write(C, arts, gold)
