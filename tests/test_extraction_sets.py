"""How the extraction benchmark reads the L3S-GN1 and Dragnet ground truths (on small pages made here)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.extraction_sets import (
    L3S_CONTENT,
    dragnet_article,
    dragnet_cases,
    labelled_text,
    set_precision_recall,
)

ANNOTATED = b"""<html><head><style>.x-nc-sel2 { color: black }</style></head>
<body><span class="x-nc-sel0">Home | World | Sport</span>
<h1><span class="x-nc-sel1">Council meets on Kosovo</span></h1>
<div class="x-nc-sel2">The Council met today.<span class="x-nc-sel4">Related: earlier story</span> It reached
no agreement.<script>var ad = 1;</script></div>
<p><span class="x-nc-sel3">Photo: the chamber</span></p>
<div class="x-nc-sel5">Reader: what a shame</div>
<div class="x-nc-sel0"><b>Menu</b> Sign in</div></body></html>"""


def test_l3s_truth_is_the_headline_full_text_and_supplemental_labels() -> None:
    text = labelled_text(ANNOTATED, L3S_CONTENT)
    assert text == ("Council meets on Kosovo The Council met today. It reached no agreement. "
                    "Photo: the chamber")


def test_l3s_truth_leaves_out_related_links_comments_and_navigation() -> None:
    text = labelled_text(ANNOTATED, L3S_CONTENT)
    for furniture in ("Home", "Related", "Reader", "var ad", "Sign in"):
        assert furniture not in text


def test_dragnet_article_stops_at_the_comments_line_and_reads_windows_1252() -> None:
    corrected = "Headline\n\nWe\x92ve claimed it.\n!@#$%^&*()  COMMENTS\nGreat post!".encode("latin-1")
    assert dragnet_article(corrected) == "Headline\n\nWe\u2019ve claimed it.\n"


def test_dragnet_cases_read_either_layout(tmp_path: Path) -> None:
    original = tmp_path / "original"
    (original / "HTML").mkdir(parents=True)
    (original / "Corrected").mkdir()
    (original / "HTML" / "R1.html").write_bytes(b"<p>page</p>")
    (original / "Corrected" / "R1.html.corrected.txt").write_bytes(b"article")
    mirror = tmp_path / "mirror"
    (mirror / "input").mkdir(parents=True)
    (mirror / "GoldStandard").mkdir()
    (mirror / "input" / "R1.html").write_bytes(b"<p>page</p>")
    (mirror / "GoldStandard" / "R1.txt").write_bytes(b"article")
    for folder in (original, mirror):
        cases = [(c.name, c.page, c.truth) for c in dragnet_cases(folder)]
        assert cases == [("R1", b"<p>page</p>", "article")]


def test_dragnet_score_counts_each_word_once() -> None:
    precision, recall = set_precision_recall("the cat sat on the mat", "The cat the cat the cat")
    assert (precision, recall) == (1.0, 2 / 5)
    assert set_precision_recall("the cat", "") == (0.0, 0.0)
