"""Batch mode: `newsbrief batch` runs ingest and the story briefs on a process pool
(`--engine local`) or a Dask cluster (`--engine dask`), with one code path.

- `engine`: where tasks run (`LocalEngine`, `DaskEngine`), results streamed back.
- `feed`: the inputs cut into units of work, in feed order.
- `work`: the tasks (prepare a unit; brief a story) and the worker's resources.
- `plugin`: the Dask worker plugin that loads the spaCy model once per worker.
- `runner`: the run: prepare in parallel, assign in order in the client, brief in
  parallel; the store is written by the client only.

How to run it on a real cluster, and what grows with the feed: docs/SCALE.md.
"""
