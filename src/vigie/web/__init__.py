"""`vigie serve`: browse, search and correct the stories in a browser, with a JSON API behind every page.

The app is `vigie.web.app.create_app`; the package imports nothing, so that the report can draw its charts
(`vigie.web.charts`) without loading the web framework.
"""
