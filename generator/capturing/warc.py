"""The HTTP exchange of a capture as a WARC file, the web archives' standard format (ISO 28500).

One request record and one response record, gzipped record by record, as web
archives keep them: the response holds the status line, the headers and the page
exactly as the server sent them (so the article file, which may have been stored in
another encoding, can always be compared with what was served). The response's
``WARC-Payload-Digest`` is the page's SHA-256, so a reader of the WARC can check the
page against the fingerprint the sidecar records.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from generator.capturing.download import Page, request_headers, request_line

# Framing the WARC record states itself (the body is stored whole, decoded from chunks).
_FRAMING = {"transfer-encoding", "content-length"}


def payload_digest(body: bytes) -> str:
    """A WARC payload digest: ``sha256:`` and the SHA-256 in base 32, as WARC files spell digests."""
    return "sha256:" + base64.b32encode(hashlib.sha256(body).digest()).decode("ascii")


def warc_bytes(page: Page, fetched: dt.datetime) -> bytes:
    """The request for ``page.url`` and the page served, as a gzipped WARC/1.1 file."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    date = fetched.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = [(k, v) for k, v in page.headers if k.lower() not in _FRAMING]
    headers.append(("Content-Length", str(len(page.body))))
    response = writer.create_warc_record(
        page.url, "response", payload=BytesIO(page.body), length=len(page.body),
        warc_headers_dict={"WARC-Date": date, "WARC-Payload-Digest": payload_digest(page.body)},
        http_headers=StatusAndHeaders(f"{page.status} {page.reason}", headers, protocol="HTTP/1.1"))
    request = writer.create_warc_record(
        page.url, "request", warc_headers_dict={"WARC-Date": date},
        http_headers=StatusAndHeaders(request_line(page.url), list(request_headers(page.url).items()),
                                      is_http_request=True))
    writer.write_request_response_pair(request, response)
    return out.getvalue()
