from common import R, write
C = "vantry-data-breach"
A1, A2, A3 = C + "-a1", C + "-a2", C + "-a3"
BG = "Vantry, founded in 2011, processes card payments for about 90,000 small shops and online sellers and employs about 2,300 people."
a1 = """ESKBRIDGE (Kestrel Business Wire) - Vantry Payments Holdings plc said on Monday that hackers had copied the names, addresses and card details of about 1.2 million customers from its systems, one of the largest data breaches at a payments firm in the country.

The company said the intrusion was discovered on August 28 and that the gap had been closed within two days. Its chief executive, Annika Sorensen-Hale, apologised to customers. "We let them down, and we will put it right," she said in a statement.

An independent security researcher who says he first found the stolen data offered for sale put the number far higher. Tomasz Ilunga, of Blackfen Labs, said the files on a criminal forum held the records of about 3.4 million people. "The sample I was sent had more than 200,000 rows on its own," he told Kestrel.

Vantry would not say how it had arrived at its figure.

Ilunga said he had warned Vantry about a weakness in its customer portal in June. The company denied that. "We received no warning from Mr. Ilunga or from anyone else before August 28," said Declan Mbeki-Ross, a Vantry spokesman.

The Financial Conduct Office, which supervises payment firms, said it was in contact with the company. A spokeswoman could not confirm how many people had been affected.

None of the 8,000 business clients that hold accounts with Vantry had their own funds touched, the company said. It urged customers to watch their statements and said it would write to everyone affected by Friday.

Shares in Vantry fell 14 percent on Monday, wiping about 380 million pounds off its market value.

"I have had the card for six years and I found out from the radio," said Colm Abernethy, who runs a bakery in Eskbridge. He said he had cancelled it the same morning.

""" + BG
a2 = """Police investigating the Vantry Payments data breach have arrested three people, two of them former employees of the company, the Eskbridge police fraud unit said on Thursday.

Detective Inspector Sunita Varela said criminals had used the stolen card details to take about 4.8 million pounds from customers' accounts since late August. She declined to comment on whether more arrests would follow.

A customers' group set up on Tuesday, Vantry Customers Together, said the losses were at least 11 million pounds, going by reports from its members. Its founder, Hollis Grant, said more than 6,000 people had joined. "The police figure counts only what has been reported to the police," Grant said. "Most people have gone to their banks."

Vantry said on Thursday that it would refund every customer who had lost money. The company did not deny a report in the Chronicle that its chief technology officer had resigned last week, saying only that changes to its leadership would be announced next Monday.

The Financial Conduct Office said it had opened a formal investigation into the breach. The regulator can fine a firm up to 4 percent of its annual turnover.

The last breach of this size, at Querrel Bank in 2023, exposed about 600,000 accounts, and the bank was fined 9 million pounds.

Tomasz Ilunga repeated on Thursday that he had written to Vantry's security team in June. He has not published the email. Vantry again said it had no record of any message from him.

Customers queued outside Vantry's office on Harbour Street on Thursday morning, some holding printed statements, before staff handed out leaflets with a helpline number."""
a3 = """Vantry Payments said on Monday that the breach had affected about 2.9 million customers, more than twice the figure it gave a week ago, and that its chief executive, Annika Sorensen-Hale, had resigned.

Tomasz Ilunga said on Monday that the true number was still closer to 3.4 million. "They are getting nearer, but they are not there yet," he said.

Board chair Ruairi Castellane will run Vantry Payments Holdings until a successor is found, the company said. He said Vantry had set aside 40 million pounds for refunds and possible fines.

In a letter to staff seen by Meridale Finance Daily, Sorensen-Hale again rejected Ilunga's claim that he had warned the company in June. She wrote that she was leaving "so that the company can move on".

Police said on Monday that five people had now been arrested. A 29-year-old former Vantry engineer appeared before Eskbridge magistrates on Saturday charged with computer misuse and was remanded in custody.

The Financial Conduct Office declined to say when its investigation would end. Vantry's shares have lost 31 percent since the breach was announced.

Vantry Customers Together, which now says it has more than 9,000 members, is preparing a group claim. Hollis Grant said the group had been offered help by two law firms.

Analysts at Carrow Street Securities said the company was unlikely to lose many of its shop clients, who have few other cheap ways to take cards.

""" + BG + """

This article appeared in the Meridale Finance Daily morning briefing. Subscribe to get it in your inbox."""
arts = [
 {"id": A1, "title": "Vantry says hackers took data of 1.2 million customers; researcher says 3.4 million", "published": "2026-09-07", "source": "kestrel-business-wire", "text": a1},
 {"id": A2, "title": "Three arrested over Vantry breach as customers' group puts losses at 11 million pounds", "published": "2026-09-10", "source": "eskbridge-chronicle", "text": a2},
 {"id": A3, "title": "Vantry chief resigns as breach count rises to 2.9 million", "published": "2026-09-14", "source": "meridale-finance-daily", "text": a3},
]
E = [
 ("Vantry Payments Holdings plc", "ORG", ["Vantry Payments Holdings plc", "Vantry Payments Holdings", "Vantry Payments", "Vantry"]),
 ("Eskbridge", "GPE", ["Eskbridge"]),
 ("Annika Sorensen-Hale", "PERSON", ["Annika Sorensen-Hale", "Sorensen-Hale"]),
 ("Tomasz Ilunga", "PERSON", ["Tomasz Ilunga", "Ilunga", "Mr. Ilunga", "researcher"]),
 ("Blackfen Labs", "ORG", ["Blackfen Labs"]),
 ("Declan Mbeki-Ross", "PERSON", ["Declan Mbeki-Ross"]),
 ("Financial Conduct Office", "ORG", ["Financial Conduct Office", "regulator"]),
 ("Colm Abernethy", "PERSON", ["Colm Abernethy"]),
 ("Eskbridge police fraud unit", "ORG", ["Eskbridge police fraud unit", "police"]),
 ("Sunita Varela", "PERSON", ["Sunita Varela", "Detective Inspector Sunita Varela"]),
 ("Vantry Customers Together", "ORG", ["Vantry Customers Together", "group"]),
 ("Hollis Grant", "PERSON", ["Hollis Grant", "Grant"]),
 ("Querrel Bank", "ORG", ["Querrel Bank"]),
 ("Ruairi Castellane", "PERSON", ["Ruairi Castellane"]),
 ("Carrow Street Securities", "ORG", ["Carrow Street Securities"]),
 ("Meridale Finance Daily", "ORG", ["Meridale Finance Daily"]),
 ("Harbour Street", "LOC", ["Harbour Street"]),
 ("Chronicle", "ORG", ["Chronicle"]), ("Eskbridge magistrates", "ORG", ["Eskbridge magistrates"]),
 ("Kestrel Business Wire", "ORG", ["Kestrel Business Wire", "Kestrel"]),
]
F = [
 (A1, "card details of about 1.2 million customers from its systems", "other", 1200000, 1200000),
 (A1, "the gap had been closed within two days", "other", 2, 2),
 (A1, "held the records of about 3.4 million people", "other", 3400000, 3400000),
 (A1, "had more than 200,000 rows on its own", "other", 200000, None),
 (A1, "None of the 8,000 business clients that hold accounts with Vantry had their own funds touched", "other", 8000, 8000),
 (A1, "None of the 8,000 business clients that hold accounts with Vantry had their own funds touched", "other", 0, 0),
 (A1, "Shares in Vantry fell 14 percent on Monday, wiping about 380 million pounds off its market value", "other", 14, 14),
 (A1, "Shares in Vantry fell 14 percent on Monday, wiping about 380 million pounds off its market value", "money", 380000000, 380000000),
 (A1, "I have had the card for six years", "other", 6, 6),
 (A1, "payments for about 90,000 small shops and online sellers and employs about 2,300 people", "other", 90000, 90000),
 (A1, "payments for about 90,000 small shops and online sellers and employs about 2,300 people", "other", 2300, 2300),
 (A2, "have arrested three people, two of them former employees of the company", "arrested", 3, 3),
 (A2, "have arrested three people, two of them former employees of the company", "arrested", 2, 2),
 (A2, "to take about 4.8 million pounds from customers' accounts", "money", 4800000, 4800000),
 (A2, "said the losses were at least 11 million pounds", "money", 11000000, None),
 (A2, "said more than 6,000 people had joined", "other", 6000, None),
 (A2, "fine a firm up to 4 percent of its annual turnover", "other", None, 4),
 (A2, "exposed about 600,000 accounts, and the bank was fined 9 million pounds", "other", 600000, 600000),
 (A2, "exposed about 600,000 accounts, and the bank was fined 9 million pounds", "money", 9000000, 9000000),
 (A3, "the breach had affected about 2.9 million customers, more than twice the figure it gave a week ago", "other", 2900000, 2900000),
 (A3, "the true number was still closer to 3.4 million", "other", 3400000, 3400000),
 (A3, "had set aside 40 million pounds for refunds and possible fines", "money", 40000000, 40000000),
 (A3, "five people had now been arrested", "arrested", 5, 5),
 (A3, "Vantry's shares have lost 31 percent since the breach was announced", "other", 31, 31),
 (A3, "which now says it has more than 9,000 members", "other", 9000, None),
 (A3, "had been offered help by two law firms", "other", 2, 2),
 (A3, "payments for about 90,000 small shops and online sellers and employs about 2,300 people", "other", 90000, 90000),
 (A3, "payments for about 90,000 small shops and online sellers and employs about 2,300 people", "other", 2300, 2300),
]
CL = [
 (A1, "hackers had copied the names, addresses and card details of about 1.2 million customers", "Vantry Payments Holdings plc", "assert"),
 (A1, "The company said the intrusion was discovered on August 28", "Vantry Payments Holdings plc", "assert"),
 (A1, "We let them down, and we will put it right", "Annika Sorensen-Hale", "assert"),
 (A1, "who says he first found the stolen data offered for sale", "Tomasz Ilunga", "assert"),
 (A1, "put the number far higher", "Tomasz Ilunga", "assert"),
 (A1, "said the files on a criminal forum held the records of about 3.4 million people", "Tomasz Ilunga", "assert"),
 (A1, "The sample I was sent had more than 200,000 rows on its own", "Tomasz Ilunga", "assert"),
 (A1, "Ilunga said he had warned Vantry about a weakness in its customer portal in June.", "Tomasz Ilunga", "assert"),
 (A1, "The company denied that.", "Vantry Payments Holdings plc", "deny"),
 (A1, "We received no warning from Mr. Ilunga or from anyone else before August 28", "Declan Mbeki-Ross", "deny"),
 (A1, "said it was in contact with the company", "Financial Conduct Office", "assert"),
 (A1, "had their own funds touched, the company said", "Vantry Payments Holdings plc", "assert"),
 (A1, "said it would write to everyone affected by Friday", "Vantry Payments Holdings plc", "assert"),
 (A1, "I have had the card for six years and I found out from the radio", "Colm Abernethy", "assert"),
 (A1, "He said he had cancelled it the same morning.", "Colm Abernethy", "assert"),
 (A2, "have arrested three people, two of them former employees of the company", "Eskbridge police fraud unit", "assert"),
 (A2, "said criminals had used the stolen card details to take about 4.8 million pounds", "Sunita Varela", "assert"),
 (A2, "said the losses were at least 11 million pounds", "Vantry Customers Together", "assert"),
 (A2, "said more than 6,000 people had joined", "Hollis Grant", "assert"),
 (A2, "The police figure counts only what has been reported to the police", "Hollis Grant", "assert"),
 (A2, "Most people have gone to their banks.", "Hollis Grant", "assert"),
 (A2, "Vantry said on Thursday that it would refund every customer who had lost money.", "Vantry Payments Holdings plc", "assert"),
 (A2, "saying only that changes to its leadership would be announced next Monday", "Vantry Payments Holdings plc", "assert"),
 (A2, "said it had opened a formal investigation into the breach", "Financial Conduct Office", "assert"),
 (A2, "repeated on Thursday that he had written to Vantry's security team in June", "Tomasz Ilunga", "assert"),
 (A2, "Vantry again said it had no record of any message from him.", "Vantry Payments Holdings plc", "deny"),
 (A3, "the breach had affected about 2.9 million customers", "Vantry Payments Holdings plc", "assert"),
 (A3, "the true number was still closer to 3.4 million", "Tomasz Ilunga", "assert"),
 (A3, "They are getting nearer, but they are not there yet", "Tomasz Ilunga", "assert"),
 (A3, "will run Vantry Payments Holdings until a successor is found, the company said", "Vantry Payments Holdings plc", "assert"),
 (A3, "He said Vantry had set aside 40 million pounds", "Ruairi Castellane", "assert"),
 (A3, "Sorensen-Hale again rejected Ilunga's claim that he had warned the company in June", "Annika Sorensen-Hale", "deny"),
 (A3, "Sorensen-Hale again rejected Ilunga's claim that he had warned the company in June", "Tomasz Ilunga", "assert"),
 (A3, "She wrote that she was leaving", "Annika Sorensen-Hale", "assert"),
 (A3, "Police said on Monday that five people had now been arrested.", "Eskbridge police fraud unit", "assert"),
 (A3, "which now says it has more than 9,000 members", "Vantry Customers Together", "assert"),
 (A3, "Hollis Grant said the group had been offered help by two law firms.", "Hollis Grant", "assert"),
 (A3, "said the company was unlikely to lose many of its shop clients", "Carrow Street Securities", "assert"),
]
T = [
 (A1, "Vantry Payments Holdings plc said on Monday", "Monday", "2026-09-07"),
 (A1, "the intrusion was discovered on August 28", "August 28", "2026-08-28"),
 (A1, "a weakness in its customer portal in June", "June", "2026-06"),
 (A1, "from anyone else before August 28", "August 28", "2026-08-28"),
 (A1, "write to everyone affected by Friday", "Friday", "2026-09-11"),
 (A1, "fell 14 percent on Monday", "Monday", "2026-09-07"),
 (A1, "founded in 2011", "2011", "2011"),
 (A2, "the Eskbridge police fraud unit said on Thursday", "Thursday", "2026-09-10"),
 (A2, "from customers' accounts since late August", "late August", "2026-08"),
 (A2, "A customers' group set up on Tuesday", "Tuesday", "2026-09-08"),
 (A2, "Vantry said on Thursday", "Thursday", "2026-09-10"),
 (A2, "would be announced next Monday", "next Monday", "2026-09-14"),
 (A2, "at Querrel Bank in 2023", "2023", "2023"),
 (A2, "repeated on Thursday", "Thursday", "2026-09-10"),
 (A2, "security team in June", "June", "2026-06"),
 (A2, "on Thursday morning", "Thursday morning", "2026-09-10"),
 (A3, "Vantry Payments said on Monday", "Monday", "2026-09-14"),
 (A3, "the figure it gave a week ago", "a week ago", "2026-09-07"),
 (A3, "Tomasz Ilunga said on Monday", "Monday", "2026-09-14"),
 (A3, "warned the company in June", "June", "2026-06"),
 (A3, "Police said on Monday", "Monday", "2026-09-14"),
 (A3, "Eskbridge magistrates on Saturday", "Saturday", "2026-09-12"),
 (A3, "founded in 2011", "2011", "2011"),
]
gold = dict(
 note="FICTIONAL: every place, person, company, body, outlet and figure in this cluster is invented for newsbrief's benchmark. August 28 - September 14, 2026: hackers copy customer data from Vantry Payments Holdings plc. Customers affected about 1.2 million (Vantry) vs about 3.4 million (a researcher) on Monday September 7, then 2.9 million (Vantry) vs closer to 3.4 million (the researcher) a week later: two disagreements and the company's own progression. Money taken about 4.8 million pounds (the police) vs at least 11 million pounds (a customers' group) on Thursday: a disagreement. The researcher says he warned Vantry in June; the company denies it three times. Arrested three (two former employees: a part), then five (a progression). The Querrel Bank breach of 2023 (600,000 accounts, a 9 million pound fine) is another event; none of 8,000 business clients touched (a negated count); percentages, a market value and an age are other measures. Vantry 'did not deny' a resignation report (no denial), 'would not say' and the regulator 'declined to say' and 'could not confirm' (no claims). The Financial Conduct Office is later 'the regulator'. A newsletter footer ends a3.",
 source={"dataset": "bench/fictional, round 4 (written for newsbrief, session 11)", "fictional": True,
         "documents": {A1: "Kestrel Business Wire, Monday", A2: "Eskbridge Chronicle, Thursday", A3: "Meridale Finance Daily, Monday"},
         "published": "given for every article"},
 must_remove=[R(A3, "This article appeared in the Meridale Finance Daily morning briefing. Subscribe to get it in your inbox.")],
 must_keep=[R(A1, "card details of about 1.2 million customers from its systems"),
            R(A1, "held the records of about 3.4 million people"),
            R(A1, "The company denied that."),
            R(A1, "A spokeswoman could not confirm how many people had been affected."),
            R(A2, "have arrested three people, two of them former employees of the company"),
            R(A2, "to take about 4.8 million pounds from customers' accounts"),
            R(A2, "said the losses were at least 11 million pounds"),
            R(A2, "The company did not deny a report in the Chronicle"),
            R(A3, "the breach had affected about 2.9 million customers"),
            R(A3, "had set aside 40 million pounds for refunds and possible fines")],
 not_in_summary=[R(A2, "some holding printed statements, before staff handed out leaflets with a helpline number"),
                 R(A1, "who runs a bakery in Eskbridge")],
 duplicates=[[R(A1, BG), R(A3, BG)]],
 periods={"2026-09": [R(A1, "card details of about 1.2 million customers from its systems"), R(A2, "have arrested three people, two of them former employees of the company"), R(A3, "the breach had affected about 2.9 million customers")]},
 events=[
  {"name": "Vantry discovers the intrusion", "date": "2026-08-28", "tolerance_days": 0,
   "members": [R(A1, "the intrusion was discovered on August 28")]},
  {"name": "Vantry discloses the breach", "date": "2026-09-07", "tolerance_days": 0,
   "members": [R(A1, "card details of about 1.2 million customers from its systems")]},
  {"name": "Three arrested", "date": "2026-09-10", "tolerance_days": 1,
   "members": [R(A2, "have arrested three people, two of them former employees of the company")]},
  {"name": "Count raised to 2.9 million; the chief executive resigns", "date": "2026-09-14", "tolerance_days": 0,
   "members": [R(A3, "the breach had affected about 2.9 million customers")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "other", "name": "Customers affected on September 7: about 1.2 million (Vantry) vs about 3.4 million (Ilunga)",
   "any_two_of": [R(A1, "card details of about 1.2 million customers from its systems"), R(A1, "held the records of about 3.4 million people"), R(A1, "put the number far higher")]},
  {"kind": "figure", "measure": "other", "name": "Customers affected on September 14: about 2.9 million (Vantry) vs closer to 3.4 million (Ilunga)",
   "any_two_of": [R(A3, "the breach had affected about 2.9 million customers"), R(A3, "the true number was still closer to 3.4 million")]},
  {"kind": "figure", "measure": "money", "name": "Money taken: about 4.8 million pounds (police) vs at least 11 million pounds (Vantry Customers Together)",
   "any_two_of": [R(A2, "to take about 4.8 million pounds from customers' accounts"), R(A2, "said the losses were at least 11 million pounds"), R(A2, "The police figure counts only what has been reported to the police")]},
  {"kind": "denial", "name": "Ilunga says he warned Vantry in June; Vantry denies it",
   "any_two_of": [R(A1, "Ilunga said he had warned Vantry about a weakness in its customer portal in June."), R(A1, "The company denied that."), R(A1, "We received no warning from Mr. Ilunga or from anyone else before August 28"), R(A2, "Vantry again said it had no record of any message from him."), R(A3, "Sorensen-Hale again rejected Ilunga's claim that he had warned the company in June")]},
 ],
 summary_must_cover=[
  {"name": "Hackers take customer data from Vantry", "any_of": [R(A1, "card details of about 1.2 million customers from its systems")]},
  {"name": "A researcher puts the count far higher (3.4 million)", "any_of": [R(A1, "held the records of about 3.4 million people"), R(A3, "the true number was still closer to 3.4 million")]},
  {"name": "Vantry raises its count to 2.9 million and its chief resigns", "any_of": [R(A3, "the breach had affected about 2.9 million customers")]},
  {"name": "Warning in June claimed and denied", "any_of": [R(A1, "Ilunga said he had warned Vantry about a weakness in its customer portal in June."), R(A1, "The company denied that."), R(A3, "Sorensen-Hale again rejected Ilunga's claim that he had warned the company in June")]},
  {"name": "Arrests", "any_of": [R(A2, "have arrested three people, two of them former employees of the company"), R(A3, "five people had now been arrested")]},
  {"name": "Money taken: 4.8 million (police) vs at least 11 million (customers' group)", "any_of": [R(A2, "to take about 4.8 million pounds from customers' accounts"), R(A2, "said the losses were at least 11 million pounds")]},
  {"name": "Regulator opens an investigation", "any_of": [R(A2, "said it had opened a formal investigation into the breach")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3], "forbidden_prefixes": ["2025-09", "2027-09"]},
 E=E, F=F, C=CL, T=T)
write(C, arts, gold)
