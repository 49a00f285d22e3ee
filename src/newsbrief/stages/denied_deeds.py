"""A denial against another party's assertion of the same deed, read from the parse (used
by `conflicts`): "Sarne denied ever meeting the lobbyists" against "aides said Sarne had met
lobbyists from the firm in March"; "the firm denied dredging the bay at night" against
"the union accused the firm of dredging the bay at night".

The denied deed is the top verb of the denial's words; the asserted one a verb of another
speaker's plain assertion (not negated, possible or conditional, no modal, another
sentence). They are one deed when
- the verbs are one lemma and share an argument noun (what was done, to whom, where); two
  verbs are never read as one deed, since they may be opposites ("closed" / "opened" the
  schools, "hiring" / "sacking" guards) and no synonymy is read;
- the assertion's actor is the denier: its subject (or the one accused: "accused X of"),
  by entity, by name, or by a definite description ("the company") that only the
  denier fits; or the denier is a party named in the deed's subject or object ("members
  of X"). A denial whose own subject is "I", "we", a pronoun or nothing ("denied hiring")
  speaks of the denier; a lawyer's "his client" of the one whose lawyer the speaker is;
- no date of one is told against another date of the other ("in 2029" / "this year").
Anything else abstains: another actor, another deed on the same thing ("dredged" /
"polluted" the bay), a party named only as a place.
"""
from __future__ import annotations

from newsbrief.lexicon import mapping, words
from newsbrief.text.content_words import REPORTING_STEMS, _stem

MODALS = words("possibility_modals")
DENY_VERBS = words("deny_verbs")
NAME_KINDS = mapping("org_name_kinds")  # "motors" -> "company firm carmaker automaker"
ACCUSING = frozenset({"accuse", "blame", "charge", "suspect"})
CLIENT_NOUNS = frozenset({"client", "clients"})
LAWYER_NOUNS = frozenset({"lawyer", "attorney", "counsel", "solicitor", "barrister", "advocate"})
OWN_CLAUSE_SKIP = ("conj", "cc", "advcl", "relcl", "parataxis", "punct", "mark")
DATE_ENTS = ("DATE",)
PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "me", "us", "him", "her", "them"})


def _span_tokens(doc, text):
    at = doc.text.find(text or "\0")
    if at < 0:
        return []
    return [t for t in doc if at <= t.idx < at + len(text)]


def _own(verb):
    """The verb's own clause: its subtree without joined clauses."""
    skip = set()
    for c in verb.children:
        if c.dep_ in OWN_CLAUSE_SKIP:
            skip.update(t.i for t in c.subtree)
    return [t for t in verb.subtree if t.i not in skip]


def _top_verb(tokens):
    """The highest verb of a span that is no reporting or denying verb."""
    inside = {t.i for t in tokens}
    verbs = [t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() not in DENY_VERBS
             and _stem(t.lemma_.lower()) not in REPORTING_STEMS]
    tops = [v for v in verbs if v.head.i not in inside or v.head == v or v.head.lemma_.lower() in DENY_VERBS]
    return min(tops or verbs, key=lambda v: len(list(v.ancestors)), default=None)


def _plain(verb) -> bool:
    kids = list(verb.children)
    return not any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") or (c.dep_ == "aux" and c.lower_ in MODALS)
                   for c in kids)


def _args(verb) -> set:
    return {t.lemma_.lower() for t in _own(verb) if t.pos_ in ("NOUN", "PROPN") and t != verb
            and t.ent_type_ not in DATE_ENTS}


def _dates(verb) -> set:
    return {t.lower_ for t in _own(verb) if t.ent_type_ in DATE_ENTS}


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _accused(verb):
    """'accused X of dredging': X, the actor of the deed an accusation tells."""
    t = verb
    for _ in range(3):
        if t.head == t:
            return None
        t = t.head
        if t.lemma_.lower() in ACCUSING:
            return next((c for c in t.children if c.dep_ == "dobj"), None)
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_.lower() in ACCUSING:
            return t
    return None


def _phrase(token):
    """The noun phrase of a token with its appositions (names given beside a role)."""
    toks = [t for t in token.subtree if not any(a.dep_ in ("relcl", "acl") and a in t.ancestors for a in token.children)]
    return " ".join(t.text for t in toks)


def _names(brief, c) -> set:
    """Lower-case names of a claim's speaker: its text and its entity's aliases, without titles."""
    out = set()
    if c.speaker_text:
        out.add(c.speaker_text.lower())
    entity = brief.index.entity(c.speaker) if c.speaker else None
    if entity is not None:
        out.add(entity.name.lower())
        out.update(a.lower() for a in entity.aliases)
    return {n for n in out if n and n.split()[0] not in PRONOUNS}


def _client_of(doc):
    """'Petra Lind's lawyer, ... said his client': whose lawyer speaks (a name possessing
    a lawyer noun, or 'a lawyer for NAME')."""
    for t in doc:
        if t.lower_ in LAWYER_NOUNS:
            for c in t.children:
                if c.dep_ == "poss" and c.pos_ == "PROPN":
                    return " ".join(x.text for x in c.subtree if x.pos_ == "PROPN")
                if c.dep_ == "prep" and c.lower_ == "for":
                    pobj = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
                    if pobj:
                        return " ".join(x.text for x in pobj[0].subtree if x.pos_ == "PROPN")
    return None


def _denier_names(brief, deny) -> set:
    """The denier's names; a definite description ("The company") adds the one organisation
    of its article it fits (`_fitting_orgs`), when only one does."""
    names = _names(brief, deny)
    words_ = (deny.speaker_text or "").lower().split()
    if len(words_) == 2 and words_[0] == "the":
        fits = _fitting_orgs(words_[1], _article_orgs(brief, deny.sentence))
        if len(fits) == 1:
            names.add(fits[0])
    return names


