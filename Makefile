PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup browser demo test bench bench-scale bench-brief bench-summary clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsbrief brief examples/harbour-fire.jsonl -o out/demo --words 150

# the HTML report is tested in headless Chromium (Debian's package)
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "warning: could not install chromium; the browser test needs it"

test: $(STAMP) browser
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.speed
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.scale
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.entities
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.times
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.claims

# whole briefs of 2,000 and 20,000 generated short articles through the CLI, with
# peak RSS, and a 200,000-article feed that must be refused (issue 15); minutes
bench-scale: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.scale --skip-stream

# brief quality on the seeds and ../shared/dev, one table (issue 12)
bench-brief: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.brief

bench-summary: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m bench.summary

clean:
	rm -rf $(VENV) out
