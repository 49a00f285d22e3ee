"""A story's brief: computed by the brief pipeline, unchanged, from the story's
articles as stored, kept with the story version it came from, and reused until
the story changes."""
from __future__ import annotations

from dataclasses import dataclass

from newsbrief.context import Context


@dataclass
class StoryBrief:
    story: str
    version: int
    json: str  # brief.json
    markdown: str
    computed: bool  # False when the stored brief was current and reused


def brief_story(store, story_id: str, ctx: Context | None = None) -> StoryBrief | None:
    """The current brief of a story (None when none of its articles can be briefed)."""
    stored = store.stored_brief(story_id)
    version = store.version(story_id)
    if stored is not None and stored[0] == version:
        return StoryBrief(story_id, version, stored[1], stored[2], computed=False)
    from newsbrief.pipeline import brief_articles
    from newsbrief.report import render

    version, articles = store.story_articles(story_id)  # articles and version read together
    if not articles:
        return None
    brief = brief_articles(articles, ctx or Context())
    if not brief.used_articles():
        return None
    text, markdown = render.to_json(brief), render.to_markdown(brief)
    rows = [(s.id, s.article, s.text, s.duplicate_of) for s in brief.sentences]
    store.save_brief(story_id, version, text, markdown, rows)
    return StoryBrief(story_id, version, text, markdown, computed=True)
