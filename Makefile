PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser demo serve-demo screenshots test bench bench-ratios bench-scale bench-brief bench-summary bench-stories bench-web clean

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

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.ratios
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.speed
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.scale
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.entities
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.times
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.claims
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.stories

# start-up over a bare model load, brief over a full spaCy pass, brief beside sumy LexRank (issue 19)
bench-ratios: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.ratios

# story clustering of a mixed feed: baseline vs ours, id stability, 3k/30k throughput and RSS (issue 16)
bench-stories: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.stories

# whole briefs of 2,000 and 20,000 generated short articles through the CLI, with
# peak RSS, and a 200,000-article feed that must be refused (issue 15); minutes
bench-scale: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.scale --skip-stream

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
