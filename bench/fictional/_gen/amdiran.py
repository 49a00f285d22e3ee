from common import R, write, check
C = "amdiran-market-bombing"
A1, A2, A3, A4, A5 = (C + "-a%d" % i for i in range(1, 6))
BG = "Tel Marouf, a maze of covered lanes below the old citadel, has about 1,400 stalls and draws its biggest crowds in the hours before noon, when families buy food for the week."
a1 = """AMDIRAN (Meridian Wire) - Twin car bombs exploded minutes apart in the crowded Tel Marouf market district of Amdiran on Saturday morning, killing at least 31 people and wounding about 90, the health ministry said.

PHOTO: Firefighters spray water on the burnt shell of a car on Saffron Lane in the Tel Marouf market on Saturday.

The first car blew up at the southern end of Saffron Lane, the market's main spice street, and the second near the north gate as shoppers fled the first blast, two police officials said. Both asked not to be named, as they had no permission to speak to the press.

Interior Minister Hamdan Sarrouf blamed the Western Gate Brigades, an armed group that has fought government forces in the western hills since 2021. "This is their signature, and they will answer for it," he told reporters outside the Amdiran Teaching Hospital.

Dr. Salwa Hennawi, a health ministry spokeswoman, said women and children were among the dead and that 14 of the wounded were in a critical condition. Most of the wounded had been taken to the Amdiran Teaching Hospital and to Nahr al-Fidda Hospital, she said.

Witnesses described stalls flung across the lane and metal shutters torn from shop fronts. "I was weighing cardamom for a customer, and then I was on the floor and could hear nothing," said Bassam Loutfi, who has sold spices in the market for 30 years. He said he had not been able to find his nephew, who worked at the next stall.

Police said two men had been detained near the north gate and were being questioned. They gave no further details.

Security forces sealed off the district and closed the roads around the old citadel. Prime Minister Suheil Abdelnour declared three days of national mourning and cut short a visit abroad.

Hospitals appealed for blood, and by midday a queue of donors stretched along the pavement outside the teaching hospital.

The health ministry could not confirm reports that foreign visitors were among the dead.

No one had claimed responsibility by Saturday evening.

The attack was the deadliest in the capital since a bomb at the central bus terminal killed 19 people in March 2024.

""" + BG
a2 = """Three blasts within about ten minutes tore through the Tel Marouf market on Saturday morning, the Civil Defence Directorate said, in an attack that killed 31 people, according to the health ministry.

The health ministry put the number of wounded at about 90. The Kharvat Relief Society, whose volunteers were among the first to reach the lanes, said its teams had treated more than 150 wounded people at the scene and in two field clinics set up in a school yard.

"We stopped counting at 150 because they kept coming," said Yara Sfeir-Dallal, who leads the society's emergency teams.

Captain Rafiq Ostaz of the civil defence, who reached Saffron Lane soon after the first explosion, said the third and largest blast had gutted the covered fish hall, where many people had run for shelter.

"After the second one everybody ran towards the fish hall, and that is where the third one went off," said Hiba Qaddour, a teacher who had been buying vegetables with her daughter.

Among the 31 dead was a family of five from the village of Ain Sarwa who had come to the capital for a wedding.

Nahr al-Fidda Hospital received 38 of the wounded, and nine of them needed surgery on Saturday afternoon, said its director, Dr. Anwar Batish. "We had surgeons operating in the corridors," he said.

Traders said the police checkpoint at the market's north gate had been taken away on Thursday.

"There were always soldiers at that gate. On Thursday they were gone," said Khalil Marrash, who sells pots and pans a few steps from the gate.

Defence Minister Munir Zayyat declined to comment on whether army patrols around the market had been reduced.

Prime Minister Suheil Abdelnour, who flew back to Amdiran in the afternoon, ordered an inquiry into how the attackers had reached the market and said its findings would be made public within 30 days.

By nightfall the lanes were dark and silent, and soldiers stood at every entrance to the district. Traders who had gathered at the cordon said they had been told nothing about when they could return to their stalls, or whether anything inside was left to save.

At the Amdiran Teaching Hospital, families moved from ward to ward with photographs of the missing, asking nurses whether anyone had seen them.

Related: A guide to Amdiran's old markets, from Tel Marouf to the Copper Arcade"""
a3 = """AMDIRAN (The Kharvat Observer) - The death toll from Saturday's bombing of the Tel Marouf market rose to 38 on Sunday, the health ministry said, as the interior ministry said the attack had been carried out by three suicide bombers.

"Three men wearing explosive vests blew themselves up in different parts of the market within minutes of each other," Colonel Imad Tarazi, the interior ministry's spokesman, told a news conference. He said investigators had identified one of the bombers from his fingerprints and were still working to identify the other two.

The health ministry said 112 people had been wounded, 11 of them critically, and that six children were among the dead.

The Kharvat Relief Society said it stood by its count of more than 150 wounded people treated by its teams on Saturday.

Interior Minister Hamdan Sarrouf said on Sunday that he had "no doubt" the Western Gate Brigades were behind the attack, and that nine suspects had been detained overnight.

The Western Gate Brigades denied any part in the bombing. In a statement posted on its messaging channel on Sunday, the group said it "does not make war on bread sellers and their customers". It accused the government of looking for someone to blame for its own failures.

Traders in the market have said the police checkpoint at its north gate was removed on Thursday. Tarazi denied that. "The checkpoint was moved 200 metres to the roundabout to ease the traffic. It was never removed," he said.

Walid Hajjar-Seif, who chairs the security committee of parliament, said he would call Sarrouf and the capital's police chief to appear before the committee on Wednesday.

Hundreds of mourners walked behind the coffins of 12 of the victims to the Bab Sharqi cemetery on Sunday afternoon, chanting against the government as well as against the bombers.

Soldiers let traders back into the outer lanes for two hours on Sunday to collect what goods they could carry. Many came out empty-handed. "The fire took what the blast left," said Bassam Loutfi, a spice seller whose nephew, Fares, was among the dead.

A primary school on the edge of the district had its windows blown in, but none of its 220 pupils was hurt, said its head teacher, Mona Rizkallah.

Ambassadors of several neighbouring states visited the cordon and laid wreaths at the north gate.

""" + BG
a4 = """AMDIRAN (Voice of Kharvat) - Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41, the health ministry said on Monday, November 16.

Dr. Salwa Hennawi, the health ministry's spokeswoman, said 63 people were still being treated in hospital, nine of them in intensive care.

A police sergeant who was among the first officers at the scene, and who gave his name only as Nizar, told Voice of Kharvat he had seen the wrecks of two cars, one at each end of Saffron Lane. "Whatever the ministry says, I know what I saw. There were two cars," he said.

Asked about his account, the interior ministry said its finding of three suicide bombers rested on the evidence gathered by its forensic teams.

In the northern town of Marsad, a bomb hidden on a parked motorbike exploded near the bus station on Monday morning, killing four people and wounding 11, Marsad police said.

Officials did not link the Marsad blast to Saturday's bombing in the capital, and no one said they had carried it out.

The Western Gate Brigades, which denied on Sunday that it had any role in the market attack, said nothing about the Marsad bombing.

Prime Minister Suheil Abdelnour visited the wounded at Nahr al-Fidda Hospital and promised that the market would be rebuilt "stall by stall".

The Kharvat Relief Society said it had sent 40 volunteers and two ambulances to Marsad.

In the capital, shops in the streets around Tel Marouf opened again, but the market itself stayed behind a cordon of soldiers and armoured vehicles. Traders waited at the barriers with empty sacks, hoping to be let in.

At the Bab Sharqi cemetery, gravediggers said they had not worked so hard since the winter of the floods. Families came in small groups through the afternoon, and the imams took turns to lead the prayers.

Schools in the capital are due to reopen on Tuesday, when the three days of mourning end.

Voice of Kharvat brings you the news every hour, on the hour. Download our app and listen live wherever you are."""
a5 = """How many bombs struck the Tel Marouf market on Saturday was still unclear on Tuesday.

Police officers at the scene have described twin car bombs, the Civil Defence Directorate has counted three blasts, and the interior ministry says three suicide bombers blew themselves up. The government has not explained the difference.

The toll stood at 41 on Tuesday, among them seven children, the health ministry said.

Interior Minister Hamdan Sarruf told parliament on Tuesday that 14 people had now been detained, among them a man who he said had rented a flat overlooking Saffron Lane a week before the attack.

Sarruf repeated that the Western Gate Brigades had carried out the bombing. The group again denied it. In a second statement, it said it would "find and punish" whoever was responsible.

The Amdiran Centre for Security Studies, an independent research body, has counted 17 bombings in the capital in the past 12 months and 58 across Kharvat.

"We have not seen an attack of this size in Amdiran since we began counting in 2019," said Dr. Rasha Keyrouz, the centre's director.

Keyrouz said most of the attacks of the past year had been small roadside bombs aimed at army patrols, or blasts like the one that killed four people in Marsad on Monday.

The cabinet approved payments of 3,000 dinars to the family of each person killed and 500 dinars to each of the wounded, said Nadia Souaid, a government spokeswoman.

Defence Minister Munir Zayyat, asked by members of parliament whether army patrols around the market had been cut before the attack, said only that "the army goes where it is needed".

Walid Hajjar-Seif's security committee will question Sarruf in a closed session on Wednesday. Sarruf has said he will not resign.

In Tel Marouf itself, soldiers still guard every entrance. Officials said the outer lanes would reopen on Saturday, a week after the attack, but the covered fish hall, where the worst of the damage was done, will stay shut until engineers have decided whether its roof can be saved.

Bassam Loutfi, the spice seller, buried his nephew on Monday. "I have sold in this market all my life, and I will sell here again," he said. "But I do not know who I should be angry with."

(c) 2026 The Citadel Post. All rights reserved."""
arts = [
 {"id": A1, "title": "Twin car bombs kill at least 31 in Amdiran market", "published": "2026-11-14", "source": "meridian-wire", "text": a1},
 {"id": A2, "title": "Three blasts in ten minutes: Tel Marouf counts its dead", "published": "2026-11-14", "source": "amdiran-daily-news", "text": a2},
 {"id": A3, "title": "Market bombing toll rises to 38; ministry says three suicide bombers struck", "published": "2026-11-15", "source": "kharvat-observer", "text": a3},
 {"id": A4, "title": "Tel Marouf toll reaches 41; motorbike bomb kills four in Marsad", "published": None, "source": "voice-of-kharvat", "text": a4},
 {"id": A5, "title": "Two cars or three bombers? Four days on, the Tel Marouf questions remain", "published": "2026-11-17", "source": "citadel-post", "text": a5},
]
E = [
 ("Amdiran", "GPE", ["Amdiran"]), ("Kharvat", "GPE", ["Kharvat"]),
 ("Tel Marouf", "LOC", ["Tel Marouf market district", "Tel Marouf market", "Tel Marouf"]),
 ("Saffron Lane", "LOC", ["Saffron Lane"]),
 ("Western Gate Brigades", "ORG", ["Western Gate Brigades", "group"]),
 ("Interior ministry", "ORG", ["interior ministry"]),
 ("Health ministry", "ORG", ["health ministry"]),
 ("Hamdan Sarrouf", "PERSON", ["Interior Minister Hamdan Sarrouf", "Hamdan Sarrouf", "Sarrouf", "Hamdan Sarruf", "Sarruf"]),
 ("Salwa Hennawi", "PERSON", ["Dr. Salwa Hennawi", "Salwa Hennawi"]),
 ("Amdiran police", "ORG", ["police", "police officials", "Police officers"]),
 ("Amdiran Teaching Hospital", "FAC", ["Amdiran Teaching Hospital", "teaching hospital"]),
 ("Nahr al-Fidda Hospital", "FAC", ["Nahr al-Fidda Hospital"]),
 ("Bassam Loutfi", "PERSON", ["Bassam Loutfi"]),
 ("Fares", "PERSON", ["Fares"]),
 ("Suheil Abdelnour", "PERSON", ["Prime Minister Suheil Abdelnour", "Suheil Abdelnour"]),
 ("Civil Defence Directorate", "ORG", ["Civil Defence Directorate", "civil defence"]),
 ("Kharvat Relief Society", "ORG", ["Kharvat Relief Society", "society"]),
 ("Yara Sfeir-Dallal", "PERSON", ["Yara Sfeir-Dallal"]),
 ("Rafiq Ostaz", "PERSON", ["Captain Rafiq Ostaz", "Rafiq Ostaz"]),
 ("Hiba Qaddour", "PERSON", ["Hiba Qaddour"]),
 ("Ain Sarwa", "GPE", ["Ain Sarwa"]),
 ("Anwar Batish", "PERSON", ["Dr. Anwar Batish", "Anwar Batish"]),
 ("Tel Marouf traders", "PERSON", ["Traders in the market", "Traders"]),
 ("Khalil Marrash", "PERSON", ["Khalil Marrash"]),
 ("Munir Zayyat", "PERSON", ["Defence Minister Munir Zayyat", "Munir Zayyat"]),
 ("Imad Tarazi", "PERSON", ["Colonel Imad Tarazi", "Imad Tarazi", "Tarazi"]),
 ("Walid Hajjar-Seif", "PERSON", ["Walid Hajjar-Seif"]),
 ("Parliament", "ORG", ["parliament"]),
 ("Security committee of parliament", "ORG", ["security committee of parliament", "security committee", "committee"]),
 ("Bab Sharqi cemetery", "FAC", ["Bab Sharqi cemetery"]),
 ("Nizar", "PERSON", ["Nizar"]),
 ("Witnesses", "PERSON", ["Witnesses"]),
 ("Mona Rizkallah", "PERSON", ["Mona Rizkallah"]),
 ("Marsad", "GPE", ["Marsad"]),
 ("Marsad police", "ORG", ["Marsad police"]),
 ("Amdiran Centre for Security Studies", "ORG", ["Amdiran Centre for Security Studies", "centre"]),
 ("Rasha Keyrouz", "PERSON", ["Dr. Rasha Keyrouz", "Rasha Keyrouz", "Keyrouz"]),
 ("Nadia Souaid", "PERSON", ["Nadia Souaid"]),
 ("Meridian Wire", "ORG", ["Meridian Wire"]),
 ("Kharvat Observer", "ORG", ["Kharvat Observer"]),
 ("Voice of Kharvat", "ORG", ["Voice of Kharvat"]),
]
F = [
 (A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district", "other", 2, 2),
 (A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district", "killed", 31, None),
 (A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district", "injured", 90, 90),
 (A1, "and the second near the north gate as shoppers fled the first blast, two police officials said", "other", 2, 2),
 (A1, "14 of the wounded were in a critical condition", "injured", 14, 14),
 (A1, "who has sold spices in the market for 30 years", "other", 30, 30),
 (A1, "Police said two men had been detained near the north gate", "arrested", 2, 2),
 (A1, "declared three days of national mourning", "other", 3, 3),
 (A1, "killed 19 people in March 2024", "killed", 19, 19),
 (A1, BG, "other", 1400, 1400),
 (A2, "Three blasts within about ten minutes tore through the Tel Marouf market", "other", 3, 3),
 (A2, "Three blasts within about ten minutes tore through the Tel Marouf market", "other", 10, 10),
 (A2, "Three blasts within about ten minutes tore through the Tel Marouf market", "killed", 31, 31),
 (A2, "The health ministry put the number of wounded at about 90.", "injured", 90, 90),
 (A2, "said its teams had treated more than 150 wounded people at the scene and in two field clinics", "injured", 150, None),
 (A2, "said its teams had treated more than 150 wounded people at the scene and in two field clinics", "other", 2, 2),
 (A2, "We stopped counting at 150 because they kept coming", "injured", 150, None),
 (A2, "Among the 31 dead was a family of five from the village of Ain Sarwa", "killed", 31, 31),
 (A2, "Among the 31 dead was a family of five from the village of Ain Sarwa", "killed", 5, 5),
 (A2, "Nahr al-Fidda Hospital received 38 of the wounded, and nine of them needed surgery", "injured", 38, 38),
 (A2, "Nahr al-Fidda Hospital received 38 of the wounded, and nine of them needed surgery", "injured", 9, 9),
 (A2, "said its findings would be made public within 30 days", "other", None, 30),
 (A3, "rose to 38 on Sunday, the health ministry said, as the interior ministry said the attack had been carried out by three suicide bombers", "killed", 38, 38),
 (A3, "rose to 38 on Sunday, the health ministry said, as the interior ministry said the attack had been carried out by three suicide bombers", "other", 3, 3),
 (A3, "Three men wearing explosive vests blew themselves up in different parts of the market", "other", 3, 3),
 (A3, "had identified one of the bombers from his fingerprints and were still working to identify the other two", "other", 1, 1),
 (A3, "had identified one of the bombers from his fingerprints and were still working to identify the other two", "other", 2, 2),
 (A3, "The health ministry said 112 people had been wounded, 11 of them critically", "injured", 112, 112),
 (A3, "The health ministry said 112 people had been wounded, 11 of them critically", "injured", 11, 11),
 (A3, "The health ministry said 112 people had been wounded, 11 of them critically", "killed", 6, 6),
 (A3, "stood by its count of more than 150 wounded people", "injured", 150, None),
 (A3, "nine suspects had been detained overnight", "arrested", 9, 9),
 (A3, "The checkpoint was moved 200 metres to the roundabout to ease the traffic.", "distance", 200, 200),
 (A3, "Hundreds of mourners walked behind the coffins of 12 of the victims", "participants", None, None, True),
 (A3, "Hundreds of mourners walked behind the coffins of 12 of the victims", "killed", 12, 12),
 (A3, "Soldiers let traders back into the outer lanes for two hours on Sunday", "other", 2, 2),
 (A3, "but none of its 220 pupils was hurt", "injured", 0, 0),
 (A3, "but none of its 220 pupils was hurt", "other", 220, 220),
 (A3, BG, "other", 1400, 1400),
 (A4, "Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41", "killed", 3, 3),
 (A4, "Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41", "killed", 41, 41),
 (A4, "said 63 people were still being treated in hospital, nine of them in intensive care", "injured", 63, 63),
 (A4, "said 63 people were still being treated in hospital, nine of them in intensive care", "injured", 9, 9),
 (A4, "told Voice of Kharvat he had seen the wrecks of two cars, one at each end of Saffron Lane", "other", 2, 2),
 (A4, "There were two cars", "other", 2, 2),
 (A4, "its finding of three suicide bombers rested on the evidence", "other", 3, 3),
 (A4, "killing four people and wounding 11, Marsad police said", "killed", 4, 4),
 (A4, "killing four people and wounding 11, Marsad police said", "injured", 11, 11),
 (A4, "said it had sent 40 volunteers and two ambulances to Marsad", "other", 40, 40),
 (A4, "said it had sent 40 volunteers and two ambulances to Marsad", "other", 2, 2),
 (A4, "when the three days of mourning end", "other", 3, 3),
 (A5, "Police officers at the scene have described twin car bombs", "other", 2, 2),
 (A5, "Police officers at the scene have described twin car bombs", "other", 3, 3),
 (A5, "Police officers at the scene have described twin car bombs", "other", 3, 3),
 (A5, "The toll stood at 41 on Tuesday, among them seven children", "killed", 41, 41),
 (A5, "The toll stood at 41 on Tuesday, among them seven children", "killed", 7, 7),
 (A5, "that 14 people had now been detained", "arrested", 14, 14),
 (A5, "has counted 17 bombings in the capital in the past 12 months and 58 across Kharvat", "other", 17, 17),
 (A5, "has counted 17 bombings in the capital in the past 12 months and 58 across Kharvat", "other", 12, 12),
 (A5, "has counted 17 bombings in the capital in the past 12 months and 58 across Kharvat", "other", 58, 58),
 (A5, "or blasts like the one that killed four people in Marsad on Monday", "killed", 4, 4),
 (A5, "The cabinet approved payments of 3,000 dinars", "money", 3000, 3000),
 (A5, "The cabinet approved payments of 3,000 dinars", "money", 500, 500),
]
CL = [
 (A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district", "Health ministry", "assert"),
 (A1, "The first car blew up at the southern end of Saffron Lane", "Amdiran police", "assert"),
 (A1, "Interior Minister Hamdan Sarrouf blamed the Western Gate Brigades", "Hamdan Sarrouf", "assert"),
 (A1, "This is their signature, and they will answer for it", "Hamdan Sarrouf", "assert"),
 (A1, "said women and children were among the dead and that 14 of the wounded", "Salwa Hennawi", "assert"),
 (A1, "Most of the wounded had been taken to the Amdiran Teaching Hospital", "Salwa Hennawi", "assert"),
 (A1, "Witnesses described stalls flung across the lane", "Witnesses", "assert"),
 (A1, "I was weighing cardamom for a customer", "Bassam Loutfi", "assert"),
 (A1, "He said he had not been able to find his nephew", "Bassam Loutfi", "assert"),
 (A1, "Police said two men had been detained near the north gate", "Amdiran police", "assert"),
 (A2, "Three blasts within about ten minutes tore through the Tel Marouf market", "Civil Defence Directorate", "assert"),
 (A2, "Three blasts within about ten minutes tore through the Tel Marouf market", "Health ministry", "assert"),
 (A2, "The health ministry put the number of wounded at about 90.", "Health ministry", "assert"),
 (A2, "said its teams had treated more than 150 wounded people at the scene and in two field clinics", "Kharvat Relief Society", "assert"),
 (A2, "We stopped counting at 150 because they kept coming", "Yara Sfeir-Dallal", "assert"),
 (A2, "said the third and largest blast had gutted the covered fish hall", "Rafiq Ostaz", "assert"),
 (A2, "After the second one everybody ran towards the fish hall", "Hiba Qaddour", "assert"),
 (A2, "Nahr al-Fidda Hospital received 38 of the wounded, and nine of them needed surgery", "Anwar Batish", "assert"),
 (A2, "We had surgeons operating in the corridors", "Anwar Batish", "assert"),
 (A2, "Traders said the police checkpoint at the market's north gate had been taken away on Thursday.", "Tel Marouf traders", "assert"),
 (A2, "There were always soldiers at that gate.", "Khalil Marrash", "assert"),
 (A2, "On Thursday they were gone", "Khalil Marrash", "assert"),
 (A2, "said its findings would be made public within 30 days", "Suheil Abdelnour", "assert"),
 (A2, "Traders who had gathered at the cordon said they had been told nothing", "Tel Marouf traders", "assert"),
 (A3, "rose to 38 on Sunday, the health ministry said, as the interior ministry said the attack had been carried out by three suicide bombers", "Health ministry", "assert"),
 (A3, "rose to 38 on Sunday, the health ministry said, as the interior ministry said the attack had been carried out by three suicide bombers", "Interior ministry", "assert"),
 (A3, "Three men wearing explosive vests blew themselves up in different parts of the market", "Imad Tarazi", "assert"),
 (A3, "had identified one of the bombers from his fingerprints and were still working to identify the other two", "Imad Tarazi", "assert"),
 (A3, "The health ministry said 112 people had been wounded, 11 of them critically", "Health ministry", "assert"),
 (A3, "stood by its count of more than 150 wounded people", "Kharvat Relief Society", "assert"),
 (A3, "Interior Minister Hamdan Sarrouf said on Sunday that he had \"no doubt\" the Western Gate Brigades were behind the attack", "Hamdan Sarrouf", "assert"),
 (A3, "The Western Gate Brigades denied any part in the bombing.", "Western Gate Brigades", "deny"),
 (A3, "does not make war on bread sellers and their customers", "Western Gate Brigades", "deny"),
 (A3, "It accused the government of looking for someone to blame for its own failures.", "Western Gate Brigades", "assert"),
 (A3, "Traders in the market have said the police checkpoint at its north gate was removed on Thursday.", "Tel Marouf traders", "assert"),
 (A3, "Tarazi denied that.", "Imad Tarazi", "deny"),
 (A3, "The checkpoint was moved 200 metres to the roundabout to ease the traffic.", "Imad Tarazi", "assert"),
 (A3, "It was never removed", "Imad Tarazi", "deny"),
 (A3, "said he would call Sarrouf and the capital's police chief to appear before the committee", "Walid Hajjar-Seif", "assert"),
 (A3, "The fire took what the blast left", "Bassam Loutfi", "assert"),
 (A3, "but none of its 220 pupils was hurt", "Mona Rizkallah", "assert"),
 (A4, "Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41", "Health ministry", "assert"),
 (A4, "said 63 people were still being treated in hospital, nine of them in intensive care", "Salwa Hennawi", "assert"),
 (A4, "told Voice of Kharvat he had seen the wrecks of two cars, one at each end of Saffron Lane", "Nizar", "assert"),
 (A4, "Whatever the ministry says, I know what I saw.", "Nizar", "assert"),
 (A4, "There were two cars", "Nizar", "assert"),
 (A4, "its finding of three suicide bombers rested on the evidence", "Interior ministry", "assert"),
 (A4, "killing four people and wounding 11, Marsad police said", "Marsad police", "assert"),
 (A4, "which denied on Sunday that it had any role in the market attack", "Western Gate Brigades", "deny"),
 (A4, "promised that the market would be rebuilt", "Suheil Abdelnour", "assert"),
 (A4, "said it had sent 40 volunteers and two ambulances to Marsad", "Kharvat Relief Society", "assert"),
 (A4, "gravediggers said they had not worked so hard since the winter of the floods", "Bab Sharqi gravediggers", "assert"),
 (A5, "Police officers at the scene have described twin car bombs", "Amdiran police", "assert"),
 (A5, "Police officers at the scene have described twin car bombs", "Civil Defence Directorate", "assert"),
 (A5, "Police officers at the scene have described twin car bombs", "Interior ministry", "assert"),
 (A5, "The toll stood at 41 on Tuesday, among them seven children", "Health ministry", "assert"),
 (A5, "told parliament on Tuesday that 14 people had now been detained", "Hamdan Sarrouf", "assert"),
 (A5, "Sarruf repeated that the Western Gate Brigades had carried out the bombing.", "Hamdan Sarrouf", "assert"),
 (A5, "The group again denied it.", "Western Gate Brigades", "deny"),
 (A5, "In a second statement, it said it would \"find and punish\" whoever was responsible.", "Western Gate Brigades", "assert"),
 (A5, "has counted 17 bombings in the capital in the past 12 months and 58 across Kharvat", "Amdiran Centre for Security Studies", "assert"),
 (A5, "We have not seen an attack of this size in Amdiran since we began counting in 2019", "Rasha Keyrouz", "assert"),
 (A5, "Keyrouz said most of the attacks of the past year had been small roadside bombs", "Rasha Keyrouz", "assert"),
 (A5, "The cabinet approved payments of 3,000 dinars", "Nadia Souaid", "assert"),
 (A5, "said only that \"the army goes where it is needed\"", "Munir Zayyat", "assert"),
 (A5, "Sarruf has said he will not resign.", "Hamdan Sarrouf", "assert"),
 (A5, "Officials said the outer lanes would reopen on Saturday", "Amdiran officials", "assert"),
 (A5, "I have sold in this market all my life, and I will sell here again", "Bassam Loutfi", "assert"),
 (A5, "But I do not know who I should be angry with.", "Bassam Loutfi", "assert"),
]
E += [("Bab Sharqi gravediggers", "PERSON", ["gravediggers"]),
      ("Amdiran officials", "PERSON", ["Officials"])]
T = [
 (A1, "in the crowded Tel Marouf market district of Amdiran on Saturday morning", "Saturday morning", "2026-11-14"),
 (A1, "fought government forces in the western hills since 2021", "2021", "2021"),
 (A1, "No one had claimed responsibility by Saturday evening.", "Saturday evening", "2026-11-14"),
 (A1, "killed 19 people in March 2024", "March 2024", "2024-03"),
 (A2, "tore through the Tel Marouf market on Saturday morning", "Saturday morning", "2026-11-14"),
 (A2, "needed surgery on Saturday afternoon", "Saturday afternoon", "2026-11-14"),
 (A2, "had been taken away on Thursday", "Thursday", "2026-11-12"),
 (A2, "On Thursday they were gone", "Thursday", "2026-11-12"),
 (A3, "The death toll from Saturday's bombing", "Saturday", "2026-11-14"),
 (A3, "rose to 38 on Sunday", "Sunday", "2026-11-15"),
 (A3, "treated by its teams on Saturday", "Saturday", "2026-11-14"),
 (A3, "said on Sunday that he had \"no doubt\"", "Sunday", "2026-11-15"),
 (A3, "posted on its messaging channel on Sunday", "Sunday", "2026-11-15"),
 (A3, "its north gate was removed on Thursday", "Thursday", "2026-11-12"),
 (A3, "to appear before the committee on Wednesday", "Wednesday", "2026-11-18"),
 (A3, "to the Bab Sharqi cemetery on Sunday afternoon", "Sunday afternoon", "2026-11-15"),
 (A3, "for two hours on Sunday", "Sunday", "2026-11-15"),
 (A4, "the health ministry said on Monday, November 16", "Monday, November 16", "XXXX-11-16"),
 (A4, "exploded near the bus station on Monday morning", "Monday morning", "XXXX-11-16"),
 (A4, "to Saturday's bombing in the capital", "Saturday", "XXXX-11-14"),
 (A4, "which denied on Sunday that it had any role", "Sunday", "XXXX-11-15"),
 (A4, "due to reopen on Tuesday", "Tuesday", "XXXX-11-17"),
 (A5, "struck the Tel Marouf market on Saturday was still unclear on Tuesday", "Saturday", "2026-11-14"),
 (A5, "struck the Tel Marouf market on Saturday was still unclear on Tuesday", "Tuesday", "2026-11-17"),
 (A5, "The toll stood at 41 on Tuesday", "Tuesday", "2026-11-17"),
 (A5, "told parliament on Tuesday", "Tuesday", "2026-11-17"),
 (A5, "since we began counting in 2019", "2019", "2019"),
 (A5, "killed four people in Marsad on Monday", "Monday", "2026-11-16"),
 (A5, "in a closed session on Wednesday", "Wednesday", "2026-11-18"),
 (A5, "the outer lanes would reopen on Saturday", "Saturday", "2026-11-21"),
 (A5, "buried his nephew on Monday", "Monday", "2026-11-16"),
]
bombs = [R(A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district"),
         R(A2, "Three blasts within about ten minutes tore through the Tel Marouf market"),
         R(A3, "the interior ministry said the attack had been carried out by three suicide bombers"),
         R(A3, "Three men wearing explosive vests blew themselves up in different parts of the market"),
         R(A4, "told Voice of Kharvat he had seen the wrecks of two cars, one at each end of Saffron Lane"),
         R(A4, "There were two cars"),
         R(A4, "its finding of three suicide bombers rested on the evidence"),
         R(A5, "Police officers at the scene have described twin car bombs")]
blame = [R(A1, "Interior Minister Hamdan Sarrouf blamed the Western Gate Brigades"),
         R(A3, "the Western Gate Brigades were behind the attack"),
         R(A3, "The Western Gate Brigades denied any part in the bombing."),
         R(A3, "does not make war on bread sellers and their customers"),
         R(A4, "which denied on Sunday that it had any role in the market attack"),
         R(A5, "Sarruf repeated that the Western Gate Brigades had carried out the bombing."),
         R(A5, "The group again denied it.")]
gate = [R(A2, "Traders said the police checkpoint at the market's north gate had been taken away on Thursday."),
        R(A2, "On Thursday they were gone"),
        R(A3, "Traders in the market have said the police checkpoint at its north gate was removed on Thursday."),
        R(A3, "Tarazi denied that."),
        R(A3, "It was never removed")]
gold = dict(
 note="FICTIONAL: every place, person, group, body, outlet and figure in this cluster is invented for newsbrief's benchmark. November 12-21, 2026: a coordinated bomb attack on the Tel Marouf market district of Amdiran, capital of Kharvat, on Saturday, November 14. How many bombs: twin car bombs (Meridian Wire, two police officials; a police sergeant on Monday) vs three blasts (the Civil Defence Directorate, in the Amdiran Daily News) vs three suicide bombers (the interior ministry), all with the same toll: a disagreement (measure other, 2 vs 3), still unexplained on Tuesday. Dead at least 31 (Saturday, both Saturday outlets), 38 (Sunday), 41 (Monday and Tuesday): a progression, with six then seven children and a family of five (parts); none of a school's 220 pupils hurt (injured 0). Wounded on Saturday about 90 (the health ministry) vs more than 150 (the Kharvat Relief Society, which stands by it on Sunday): a disagreement; 112 on Sunday (a progression), 38 at one hospital, 14 and 11 critical, 63 still in hospital on Monday (parts). Detained 2 (Saturday), 9 (Sunday), 14 (Tuesday): a progression. The interior minister blames the Western Gate Brigades; the group denies it (Sunday, again Tuesday): a denial. Traders say the north-gate checkpoint was removed on Thursday; the interior ministry's spokesman denies it (moved 200 metres, 'never removed'): a denial. Not disagreements: a motorbike bomb in Marsad on Monday (4 dead, 11 wounded: another event, another town); the 2024 bus-terminal bomb's 19 dead (another event); the research centre's 17 bombings in the capital and 58 across Kharvat in the past 12 months (another measure and period); three days of mourning. The defence minister 'declined to comment' and the health ministry 'could not confirm' (no claims). Sarrouf / Sarruf is one man. Article a4 is an undated radio piece with a dateline (Monday, November 16) and a station footer; a1 has a photo caption, a2 a 'Related:' line, a5 a copyright footer; a background paragraph is shared by a1 and a3.",
 source={"dataset": "bench/fictional, round 6 (written for newsbrief, session 16)", "fictional": True,
         "documents": {A1: "Meridian Wire, Saturday", A2: "Amdiran Daily News, Saturday", A3: "The Kharvat Observer, Sunday",
                       A4: "Voice of Kharvat (web), no published date; dateline Monday, November 16", A5: "The Citadel Post, Tuesday"},
         "published": "given for every article except amdiran-market-bombing-a4 (dateline only)"},
 must_remove=[R(A1, "PHOTO: Firefighters spray water on the burnt shell of a car on Saffron Lane in the Tel Marouf market on Saturday."),
              R(A2, "Related: A guide to Amdiran's old markets, from Tel Marouf to the Copper Arcade"),
              R(A4, "Voice of Kharvat brings you the news every hour, on the hour."),
              R(A5, "(c) 2026 The Citadel Post")],
 must_keep=[R(A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district"),
            R(A1, "Interior Minister Hamdan Sarrouf blamed the Western Gate Brigades"),
            R(A1, "The health ministry could not confirm reports that foreign visitors were among the dead."),
            R(A2, "Three blasts within about ten minutes tore through the Tel Marouf market"),
            R(A2, "said its teams had treated more than 150 wounded people"),
            R(A2, "Defence Minister Munir Zayyat declined to comment"),
            R(A3, "the interior ministry said the attack had been carried out by three suicide bombers"),
            R(A3, "The Western Gate Brigades denied any part in the bombing."),
            R(A3, "Tarazi denied that."),
            R(A4, "Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41"),
            R(A4, "killing four people and wounding 11, Marsad police said"),
            R(A5, "has counted 17 bombings in the capital in the past 12 months and 58 across Kharvat")],
 not_in_summary=[R(A4, "Traders waited at the barriers with empty sacks, hoping to be let in."),
                 R(A3, "Ambassadors of several neighbouring states visited the cordon")],
 duplicates=[[R(A1, BG), R(A3, BG)]],
 periods={"2026-11": [R(A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district"),
                      R(A3, "rose to 38 on Sunday, the health ministry said"),
                      R(A5, "The toll stood at 41 on Tuesday, among them seven children")],
          "2024-03": [R(A1, "killed 19 people in March 2024")]},
 events=[
  {"name": "Bomb attack on the Tel Marouf market in Amdiran", "date": "2026-11-14", "tolerance_days": 0,
   "members": [R(A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district"),
               R(A2, "Three blasts within about ten minutes tore through the Tel Marouf market")]},
  {"name": "Western Gate Brigades deny any part in the bombing", "date": "2026-11-15", "tolerance_days": 0,
   "members": [R(A3, "The Western Gate Brigades denied any part in the bombing.")]},
  {"name": "Tel Marouf toll reaches 41", "date": "2026-11-16", "tolerance_days": 0,
   "members": [R(A4, "Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41")]},
  {"name": "Motorbike bomb kills four in Marsad", "date": "2026-11-16", "tolerance_days": 0,
   "members": [R(A4, "killing four people and wounding 11, Marsad police said")]},
  {"name": "Interior minister tells parliament 14 detained", "date": "2026-11-17", "tolerance_days": 0,
   "members": [R(A5, "told parliament on Tuesday that 14 people had now been detained")]},
 ],
 conflicts=[
  {"kind": "figure", "measure": "other", "name": "How many bombs struck Tel Marouf: twin car bombs (police officials, Meridian Wire; a police sergeant) vs three blasts (the Civil Defence Directorate) vs three suicide bombers (the interior ministry), the same toll",
   "any_two_of": bombs},
  {"kind": "figure", "measure": "injured", "name": "Wounded on Saturday: about 90 (the health ministry) vs more than 150 (the Kharvat Relief Society)",
   "any_two_of": [R(A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district"),
                  R(A2, "The health ministry put the number of wounded at about 90."),
                  R(A2, "said its teams had treated more than 150 wounded people at the scene and in two field clinics"),
                  R(A2, "We stopped counting at 150 because they kept coming"),
                  R(A3, "stood by its count of more than 150 wounded people")]},
  {"kind": "denial", "name": "The interior minister blames the Western Gate Brigades; the group denies any part in the attack",
   "any_two_of": blame},
  {"kind": "denial", "name": "Traders say the north-gate checkpoint was removed on Thursday; the interior ministry's spokesman denies it",
   "any_two_of": gate},
 ],
 summary_must_cover=[
  {"name": "Bomb attack on the Tel Marouf market kills at least 31", "any_of": [R(A1, "Twin car bombs exploded minutes apart in the crowded Tel Marouf market district"), R(A2, "Three blasts within about ten minutes tore through the Tel Marouf market")]},
  {"name": "Toll rises to 41", "any_of": [R(A4, "Three more people wounded in the Tel Marouf market bombing have died in hospital, bringing the toll to 41"), R(A5, "The toll stood at 41 on Tuesday, among them seven children")]},
  {"name": "Accounts of the bombs differ: two car bombs vs three bombers", "any_of": bombs},
  {"name": "The government blames the Western Gate Brigades", "any_of": [R(A1, "Interior Minister Hamdan Sarrouf blamed the Western Gate Brigades"), R(A3, "the Western Gate Brigades were behind the attack"), R(A5, "Sarruf repeated that the Western Gate Brigades had carried out the bombing.")]},
  {"name": "The Brigades deny it", "any_of": [R(A3, "The Western Gate Brigades denied any part in the bombing."), R(A3, "does not make war on bread sellers and their customers"), R(A5, "The group again denied it.")]},
  {"name": "Suspects detained", "any_of": [R(A3, "nine suspects had been detained overnight"), R(A5, "told parliament on Tuesday that 14 people had now been detained")]},
 ],
 no_invented_year={"note": "Weekdays are resolved from the given dates; when the dates are dropped they must not get another year.", "articles": [A1, A2, A3, A4, A5], "forbidden_prefixes": ["2025-11", "2027-11"]},
 E=E, F=F, C=CL, T=T)
check(arts, gold)
write(C, arts, gold)
