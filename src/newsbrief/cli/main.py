"""Command line: `newsbrief brief ARTICLES... -o OUT/`.

A thin layer over `pipeline` and `render`. Exit codes: 0 a brief was written,
2 nothing could be briefed (every input missing, empty or unreadable, or more
input than one brief takes), bad usage, or OUT cannot be written; 1 an unexpected
internal error; 130 interrupted (SIGINT), 143 terminated (SIGTERM), 129 hung up.
Every line printed is escaped (`normalise.shown`): input cannot forge one.
"""
from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import tempfile
import traceback
from pathlib import Path

from newsbrief.cli.common import EXIT_ERROR, EXIT_NOTHING, EXIT_OK, positive, say
from newsbrief.text.normalise import shown

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

outputs (in OUT): brief.json (the contract in docs/), brief.md, brief.html,
replaced together (the old set or the new, never a mix); other files in OUT
are left alone, and OUT is never read as input.

exit codes: 0 brief written, 2 nothing could be briefed, bad usage or OUT not
writable, 1 internal error (rerun with --debug), 130 interrupted, 143 terminated."""


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
    brief.add_argument("-w", "--words", type=positive, default=None, metavar="N",
                       help="summary length budget in words (default: 240)")
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
    from newsbrief.cli import batch
    batch.add_parser(sub)  # batch (issue 18)
    return parser



class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised where the main thread is, so that clean-up runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


_STOPPING = False  # a signal is ending the run: later ones change nothing


def _terminate(signum, frame):
    global _STOPPING
    if _STOPPING:
        return
    _STOPPING = True
    _end_children()  # spaCy's clean-up waits for its workers: they must not finish their batch first
    _quiet_event_loops()
    raise Terminated(signum)


def _interrupt(signum, frame):
    global _STOPPING
    if _STOPPING:
        return
    _STOPPING = True
    _end_children()
    _quiet_event_loops()
    raise KeyboardInterrupt


def _wake(signum, frame):
    """SIGUSR1, sent by the signal watcher to the main thread alone: it breaks a system
    call the main thread is blocked in (a read from a pipe that stays silent, the open
    of a FIFO), so that the signal passed on is handled now, not when the call returns."""


_FORK_HOOKED = False


def _child_after_fork() -> None:
    """In a forked child (spaCy's parse workers): Ctrl-C is the parent's to handle
    (no traceback per child), SIGTERM ends it at once, and it dies with its parent."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        # the parent's main thread blocks them for its watcher (`_SignalWatch`): not here
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SignalWatch.SIGNALS)
    except (ValueError, OSError):
        return
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


_OWN_CHILDREN = False  # `batch`: its engine ends its worker processes itself, closing its cluster in order


