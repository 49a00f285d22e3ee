"""The application: routes mounted, security headers and error pages (the
per-process state is in `state`). Routes are in `pages` (HTML) and `api` (JSON).

Security, in one place:
- read-only: no route writes to the store, except `POST /api/stories/{id}/brief`,
  which exists only when a token is configured and wants it as a bearer token;
- every id from a URL is length-checked and looked up in the store (404 when
  unknown); nothing builds a file path from a request (static files are a fixed
  list);
- every response carries a Content-Security-Policy without inline script or style
  (`default-src 'none'` plus this server's own script, style and fetches),
  `X-Content-Type-Options: nosniff`, no referrer and no framing;
- query parameters are bounded (lengths, page sizes, offsets);
- bound to loopback, only loopback host names are accepted (no DNS rebinding).
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from newsbrief.web import api, pages
from newsbrief.web.state import LOOPBACK_HOSTS, STATIC, Settings, Web

__all__ = ["LOOPBACK_HOSTS", "Settings", "create_app"]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding the security headers to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, with_headers)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(title="newsbrief", version="1",
                  description="Sourced news briefs over a newsbrief store (read-only unless a token is set).",
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.web = Web(settings)
    app.include_router(api.router)
    app.include_router(pages.router)
    if settings.token:
        app.include_router(api.write_router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_json(request):
            return api.SafeJSON({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return app.state.web.render("error.html", status_code=exc.status_code, status=exc.status_code,
                                    message=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = [f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors()][:5]
        if wants_json(request):
            return api.SafeJSON({"detail": problems}, status_code=422)
        return app.state.web.render("error.html", status_code=400, status=400,
                                    message="Bad request: " + "; ".join(problems))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in STATIC:
            raise StarletteHTTPException(404, "no such file")
        return Response(app.state.web.static[name], media_type=STATIC[name][2],
                        headers={"cache-control": "no-cache"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    if settings.allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)  # outermost: on every response, refusals included
    return app
