"""An Atom feed of the briefs, newest first (pure; ElementTree does the XML escaping)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from generator.anchoring.assemble import Brief
from generator.linking.corpus import Corpus
from generator.rendering.links import FEED, HOME, Linker, absolute_url, brief_page
from generator.settings import Settings

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


def atom_feed(corpus: Corpus, settings: Settings, linker: Linker, site_name: str) -> str:
    """The newest briefs as an Atom 1.0 document."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", site_name)
    _text(feed, "id", _entry_id(settings, linker, FEED))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=absolute_url(settings, linker, FEED))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=absolute_url(settings, linker, HOME))
    newest = corpus.briefs[:FEED_SIZE]
    updated = max((_last_change(b) for b in newest), default=dt.date(1970, 1, 1))
    _text(feed, "updated", _timestamp(updated))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", settings.review_author)
    _licence(feed, settings)
    for brief in newest:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = absolute_url(settings, linker, brief_page(brief.stem))
        _text(entry, "title", brief.title)
        _text(entry, "id", _entry_id(settings, linker, brief_page(brief.stem)))
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=url)
        _text(entry, "published", _timestamp(brief.sidecar.reviewed or brief.published))
        _text(entry, "updated", _timestamp(_last_change(brief)))
        _text(entry, "summary", brief.sidecar.summary)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _licence(feed: ET.Element, settings: Settings) -> None:
    """The feed carries our titles and summaries: it states their licence (RFC 4946 for the link)."""
    licence = settings.data_licence
    words = settings.words
    named = (words.gettext("%(licence)s (%(url)s)", licence=licence.name, url=licence.url) if licence.url
             else licence.name)
    _text(feed, "rights", words.gettext("Titles and summaries: %(licence)s. Articles quoted belong to their "
                                        "publishers.", licence=named))
    if licence.url:
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="license", href=licence.url)


def _last_change(brief: Brief) -> dt.date:
    """The brief's latest corrections-log entry, else the day it was reviewed, else the article's date."""
    return brief.updated or brief.sidecar.reviewed or brief.published


def _entry_id(settings: Settings, linker: Linker, page: str) -> str:
    """Atom ids must be absolute: the page's URL, or a stable URN when no site_url is set."""
    url = absolute_url(settings, linker, page)
    return url if settings.site_url else f"urn:newsbriefs:{url.lstrip('/')}"


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
