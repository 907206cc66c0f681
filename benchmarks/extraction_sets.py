"""Article extraction on five public benchmarks, newsbriefs beside trafilatura and readability-lxml.

    python benchmarks/extraction_sets.py SET FOLDER [--part tune|held-out|all] [--worst N]

SET and FOLDER (a clone of the benchmark's repository, see ``benchmarks/README.md``):

- ``aeb``: Scrapinghub's article-extraction-benchmark (MIT): 181 news pages with
  a hand-made ``articleBody``; scored with its own ``evaluate.py`` (4-word runs).
- ``trafilatura``: trafilatura's evaluation set (``tests/evaldata.json`` and
  ``tests/eval/``, Apache-2.0): about 900 pages of many kinds, each with
  snippets a person marked as belonging to the main text (``with``) and as
  page furniture (``without``); scored as trafilatura scores it (a snippet is
  found when it stands in the text, white space aside; counts summed over pages).
- ``readability``: Mozilla Readability's test pages (``test/test-pages/*``,
  Apache-2.0): 130 pages, each with the maintainers' checked ``expected.html``;
  scored by token F1 (bags of lower-cased words, per page, averaged).
- ``l3s-gn1``: L3S-GN1 (Kohlschütter et al., WSDM 2010; research use only): 621
  news pages of 2008, each annotated by hand block by block; FOLDER holds its
  ``original/`` and ``annotated/`` pages. The truth is the text labelled headline,
  full text or supplemental (``x-nc-sel1`` to ``x-nc-sel3``), as Bevendorff et
  al. (SIGIR 2023) read it; scored by token F1 like ``readability``.
- ``dragnet``: Dragnet's data (Peters and Lecocq, WWW 2013; AGPLv3): 1,381 pages
  of about 2012, the article's text copied by hand from the page in a browser (what
  follows the ``!@#$%^&*()  COMMENTS`` line is readers' comments and left out);
  FOLDER holds ``HTML/`` and ``Corrected/`` (the original layout) or ``input/``
  and ``GoldStandard/``. Scored as Dragnet's ``evaluation_metrics`` scores it:
  precision and recall of the *sets* of words, per page, averaged.

Pages are split into two parts by a hash of their name: ``tune`` (rules may be
written while looking at these) and ``held-out`` (never looked at while tuning).
A page is *refused* when the extractor returns no text or fails. Prints a
Markdown table; CPU seconds are this process's.

``briefs text`` opens with the article's headline line, and none of the first three
ground truths is a text that opens with the headline: the ``aeb`` bodies never
hold it, Readability.js leaves out a heading that repeats the title (6 of its
130 expected texts hold the headline's words near their start all the same),
and in trafilatura's set a snippet inside the headline is marked main text on
14 of 990 pages and furniture on 15. Neither peer's text opens with it either.
So *newsbriefs* is scored on the same body on every set: its text without the
headline line (when the page gives a headline). The row *newsbriefs, headline
line included* scores the whole text as ``briefs text`` prints it. (L3S-GN1's truth
holds the headline where a person labelled it; Dragnet's holds it when the person
copied it, which the data does not say.)
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.extraction import EXTRACTORS, load_evaluate  # noqa: E402
from generator.reading.article import Article  # noqa: E402
from generator.reading.page_body import parse_page  # noqa: E402
from generator.reading.page_encoding import declared_charset, decode_page  # noqa: E402
from generator.reading.page_metadata import page_headline, page_metadata  # noqa: E402
from generator.reading.readers import article_from_bytes  # noqa: E402

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Case:
    """One page of a benchmark: its name, bytes and what the benchmark holds true of it."""

    name: str
    page: bytes
    truth: Any


def part_of(name: str) -> str:
    """``tune`` or ``held-out``, fixed by the page's name."""
    return "tune" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "held-out"


def aeb_cases(folder: Path) -> Iterator[Case]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for name in sorted(truth):
        yield Case(name, gzip.decompress((folder / "html" / f"{name}.html.gz").read_bytes()),
                   truth[name]["articleBody"])


