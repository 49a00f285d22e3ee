PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser demo serve-demo screenshots test test-quick bench bench-ratios bench-scale bench-brief bench-summary bench-stories bench-story-loss bench-web bench-batch bench-fill bench-boilerplate clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsbrief brief examples/harbour-fire.jsonl -o out/demo --words 150

# the fictional feed in a store, briefed, served on http://127.0.0.1:8080/ (issue 17)
serve-demo: $(STAMP)
	mkdir -p out && rm -f out/demo.db out/demo.db-wal out/demo.db-shm
	$(BIN)/newsbrief ingest examples/newsroom-feed.jsonl --store out/demo.db --brief
	$(BIN)/newsbrief serve --store out/demo.db

# the README's screenshots of newsbrief serve (docs/img/serve-*.png)
screenshots: $(STAMP) browser
	HF_HUB_OFFLINE=1 $(BIN)/python scripts/screenshots.py

# the HTML report and the served pages are tested in headless Chromium (Debian's package, through Playwright)
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium; the browser test needs it"

test: $(STAMP) browser
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

# without the long tests (the tune feed through a Dask cluster, killed and interrupted clusters)
test-quick: $(STAMP) browser
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m "not slow"

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.ratios
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.speed
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.scale
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.entities
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.times
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.claims
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.stories
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.batch
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.multinews_fill
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.boilerplate

# every Multi-News validation cluster through the CLI at 200 words: exit codes, empty
# summaries, clusters under 60% fill (issue 13); minutes
bench-fill: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.multinews_fill

# HTML pages of L3S-GN1, CleanEval and trafilatura's English set: our reader (read + clean)
# beside trafilatura alone, token or snippet precision/recall/F1 (issue 13); minutes
bench-boilerplate: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.boilerplate

# start-up over a bare model load, brief over a full spaCy pass, brief beside sumy LexRank (issue 19)
bench-ratios: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.ratios

# story clustering of a mixed feed: baseline vs ours, id stability, 3k/30k throughput and RSS (issue 16)
bench-stories: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.stories

# where the story clustering's B-cubed loss goes (merged / split gold stories) and an offline split probe (issue 16)
bench-story-loss: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.story_loss

# whole briefs of 2,000 and 20,000 generated short articles through the CLI, with
# peak RSS, and a 200,000-article feed that must be refused (issue 15); minutes
bench-scale: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.scale --skip-stream

# batch throughput: ingest vs batch on 1 and 2 Dask workers (and the local pool), peak RSS per worker (issue 18)
bench-batch: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.batch
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.batch --no-brief --copies 5 --repeat 2

# brief quality on the seeds and ../shared/dev, one table (issue 12)
bench-brief: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.brief

# page render time of a 25-article story in newsbrief serve (issue 17)
bench-web: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.web

bench-summary: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.summary

clean:
	rm -rf $(VENV) out
