"""The served UI over the corpus store (`newsbrief serve`): the story list with search
and filters, each story's brief, each article with its sentences anchored, and a
JSON API. FastAPI with Jinja2 templates rendered on the server; the brief's
sections are the templates of the static brief.html (`report/page.py`)."""
from newsbrief.web.app import create_app
from newsbrief.web.state import Settings

__all__ = ["Settings", "create_app"]
