"""`vigie serve`: browse, search and correct the stories in a browser, with a JSON API behind every page."""
from vigie.web.app import create_app

__all__ = ["create_app"]
