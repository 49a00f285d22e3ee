"""Command line front end (a thin layer over the pipeline and the report)."""
from newsbrief.cli.main import main

__all__ = ["main"]
