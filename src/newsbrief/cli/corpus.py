"""Commands over a store of articles grouped into stories:

    newsbrief ingest FEED.jsonl... [--store PATH] [--brief] [-q]
    newsbrief stories [--store PATH] [--json]
    newsbrief show STORY_ID [--store PATH] [--json]

The store is `--store`, else $NEWSBRIEF_STORE, else ./newsbrief.db (created by the
first ingest). A thin layer over `store.sqlite` and `corpus.briefs`.
"""
from __future__ import annotations

import argparse
import json
import sys

from newsbrief.cli.common import EXIT_ERROR, EXIT_NOTHING, EXIT_OK, say, store_path
from newsbrief.statusline import StatusLine
from newsbrief.text.normalise import shown
COMMANDS = ("ingest", "stories", "show")


def add_parsers(sub) -> None:
    """Register the corpus subcommands on the main parser's subparsers."""
    store_help = "the store (default: $NEWSBRIEF_STORE, else ./newsbrief.db)"
    ingest = sub.add_parser("ingest", help="add articles to the store, each to a story (new or existing)",
                            description="Add articles to the store in order; each joins the story it matches "
                                        "best or opens a new one. Re-ingesting an article is a no-op.")
    ingest.add_argument("inputs", nargs="+", metavar="FEED",
                        help="JSONL feeds, article files or folders, or - for JSONL on stdin")
    ingest.add_argument("--store", metavar="PATH", help=store_help)
    ingest.add_argument("--brief", action="store_true", help="then brief every story that changed")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary line")
    ingest.add_argument("--debug", action="store_true", help="a full traceback on an internal error")

    stories = sub.add_parser("stories", help="list the stories, largest and most recent first")
    stories.add_argument("--store", metavar="PATH", help=store_help)
    stories.add_argument("--json", action="store_true",
                         help="a JSON array: id, title, articles, first_seen, last_seen, size, briefed")
    stories.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    show = sub.add_parser("show", help="a story's brief (computed when the story changed)")
    show.add_argument("story", metavar="STORY_ID")
    show.add_argument("--store", metavar="PATH", help=store_help)
    show.add_argument("--json", action="store_true", help="the brief as brief.json")
    show.add_argument("--debug", action="store_true", help="stage timings when a brief is computed")


def run(args) -> int:
    from newsbrief.store.sqlite import StoreError

    try:
        return {"ingest": run_ingest, "stories": run_stories, "show": run_show}[args.command](args)
    except StoreError as exc:
        say(f"{exc}")
        return EXIT_NOTHING


class Progress(StatusLine):
    """The ingest's status line on a terminal: articles stored and their rate."""

    def __init__(self, enabled: bool):
        super().__init__(enabled)
        self.done = 0

    def __call__(self, n: int) -> None:
        self.done += n
        if self.due():
            self.show(f"ingest: {self.done:,} articles, {self.rate(self.done):,.0f}/s")


def say_ingest(report, quiet: bool) -> None:
    """An ingest's skipped inputs and id conflicts on stderr, then its summary line."""
    for problem in report.problems:
        say(f"skipped: {problem}")
    for conflict in report.conflicts:
        say(f"{conflict}")
    if not quiet:
        say(f"{report.line()}")


def run_ingest(args) -> int:
    from newsbrief.ingest import read
    from newsbrief.store.sqlite import Store

    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())

    def articles():
        for path in args.inputs:
            for art in read.iter_path(path):
                for warning in art.warnings:
                    say(f"warning: {warning}")
                yield art

    with Store(store_path(args)) as store:
        try:
            report = store.ingest(articles(), progress=progress)
        except KeyboardInterrupt:
            progress.close()
            say(f"interrupted; the {progress.done:,} article(s) committed before are in "
                  f"{store.path}, the batch in flight was rolled back")
            raise
        progress.close()
        say_ingest(report, args.quiet)
        if args.brief:
            from newsbrief.corpus.briefs import brief_story

            stale = store.stale_stories()
            for n, sid in enumerate(stale, start=1):
                brief_story(store, sid)
                if not args.quiet and sys.stderr.isatty():
                    print(f"\rbrief: {n}/{len(stale)} stories", end="", file=sys.stderr, flush=True)
            if not args.quiet:
                print(("\r\033[K" if sys.stderr.isatty() else "") + f"newsbrief: briefed {len(stale)} story(ies)",
                      file=sys.stderr)
    if report.nothing_read:
        return EXIT_NOTHING
    return EXIT_OK


def run_stories(args) -> int:
    from newsbrief.store.sqlite import Store

    with Store(store_path(args), create=False) as store:
        rows = store.stories()
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not rows:
        print("no stories yet")
        return EXIT_OK
    width = max(len(r.id) for r in rows)
    for r in rows:
        dates = r.first_seen if r.first_seen == r.last_seen else f"{r.first_seen}..{r.last_seen}"
        mark = "*" if r.briefed else " "
        print(f"{r.id:<{width}} {r.size:>4} {mark} {dates or '-':<22} {shown(r.title or '')}")
    print(f"{len(rows)} stories; * = brief up to date (newsbrief show ID)")
    return EXIT_OK


def run_show(args) -> int:
    from newsbrief.corpus.briefs import brief_story
    from newsbrief.store.sqlite import Store, StoreError

    with Store(store_path(args), create=False) as store:
        sid = store.resolve(args.story)
        if sid is None:
            raise StoreError(f"no story {args.story!r} in {store.path} (newsbrief stories lists them)")
        if sid != args.story:
            say(f"story {args.story} was merged into {sid}; showing {sid}")
        result = brief_story(store, sid)
    if result is None:
        say(f"story {sid}: nothing to brief (no article could be used)")
        return EXIT_NOTHING
    print(result.json if args.json else shown(result.markdown, keep_newlines=True))
    return EXIT_OK