def trafilatura_cases(folder: Path) -> Iterator[Case]:
    data = json.loads((folder / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    for url in sorted(data):
        item = data[url]
        places = (folder / "tests" / "eval" / item["file"], folder / "tests" / "cache" / item["file"])
        path = next((p for p in places if p.is_file()), None)
        if path is not None:
            yield Case(url, path.read_bytes(), item)


def readability_cases(folder: Path) -> Iterator[Case]:
    for page in sorted((folder / "test" / "test-pages").iterdir()):
        if (page / "source.html").is_file() and (page / "expected.html").is_file():
            expected = (page / "expected.html").read_bytes()
            yield Case(page.name, (page / "source.html").read_bytes(), _html_text(expected))


L3S_CONTENT = ("x-nc-sel1", "x-nc-sel2", "x-nc-sel3")  # headline, full text, supplemental
DRAGNET_COMMENTS = "!@#$%^&*()  COMMENTS"


def l3s_cases(folder: Path) -> Iterator[Case]:
    for page in sorted((folder / "original").glob("*.html")):
        annotated = folder / "annotated" / page.name
        if annotated.is_file():
            yield Case(page.stem, page.read_bytes(), labelled_text(annotated.read_bytes(), L3S_CONTENT))


def labelled_text(page: bytes, labels: tuple[str, ...]) -> str:
    """The words of an annotated page whose nearest labelled box carries one of ``labels``."""
    import lxml.html

    tree = lxml.html.fromstring(decode_page(page, declared_charset(page)).text)
    words: list[str] = []

    def walk(element: Any, inside: bool) -> None:
        classes = str(element.get("class") or "").split()
        label = next((c for c in classes if c.startswith("x-nc-sel")), None)
        inside = inside if label is None else label in labels
        if element.tag in ("script", "style"):
            inside = False
        if inside and element.text:
            words.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child, inside)
            if inside and child.tail:
                words.append(child.tail)

    walk(tree, False)
    return " ".join(" ".join(words).split())


def dragnet_cases(folder: Path) -> Iterator[Case]:
    original = (folder / "HTML").is_dir()
    pages = folder / ("HTML" if original else "input")
    for page in sorted(pages.glob("*.html")):
        truth = (folder / "Corrected" / f"{page.name}.corrected.txt" if original
                 else folder / "GoldStandard" / f"{page.stem}.txt")
        if truth.is_file():
            yield Case(page.stem, page.read_bytes(), dragnet_article(truth.read_bytes()))


def dragnet_article(corrected: bytes) -> str:
    """The article of a Dragnet ``Corrected`` file: the text before the comments line, whose bytes are
    UTF-8 or, in some files, windows-1252."""
    try:
        text = corrected.decode("utf-8")
    except UnicodeDecodeError:
        text = corrected.decode("windows-1252", errors="replace")
    return text.partition(DRAGNET_COMMENTS)[0]


def _html_text(page: bytes) -> str:
    import lxml.html

    tree = lxml.html.fromstring(page.decode("utf-8"))  # Readability writes UTF-8 and declares nothing
    return str(tree.text_content())


class Score:
    """Accumulated scores of one extractor on one set."""

    def __init__(self, kind: str, evaluate: Any) -> None:
        self.kind, self.evaluate = kind, evaluate
        self.pages: list[Any] = []
        self.per_page: dict[str, float] = {}

    def add(self, case: Case, text: str | None) -> None:
        if self.kind == "aeb":
            scores = self.evaluate.string_shingle_matching(true=case.truth, pred=text or "")
            self.pages.append(scores)
            p, r = self.evaluate.precision_score(*scores), self.evaluate.recall_score(*scores)
            self.per_page[case.name] = 0.0 if p + r == 0 else 2 * p * r / (p + r)
        elif self.kind == "trafilatura":
            found = " ".join((text or "").split())
            withs = [" ".join(w.split()) for w in case.truth["with"]]
            withouts = [" ".join(w.split()) for w in case.truth["without"]]
            tp = sum(1 for w in withs if w in found)
            fp = sum(1 for w in withouts if w in found)
            counts = (tp, fp, len(withs) - tp, len(withouts) - fp)
            self.pages.append(counts)
            self.per_page[case.name] = 2 * tp / (2 * tp + fp + counts[2]) if tp + fp + counts[2] else 1.0
        elif self.kind == "dragnet":
            p, r = set_precision_recall(case.truth, text or "")
            self.pages.append((p, r))
            self.per_page[case.name] = 0.0 if p + r == 0 else 2 * p * r / (p + r)
        else:
            truth = Counter(_TOKEN.findall(case.truth.lower()))
            got = Counter(_TOKEN.findall((text or "").lower()))
            common = sum((truth & got).values())
            p = common / sum(got.values()) if got else 0.0
            r = common / sum(truth.values()) if truth else 1.0
            self.pages.append((p, r))
            self.per_page[case.name] = 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def totals(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of the set."""
        if self.kind == "aeb":
            m = self.evaluate.metrics_from_tp_fp_fns(self.pages)
            return m["precision"], m["recall"], m["f1"]
        if self.kind == "trafilatura":
            tp, fp, fn = (sum(c[i] for c in self.pages) for i in range(3))
            p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        else:
            p = sum(c[0] for c in self.pages) / len(self.pages)
            r = sum(c[1] for c in self.pages) / len(self.pages)
        return p, r, 0.0 if p + r == 0 else 2 * p * r / (p + r)


def set_precision_recall(truth: str, text: str) -> tuple[float, float]:
    """Dragnet's score of one page: precision and recall of the sets of lower-cased words (0 when a
    set is empty)."""
    want, got = set(_TOKEN.findall(truth.lower())), set(_TOKEN.findall(text.lower()))
    common = len(want & got)
    return (common / len(got) if got else 0.0), (common / len(want) if want else 0.0)


WITH_HEADLINE = "newsbriefs, headline line included"
WARNED: list[bool] = []  # per page newsbriefs read: whether it warned that the text looks short


def newsbriefs_text(page: bytes) -> str | None:
    """newsbriefs' text, noting whether it warned that part of the article may be missing."""
    article = article_from_bytes(page, ".html", "page.html")
    if not isinstance(article, Article):
        return None
    WARNED.append(any("may be missing" in w for w in article.warnings))
    return article.text


def body_of(text: str | None, page: bytes) -> str | None:
    """newsbriefs' text without its headline line, the line ``briefs text`` opens with when the page gives
    a headline (without one, the text opens with the article's first paragraph)."""
    if text is None:
        return None
    tree = parse_page(decode_page(page, declared_charset(page)).text)
    if tree is None or not page_headline(tree, page_metadata(tree)).strip():
        return text
    return text.partition("\n\n")[2]


SETS: dict[str, Callable[[Path], Iterator[Case]]] = {
    "aeb": aeb_cases, "trafilatura": trafilatura_cases, "readability": readability_cases,
    "l3s-gn1": l3s_cases, "dragnet": dragnet_cases}


def main() -> None:
    """Run the three extractors over the chosen part of a set and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--part", choices=("tune", "held-out", "all"), default="all")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages newsbriefs reads worst "
                        "against the better peer")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    evaluate = load_evaluate(args.folder) if args.set == "aeb" else None
    cases = [c for c in SETS[args.set](args.folder)
             if (args.part in ("all", part_of(c.name))) and (not args.only or c.name in args.only)]
    print(f"{args.set}, part {args.part}: {len(cases)} pages\n")
    print("| extractor | precision | recall | F1 | pages refused | refused that a peer reads | CPU seconds |")
    print("|---|---|---|---|---|---|---|")
    texts: dict[str, dict[str, str | None]] = {}
    scores: dict[str, Score] = {}
    seconds: dict[str, float] = {}
    extractors = {**EXTRACTORS, "newsbriefs": newsbriefs_text}
    for extract in extractors.values():
        extract(cases[0].page)
    for name, extract in extractors.items():
        WARNED.clear()
        score, got = Score(args.set, evaluate), {}
        started = time.process_time()
        for case in cases:
            try:
                text = extract(case.page)
            except Exception as error:  # a crash on one page counts as refusing it
                print(f"{name} failed on {case.name}: {error!r}", file=sys.stderr)
                text = None
            got[case.name] = text if text and text.strip() else None
            score.add(case, text)
        seconds[name] = time.process_time() - started
        texts[name], scores[name] = got, score
        if name == "newsbriefs":
            read = [c.name for c in cases if got[c.name] is not None]
            warned = [n for n, w in zip(read, WARNED, strict=True) if w]
            scores[WITH_HEADLINE] = score
            scores[name] = Score(args.set, evaluate)
            for case in cases:
                scores[name].add(case, body_of(got[case.name], case.page))
    for name, score in scores.items():
        if name == WITH_HEADLINE:
            p, r, f1 = score.totals()
            print(f"| {name} | {p:.3f} | {r:.3f} | {f1:.3f} | | | |")
            continue
        refused = [c.name for c in cases if texts[name][c.name] is None]
        read_by_peer = [n for n in refused if any(texts[o][n] for o in texts if o != name)]
        p, r, f1 = score.totals()
        print(f"| {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {len(refused)} | {len(read_by_peer)} "
              f"| {seconds[name]:.1f} |")
    ours = scores["newsbriefs"]
    peers = [s for n, s in scores.items() if n not in ("newsbriefs", WITH_HEADLINE)]
    refused = [c.name for c in cases if texts["newsbriefs"][c.name] is None
               and any(texts[o][c.name] for o in texts if o != "newsbriefs")]
    if refused:
        print(f"\nnewsbriefs refuses pages a peer reads: {', '.join(refused)}")
    low = [n for n in warned if scores["newsbriefs"].per_page[n] < 0.8]
    print(f"\nnewsbriefs warned that the text looks short on {len(warned)} pages, {len(low)} of them read "
          f"with F1 below 0.8: {', '.join(warned)}")
    if args.worst:
        gaps = sorted(((max(s.per_page[c.name] for s in peers) - ours.per_page[c.name], c.name)
                       for c in cases), reverse=True)[:args.worst]
        print()
        for gap, name in gaps:
            print(f"{gap:+.2f} {name} (newsbriefs {ours.per_page[name]:.2f})")


if __name__ == "__main__":
    main()
