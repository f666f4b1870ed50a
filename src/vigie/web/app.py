"""`vigie serve`: the store in a browser, every page with its JSON twin.

`create_app(db_path)` builds the FastAPI app. Each page is a function of the
store returning a dict (vigie.web.views); the HTML route renders that dict with
its template and the twin route under /api returns it as JSON, as does the page
itself with ?format=json. Writes (corrections, ingestion) go through the single
writer (vigie.web.writer) and the checks of vigie.web.security.
"""
from __future__ import annotations

import datetime as dt
import inspect
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import Body, Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import Headers, MutableHeaders, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.requests import cookie_parser

from vigie import __version__
from vigie.config import setting
from vigie.ingest import make_document
from vigie.ingest.decode import ReadError
from vigie.report import figure_value
from vigie.store import Store
from vigie.store.corrections import ACTIONS, CorrectionError, correct, revert_correction
from vigie.web import charts, views
from vigie.web.cache import PageCache
from vigie.web.security import AUTH_COOKIE, CSRF_COOKIE, SECURITY_HEADERS, Guard
from vigie.web.writer import Writer, ingest

HERE = Path(__file__).parent
WHO_COOKIE = "vigie_who"
# Largest upload accepted from the ingestion form, in bytes (the readers cap single articles further).
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


def twin_path(path: str) -> str:
    """The JSON twin of an HTML page's path: /stories → /api/stories, / → /api."""
    return "/api" + (path if path != "/" else "")


class Moved(Exception):
    """A page that now lives at another id (an entity merged into another)."""

    def __init__(self, path: str):
        self.path = path


