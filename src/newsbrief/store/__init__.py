"""Persistent storage of articles, sentences, stories and briefs (SQLite: `sqlite`)."""
from newsbrief.store.sqlite import Store, StoreError, default_path

__all__ = ["Store", "StoreError", "default_path"]
