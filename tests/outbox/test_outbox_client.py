"""The API client against the real reference server: results, errors, TLS."""

from __future__ import annotations

import datetime as dt
import http.server
import ipaddress
import logging
import ssl
import threading
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PIL import Image
from tests.outbox.conftest import Newspaper, make_client
from tests.outbox.fault_proxy import FaultProxy, delay

from newsdesk.publish.api_errors import (
    AuthError,
    PermanentError,
    TlsError,
    TransientError,
    parse_retry_after,
)
from newsdesk.publish.payload import build_payload
from newsdesk.server.testing import RunningServer, free_port
from newsdesk.services.views import article_view
from newsdesk.store.models import Article


def _payload(paper: Newspaper, article_id: str):  # type: ignore[no-untyped-def]
    with paper.newsroom.db.session() as session:
        article = session.get(Article, article_id)
        assert article is not None
        view = article_view(article, paper.newsroom.photos)
    return build_payload(view, paper.newsroom.photos)


def test_article_and_photos_round_trip(server: RunningServer, paper: Newspaper) -> None:
    article_id = paper.article(
        "시흥시 교육 예산", body="첫 문단\n\n![현장](photo:2)\n\n끝", photo_seeds=(1, 2)
    )
    payload = _payload(paper, article_id)
    assert 'src="photo:2"' in payload.body["body_html"]
    with make_client(server.base_url, server.write_token, timeout=5) as client:
        assert client.health()["status"] == "ok"
        for media in payload.media:
            assert not client.has_media(media.sha256)
            assert client.put_media(media.sha256, media.read()) is True
            assert client.put_media(media.sha256, media.read()) is False  # repeat: 200
            assert client.has_media(media.sha256)
        first = client.put_article(article_id, payload.with_base_revision(None))
        again = client.put_article(article_id, payload.with_base_revision(None))
        assert first.created and not again.created
        assert (again.revision, again.content_hash) == (1, payload.content_hash)
        assert first.url.startswith(server.base_url)
        stored = client.get_article(article_id)
        assert stored is not None and stored["headline"] == "시흥시 교육 예산"
        page = client.list_articles(1)
        assert [item.id for item in page.items] == [article_id]
        client.delete_article(article_id)
        client.delete_article(article_id)  # safe to repeat
        assert client.get_article(article_id) is None


def test_published_photo_is_the_metadata_free_derivative(
    server: RunningServer, paper: Newspaper
) -> None:
    article_id = paper.article("사진 기사", photo_seeds=(3,))
    payload = _payload(paper, article_id)
    (media,) = payload.media
    original = next(paper.newsroom.photos.originals_root.rglob("*.jpg"))
    with Image.open(original) as image:
        assert image.getexif(), "the test original should carry EXIF"
    with make_client(server.base_url, server.write_token, timeout=5) as client:
        client.put_media(media.sha256, media.read())
    (stored,) = [p for p in (server.data_dir / "media").rglob("*") if p.is_file()]
    assert stored.read_bytes() == media.path.read_bytes() != original.read_bytes()
    with Image.open(stored) as image:
        assert not image.getexif()
        sent = payload.body["photos"][0]
        assert image.size == (sent["width"], sent["height"])


def test_refused_token_says_what_to_fix_and_never_shows_it(
    server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "nd_this-token-is-wrong-0123456789"
    caplog.set_level(logging.DEBUG)
    client = make_client(server.base_url, secret, timeout=5)
    with pytest.raises(AuthError) as caught:
        client.put_media("0" * 64, b"x")
    message = str(caught.value)
    assert "token for target site was refused" in message
    assert "newsdesk token create" in message and "newsdesk target token site" in message
    for text in (message, repr(caught.value), repr(client), caplog.text):
        assert secret not in text
    client.close()


def test_read_only_token_is_refused_for_writes(server: RunningServer) -> None:
    with make_client(server.base_url, server.read_token, timeout=5) as client:
        assert client.list_articles().total == 0  # reading is allowed
        with pytest.raises(AuthError) as caught:
            client.put_media("0" * 64, b"x")
    assert caught.value.status == 403


def test_hash_mismatch_is_permanent(server: RunningServer) -> None:
    client = make_client(server.base_url, server.write_token, timeout=5)
    with client, pytest.raises(PermanentError) as caught:
        client.put_media("a" * 64, b"not those bytes")
    assert caught.value.status == 422
    assert not isinstance(caught.value, AuthError)


def test_unreachable_server_and_timeout_are_transient(server: RunningServer) -> None:
    nobody = make_client(f"http://127.0.0.1:{free_port()}", "t")
    with nobody, pytest.raises(TransientError) as refused:
        nobody.health()
    assert refused.value.status is None and "cannot connect" in str(refused.value)
    proxy = FaultProxy("127.0.0.1", server.port)
    proxy.script(delay(1.5))
    try:
        with make_client(proxy.url, server.write_token) as client:
            with pytest.raises(TransientError) as slow:
                client.health()
            assert "no answer" in str(slow.value)
            assert client.health()["status"] == "ok"  # next request passes
    finally:
        proxy.close()


def test_retry_after_in_seconds_and_http_date() -> None:
    now = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
    assert parse_retry_after("2", now=now) == 2.0
    later = format_datetime(now + dt.timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(later, now=now) == 90.0
    earlier = format_datetime(now - dt.timedelta(seconds=90), usegmt=True)
    assert parse_retry_after(earlier, now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


# -- TLS -----------------------------------------------------------------------


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A self-signed HTTPS server on 127.0.0.1 (what a newsroom gets by skipping a real CA)."""
    cert, key = _self_signed(tmp_path)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", cert
    httpd.shutdown()
    httpd.server_close()


def test_self_signed_server_fails_with_a_clear_message(https_server: tuple[str, Path]) -> None:
    url, _cert = https_server
    with make_client(url, "token", timeout=5) as client, pytest.raises(TlsError) as caught:
        client.health()
    message = str(caught.value)
    assert "certificate is not trusted (self-signed?)" in message
    assert "target site" in message and "CA" in message


def test_plain_http_server_behind_an_https_url_is_a_tls_error(server: RunningServer) -> None:
    client = make_client(f"https://127.0.0.1:{server.port}", "token", timeout=5)
    with client, pytest.raises(TlsError) as caught:
        client.health()
    assert "http/https" in str(caught.value)


def test_a_trusted_certificate_is_accepted(https_server: tuple[str, Path]) -> None:
    """The check is real verification, not a blanket refusal: trusting the CA makes it pass."""
    url, cert = https_server
    context = ssl.create_default_context(cafile=str(cert))
    from newsdesk.publish.api_client import NewsdeskApiClient

    with NewsdeskApiClient(url, "token", target="site", timeout=5, verify=context) as client:
        assert client.health() == {"status": "ok"}
