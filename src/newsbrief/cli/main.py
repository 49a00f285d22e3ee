"""Command line: `newsbrief brief ARTICLES... -o OUT/`.

A thin layer over `pipeline` and `render`. Exit codes: 0 a brief was written,
2 nothing could be briefed (every input missing, empty or unreadable) or bad
usage, 1 an unexpected internal error, 130 interrupted.
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import traceback
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_NOTHING, EXIT_INTERRUPTED = 0, 1, 2, 130

DESCRIPTION = """Turn a pile of overlapping news articles about one story into a sourced brief:
an extractive summary citing every article that carries each sentence, a timeline,
the people, places and organisations, who said or denied what, the disputed
figures and where the sources disagree."""

BRIEF_EPILOG = """inputs:
  .txt           first non-empty line is the title, the rest the body
  .html, .htm    main text, title and date extracted (nothing is fetched)
  .jsonl, -      one JSON object a line: id, title, text (or html), optional
                 published (YYYY-MM-DD), url, source; other keys are kept
  FOLDER         its .txt, .html and .htm files, recursively (a .jsonl feed is
                 read only when named)

outputs (in OUT): brief.json (the contract in docs/), brief.md, brief.html.
Files already in OUT are left alone; each brief file is replaced atomically.

exit codes: 0 brief written, 2 nothing could be briefed or bad usage,
1 internal error (rerun with --debug), 130 interrupted."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbrief", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    brief = sub.add_parser("brief", help="brief a cluster of articles",
                           description=DESCRIPTION, epilog=BRIEF_EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    brief.add_argument("inputs", nargs="+", metavar="ARTICLES",
                       help="article files, folders of them, JSONL feeds, or - for JSONL on stdin")
    brief.add_argument("-o", "--out", default="newsbrief-out", metavar="OUT",
                       help="folder for brief.json, brief.md and brief.html (default: %(default)s)")
    brief.add_argument("-w", "--words", type=_positive, default=None, metavar="N",
                       help="summary length budget in words (default: 200)")
    brief.add_argument("--config", metavar="FILE",
                       help="settings as TOML (thresholds; see newsbrief/config.py); --words wins over its words")
    brief.add_argument("-q", "--quiet", action="store_true",
                       help="print nothing on success (warnings still go to stderr)")
    brief.add_argument("--debug", action="store_true",
                       help="show a full traceback on an internal error, and stage timings")
    from newsbrief.cli import corpus
    corpus.add_parsers(sub)  # ingest, stories, show (issue 16)
    from newsbrief.cli import serve
    serve.add_parser(sub)  # serve (issue 17)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if args.command not in ("brief", "ingest", "stories", "show", "serve"):
        parser.print_help()
        return EXIT_NOTHING
    try:
        if args.command == "serve":
            from newsbrief.cli import serve
            return serve.run(args)
        if args.command != "brief":
            from newsbrief.cli import corpus
            return corpus.run(args)
        return run_brief(args)
    except KeyboardInterrupt:
        print("newsbrief: interrupted; no brief file was left half-written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # one clear line; the traceback only when asked
        if args.debug:
            traceback.print_exc()
        print(f"newsbrief: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)",
              file=sys.stderr)
        return EXIT_ERROR


def run_brief(args) -> int:
    from newsbrief.config import Config
    from newsbrief.context import Context
    from newsbrief.pipeline import brief_paths
    from newsbrief.report import render

    try:
        config = Config.from_toml(args.config) if args.config else Config()
    except (OSError, ValueError) as exc:  # tomllib's errors are ValueErrors
        print(f"newsbrief: --config {args.config}: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    if args.words:
        config = config.replace(words=args.words)
    if os.environ.get("NEWSBRIEF_PARSE_WORKERS", "").isdigit():  # e.g. 1 inside a threaded server
        config = config.replace(parse=dataclasses.replace(config.parse,
                                                          processes=int(os.environ["NEWSBRIEF_PARSE_WORKERS"])))
    ctx = Context(config=config)
    brief = brief_paths(args.inputs, ctx)
    for art in brief.articles:
        for warning in art.warnings:
            print(f"newsbrief: warning: {warning}", file=sys.stderr)
        if art.status == "skipped":
            print(f"newsbrief: skipped: {art.reason}", file=sys.stderr)
    if not brief.used_articles():
        print("newsbrief: nothing to brief: no input article could be used", file=sys.stderr)
        return EXIT_NOTHING
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        print(f"newsbrief: {out} exists and is not a folder; choose another -o", file=sys.stderr)
        return EXIT_NOTHING
    paths = render.write_all(brief, out)
    if args.debug:
        timings = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in ctx.timings.items())
        print(f"newsbrief: stages: {timings}", file=sys.stderr)
    if not args.quiet:
        print(render.summary_markdown(brief))
        print(f"Wrote {paths['json']}, {paths['md']}, {paths['html']}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
