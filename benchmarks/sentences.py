"""Sentence splitting for excerpts: syntok (what the generator uses) beside pysbd, on the seed article.

Run with ``python -m benchmarks.sentences`` after ``pip install pysbd``. It prints, for each
splitter, the time to split the article (best of 50) and the sentences it finds, and lists the
boundaries on which the two disagree. Not part of the test run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pysbd
import syntok.segmenter as syntok

ARTICLE = Path(__file__).resolve().parent.parent / "briefs" / "2024-01-03-kerman-bombings.txt"
Spans = list[tuple[int, int]]


def with_syntok(text: str) -> Spans:
    return [(tokens[0].offset, tokens[-1].offset + len(tokens[-1].value))
            for paragraph in syntok.analyze(text) for sentence in paragraph if (tokens := list(sentence))]


def with_pysbd(text: str) -> Spans:
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return [(s.start, s.start + len(s.sent.rstrip())) for s in segmenter.segment(text)]


def best_ms(split: Callable[[str], Spans], text: str, rounds: int = 50) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        split(text)
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    found = {name: split(text) for name, split in (("syntok", with_syntok), ("pysbd", with_pysbd))}
    for name, split in (("syntok", with_syntok), ("pysbd", with_pysbd)):
        print(f"{name}: {best_ms(split, text):.1f} ms for {len(text):,} characters, "
              f"{len(found[name])} sentences")
    ends = {name: {end for _, end in spans} for name, spans in found.items()}
    for name, other in (("syntok", "pysbd"), ("pysbd", "syntok")):
        for end in sorted(ends[name] - ends[other]):
            print(f"only {name} ends a sentence at {end}: …{text[max(0, end - 50):end]!r}")


if __name__ == "__main__":
    main()
