"""``newsdesk serve`` under wrk: requests/s, p99 latency, errors and lost page views.

Run: ``python benchmarks/bench_server_wrk.py [--articles 200] [--duration 10]
[--connections 50] [--keep DIR]``. Needs ``wrk`` (Debian package ``wrk``).

Starts the real server (``python -m newsdesk serve``, a subprocess) on
127.0.0.1 with a demo newsroom's site profile and ``--articles`` published
articles (every third with a photo), then runs wrk for ``--duration`` seconds
at ``--connections`` connections on:

- the list page (``index.html``: newest list, "오늘 N / 전체 M" counters),
- one article page (every GET counts a view),
- a mix: 9 article GETs to 1 authenticated PUT that changes an article (Lua).

For runs that view articles it compares the views wrk saw answered with the
server's count (read through the API, which includes views not yet flushed):
``lost`` is views answered but not counted (target 0); ``in flight`` is views
the server counted for requests wrk abandoned when its time ran out (at most
one per connection). Finally the server is stopped (SIGINT: the shutdown
flush) and the database read directly: every view counted must be in it.
Prints figures only; no asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from PIL import Image
from sqlalchemy import create_engine, func, select

from newsdesk.server.models import DailyViews, ServerArticle
from newsdesk.server.settings import ServerSettings, save_settings, with_field
from newsdesk.server.storage import DATABASE_FILE, ServerStore
from newsdesk.server.testing import free_port
from newsdesk.server.tokens import create_token
from newsdesk.services.demo_content import SITE
from newsdesk.site.model import ArticleView
from newsdesk.site.samples import synthetic_articles
from newsdesk.text.markdown import render_markdown

PUT_POOL = 10  # articles the mixed run rewrites, round robin


@dataclass
class WrkResult:
    requests: int
    requests_per_second: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    views: int | None  # article pages answered 200 (from the Lua script), if counted there
    puts: int


def _settings(base_url: str) -> ServerSettings:
    settings = ServerSettings()
    for name, value in {**SITE, "base_url": base_url}.items():
        settings = with_field(settings, name, value)
    return settings


def _photo_jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (40, 90, 160)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _payload(view: ArticleView, photo: dict[str, Any] | None) -> dict[str, Any]:
    body = view.body_markdown
    if photo is not None:
        first, _, rest = body.partition("\n\n")
        body = f"{first}\n\n![{photo['alt_text']}](photo:1)\n\n{rest}"
    assert view.published_at is not None
    payload: dict[str, Any] = {
        "headline": view.headline,
        "subheadline": view.subheadline,
        "body_html": render_markdown(
            body, resolve_image=lambda src: src if src.startswith("photo:") else None
        ),
        "summary": view.summary,
        "section": {"name": view.section_name, "slug": view.section_slug},
        "tags": list(view.tags),
        "byline": view.byline,
        "status": "published",
        "number": view.number,
        "slug": view.slug,
        "published_at": view.published_at.isoformat(),
        "updated_at": view.updated_at.isoformat(),
        "main_photo": photo["sha256"] if photo else None,
        "photos": [photo] if photo else [],
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    payload["content_hash"] = hashlib.sha256(text.encode()).hexdigest()
    return payload


def _start_server(data_dir: Path, port: int, log: io.TextIOWrapper) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsdesk", "serve", "--server-data", str(data_dir)]
    process = subprocess.Popen(
        [*command, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the server did not start; see {log.name}")


def _populate(
    base: str, token: str, count: int
) -> tuple[str, str, list[tuple[str, dict[str, Any]]]]:
    """Publish ``count`` articles (+ the PUT pool); (newest page URL, its id, the pool)."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        data = _photo_jpeg()
        digest = hashlib.sha256(data).hexdigest()
        uploaded = client.put(
            f"api/v1/media/{digest}", content=data, headers={"Content-Type": "image/jpeg"}
        )
        uploaded.raise_for_status()
        photo = {
            "sha256": digest,
            "caption": "시흥시청 전경",
            "credit": "서해안뉴스",
            "alt_text": "시청 건물",
            "width": 1200,
            "height": 800,
            "position": 0,
        }
        page = newest = ""
        pool: list[tuple[str, dict[str, Any]]] = []
        for view in synthetic_articles(count + PUT_POOL, body_chars=(1500, 4000)):
            assert view.number is not None
            payload = _payload(view, photo if view.number % 3 == 0 else None)
            key = str(uuid.UUID(view.id))
            answer = client.put(f"api/v1/articles/{key}", json=payload)
            answer.raise_for_status()
            if view.number == count:
                page, newest = answer.json()["url"], key
            elif view.number > count:
                pool.append((key, payload))
    return page, newest, pool


def _lua_long_string(text: str) -> str:
    level = "=" * 4
    assert f"]{level}]" not in text
    return f"[{level}[{text}]{level}]"


