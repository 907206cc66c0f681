"""Write a synthetic archive of briefs for benchmarks: recurring actors, several claims and notes each.

    python benchmarks/synth.py COUNT OUT_DIR

OUT_DIR becomes a project as the tests make one (mkdocs.yml, docs/, theme_overrides/
from this repository, publishing whole articles), with briefs/ holding COUNT briefs
and a shared actor registry.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.conftest import make_project  # noqa: E402

ACTORS = 300
WORDS = ["council", "minister", "budget", "harbour", "election", "court", "report", "inquiry",
         "strike", "border", "ministry", "police", "hospital", "school", "river", "bridge", "market",
         "energy", "treaty", "vote", "office", "city", "county", "army", "union", "tax", "plan", "law"]


def actor_registry() -> dict[str, dict[str, object]]:
    """Shared actors: people, organisations and states that recur across briefs."""
    kinds = ("person", "organization", "state", "group")
    return {f"actor-{i}": {"name": f"Actor Name {i:04d}", "kind": kinds[i % 4],
                           "description": f"A recurring actor number {i}."} for i in range(ACTORS)}


def brief(index: int, rng: random.Random) -> tuple[str, dict[str, object]]:
    """One article (about 3 KB) and its sidecar with three claims and two notes."""
    speakers = rng.sample(range(ACTORS), 3)
    quotes = [f"the {rng.choice(WORDS)} will {rng.choice(WORDS)} number {index}-{n}" for n in range(3)]
    paragraphs = [f"Headline {index}: the {rng.choice(WORDS)} story"]
    for n, (speaker, quote) in enumerate(zip(speakers, quotes, strict=True)):
        filler = " ".join(rng.choice(WORDS) for _ in range(120))
        paragraphs += [f"Actor Name {speaker:04d} said “{quote}” on day {n}.", filler.capitalize() + "."]
    published = dt.date(2020, 1, 1) + dt.timedelta(days=index % 2000)
    sidecar = {
        "summary": f"Synthetic brief {index} about the {rng.choice(WORDS)}.",
        "source": {"outlet": f"Outlet {index % 40}", "author": f"Reporter {index % 90}",
                   "published": published},
        "event": {"date": published, "place": f"City {index % 70}"},
        "tags": [rng.choice(WORDS), rng.choice(WORDS)],
        "actors": {f"actor-{s}": None for s in speakers},
        "claims": [{"by": f"actor-{s}", "quote": q, "claim": f"Claim {index}-{n} in plain words.",
                    "about": [f"actor-{speakers[(n + 1) % 3]}"],
                    "verdict": rng.choice(["accurate", "misleading", "false", "unsupported"]),
                    "explanation": f"Explanation of claim {index}-{n}.",
                    "sources": [f"https://example.org/source/{index}/{n}"]}
                   for n, (s, q) in enumerate(zip(speakers, quotes, strict=True))],
        "notes": [{"anchor": f"on day {n}.", "kind": "correction" if n == 0 else "context",
                   "text": f"Note {n} on brief {index}.", "sources": ["https://example.org/note"]}
                  for n in (0, 2)],
    }
    return "\n\n".join(paragraphs), sidecar


def write_project(count: int, out: Path) -> Path:
    """A project folder with ``count`` synthetic briefs."""
    if out.exists():
        shutil.rmtree(out)
    make_project(out)  # as the tests' sites: whole articles, published under a rights statement
    write_briefs(count, out / "briefs")
    return out


def write_briefs(count: int, briefs: Path) -> None:
    """``count`` synthetic briefs and their actor registry in the folder ``briefs``."""
    briefs.mkdir(exist_ok=True)
    (briefs / "actors.yaml").write_text(yaml.safe_dump({"actors": actor_registry()}), encoding="utf-8")
    rng = random.Random(count)
    for index in range(count):
        text, sidecar = brief(index, rng)
        stem = f"brief-{index:05d}"
        (briefs / f"{stem}.txt").write_text(text, encoding="utf-8")
        (briefs / f"{stem}.yaml").write_text(yaml.safe_dump(sidecar, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")


if __name__ == "__main__":
    write_project(int(sys.argv[1]), Path(sys.argv[2]))
