"""The top of a brief whose article the outlet changed after review: when, and what changed in
the passages the brief annotates, from the sidecar's record of later captures (`briefs recapture`)."""

from __future__ import annotations

import datetime as dt

from generator.anchoring.assemble import Brief
from generator.rendering.page_context import PageContext
from generator.rendering.views import LaterCapture, PassageChange


def capture_notice(brief: Brief, ctx: PageContext) -> str:
    """The notice of later captures, newest first, and when the article was last found as captured
    (if after the latest change); empty for a brief whose sidecar records neither."""
    capture = brief.sidecar.capture
    if capture is None or not (capture.versions or capture.checked):
        return ""
    versions = sorted(capture.versions, key=lambda v: v.fetched, reverse=True)
    # A check older than the latest change is no news: the article has changed since.
    checked = capture.checked
    if versions and (checked or dt.date.min) <= versions[0].fetched:
        checked = None
    later = [LaterCapture(v.fetched, v.state, tuple(PassageChange(p.was, p.state, p.now or "")
                                                    for p in v.passages)) for v in versions]
    return ctx.templates.render("briefs/capture_notice.html", versions=later, checked=checked,
                                outlet=brief.sidecar.source.outlet)