def _mix_script(path: str, token: str, pool: list[tuple[str, dict[str, Any]]]) -> str:
    """wrk Lua: 9 article GETs to 1 PUT with new content; counts answered page views."""
    bodies = []
    for key, payload in pool:
        fixed = {k: v for k, v in payload.items() if k not in {"headline", "content_hash"}}
        prefix = json.dumps(fixed, ensure_ascii=False)[:-1] + ', "headline": "벤치마크 수정 '
        bodies.append(f"{{id = {_lua_long_string(key)}, prefix = {_lua_long_string(prefix)}}}")
    return f"""
local pool = {{{", ".join(bodies)}}}
local page = {_lua_long_string(path)}
local put_headers = {{["Authorization"] = "Bearer {token}", ["Content-Type"] = "application/json"}}
local threads = {{}}
local next_id = 1
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end
function init(args)
  counter = 0
  views = 0
  puts = 0
end
function request()
  counter = counter + 1
  if counter % 10 ~= 0 then
    return wrk.format("GET", page)
  end
  local n = counter / 10
  local article = pool[n % #pool + 1]
  local hash = string.format("%08x%048d%08x", id, 0, n)
  local body = article.prefix .. id .. "-" .. n .. '", "content_hash": "' .. hash .. '"}}'
  return wrk.format("PUT", "/api/v1/articles/" .. article.id, put_headers, body)
end
function response(status, headers, body)
  local kind = headers["content-type"] or headers["Content-Type"] or ""
  if status == 200 and string.sub(kind, 1, 9) == "text/html" then
    views = views + 1
  elseif status < 300 then
    puts = puts + 1
  end
end
function done(summary, latency, requests)
  local v, p = 0, 0
  for _, thread in ipairs(threads) do
    v = v + thread:get("views")
    p = p + thread:get("puts")
  end
  io.write(string.format("NEWSDESK views=%d puts=%d\\n", v, p))
end
"""


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _wrk(url: str, args: argparse.Namespace, script: Path | None = None) -> WrkResult:
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s"]
    command += ["--latency", "--timeout", "10s"]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, timeout=args.duration + 60
    ).stdout
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    total = re.search(r"^\s+(\d+) requests in", output, re.MULTILINE)
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if p99 is None or total is None or rate is None:
        raise SystemExit(f"unexpected wrk output:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    counted = re.search(r"NEWSDESK views=(\d+) puts=(\d+)", output)
    return WrkResult(
        requests=int(total.group(1)),
        requests_per_second=float(rate.group(1)),
        p99_ms=float(p99.group(1)) * _UNITS[p99.group(2)],
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(n) for n in sockets.groups()) if sockets else 0,
        views=int(counted.group(1)) if counted else None,
        puts=int(counted.group(2)) if counted else 0,
    )


def _view_count(base: str, token: str, key: str) -> int:
    answer = httpx.get(f"{base}api/v1/articles/{key}", headers={"Authorization": f"Bearer {token}"})
    answer.raise_for_status()
    return int(answer.json()["view_count"])


def _stored_views(data_dir: Path) -> tuple[int, int]:
    engine = create_engine(f"sqlite:///{data_dir / DATABASE_FILE}")
    try:
        with engine.connect() as connection:
            articles = connection.scalar(select(func.sum(ServerArticle.view_count))) or 0
            days = connection.scalar(select(func.sum(DailyViews.views))) or 0
    finally:
        engine.dispose()
    return int(articles), int(days)


def _report(name: str, result: WrkResult, views: tuple[int, int] | None) -> None:
    print(
        f"{name:<28} {result.requests_per_second:>9,.0f} req/s  p99 {result.p99_ms:>7.1f} ms  "
        f"requests {result.requests:>7,}  non-2xx {result.non_2xx}  "
        f"socket errors {result.socket_errors}" + (f"  PUTs {result.puts:,}" if result.puts else "")
    )
    if views is not None:
        answered, counted = views
        lost, in_flight = max(0, answered - counted), max(0, counted - answered)
        print(
            f"{'':<28} views answered {answered:,}, counted {counted:,}: "
            f"lost {lost}, in flight at wrk's stop {in_flight}"
        )


def run(args: argparse.Namespace, data_dir: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    save_settings(data_dir, _settings(base))
    store = ServerStore(data_dir)
    try:
        with store.session() as session:
            token = create_token(session, "bench-write", "write")
    finally:
        store.dispose()
    log_path = data_dir / "server.log"
    with log_path.open("w", encoding="utf-8") as log:
        server = _start_server(data_dir, port, log)
        try:
            page, key, pool = _populate(base, token, args.articles)
            print(
                f"newsdesk serve, {args.articles} articles; wrk -t{args.threads} "
                f"-c{args.connections} -d{args.duration}s (2 cores shared by server and wrk)"
            )
            _report("list page (index.html)", _wrk(base + "index.html", args), None)

            before = _view_count(base, token, key)
            result = _wrk(page, args)
            answered = result.requests - result.non_2xx
            _report("article page", result, (answered, _view_count(base, token, key) - before))

            script = data_dir / "mix.lua"
            path = "/" + page.split("/", 3)[3]
            script.write_text(_mix_script(path, token, pool), encoding="utf-8")
            before = _view_count(base, token, key)
            result = _wrk(base, args, script)
            counted = _view_count(base, token, key) - before
            _report("mix: 9 GET article : 1 PUT", result, (result.views or 0, counted))
            shown = _view_count(base, token, key)
        finally:
            server.send_signal(signal.SIGINT)  # graceful: lifespan shutdown flushes the views
            server.wait(timeout=60)
    stored, by_day = _stored_views(data_dir)
    print(
        f"after shutdown: article views in the database {stored:,} (day totals {by_day:,}), "
        f"shown before shutdown {shown:,}: lost at shutdown {max(0, shown - stored)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="use this data folder and keep it")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args, args.keep)
        return
    with tempfile.TemporaryDirectory(prefix="newsdesk-wrk-") as folder:
        run(args, Path(folder))


if __name__ == "__main__":
    main()
