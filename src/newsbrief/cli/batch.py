"""`newsbrief batch FEED... [--store PATH] [--engine local|dask] [--workers N | --scheduler ADDR]`

The same result as `newsbrief ingest` followed by the briefs of the stories that
changed, with the work spread over processes: a local pool (`--engine local`, the
default) or a Dask cluster (`--engine dask`: a `LocalCluster` of `--workers`
processes, or an existing cluster at `--scheduler tcp://HOST:8786`). A thin layer
over `batch.runner`.
"""
from __future__ import annotations

import sys
import time

from newsbrief.cli.common import EXIT_ERROR, EXIT_NOTHING, EXIT_OK, positive, say


def add_parser(sub) -> None:
    batch = sub.add_parser(
        "batch", help="ingest a feed and brief its stories on a process pool or a Dask cluster",
        description="Ingest articles into the store (the same stories as `ingest`) and brief every story "
                    "that changed, reading and briefing on many processes. Story assignment and the store's "
                    "writes stay in this process.")
    batch.add_argument("inputs", nargs="+", metavar="FEED",
                       help="JSONL feeds, article files or folders, or - for JSONL on stdin")
    batch.add_argument("--store", metavar="PATH",
                       help="the store (default: $NEWSBRIEF_STORE, else ./newsbrief.db)")
    batch.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: a process pool on this machine (default); dask: a Dask cluster")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--workers", type=positive, metavar="N",
                       help="worker processes started here (default: one per core)")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="an existing Dask cluster, e.g. tcp://HOST:8786 (implies --engine dask)")
    briefs = batch.add_mutually_exclusive_group()
    briefs.add_argument("--brief-min", type=positive, default=2, metavar="N",
                        help="brief the changed stories of at least N articles (default: %(default)s; "
                             "`show` briefs the others when asked)")
    briefs.add_argument("--no-brief", action="store_true", help="ingest only")
    batch.add_argument("--chunk", type=positive, default=None, metavar="LINES",
                       help="feed lines per task (default: 64)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary line")
    batch.add_argument("--debug", action="store_true", help="a full traceback on an internal error; cluster logs")


def run(args) -> int:
    from newsbrief.batch import feed
    from newsbrief.batch.engine import make_engine
    from newsbrief.batch.runner import Progress, run_batch
    from newsbrief.cli.common import store_path
    from newsbrief.cli.corpus import say_ingest
    from newsbrief.store.sqlite import Store, StoreError

    if args.scheduler:
        args.engine = "dask"
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    brief_min = None if args.no_brief else args.brief_min
    try:
        store = Store(store_path(args))
    except StoreError as exc:
        say(f"{exc}")
        return EXIT_NOTHING
    with store:
        started = time.perf_counter()
        try:
            engine = make_engine(args.engine, workers=args.workers, scheduler=args.scheduler,
                                 preload=brief_min is not None, quiet=not args.debug)
        except OSError as exc:  # no scheduler at that address
            say(f"cannot reach the Dask scheduler {args.scheduler}: {exc}")
            return EXIT_NOTHING
        if args.debug:
            say(f"{engine.name} engine with {engine.workers} worker(s) ready in "
                  f"{time.perf_counter() - started:.1f} s")
        with engine:
            try:
                report = run_batch(args.inputs, store, engine, brief_min=brief_min, progress=progress,
                                   lines=args.chunk or feed.LINES_PER_UNIT,
                                   warn=lambda w: say(f"warning: {w}"))
            except KeyboardInterrupt:
                progress.close()
                say(f"interrupted; the {progress.articles:,} article(s) and the briefs committed "
                      f"before are in {store.path}, the batch in flight was rolled back; run batch again "
                      "to go on")
                raise
            except StoreError as exc:
                progress.close()
                say(f"{exc}")
                return EXIT_NOTHING
    ingest = report.ingest
    say_ingest(ingest, quiet=True)  # batch's own summary line follows
    for failure in report.brief_failures:
        say(f"{failure}")
    if not args.quiet:
        say(f"{report.line()}")
    if args.debug:
        say(f"ingest {report.ingest_seconds:.1f} s, briefs {report.brief_seconds:.1f} s "
              f"(tasks {report.brief_task_seconds:.1f} s)")
    if report.brief_failures:
        return EXIT_ERROR
    if ingest.nothing_read:
        return EXIT_NOTHING
    return EXIT_OK
