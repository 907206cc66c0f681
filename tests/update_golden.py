"""Rewrite every golden problem list from what the generator reports now (``make golden``).

Run it after changing a message on purpose, then read ``git diff tests/golden``:
each changed line must be the message you meant, at the place you meant.
"""

from __future__ import annotations

from pathlib import Path

from generator.linking.corpus import load_corpus
from generator.settings import Settings

GOLDEN = Path(__file__).parent / "golden" / "problems"


def reported(case: Path) -> str:
    """The problems of one golden case, one formatted line each, as the test expects them."""
    _, problems = load_corpus(Settings(briefs_dir=case / "briefs"), display_root=case)
    return "".join(f"{p.format()}\n" for p in sorted(problems))


def main() -> None:
    for case in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
        expected = case / "expected.txt"
        text = reported(case)
        if not expected.exists() or expected.read_text(encoding="utf-8") != text:
            expected.write_text(text, encoding="utf-8")
            print(f"updated {expected.relative_to(GOLDEN.parent.parent.parent)}")


if __name__ == "__main__":
    main()