def create_app(db_path: str | Path, *, host: str = "127.0.0.1", token: str | None = None,
               allow_private_fetch: bool = False, cache: bool = True) -> FastAPI:
    """The web app over the database at `db_path`, as served on `host`.

    `token` (default: VIGIE_TOKEN) is required for writes when `host` is not a
    loopback address; `allow_private_fetch` lets the ingestion form fetch URLs on
    private and loopback networks (refused by default); `cache` keeps the data of
    recent pages until the database changes.
    """
    db_path = str(db_path)
    guard = Guard(host, token if token is not None else setting("VIGIE_TOKEN"))
    writer = Writer(db_path)
    local = threading.local()
    pages = PageCache(db_path) if cache else None

    def reader() -> Store:
        store = getattr(local, "store", None)
        if store is None:
            store = local.store = Store(db_path, readonly=True)
        return store

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        writer.close()

    app = FastAPI(title="vigie", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Stories, timelines, actors, quotes and figures read from press articles. Every "
                              "HTML page has a JSON twin under /api; writes need a CSRF token (forms) or a JSON "
                              "body, and the VIGIE_TOKEN when the server listens beyond loopback.")
    app.state.guard, app.state.writer = guard, writer
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    # Article text is untrusted: every value is escaped, in every template.
    templates = Jinja2Templates(env=jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                       autoescape=True))
    templates.env.filters["q"] = lambda value: quote(str(value), safe="")
    templates.env.filters["num"] = charts.number
    templates.env.filters["figure_value"] = lambda figure: figure_value(figure, charts.number)
    templates.env.filters["moment"] = moment
    templates.env.globals.update(actions=ACTIONS, version=__version__, twin_path=twin_path)

    app.add_middleware(Protect, guard=guard)

    def context(request: Request, data: Any, **extra: Any) -> dict[str, Any]:
        return {"data": data, "csrf": guard.form_token(request.state.csrf_cookie),
                "who": request.cookies.get(WHO_COOKIE, ""), "can_write": _may_write(request),
                "needs_login": guard.writes_need_token and not _may_write(request), "path": request.url.path,
                "query": request.url.query,
                "full_path": request.url.path + (f"?{request.url.query}" if request.url.query else ""), **extra}

    def render(request: Request, template: str, data: Any, status: int = 200, **extra: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, context(request, data, **extra), status_code=status)

    def error(request: Request, status: int, message: str, api: bool) -> Response:
        if api:
            return JSONResponse({"detail": message}, status_code=status)
        return render(request, "error.html", {"status": status, "message": message}, status=status)

    def _may_write(request: Request) -> bool:
        bearer = request.headers.get("authorization", "")
        given = bearer[7:] if bearer.lower().startswith("bearer ") else request.headers.get("x-vigie-token")
        return guard.may_write(given, request.cookies.get(AUTH_COOKIE))

    def page(path: str, template: str, summary: str) -> Callable:
        """Register a page at `path` and its JSON twin; `build(store, **params)` returns the page's dict."""
        def register(build: Callable[..., Any]) -> Callable:
            params = list(inspect.signature(build).parameters.values())[1:]

            def compute(kwargs: dict[str, Any]) -> Any:
                if pages is None:
                    return build(reader(), **kwargs)
                return pages.get((build.__name__, tuple(sorted(kwargs.items()))),
                                 lambda: build(reader(), **kwargs))

            def html(request: Request, **kwargs: Any) -> Response:
                try:
                    data = compute(kwargs)
                except Moved as moved:
                    return RedirectResponse(moved.path, status_code=307)
                if data is None:
                    return error(request, 404, "nothing here: it may have been merged, hidden or never stored",
                                 api=request.query_params.get("format") == "json")
                if request.query_params.get("format") == "json":
                    return JSONResponse(data)
                return render(request, template, data)

            def api(**kwargs: Any) -> Response:
                try:
                    data = compute(kwargs)
                except Moved as moved:
                    return RedirectResponse(twin_path(moved.path), status_code=307)
                if data is None:
                    return JSONResponse({"detail": "not found"}, status_code=404)
                if pages is None:
                    return JSONResponse(data)
                # The encoded body is kept too: encoding a big page costs more than finding it.
                body = pages.get(("json", build.__name__, tuple(sorted(kwargs.items()))),
                                 lambda: JSONResponse(data).body)
                return Response(body, media_type="application/json")

            request_param = inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)
            html.__signature__ = inspect.Signature([request_param, *params])
            api.__signature__ = inspect.Signature(params)
            doc = (build.__doc__ or summary).strip()
            app.add_api_route(path, html, methods=["GET"], response_class=HTMLResponse, tags=["pages"],
                              summary=f"{summary} (HTML; ?format=json gives the JSON)", description=doc,
                              name=f"page:{build.__name__}")
            app.add_api_route(twin_path(path), api, methods=["GET"], tags=["api"], summary=summary,
                              description=doc, name=f"api:{build.__name__}")
            return build
        return register

    # Pages and their twins

    @page("/", "home.html", "Overview: counts, largest stories, latest runs")
    def home(store: Store) -> dict[str, Any]:
        return views.overview_page(store)

    @page("/stories", "stories.html", "Stories with their size, dates and last update")
    def stories(store: Store) -> dict[str, Any]:
        return views.stories_page(store)

    @page("/stories/{story_id:path}", "story.html", "One story: timeline, episodes, figures, quotes, actors, map")
    def story(store: Store, story_id: str) -> dict[str, Any] | None:
        return views.story_page(store, story_id)

    @page("/entities", "entities.html", "Entities by mentions, filtered by name (any spelling) and type")
    def entities(store: Store, q: str | None = None, type: str | None = None) -> dict[str, Any]:
        return views.entities_page(store, q=q, type=type)

    @page("/entities/{entity_id:path}", "entity.html",
          "One entity: mentions, roles, quotes, figures, stories, mentions over time")
    def entity(store: Store, entity_id: str) -> dict[str, Any] | None:
        data = views.entity_page(store, entity_id)
        if data is None and (target := views.merged_into(store, entity_id)):
            raise Moved(f"/entities/{quote(target, safe='')}")
        return data

    @page("/documents", "documents.html", "The latest stored documents")
    def documents(store: Store) -> dict[str, Any]:
        return views.documents_page(store)

    @page("/documents/{doc_id}", "document.html", "One document with its annotations highlighted")
    def document(store: Store, doc_id: str) -> dict[str, Any] | None:
        return views.document_page(store, doc_id)

    @page("/quotes", "quotes.html", "Quotes, by speaker (any spelling of the name, or an entity id) and words")
    def quotes(store: Store, speaker: str | None = None, q: str | None = None) -> dict[str, Any]:
        return views.quotes_page(store, speaker=speaker, q=q)

    @page("/figures", "figures.html", "Figure series (dead, displaced…) with every point dated and sourced")
    def figures(store: Store, category: str | None = None, story: str | None = None) -> dict[str, Any]:
        return views.figures_page(store, category=category, story=story)

    @page("/search", "search.html", "Full-text search with facets by language, source, story and month")
    def search(store: Store, q: str = "", lang: str | None = None, source: str | None = None,
               story: str | None = None, date_from: str | None = None, date_to: str | None = None,
               page: int = 1) -> dict[str, Any]:
        return views.search_page(store, q, lang=lang, source=source, story=story, date_from=date_from,
                                 date_to=date_to, page=page)

    @page("/corrections", "corrections.html", "Every correction, newest first: who, when, before, after")
    def corrections(store: Store) -> dict[str, Any]:
        return views.corrections_page(store)

    @page("/ingest", "ingest.html", "The ingestion form and the latest runs")
    def ingest_form(store: Store) -> dict[str, Any]:
        return {**views.ingest_page(store), "allow_private_fetch": allow_private_fetch}

    @app.get("/docs", response_class=HTMLResponse, tags=["pages"],
             summary="The API documentation, offline (its JSON twin is /openapi.json)")
    def api_docs(request: Request) -> Response:
        return render(request, "docs.html", {"openapi": "/openapi.json"})

    # Writes

    def check_form(request: Request, csrf: str) -> str | None:
        """Why a form post is refused, or None."""
        if not _may_write(request):
            return "writing needs the server's token: enter it in the form at the top of the page"
        if not guard.same_origin(request.headers.get("origin"), request.headers.get("host")):
            return "refused: the form was sent from another site"
        if not guard.form_token_valid(request.cookies.get(CSRF_COOKIE), csrf):
            return "refused: the form's security token is missing or old; reload the page and try again"
        return None

    def json_write(request: Request) -> None:
        """Refuse a JSON write before its body is read: no token, not JSON, or sent from another site."""
        if not _may_write(request):
            raise HTTPException(401, "writing needs the token: send 'Authorization: Bearer <VIGIE_TOKEN>'")
        if not request.headers.get("content-type", "").startswith("application/json"):
            raise HTTPException(415, "send the body as application/json")
        if not guard.same_origin(request.headers.get("origin"), request.headers.get("host")):
            raise HTTPException(403, "refused: request sent from another site")

    def back(next_path: str | None, fallback: str) -> str:
        """A local path to go back to (never another site)."""
        if next_path and next_path.startswith("/") and not next_path.startswith(("//", "/\\")):
            return next_path
        return fallback

    @app.post("/corrections", tags=["pages"], summary="Make a correction from a form (then go back to `next`)",
              response_class=HTMLResponse)
    async def correct_form(request: Request) -> Response:
        form = await request.form()
        refused = check_form(request, str(form.get("csrf") or ""))
        if refused:
            return error(request, 403, refused, api=False)
        who = str(form.get("who") or "").strip() or request.cookies.get(WHO_COOKIE, "")
        action, target = str(form.get("action") or ""), str(form.get("target") or "")
        try:
            after = form_change(action, form)
            # Waiting for the writer must not block the event loop: other readers go on meanwhile.
            await run_in_threadpool(writer.run, correct, action, target, after, who)
        except CorrectionError as err:
            return error(request, 400, str(err), api=False)
        response = RedirectResponse(back(str(form.get("next") or ""), "/corrections"), status_code=303)
        response.set_cookie(WHO_COOKIE, who[:200], httponly=True, samesite="strict")
        return response

    @app.post("/api/corrections", tags=["api"], dependencies=[Depends(json_write)], summary="Make a correction",
              description="Body: {action, target, after, who}. Actions: " +
                          "; ".join(f"{k}: {v}" for k, v in ACTIONS.items()) + ".")
    def correct_api(action: str = Body(...), target: str = Body(...),
                    after: dict[str, Any] = Body(default_factory=dict), who: str = Body(...)) -> Response:
        try:
            return JSONResponse(writer.run(correct, action, target, after, who), status_code=201)
        except CorrectionError as err:
            return JSONResponse({"detail": str(err)}, status_code=400)

    @app.post("/corrections/{correction_id}/revert", tags=["pages"], response_class=HTMLResponse,
              summary="Revert a correction from a form")
    def revert_form(request: Request, correction_id: int, csrf: str = Form(""), who: str = Form(""),
                    next: str = Form("")) -> Response:
        refused = check_form(request, csrf)
        if refused:
            return error(request, 403, refused, api=False)
        who = who.strip() or request.cookies.get(WHO_COOKIE, "")
        try:
            writer.run(revert_correction, correction_id, who)
        except CorrectionError as err:
            return error(request, 400, str(err), api=False)
        return RedirectResponse(back(next, "/corrections"), status_code=303)

    @app.post("/api/corrections/{correction_id}/revert", tags=["api"], dependencies=[Depends(json_write)], summary="Revert a correction",
              description="Body: {who}. The correction stays in the trail, marked reverted; the corpus "
                          "results are rebuilt without it.")
    def revert_api(correction_id: int, who: str = Body(..., embed=True)) -> Response:
        try:
            return JSONResponse(writer.run(revert_correction, correction_id, who))
        except CorrectionError as err:
            return JSONResponse({"detail": str(err)}, status_code=400)

    @app.post("/ingest", tags=["pages"], response_class=HTMLResponse,
              summary="Ingest URLs, uploaded files or pasted text from the form")
    async def ingest_post(request: Request) -> Response:
        form = await request.form()
        refused = check_form(request, str(form.get("csrf") or ""))
        if refused:
            return error(request, 403, refused, api=False)
        urls = [u.strip() for u in str(form.get("urls") or "").split() if u.strip()]
        uploads = []
        for upload in form.getlist("files"):
            if isinstance(upload, UploadFile) and upload.filename:
                data = await upload.read(MAX_UPLOAD_BYTES + 1)
                if len(data) > MAX_UPLOAD_BYTES:
                    return error(request, 413, f"{upload.filename} is over {MAX_UPLOAD_BYTES // 2**20} MB", False)
                uploads.append((upload.filename, data))
        try:
            pasted = pasted_documents([{"text": form.get("text"), "title": form.get("title"),
                                        "published": form.get("published"), "source": form.get("source")}])
        except CorrectionError as err:
            return error(request, 400, str(err), api=False)
        if not (urls or uploads or pasted):
            return error(request, 400, "give at least one URL, file or pasted article", api=False)
        summary = await run_in_threadpool(writer.run, ingest, urls, documents=pasted, uploads=uploads,
                                          allow_private=allow_private_fetch)
        return render(request, "ingested.html", summary)

    @app.post("/api/ingest", tags=["api"], dependencies=[Depends(json_write)], summary="Ingest URLs and article texts",
              description="Body: {urls: [..], texts: [{text, title, published, source}]}. Returns the run's "
                          "summary (counts, new document ids, failures), as `vigie run --json` does.")
    def ingest_api(urls: list[str] = Body(default_factory=list),
                   texts: list[dict[str, Any]] = Body(default_factory=list)) -> Response:
        try:
            documents = pasted_documents(texts)
        except CorrectionError as err:
            return JSONResponse({"detail": str(err)}, status_code=400)
        if not (urls or documents):
            return JSONResponse({"detail": "give urls or texts"}, status_code=400)
        return JSONResponse(writer.run(ingest, urls, documents=documents, allow_private=allow_private_fetch))

    @app.post("/login", tags=["pages"], response_class=HTMLResponse,
              summary="Give the write token once; the browser keeps a signed cookie")
    def login(request: Request, token: str = Form(""), csrf: str = Form(""), next: str = Form("")) -> Response:
        if not guard.form_token_valid(request.cookies.get(CSRF_COOKIE), csrf):
            return error(request, 403, "refused: reload the page and try again", api=False)
        if not guard.token_valid(token):
            return error(request, 403, "wrong token", api=False)
        response = RedirectResponse(back(next, "/"), status_code=303)
        response.set_cookie(AUTH_COOKIE, guard.auth_cookie(), httponly=True, samesite="strict")
        return response

    return app


