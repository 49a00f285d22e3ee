"""The speaker of a claim from its article (used by stage `claims`).

`resolve_speaker` links the raw speaker to an entity: a pronoun (claim_pronouns), a definite
description ("the agency", "the company" when the article has one of its kind), the
one holder of a named role ("the coach"), a description of the person named just
before ("the Dorset veteran"), a titled person; and abstains (no speaker) when it is
unsure. `paragraph_quotes` gives a quotation without a cue the speaker of the nearest
direct claim of its paragraph.
"""
from __future__ import annotations

import re

from newsbrief.model import Claim
from newsbrief.text.claim_rules import (DESCRIPTION_HEADS, DOC_NOUNS, GROUP_LABELS, ORG_NOUNS, ROLE_NOUNS, TITLES, quote_spans,
                                        quoted_share, tidy)
from newsbrief.ids import claim_id
from newsbrief import lexicon
from newsbrief.lexicon import words
from newsbrief.stages.claim_pronouns import honorific_before, names_a_part, names_antecedent, resolve_pronoun
from newsbrief.stages.claim_spans import ANAPHORIC_ORGS, SPEAKS_FOR, entity_type, lookup
from newsbrief.stages.claim_speaker_repairs import NAME_PARTICLES, one_description
from newsbrief.stages.claim_stance import stance_of


def _synonyms() -> dict[str, tuple[str, ...]]:
    """Head nouns that name one kind of body (lexicon `org_synonyms`, one group a line)."""
    out = {}
    for line in words("org_synonyms"):
        group = tuple(line.split())
        for w in group:
            out[w] = group
    return out


SAME_NOUN = _synonyms()
POSSESSED = re.compile(r"\w(?:['\u2019]s|s['\u2019])\s+\w")  # "Velk's lawyer", "Rogers' doctor"
NAME_KINDS = lexicon.mapping("org_name_kinds")  # "motors" -> "company firm carmaker automaker"
DESCRIBED = frozenset(w for kinds in NAME_KINDS.values() for w in kinds.split())


def _definite_org(spk, doc) -> str | None:
    """'the group', 'the relief group', 'the radio', 'the TV': a definite organisation
    noun (a lower-case word or an all-capitals abbreviation) with at most two lower-case
    modifiers, resolved by `_resolve_definite`."""
    words_ = spk["text"].split()
    if not 2 <= len(words_) <= 4 or words_[0].lower() != "the":
        return None
    noun = words_[-1].lower()
    if not all(w.islower() for w in words_[1:-1]) or not (words_[-1].islower() or words_[-1].isupper()):
        return None
    return noun if noun in ORG_NOUNS | ANAPHORIC_ORGS | set(SAME_NOUN) | DESCRIBED else None


DEFINITE_REACH = 3  # sentences back a definite description ("the agency") may point


def _other_kind(description: str, name: str, noun: str) -> bool:
    """"the fire service" is not "the weather service": the description's word before its
    noun is absent from the name, which has a word of its own before that noun ("the
    health ministry" after "the interior ministry"). "the relief agency" after "Tesk
    Relief Agency", or "the agency" after either, may be it."""
    mine = description.lower().split()[1:-1]
    words_ = re.sub(r"[^a-z\s-]", "", name.lower()).split()
    if not mine or mine[-1] in words_ or noun not in words_:
        return False
    at = words_.index(noun)
    return at > 0 and words_[at - 1] not in ("the", "a", "an")


def _resolve_definite(spoken, noun, position, description=""):
    """The earlier speaker of the article a definite description names: one whose name
    holds the noun or a synonym of it ("the agency" after "the Norpress agency", "the
    television" after "national TV"), or whose name ends in a word of that kind
    (`NAME_KINDS`: "the carmaker" after "Norvik Motors"), within DEFINITE_REACH sentences
    and past at most one other organisation that spoke. Else None: the description stays
    unlinked ("the relief group" after "the Defence Ministry" is not the ministry, nor
    "the fire service" the weather service (`_other_kind`), nor is
    "the group" a group that spoke before two others did, nor "the company" one of two
    firms that spoke); "the government" names itself."""
    forms = SAME_NOUN.get(noun, (noun,))

    def kind_of(text):
        last = re.sub(r"[^a-z]", "", text.split()[-1]) if text.split() else ""
        return noun in NAME_KINDS.get(last, "").split()

    others = 0  # organisations that spoke since, under another name
    for k in range(len(spoken) - 1, -1, -1):
        cand = spoken[k]
        text = cand["text"].lower()
        if cand["label"] in GROUP_LABELS and text not in ("the " + noun, noun):
            named = any(f in text.split() for f in forms)
            if named and _other_kind(description, text, noun):
                return None  # "the fire service" after "the weather service" spoke: another body
            if named or kind_of(text):
                # a description points back a few sentences, past at most one other speaker
                if others > 1 or position - cand.get("pos", -99) > DEFINITE_REACH:
                    return None
                if not named and others:
                    return None  # "the company" past another body that spoke: it may be that one
                if not named and any(
                        position - c.get("pos", -99) <= DEFINITE_REACH
                        and c["text"].lower() != text and kind_of(c["text"].lower()) for c in spoken[:k]):
                    return None  # two firms spoke: "the company" may be either
                return cand
            others += 1
    return None


def only_one_of_kind(brief, sentence, noun):
    """The story's one organisation of the kind "the <noun>" names, when its article
    named it earlier ("the company said" paragraphs after "Harlow Payments plc said", the
    cluster naming no other firm): a journalist calls a story's only body of a kind by
    the kind alone. Of the kind: a word of its name is the noun or a synonym ("the
    agency" of "Tesk Relief Agency"), or its last word says the kind ("plc", "Motors":
    lexicon org_name_kinds). Two such bodies in the cluster, or none named earlier in the
    article, and the description stays unlinked (`_resolve_definite` looks only a few
    sentences back, among speakers)."""
    forms = SAME_NOUN.get(noun, (noun,))

    def of_kind(name):
        w = [re.sub(r"[^a-z]", "", x.lower()) for x in name.split()]
        return len(w) > 1 and (any(f in w for f in forms) or noun in NAME_KINDS.get(w[-1], "").split())

    kind = [e for e in brief.entities or [] if e.type == "ORG" and any(of_kind(a) for a in [e.name, *e.aliases])]
    if len(kind) != 1:
        return None
    e = kind[0]
    at = {x.id: x.position for x in brief.sentences if x.article == sentence.article}
    if not any(m.sentence in at and at[m.sentence] < sentence.position for m in e.mentions):
        return None
    return {"text": e.name, "id": e.id, "label": "ORG"}


# roles many people of one story hold, unnamed as often as named ("a spokesman", "an
# official"): "the spokesman" is never read as the one named holder of the role
SHARED_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "member", "resident",
                          "witness", "expert", "analyst", "officer", "aide", "adviser", "advisor", "representative",
                          "executive", "manager", "head", "leader", "chief", "deputy", "police", "reporter",
                          "correspondent", "journalist", "scientist", "researcher"})
NAMED_ROLES = ROLE_NOUNS - SHARED_ROLES
_ROLE_WORD = "|".join(sorted(NAMED_ROLES, key=len, reverse=True))
ROLE_AFTER = re.compile(rf"^,\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){{0,3}}?({_ROLE_WORD})\b", re.I)
ROLE_BEFORE = re.compile(rf"\b({_ROLE_WORD}),?\s+$", re.I)
ROLE_SPEAKER = re.compile(rf"^(?:the|his|her|their|its)\s+({_ROLE_WORD})$", re.I)


def role_holders(brief) -> dict[str, set]:
    """Role noun -> the people the cluster names holding it: "Iva Marr, a lawyer who
    represents ...", "their lawyer, Iva Marr,", "lawyer Iva Marr". Roles many people
    hold unnamed (`SHARED_ROLES`) are left out."""
    out: dict[str, set] = {}
    for s in brief.sentences:
        for a, b, _t, eid in brief.index.mentions_in(s.id):
            if eid is None or entity_type(brief, eid) != "PERSON":
                continue
            for m in (ROLE_AFTER.match(s.text[b:]), ROLE_BEFORE.search(s.text[:a])):
                if m:
                    out.setdefault(m.group(1).lower(), set()).add(eid)
    return out


def _described_speaker_before(doc, spk, spoken, position):
    """'Ana Velk said the vote was rigged. "We were robbed," the Dorset Liberal said.': a
    speaker described, not named ("the" and a person's role, party or title, singular, no
    name in it), right after a sentence whose one speaker was a named person, is that person
    (news writing varies the name this way). None otherwise: two speakers before, a body or
    no one speaking in the sentence before, a name in the description."""
    words_ = spk["text"].split()
    if len(words_) < 2 or words_[0].lower() != "the" or spk["label"] == "ORG":
        return None
    head = doc[spk["i"]]
    if head.tag_ not in ("NN", "NNP") or not (head.lemma_.lower() in DESCRIPTION_HEADS or head.ent_type_ == "NORP"):
        return None
    if not any(d.dep_ == "det" and d.lower_ == "the" for d in head.children):
        return None  # "the country's prime minister": a role of a body, whoever holds it
    # a modifier that sets the one person apart ("former", "Dorset", "assembly"); a bare
    # role ("the mayor", "the police chief") may be anyone in it
    if not any((d.dep_ == "amod" and d.pos_ == "ADJ") or d.pos_ == "PROPN" for d in head.lefts):
        return None
    if any(c.dep_ == "conj" and not one_description(head, c) for c in head.children):
        return None  # "the mayor and the Dorset Liberal": two speakers
    if any(t.ent_type_ == "PERSON" for t in doc.char_span(spk["start"], spk["end"], alignment_mode="expand") or []):
        return None
    before = [e for e in spoken if e["pos"] == position - 1]
    ids = {e.get("id") for e in before}
    if len(ids) != 1 or None in ids or before[-1].get("label") != "PERSON":
        return None
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in before[-1]["text"].split()):
        return None  # "harbour officials said": a kind of people, not a named one
    return {"text": before[-1]["text"], "id": before[-1]["id"], "label": "PERSON", "gender": before[-1].get("gender")}


def _the_one_in_role(brief, sentence, text, roles):
    """The one person the story names in the role "their lawyer" / "the mayor" gives,
    when the speaker's article names that person too (before or after: a lead's "their
    lawyer said" is often named lower down); None with two holders or none."""
    m = ROLE_SPEAKER.match((text or "").strip())
    holders = roles.get(m.group(1).lower(), set()) if m and roles else set()
    if len(holders) != 1:
        return None
    eid = next(iter(holders))
    here = {x.id for x in brief.sentences if x.article == sentence.article}
    e = brief.index.entity(eid)
    return eid if e is not None and any(mm.sentence in here for mm in e.mentions) else None


def resolve_speaker(brief, sentence, doc, r, spoken, recent, genders=None, roles=None):
    """(id, text, confidence) of the speaker of raw claim `r`; text None when unknown."""
    spk = r["speaker"]
    if spk is None:
        return None, None, 0.0
    if spk["pronoun"]:
        ante, conf = resolve_pronoun(brief, sentence, doc, spk, spoken, recent, genders)
        if ante is None or names_antecedent(spk, ante, r["text"]):
            return None, None, 0.0
        if genders is not None and ante.get("id") and spk["text"].lower() in ("he", "she"):
            # "Ana Velk said ... 'We need money,' she said": Velk is a "she" from here on, so a
            # later "he" never takes her name (first evidence kept; it only refuses candidates)
            genders.setdefault(ante["id"], spk["text"].lower())
        spoken.append(dict(ante, pos=sentence.position))
        return ante.get("id"), ante["text"], conf
    noun = _definite_org(spk, doc)
    speaker_id = lookup(brief, sentence.id, spk["text"], spk["start"])
    if noun:
        ante = _resolve_definite(spoken, noun, sentence.position, spk["text"])
        if ante is None and speaker_id is None and len(spk["text"].split()) == 2:
            ante = only_one_of_kind(brief, sentence, noun)
        if ante is not None:
            spoken.append(dict(ante, pos=sentence.position))
            return ante.get("id"), ante["text"], 0.7
        if noun in ANAPHORIC_ORGS and speaker_id is None and len(spk["text"].split()) == 2:
            return None, None, 0.0  # a bare "the group said" pointing back to no speaker it can be: abstain
    if spk["label"] == "ORG" and entity_type(brief, speaker_id) == "PERSON" and " " in spk["text"]:
        speaker_id = None  # "the Kessel cabinet office" is not Kessel
    part_type = None
    if speaker_id is not None and names_a_part(brief, sentence.id, doc, spk, speaker_id):
        # "teachers in Orsk" are not Orsk, "local and Polish truckers" not the Poles; the
        # kind the name gave still says a "they" may point back to them
        part_type, speaker_id = entity_type(brief, speaker_id), None
    owned = spk["text"].split()[-1].lower().strip(".,")
    if speaker_id is not None and POSSESSED.search(spk["text"]) and owned not in SPEAKS_FOR \
            and owned not in ORG_NOUNS and owned not in DOC_NOUNS and not _names_word(brief, speaker_id, owned):
        # "Ana Velk's lawyer" is not Velk, even where the tagger made Velk a body ("Monday's
        # Harbour Gazette" is the Gazette: its name holds the owned word)
        speaker_id = None
    if speaker_id is None:
        speaker_id = _titled_person(brief, sentence, spk["text"])
    by_role = speaker_id is None and part_type is None and _the_one_in_role(brief, sentence, spk["text"], roles)
    if by_role:
        speaker_id = by_role
    if part_type is None and entity_type(brief, speaker_id) != "PERSON":
        # (a link to a body, place or group is to the description's modifier: "the Dorset
        # Liberal", "the former assembly speaker")
        ante = _described_speaker_before(doc, spk, spoken, sentence.position)
        if ante is not None:
            spoken.append(dict(ante, pos=sentence.position))
            return ante["id"], ante["text"], 0.7
    label = entity_type(brief, speaker_id) or part_type or spk["label"]
    spoken.append({"text": spk["text"], "id": speaker_id, "label": label, "pos": sentence.position,
                   "gender": honorific_before(doc.text, spk["start"])})
    return speaker_id, spk["text"], 0.7 if by_role else 1.0


