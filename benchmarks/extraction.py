"""Article extraction measured side by side on a public benchmark of real news pages.

    python benchmarks/extraction.py FOLDER [--only ID ...] [--lost]

FOLDER is a copy of https://github.com/scrapinghub/article-extraction-benchmark
(MIT licence): ``html/<id>.html.gz`` pages, ``ground-truth.json`` with each
page's hand-made ``articleBody``, and ``evaluate.py``. The score is that
benchmark's own: the overlap of 4-word runs between the extracted text and the
ground truth, per page, averaged over pages (its ``evaluate.py`` is imported,
so the tokenisation and the averaging are exactly the published ones).

Three extractors run on the same bytes in one run: newsbriefs' HTML reader
(the text an author anchors quotes in, headline line included), trafilatura
with its default settings, and readability-lxml. A page is *lost* when its F1
is below 0.1 or the extractor refuses it. Seconds are CPU seconds of this
process (the machine is shared, and wall-clock time drifts with its load).
Prints a Markdown table; ``--lost`` also lists the pages each extractor loses.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.reading.article import Article  # noqa: E402
from generator.reading.readers import article_from_bytes  # noqa: E402

LOST_BELOW = 0.1
Extractor = Callable[[bytes], str | None]


def newsbriefs_text(page: bytes) -> str | None:
    """The article text newsbriefs reads from a saved page (None when it refuses the page)."""
    article = article_from_bytes(page, ".html", "page.html")
    return article.text if isinstance(article, Article) else None


def trafilatura_text(page: bytes) -> str | None:
    """trafilatura's plain-text extraction with its default settings."""
    import trafilatura

    return trafilatura.extract(page)


def readability_text(page: bytes) -> str | None:
    """readability-lxml's article HTML, flattened to text with a line break after each block."""
    import lxml.html
    from readability import Document

    summary = Document(page).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote",
                           "pre", "tr", "td", "th", "dd", "dt", "figcaption"):
        block.tail = "\n" + (block.tail or "")
    return str(tree.text_content())


EXTRACTORS: dict[str, Extractor] = {"newsbriefs": newsbriefs_text, "trafilatura (default)": trafilatura_text,
                                    "readability-lxml": readability_text}


def load_evaluate(folder: Path) -> ModuleType:
    """The benchmark's own ``evaluate.py``, imported from its folder."""
    spec = importlib.util.spec_from_file_location("aeb_evaluate", folder / "evaluate.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{folder / 'evaluate.py'}: not found; pass the benchmark's folder")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_f1(evaluate: ModuleType, scores: tuple[float, float, float]) -> float:
    """One page's F1 from its normalised true-positive, false-positive and false-negative shares."""
    precision = evaluate.precision_score(*scores)
    recall = evaluate.recall_score(*scores)
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def main() -> None:
    """Run every extractor over every page and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--only", nargs="*", default=None, help="page ids to run (default: all)")
    parser.add_argument("--lost", action="store_true", help="list the pages each extractor loses")
    args = parser.parse_args()
    evaluate = load_evaluate(args.folder)
    truth = json.loads((args.folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(args.only or truth)
    pages = {i: gzip.decompress((args.folder / "html" / f"{i}.html.gz").read_bytes()) for i in ids}
    print(f"{len(ids)} pages\n")
    print("| extractor | precision | recall | F1 | pages lost | CPU seconds |")
    print("|---|---|---|---|---|---|")
    losses: dict[str, list[str]] = {}
    for extract in EXTRACTORS.values():  # imports and first-call set-up stay out of the timing
        extract(pages[ids[0]])
    for name, extract in EXTRACTORS.items():
        scores, lost = [], []
        started = time.process_time()
        for i in ids:
            try:
                text = extract(pages[i])
            except Exception as error:  # a crash on one page counts as losing it, like a refusal
                print(f"{name} failed on {i}: {error!r}", file=sys.stderr)
                text = None
            page = evaluate.string_shingle_matching(true=truth[i]["articleBody"], pred=text or "")
            scores.append(page)
            if text is None or page_f1(evaluate, page) < LOST_BELOW:
                lost.append(i)
        seconds = time.process_time() - started
        metrics = evaluate.metrics_from_tp_fp_fns(scores)
        losses[name] = lost
        print(f"| {name} | {metrics['precision']:.3f} | {metrics['recall']:.3f} | {metrics['f1']:.3f} "
              f"| {len(lost)} | {seconds:.1f} |")
    if args.lost:
        print()
        for name, lost in losses.items():
            print(f"{name} loses: {', '.join(i[:12] for i in lost) or 'none'}")


if __name__ == "__main__":
    main()