def _fitting_orgs(noun: str, orgs) -> list:
    """The organisations a definite noun ("company") may name: its kind by the name's last
    word (lexicon `org_name_kinds`) or the noun in the name."""
    return [o for o in orgs if noun in NAME_KINDS.get(o.split()[-1], "").split() or noun in o.split()]


def _denial_actors(brief, deny, doc, verb) -> set | None:
    """Names of who a denial says did not do the deed, None when unknown."""
    subject = _subject(verb)
    if subject is None or subject.lower_ in PRONOUNS:
        return _denier_names(brief, deny)
    if subject.lower_ in CLIENT_NOUNS:
        client = _client_of(doc)
        return {client.lower()} if client else None
    names = _denier_names(brief, deny)
    phrase = _phrase(subject).lower()
    if any(f" {n} " in f" {phrase} " or n.split()[-1] == subject.lower_ for n in names):
        return names  # "Sarne denied meeting": the denier's own deed
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "my") for t in subject.subtree for c in [t]):
        return names  # "one of its drivers": the denier's people
    return None


def _same_party(brief, sentence_id, token, actors: set, article_orgs, near=False) -> bool:
    """The token's noun phrase names one of the actors: a name within it, or a definite
    description ("the company") that only that actor fits among the article's organisations."""
    phrase = _phrase(token).lower()
    if _other_full_name(phrase, actors):
        return False  # "Dag Hollin" is not "Ivo Hollin": never two full names
    if any(a and (a == phrase or f" {a} " in f" {phrase} " or (a.split()[0] != "the" and a.split()[-1] == token.lower_))
           for a in actors):
        return True
    if near and any(a.split() == ["the", token.lower_] for a in actors):
        return True  # "accused the Arvo Sand company of ... The company denied": the description points back
    modifiers = [c for c in token.children if c.dep_ in ("det", "compound", "amod", "poss", "nummod")]
    if [c.lower_ for c in modifiers] == ["the"] and token.pos_ == "NOUN":
        fits = _fitting_orgs(token.lower_, article_orgs)
        return len(fits) == 1 and fits[0] in actors
    return False


def _other_full_name(phrase: str, actors: set) -> bool:
    """The phrase gives a full name whose surname an actor's full name shares with another
    first name."""
    words_ = phrase.replace(",", " ").split()
    for a in actors:
        parts = a.split()
        if len(parts) >= 2 and parts[0] != "the":
            for i in range(1, len(words_)):
                if words_[i] == parts[-1] and words_[i - 1][:1].isalpha() and words_[i - 1] != parts[-2] \
                        and f" {a} " not in f" {phrase} " and words_[i - 1] not in ("the", "of", "a", "an"):
                    return True
    return False


def _party_in(token_list, actors: set) -> bool:
    """An actor named in an of- or from-phrase of the deed's subject or object ("members of X")."""
    for t in token_list:
        if t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and t.head.head.dep_ in ("nsubj", "dobj", "nsubjpass"):
            phrase = " ".join(x.text for x in t.subtree).lower()
            if any(a and (f" {a} " in f" {phrase} " or phrase.endswith(a)) for a in actors):
                return True
    return False


def _article_orgs(brief, sentence_id) -> list:
    s = brief.sentence(sentence_id)
    names = []
    for e in brief.entities:
        if e.type == "ORG" and any(brief.sentence(m.sentence) and brief.sentence(m.sentence).article == s.article
                                   for m in e.mentions):
            names.append(e.name.lower())
    return names


def assertions_of_deed(brief, ctx, members, claims) -> list:
    """Other speakers' plain assertions of the deed a group's denials deny."""
    if ctx is None:
        return []
    out = []
    for d in members:
        if d.stance != "deny":
            continue
        ddoc = ctx.doc(d.sentence)
        dverb = _top_verb(_span_tokens(ddoc, d.text)) if ddoc is not None else None
        if dverb is None:
            continue
        actors = _denial_actors(brief, d, ddoc, dverb)
        if not actors:
            continue
        dargs, ddates = _args(dverb), _dates(dverb)
        mine = _names(brief, d)
        for c in claims:
            if c.stance != "assert" or c.negated or c.modality != "asserted" or c in out or "?" in (c.text or ""):
                continue
            if brief.root_of(c.sentence) == brief.root_of(d.sentence) or _names(brief, c) & (mine | actors):
                continue
            doc = ctx.doc(c.sentence)
            if doc is None:
                continue
            if _asserts(brief, c, d, doc, dverb, dargs, ddates, actors):
                out.append(c)
    return out


def _just_before(brief, c, deny) -> bool:
    """The assertion comes at most two sentences before the denial, in its article."""
    a, d = brief.sentence(c.sentence), brief.sentence(deny.sentence)
    return bool(a and d and a.article == d.article and 0 < d.position - a.position <= 2)


def _asserts(brief, c, deny, doc, dverb, dargs, ddates, actors) -> bool:
    tokens = _span_tokens(doc, c.text)
    for verb in (t for t in tokens if t.pos_ == "VERB"):
        if verb.lemma_.lower() != dverb.lemma_.lower() or not _plain(verb):
            continue  # another verb may be an opposite ("closed" / "opened", "hiring" / "sacking")
        if not (_args(verb) & dargs):
            continue
        dates = _dates(verb)
        if ddates and dates and not ddates & dates:
            continue  # another year's or day's deed
        actor = _accused(verb) or _subject(verb)
        orgs = _article_orgs(brief, c.sentence)
        if actor is not None and actor.lower_ not in PRONOUNS and _same_party(brief, c.sentence, actor, actors, orgs,
                                                                              near=_just_before(brief, c, deny)):
            return True
        if _party_in(_own(verb), actors):
            return True
    return False
