"""`newsbrief serve [--store PATH] [--port 8080] [--host 127.0.0.1]`: the web UI over a store.

Read-only: the pages and the JSON API only read the store, so `ingest` may run
beside the server (each request reads the last committed state; open pages
update themselves). Bound to loopback unless `--host` says otherwise, with a
warning then. `$NEWSBRIEF_TOKEN`, when set, enables the one write endpoint
(`POST /api/stories/ID/brief`, computing a story's brief) for requests bearing it.
"""
from __future__ import annotations

import ipaddress
import os

from newsbrief.cli.common import EXIT_NOTHING, EXIT_OK, say, store_path
TOKEN_VAR = "NEWSBRIEF_TOKEN"


def add_parser(sub) -> None:
    serve = sub.add_parser("serve", help="serve the stories of a store as web pages and a JSON API",
                           description="Serve the store's stories, briefs and articles on a local web server "
                                       "(read-only). Open http://HOST:PORT/ in a browser; the API is described "
                                       "at /api/openapi.json.",
                           epilog=f"${TOKEN_VAR}, when set, enables the one write endpoint: POST "
                                  "/api/stories/ID/brief with 'Authorization: Bearer TOKEN' computes and "
                                  "stores a story's brief.")
    serve.add_argument("--store", metavar="PATH", help="the store (default: $NEWSBRIEF_STORE, else ./newsbrief.db)")
    serve.add_argument("--port", type=_port, default=8080, help="TCP port (default: %(default)s; 0 = any free one)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default: %(default)s, this machine only); 0.0.0.0 serves every "
                            "network this machine is on")
    serve.add_argument("--poll", type=float, default=5.0, metavar="SECONDS",
                       help="how often open pages check the store for changes (default: %(default)s)")
    serve.add_argument("--debug", action="store_true", help="request logs and full tracebacks")


def _port(text: str) -> int:
    import argparse

    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"expected a port number 0-65535, got {text!r}")
    return int(text)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run(args) -> int:
    from newsbrief.store.sqlite import Store, StoreError
    from newsbrief.web import Settings, create_app
    from newsbrief.web.state import LOOPBACK_HOSTS

    path = store_path(args)
    try:
        Store(path, create=False).close()
    except StoreError as exc:
        say(f"{exc}")
        return EXIT_NOTHING
    loopback = is_loopback(args.host)
    if not loopback:
        say(f"warning: serving on {args.host}: anyone who can reach this machine on port "
              f"{args.port} can read every article in {path}")
    token = os.environ.get(TOKEN_VAR) or None
    settings = Settings(store=path, token=token, poll_seconds=max(1.0, args.poll),
                        allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    app = create_app(settings)
    import uvicorn

    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="info" if args.debug else "warning",
                            access_log=args.debug, server_header=False, proxy_headers=False)
    server = uvicorn.Server(config)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    say(f"serving {path} on http://{shown}:{args.port}/ (read-only"
          f"{'; write endpoint enabled by $' + TOKEN_VAR if token else ''}); Ctrl-C stops")
    server.run()
    return EXIT_OK