def _quiet_event_loops() -> None:
    """The run is ending: an event loop's report of a call it could not cancel is noise.
    (distributed's `sync` schedules a `cancel` callback when interrupted; when the signal
    lands before its future exists, that callback fails and tornado logs a traceback.)"""
    import logging

    for name in ("tornado.application", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _end_children() -> None:
    """End the parse workers this process started (multiprocessing children); spaCy
    is not to warn that they did not complete: they were told not to."""
    if _OWN_CHILDREN:
        return
    import multiprocessing
    import warnings

    warnings.filterwarnings("ignore", message=r"\[W127\]")

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    for child in children:
        child.join(timeout=5)
        if child.is_alive():
            child.kill()


_SIGNALLED: int | None = None  # the signal that ended the run, once one has


class _SignalWatch:
    """SIGINT, SIGTERM and SIGHUP blocked in every thread but one watcher.

    A process signal goes to any thread that does not block it. Landing in a thread
    of multiprocessing's (spaCy's queue feeders), it would leave the main thread
    blocked in a read from a parse worker, the handler never run. So the main thread
    blocks them before any other thread exists (every later thread inherits that),
    and this watcher waits for them: it ends the parse workers (which wakes a read
    from them) and interrupts the main thread, whose handler raises there
    (KeyboardInterrupt, Terminated); a SIGUSR1 sent to the main thread alone (`_wake`)
    breaks a system call it is blocked in, a read from a silent stdin pipe say, which
    would otherwise hold the handler back until the call returns. An interrupt waits
    while the brief files are being swapped in (`render.INTERRUPTS_HELD`)."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

    def __enter__(self):
        import _thread
        import threading

        global _SIGNALLED
        _SIGNALLED = None
        self._interrupt_main = _thread.interrupt_main
        self.main_thread = threading.get_ident()  # entered from the main thread
        wake = getattr(signal, "SIGUSR1", None)
        self.wake = wake if wake is not None and signal.getsignal(wake) is _wake else None
        self.old = signal.pthread_sigmask(signal.SIG_BLOCK, self.SIGNALS)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="newsbrief-signals", daemon=True)
        self.thread.start()
        return self

    def _watch(self) -> None:
        global _SIGNALLED
        from newsbrief.report import render

        while not self.stop.is_set():
            # a short wait: `__exit__` joins this thread, so every run's exit waited for the
            # wait to end (0.1 s on average with 0.2 s waits, of a 1.5 s brief of the example)
            info = signal.sigtimedwait(self.SIGNALS, 0.02)
            if info is None:
                continue
            _SIGNALLED = info.si_signo
            _end_children()
            with render.INTERRUPTS_HELD:
                self._interrupt_main(info.si_signo)
                if self.wake is not None:
                    signal.pthread_kill(self.main_thread, self.wake)

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(2)
        signal.pthread_sigmask(signal.SIG_SETMASK, self.old)
        return False



def main(argv: list[str] | None = None) -> int:
    global _FORK_HOOKED, _STOPPING, _OWN_CHILDREN
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return EXIT_NOTHING
    previous = {}
    try:
        for signum, handler in ((signal.SIGTERM, _terminate), (signal.SIGHUP, _terminate),
                                (signal.SIGINT, _interrupt), (getattr(signal, "SIGUSR1", None), _wake)):
            if signum is not None:
                previous[signum] = signal.signal(signum, handler)
    except ValueError:  # not the main thread: the caller owns the signals
        previous = {}
    if not _FORK_HOOKED and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_child_after_fork)
        _FORK_HOOKED = True
    _STOPPING = False
    _OWN_CHILDREN = args.command == "batch"
    watch = _SignalWatch() if previous and hasattr(signal, "sigtimedwait") else None
    try:
        if args.command == "serve":  # the web server answers signals itself
            from newsbrief.cli import serve
            return serve.run(args)
        if watch:
            watch.__enter__()
            sys.unraisablehook = _quiet_lost_interrupt
        if args.command == "batch":
            from newsbrief.cli import batch
            return batch.run(args)
        if args.command != "brief":
            from newsbrief.cli import corpus
            return corpus.run(args)
        return run_brief(args)
    except KeyboardInterrupt:
        return _stopped(signal.SIGINT, argv)
    except Terminated as exc:
        return _stopped(exc.signum, argv)
    except BrokenPipeError:  # `newsbrief stories | head`: the reader has what it wanted
        _end_children()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail again
        os.close(devnull)
        return 128 + signal.SIGPIPE  # what a shell reports for a writer whose reader left
    except Exception as exc:
        if _SIGNALLED is not None:  # a read from a worker the signal ended, failing first
            return _stopped(_SIGNALLED, argv)
        if args.debug:  # one clear line; the traceback only when asked
            traceback.print_exc()
        say(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)")
        return EXIT_ERROR
    finally:
        if watch and hasattr(watch, "stop"):  # entered (serve never enters it)
            watch.__exit__(None, None, None)
            sys.unraisablehook = sys.__unraisablehook__
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _quiet_lost_interrupt(unraisable) -> None:
    """sys.unraisablehook while the watcher runs: an interrupt dropped where Python
    ignores exceptions is not reported as a traceback (`_raise_if_signalled` raises it
    again); anything else is reported as usual."""
    if isinstance(unraisable.exc_value, (KeyboardInterrupt, Terminated)):
        return
    sys.__unraisablehook__(unraisable)


def _raise_if_signalled() -> None:
    """Raise the signal the watcher saw, if the main thread's handler was lost.

    The handler's exception is dropped when it lands where Python ignores exceptions
    (a weakref callback of the import system's module locks, a `__del__`): the run
    would go on and write the brief after Ctrl-C. The watcher's record is not lost,
    so it is checked again before any output file is written."""
    if _SIGNALLED is not None:
        if _SIGNALLED == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(_SIGNALLED)


def _stopped(signum: int, argv) -> int:
    """The one line and the exit code of a run ended by a signal."""
    global _STOPPING
    _STOPPING = True  # an interrupt still on its way to this thread raises nothing now
    _end_children()
    name = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}.get(signum, "hung up")
    say(f"{name}; no brief file was changed or left half-written")
    return _signal_exit(128 + signum, argv)


def _signal_exit(code: int, argv) -> int:
    """The exit code of a run ended by a signal. Run as the program (no argv given),
    the process ends here, at once: the interpreter's own exit could still hang on a
    multiprocessing queue's feeder thread writing to a worker just ended, and CPython
    remembers a KeyboardInterrupt that landed inside a string it was exec'ing (a
    dataclass made during an import) as unhandled, and would kill itself with SIGINT
    instead of exiting 130. Our clean-up (temporary files, workers) is done by now."""
    if argv is not None:
        return code
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def check_out(out: Path) -> str | None:
    """Why OUT cannot take the brief, or None: checked before any work is done, by
    making (and removing) a folder where the files will go."""
    if out.exists() and not out.is_dir():
        return f"{out} exists and is not a folder; choose another -o"
    probe_in = out
    while not probe_in.exists():
        if probe_in.parent == probe_in:
            break
        probe_in = probe_in.parent
    if not probe_in.is_dir():
        return f"cannot write to {out}: {probe_in} is not a folder; choose another -o"
    for name in ("brief.json", "brief.md", "brief.html"):
        target = out / name
        if target.is_dir():
            return f"cannot write to {out}: {target} is a folder; move it or choose another -o"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".newsbrief-check-", dir=probe_in))
    except OSError as exc:
        return f"cannot write to {out}: {exc.strerror or exc}; choose another -o"
    return None


def run_brief(args) -> int:
    import time

    from newsbrief.config import Config
    from newsbrief.context import Context
    from newsbrief.ingest import read
    from newsbrief.pipeline import brief_articles
    from newsbrief.report import render

    try:
        config = Config.from_toml(args.config) if args.config else Config()
    except ValueError as exc:  # from_toml words every failure as a ValueError (tomllib's too)
        say(f"--config {args.config}: {exc}")
        return EXIT_NOTHING
    if args.words:
        config = config.replace(words=args.words)
    if os.environ.get("NEWSBRIEF_PARSE_WORKERS", "").isdigit():  # e.g. 1 inside a threaded server
        config = config.with_section("parse", processes=int(os.environ["NEWSBRIEF_PARSE_WORKERS"]))
    out = Path(args.out)
    problem = check_out(out)
    if problem:
        say(problem)
        return EXIT_NOTHING
    ctx = Context(config=config)
    started = time.perf_counter()
    try:
        articles = read.read_paths(args.inputs, exclude=[out])
    except read.InputTooLarge as exc:
        say(f"{exc}; nothing was briefed. Split the input, or group a feed into "
            f"stories and brief each: `newsbrief ingest FEED --store S --brief`")
        return EXIT_NOTHING
    ctx.timings["read"] = time.perf_counter() - started
    for art in articles:  # what reading found, before the long part of the work
        for warning in art.warnings:
            say(f"warning: {warning}")
        if art.status == "skipped":
            say(f"skipped: {art.reason}")
    reported = {id(a): (len(a.warnings), a.status) for a in articles}
    if not any(a.status == "used" for a in articles):
        say("nothing to brief: no input article could be used")
        return EXIT_NOTHING
    brief = brief_articles(articles, ctx)
    for art in brief.articles:  # what the stages added (an article cleaned to nothing)
        n, status = reported.get(id(art), (0, "used"))
        for warning in art.warnings[n:]:
            say(f"warning: {warning}")
        if art.status == "skipped" and status != "skipped":
            say(f"skipped: {art.reason}")
    if not brief.used_articles():
        say("nothing to brief: no input article could be used")
        return EXIT_NOTHING
    # the report needs the brief only: the parses and similarity vectors (most of a
    # large brief's memory) go before the report is built, which then reuses it
    ctx.docs, ctx.similarity, ctx.similarity_idf = {}, None, {}
    gc.collect()
    _raise_if_signalled()
    try:
        paths = render.write_all(brief, out)
    except OSError as exc:
        say(f"cannot write the brief to {out}: {exc.strerror or exc}; the files there are unchanged")
        return EXIT_NOTHING
    if args.debug:
        timings = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in ctx.timings.items())
        say(f"stages: {timings}")
    if not args.quiet:
        try:  # rendered once, by write_all
            markdown = paths["md"].read_text(encoding="utf-8")
        except OSError:
            markdown = None
        print(shown(render.summary_markdown(brief, markdown), keep_newlines=True))
        print(shown(f"Wrote {paths['json']}, {paths['md']}, {paths['html']}"))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
