"""Stage `parse`: one spaCy parse per kept sentence, shared by the later stages.

Duplicates are parsed too: entities, claims and figures are reported per sentence
and the scorer (and a reader) may look at either copy.
"""
from __future__ import annotations

from . import nlp


def run(brief, options):
    model = nlp.load()
    texts = [s.text for s in brief.sentences]
    docs = {}
    for sentence, doc in zip(brief.sentences, model.pipe(texts, batch_size=1000)):
        docs[sentence.id] = doc
    brief.runtime["docs"] = docs
