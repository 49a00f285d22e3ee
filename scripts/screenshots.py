"""The README's screenshots of `newsbrief serve` on the shipped fictional feed:
docs/img/serve-stories.png (the story list) and docs/img/serve-story.png (a story).

Ingests examples/newsroom-feed.jsonl into a temporary store with its briefs (as
`newsbrief ingest ... --brief`), serves it on a free loopback port and takes the
pictures with Debian's chromium through Playwright (no browser download).

    python scripts/screenshots.py [--out docs/img]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "examples" / "newsroom-feed.jsonl"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = [  # file, path, viewport
    ("serve-stories.png", "/", (1100, 760)),
    ("serve-story.png", "/stories/s1", (1100, 1100)),
]


def build_store(path: Path) -> None:
    from newsbrief.corpus.briefs import brief_story
    from newsbrief.ingest import read
    from newsbrief.store.sqlite import Store

    with Store(path) as store:
        store.ingest(read.iter_path(str(FEED)))
        for sid in store.stale_stories():
            brief_story(store, sid)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("screenshots: chromium is not installed (make browser installs it)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from newsbrief.web import Settings, create_app
    from newsbrief.web.server import background

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "demo.db"
        build_store(store)
        with background(create_app(Settings(store=str(store)))) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            for name, path, (width, height) in SHOTS:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(base + path)
                page.screenshot(path=str(out / name))
                page.close()
                print(f"wrote {out / name} ({(out / name).stat().st_size // 1024} KB)")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