def _names_word(brief, entity_id, word: str) -> bool:
    """Does the entity's name or an alias hold `word` ("Gazette" in "Harbour Gazette")?"""
    e = brief.index.entity(entity_id)
    return e is not None and any(word in a.lower().split() for a in [e.name, *e.aliases])


def _titled_person(brief, sentence, text: str) -> str | None:
    """'the president', 'the senator': the one person this article names with that title
    ("President Anna Roe"); None when none or several, when only another article names
    one, or when another entity of this sentence or the one before holds the title word
    ("the Velden Rowing Club president")."""
    words_ = text.split()
    if len(words_) != 2 or words_[0].lower() != "the" or words_[1].lower().strip(".") not in TITLES:
        return None
    title = words_[1].lower()

    def in_article(e):
        return any(brief.index.sentence(m.sentence) is not None
                   and brief.index.sentence(m.sentence).article == sentence.article for m in e.mentions)

    here = [e for e in brief.entities if e.type == "PERSON" and in_article(e) and any(
        a.split()[0].lower().strip(".") == title and len(a.split()) > 1 for a in e.aliases)]
    if len(here) != 1:
        return None
    near = {s.id for s in brief.sentences if s.article == sentence.article
            and 0 <= sentence.position - s.position <= 1}
    for e in brief.entities:
        if e.id != here[0].id and any(m.sentence in near for m in e.mentions) and any(
                title in a.lower().split() for a in [e.name, *e.aliases]):
            return None
    return here[0].id


def quoted_only(doc) -> str | None:
    """The quotation of a sentence that is (almost) all quotation, else None."""
    text = doc.text.strip()
    spans = quote_spans(text)
    if not text or quoted_share(spans, 0, len(text)) < 0.8:
        return None
    return tidy(" ".join(text[a:b] for a, b in spans)) or None


def paragraph_quotes(brief, ctx, pending):
    """A quotation without a cue takes the speaker of the nearest direct claim of the
    same paragraph ('"We are ready." ... "We trained for this," she said.')."""
    by_sentence = {}
    for c in brief.claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    out = []
    for sentence, quoted in pending:
        best = None
        for other in brief.sentences:
            if other.article != sentence.article or other.id == sentence.id:
                continue
            if other.paragraph != sentence.paragraph and other.position != sentence.position - 1:
                continue  # another paragraph: only a quote right after the quoted claim continues it
            for c in by_sentence.get(other.id, []):
                if c.direct and c.speaker_text:
                    gap = abs(other.position - sentence.position)
                    if best is None or gap < best[0]:
                        best = (gap, c)
        if best is None or best[0] > 2:
            continue
        c = best[1]
        out.append(Claim(id=claim_id(sentence.id, 1), sentence=sentence.id, speaker=c.speaker,
                         speaker_text=c.speaker_text, cue=c.cue, stance=stance_of("", ctx.doc(sentence.id)[0], quoted),
                         text=quoted, direct=True, confidence=round(min(c.confidence, 0.8), 2)))
    return out
