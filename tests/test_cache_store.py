"""Every cache file is a verified entry: only what this generator wrote, whole, with this key, is read."""

from __future__ import annotations

import os
import pickle
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.caching import store
from generator.caching.store import KEY_VARIABLE, EntryFolder, Trouble, read_entry, write_entry


class Planted:
    """A value whose unpickling runs a command: it touches ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


@pytest.fixture
def own_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """A key of this test's own (state folder in tmp_path), forgotten afterwards."""
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    store.forget_key()
    yield
    store.forget_key()


def test_an_entry_reads_back_as_written(own_key: None, tmp_path: Path) -> None:
    trouble = Trouble()
    assert write_entry(tmp_path / "cache" / "a.pickle", {"page": [1, 2]}, trouble, b"context")
    assert read_entry(tmp_path / "cache" / "a.pickle", dict, trouble, b"context") == {"page": [1, 2]}
    assert (trouble.refused, trouble.message()) == (0, None)


def test_the_key_file_is_made_once_readable_only_by_its_owner(own_key: None, tmp_path: Path) -> None:
    key = store.cache_key()
    made = tmp_path / "state" / "newsbriefs" / "cache.key"
    assert made.read_bytes() == key and len(key) == 32
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    store.forget_key()
    assert store.cache_key() == key  # the next build signs with the same key


def test_every_flipped_byte_is_a_miss_and_the_entry_is_dropped(own_key: None, tmp_path: Path) -> None:
    path = tmp_path / "a.pickle"
    write_entry(path, "the page", Trouble())
    written = path.read_bytes()
    for place in range(0, len(written), 7):
        damaged = bytearray(written)
        damaged[place] ^= 0x20
        path.write_bytes(bytes(damaged))
        trouble = Trouble()
        assert read_entry(path, str, trouble) is None, f"byte {place} flipped and still read"
        assert trouble.refused == 1 and not path.exists()


@pytest.mark.parametrize("cut", [0, 10, 60, 120, -1])
def test_a_truncated_entry_is_a_miss(own_key: None, tmp_path: Path, cut: int) -> None:
    path = tmp_path / "a.pickle"
    write_entry(path, "the page", Trouble())
    path.write_bytes(path.read_bytes()[:cut])
    assert read_entry(path, str, Trouble()) is None


def test_an_entry_of_another_context_or_type_is_a_miss(own_key: None, tmp_path: Path) -> None:
    path = tmp_path / "a.pickle"
    write_entry(path, "the page", Trouble(), b"settings one")
    assert read_entry(path, str, Trouble(), b"settings two") is None
    write_entry(path, "the page", Trouble())
    assert read_entry(path, dict, Trouble()) is None


def test_a_genuine_entry_under_another_name_is_a_miss(own_key: None, tmp_path: Path) -> None:
    # Each entry is bound to its name: swapped files would otherwise give one page another's HTML.
    first, second = tmp_path / "cache" / "first.pickle", tmp_path / "cache" / "second.pickle"
    write_entry(first, "the first page", Trouble())
    write_entry(second, "the second page", Trouble())
    first_bytes = first.read_bytes()
    first.write_bytes(second.read_bytes())
    second.write_bytes(first_bytes)
    trouble = Trouble()
    assert (read_entry(first, str, trouble), read_entry(second, str, trouble)) == (None, None)
    assert trouble.refused == 2


def test_an_entry_signed_with_another_key_is_not_unpickled(own_key: None, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "a.pickle"
    monkeypatch.setenv(KEY_VARIABLE, "an attacker's key")
    store.forget_key()
    write_entry(path, Planted(marker), Trouble())  # a valid header and MAC, under another key
    monkeypatch.setenv(KEY_VARIABLE, "the project's key")
    store.forget_key()
    trouble = Trouble()
    assert read_entry(path, object, trouble) is None
    assert not marker.exists() and trouble.refused == 1


def test_a_bare_pickle_is_not_unpickled(own_key: None, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    folder = EntryFolder(tmp_path / "render", Trouble())
    folder.path("key").parent.mkdir()
    folder.path("key").write_bytes(pickle.dumps(Planted(marker)))
    assert folder.load("key", object) is None
    assert not marker.exists()


def test_a_file_where_the_folder_should_be_is_noted_once(own_key: None, tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("not a folder", encoding="utf-8")
    trouble = Trouble()
    folder = EntryFolder(tmp_path / "cache" / "render", trouble)
    assert folder.load("key", str) is None
    folder.save("key", "the page")
    folder.save("other", "the page")
    folder.prune()
    message = trouble.message()
    assert message is not None and message.endswith("the build goes on without it")
    assert "\n" not in message


def test_without_a_writable_state_folder_the_key_serves_one_process_only(
        own_key: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "not a folder").write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "not a folder"))
    path = tmp_path / "a.pickle"
    assert write_entry(path, "the page", Trouble())
    assert read_entry(path, str, Trouble()) == "the page"  # this process's own key
    store.forget_key()  # as the next build, in another process, would start
    assert read_entry(path, str, Trouble()) is None


def test_the_environment_key_is_used_by_every_process(own_key: None, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VARIABLE, "a secret of the CI")
    path = tmp_path / "a.pickle"
    write_entry(path, "the page", Trouble())
    store.forget_key()
    assert read_entry(path, str, Trouble()) == "the page"
    assert not (tmp_path / "state").exists()  # no key file was made
