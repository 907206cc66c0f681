"""Time a dirty preview of an archive over several edits, and what it costs while no one edits.

    python benchmarks/preview.py PROJECT [ROUNDS]        (default: 5 rounds)

PROJECT is a synthetic archive that ``benchmarks/run.py`` wrote (its brief 0
holds the words "Synthetic brief 0 "). The script starts ``mkdocs serve
--dirty`` there, waits for its first build, counts the server's CPU seconds
over 10 s with no edit, then edits brief 0's sidecar ROUNDS times, each time
timing, as ``run.py`` does, the edited brief's page showing the edit (*shown*)
and the listing that names brief 0 showing it too (*settled*), polled every
50 ms, with 30 s after each round for the full round to end. The sidecar is
put back as it was. ``PYTHONPATH`` picks the newsbriefs code the server runs,
so two versions can be timed on the same project, one after the other.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.run import BIN, ENV, _listing_of_first, wait_for  # noqa: E402

IDLE_SECONDS = 10
QUIET_AFTER_ROUND_S = 30


def server_cpu(pid: int) -> float:
    """User and system CPU seconds a running process has used so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(project: Path, rounds: int) -> tuple[float, list[float], list[float]]:
    """The server's idle CPU seconds over ``IDLE_SECONDS``, and each round's shown and settled seconds."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([BIN / "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=project,
                              env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sidecar = project / "briefs" / "brief-00000.yaml"
    original = sidecar.read_text(encoding="utf-8")
    page = f"http://127.0.0.1:{port}/briefs/brief-00000/"
    listing = f"http://127.0.0.1:{port}/{_listing_of_first(len(list((project / 'briefs').glob('*.yaml'))))}"
    shown: list[float] = []
    settled: list[float] = []
    try:
        wait_for(page, "Synthetic brief 0 ", pause=1)
        time.sleep(5)
        before = server_cpu(server.pid)
        time.sleep(IDLE_SECONDS)
        idle = server_cpu(server.pid) - before
        for number in range(rounds):
            marker = f"Edited {number} brief 0 "
            started = time.monotonic()
            sidecar.write_text(original.replace("Synthetic brief 0 ", marker), encoding="utf-8")
            wait_for(page, marker, pause=0.05)
            shown.append(time.monotonic() - started)
            wait_for(listing, marker, pause=0.05)
            settled.append(time.monotonic() - started)
            time.sleep(QUIET_AFTER_ROUND_S)
    finally:
        sidecar.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait()
    return idle, shown, settled


def main() -> None:
    project = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    idle, shown, settled = measure(project, rounds)
    print("| idle CPU s per 10 s | shown s (median; min to max) | settled s (median; min to max) |")
    print("|---|---|---|")
    print(f"| {idle:.2f} | {statistics.median(shown):.2f}; {min(shown):.2f} to {max(shown):.2f} "
          f"| {statistics.median(settled):.1f}; {min(settled):.1f} to {max(settled):.1f} |")


if __name__ == "__main__":
    main()