def form_change(action: str, form) -> dict[str, Any]:
    """The `after` of a correction from the fields of its form."""
    def text(name: str) -> str:
        return str(form.get(name) or "").strip()

    if action == "merge_entities":
        ids = " ".join(str(v) for v in form.getlist("merge")).replace(",", " ").split()
        return {"merge": list(dict.fromkeys(ids))}
    if action == "split_entity":
        mentions = []
        for value in form.getlist("mentions"):
            doc, _, span = str(value).partition("|")
            start, _, end = span.partition("|")
            if start.isdigit() and end.isdigit():
                mentions.append({"doc": doc, "start": int(start), "end": int(end)})
        return {"name": text("name"), "mentions": mentions, **({"type": text("type")} if text("type") else {})}
    if action == "rename_entity":
        return {"name": text("name"), **({"type": text("type")} if text("type") else {})}
    if action == "fix_date":
        return {"date": text("date")}
    if action == "reassign_speaker":
        return {k: v for k, v in (("entity", text("entity")), ("text", text("text"))) if v}
    if action == "rename_story":
        return {"title": text("title")}
    if action == "hide":
        return {"reason": text("reason")} if text("reason") else {}
    raise CorrectionError(f"unknown action {action!r}")


def pasted_documents(texts: list[dict[str, Any]]) -> list:
    """Documents from pasted article texts ({text, title, published, source}); blank texts are skipped."""
    documents = []
    for entry in texts:
        body = str(entry.get("text") or "").strip()
        if not body:
            continue
        published = str(entry.get("published") or "").strip() or None
        try:
            documents.append(make_document(body, title=str(entry.get("title") or "").strip() or None,
                                           published=published, path="pasted text",
                                           source=str(entry.get("source") or "").strip() or None))
        except (ReadError, ValueError) as err:
            raise CorrectionError(f"cannot read the pasted text: {err}") from err
    return documents


class Protect:
    """ASGI middleware: answer known hosts only, give each browser a CSRF cookie, add the security headers."""

    def __init__(self, app, guard: Guard):
        self.app, self.guard = app, guard

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not self.guard.host_allowed(headers.get("host")):
            response = Response("unknown host: open vigie at http://127.0.0.1 or http://localhost",
                                status_code=421, media_type="text/plain", headers=SECURITY_HEADERS)
            await response(scope, receive, send)
            return
        cookie = cookie_parser(headers.get("cookie", "")).get(CSRF_COOKIE)
        fresh = not cookie
        scope.setdefault("state", {})["csrf_cookie"] = cookie or self.guard.new_cookie()

        async def send_secured(message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    out.setdefault(name, value)
                if fresh:
                    out.append("set-cookie", f"{CSRF_COOKIE}={scope['state']['csrf_cookie']}; HttpOnly; Path=/; "
                                             "SameSite=Strict")
            await send(message)

        await self.app(scope, receive, send_secured)


def moment(stamp: str | None) -> str:
    """A stored timestamp as a reader takes it in: "2026-03-06 14:05 UTC", not its ISO form with seconds and offset."""
    if not stamp:
        return ""
    try:
        return dt.datetime.fromisoformat(stamp).astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp
