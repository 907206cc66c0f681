"""Digests of what a theme template renders a page from: the page, the navigation, the configuration.

A page's final HTML is a function of the template context (the page, the
navigation, the whole configuration with every plugin's settings, what plugins
added to the context), of the Jinja environment (its filters, tests and
globals) and of the template files. These digests write every such value down
in full, walking objects through their attributes, so that any difference
between two builds gives another digest. Two things are written by reference
only: another page (its file, address and title; its text cannot change how
this page renders) and a plugin (its type and settings, but those it names in
``settings_not_in_output``: how a build runs, not what it makes). A value that can only
be named by its address in memory cannot be written down: :class:`Unstable` is
raised and the caller renders the page as if nothing were kept.

Nothing here imports MkDocs: pages, sections, links and files are recognised by
the attributes MkDocs gives them (``is_page``, ``is_section``, ``src_uri``, ...).
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import types
from collections.abc import Mapping
from typing import Any

_MAX_DEPTH = 40
# A navigation page's own text and table of contents: what changes when its content does, and
# what the theme shows only for the page being rendered (which is digested in full).
_PAGE_TEXT = frozenset({"markdown", "content", "toc", "present_anchor_ids", "links_to_anchors",
                        "previous_page", "next_page", "parent", "children", "_Page__active", "file",
                        "update_date"})  # the build date: see page_output_cache
# Per-build state that follows from the page being rendered: which sections are open.
_ACTIVE = frozenset({"_Section__active", "_Page__active"})


class Unstable(Exception):
    """A value that can only be named by its address in memory, so no digest can stand for it."""


class _Writer:
    """Writes values down as text, each tagged with its kind and length, so that no two values write the same.

    The pieces are joined and digested once at the end: a page's key takes a few
    hundred of them, and one digest of their join is quicker than one update each.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._open: set[int] = set()  # objects being written: a reference back to one is a cycle
        self.subject: Any = None  # the page rendered: written in full, every other page by reference
        self.navigation = False  # writing the navigation: pages with their settings, not their text
        self.subject_skip: frozenset[str] = frozenset()  # attributes of the subject left to the caller

    def digest(self) -> bytes:
        text = _SEPARATOR.join(self._parts).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(text, digest_size=20).digest()

    def text(self, tag: str, text: str) -> None:
        # The tag has no separator and the length says where the text ends: no two lists join the same.
        self._parts += (tag, str(len(text)), text)

    def value(self, value: Any, depth: int = 0) -> None:
        kind = type(value)
        if kind is str:
            self._parts += ("s", str(len(value)), value)
        elif value is None or kind is bool or kind is int or kind is float:
            self._parts += ("a", repr(value))
        elif depth > _MAX_DEPTH:
            raise Unstable(f"nested deeper than {_MAX_DEPTH} levels")
        elif isinstance(value, str):
            self.text(f"s.{_qualified(kind)}", value)
        elif isinstance(value, bool | int | float | complex):
            self.text(f"a.{_qualified(kind)}", repr(value))
        elif isinstance(value, bytes | bytearray):
            self.text("b", value.hex())
        elif id(value) in self._open:
            self.text("cycle", kind.__qualname__)
        else:
            self._open.add(id(value))
            try:
                self._container_or_object(value, depth + 1)
            finally:
                self._open.discard(id(value))

    def _container_or_object(self, value: Any, depth: int) -> None:  # noqa: C901 - one case per kind
        kind = _KINDS.get(type(value)) or _kind_of(value)
        if kind == "sequence":
            self.text("list" if isinstance(value, list) else "tuple", str(len(value)))
            if all(type(item) in _PLAIN for item in value):
                self._parts.append(repr(value))  # one piece, as exact as one per item
            else:
                for item in value:
                    self.value(item, depth)
        elif kind == "set":
            self.text("set", str(len(value)))
            if all(type(item) is str for item in value):
                self._parts.append(repr(sorted(value)))
            else:
                self._parts += sorted(_alone(item, depth).hex() for item in value)
        elif kind == "mapping":
            self.text("map", type(value).__qualname__)
            if type(value) is dict and all(type(k) in _PLAIN and type(v) in _PLAIN for k, v in value.items()):
                self._parts.append(repr(value))
            else:
                for key, item in value.items():
                    self.value(key, depth)
                    self.value(item, depth)
        elif kind == "page":
            self._page(value, depth)
        elif kind == "item":  # a section or link of the navigation
            self._attributes(value, depth, skip=_ACTIVE)
        elif kind == "file":
            self._file(value)
        elif kind == "plugin":
            self.text("plugin", _qualified(type(value)))  # a plugin: by its settings, not its state
            neutral: frozenset[str] = getattr(value, "settings_not_in_output", frozenset())
            settings = {name: setting for name, setting in value.config.items() if name not in neutral}
            self.value(settings, depth)
        elif kind == "class":
            self.text("class", _qualified(value))
        elif kind == "routine":
            self._callable(value, depth)
        elif kind == "partial":
            self.text("partial", "")
            self.value((value.func, value.args, value.keywords), depth)
        elif kind == "locale":
            self.text("locale", str(value))  # babel's loads its data lazily: its attributes vary
        elif kind == "attributes":
            self._attributes(value, depth)
        else:
            shown = repr(value)
            if " at 0x" in shown:
                raise Unstable(shown)
            self.text(_qualified(type(value)), shown)

    def _attributes(self, value: Any, depth: int, skip: frozenset[str] = frozenset()) -> None:
        self.text("object", _qualified(type(value)))
        fields = [(name, item) for name, item in _fields(value) if name not in skip]
        if all(type(item) in _PLAIN or type(item) in _EMPTY and not item for _, item in fields):
            self._parts.append(repr(fields))  # one piece (a table of contents' entries are such)
            return
        for name, item in fields:
            self.text("attr", name)
            self.value(item, depth)

    def _page(self, page: Any, depth: int) -> None:
        self.text("page", _qualified(type(page)))
        self._file(page.file)
        for name in ("url", "title", "is_homepage", "is_index"):
            self.text("attr", name)
            self.value(getattr(page, name, None), depth)
        if page is self.subject:
            self.subject = None  # written once: a reference back to it (next page's previous) is by name
            self.value(getattr(page, "parent", None), depth)
            self._attributes(page, depth, skip=self.subject_skip)
        elif self.navigation:
            self._attributes(page, depth, skip=_PAGE_TEXT)

    def _file(self, file: Any) -> None:
        self.text("file", _qualified(type(file)))
        for name in ("src_uri", "dest_uri", "url", "abs_src_path", "inclusion", "generated_by"):
            self.text(name, repr(getattr(file, name, None)))

    def _callable(self, value: Any, depth: int) -> None:
        """A function by its code, defaults and closure; a method's object by its type (and settings)."""
        self.text("callable", f"{getattr(value, '__module__', None)}.{getattr(value, '__qualname__', None)}")
        function = getattr(value, "__func__", value)
        code = getattr(function, "__code__", None)
        if code is not None:
            self._code(code, depth)
            self.value((function.__defaults__, function.__kwdefaults__), depth)
            self.value(tuple(cell.cell_contents for cell in function.__closure__ or ()), depth)
        bound = getattr(value, "__self__", None)
        if bound is not None and not isinstance(bound, types.ModuleType | type):
            # Its object's whole state would be a running build's (caches, counters): type and settings.
            self.text("bound to", _qualified(type(bound)))
            if isinstance(bound, str | bytes | int | float | tuple | frozenset):
                self.value(bound, depth)  # a method of a plain value (", ".join) is its value's
            elif isinstance(settings := getattr(bound, "config", None), Mapping):
                self.value(settings, depth)

    def _code(self, code: types.CodeType, depth: int) -> None:
        self.text("code", _code_digest(code, depth))


_SEPARATOR = "\x1f"
_PLAIN = frozenset({str, int, float, bool, type(None)})  # written exactly by repr
_EMPTY = frozenset({list, tuple, dict})  # written exactly by repr when empty
_KINDS: dict[type, str] = {}  # how values of a type are written, found from its first value


def _kind_of(value: Any) -> str:
    """How a value is written (see ``_Writer._container_or_object``); the same for every value of its type."""
    if isinstance(value, list | tuple):
        kind = "sequence"
    elif isinstance(value, set | frozenset):
        kind = "set"
    elif isinstance(value, Mapping):
        kind = "mapping"
    elif getattr(value, "is_page", False) is True:
        kind = "page"
    elif getattr(value, "is_section", False) is True or getattr(value, "is_link", False) is True:
        kind = "item"
    elif all(hasattr(value, name) for name in ("src_uri", "dest_uri", "url")):
        kind = "file"
    elif hasattr(value, "load_config") and isinstance(getattr(value, "config", None), Mapping):
        kind = "plugin"
    elif isinstance(value, type):
        kind = "class"
    elif inspect.isroutine(value):
        kind = "routine"
    elif isinstance(value, functools.partial):
        kind = "partial"
    elif type(value).__name__ == "Locale":
        kind = "locale"
    elif hasattr(value, "__dict__") or _slots(type(value)):
        kind = "attributes"
    else:
        kind = "repr"
    if not isinstance(value, type):  # classes differ in what they are; their metaclass says nothing
        _KINDS[type(value)] = kind
    return kind
_CODE_DIGESTS: dict[types.CodeType, str] = {}  # code never changes while a process runs


def _code_digest(code: types.CodeType, depth: int) -> str:
    """A function's code: its place, its bytecode, the names it uses and its constants (nested code too)."""
    digest = _CODE_DIGESTS.get(code)
    if digest is None:
        writer = _Writer()
        writer.text("code", f"{code.co_filename}:{code.co_firstlineno}:{code.co_qualname}")
        writer.text("bytecode", code.co_code.hex())
        writer.value((code.co_names, code.co_varnames), depth)
        for constant in code.co_consts:
            if isinstance(constant, types.CodeType):
                writer.text("code", _code_digest(constant, depth + 1))
            else:
                writer.value(constant, depth + 1)
        digest = _CODE_DIGESTS[code] = writer.digest().hex()
    return digest


def _alone(value: Any, depth: int) -> bytes:
    """A value's digest on its own (to order the members of a set)."""
    writer = _Writer()
    writer.value(value, depth)
    return writer.digest()


def _fields(value: Any) -> list[tuple[str, Any]]:
    """An object's attributes: its ``__dict__`` and its slots, by name."""
    fields = dict(getattr(value, "__dict__", {}))
    for slot in _slots(type(value)):
        if slot not in fields and hasattr(value, slot):
            fields[slot] = getattr(value, slot)
    return sorted(fields.items())


_SLOTS: dict[type, tuple[str, ...]] = {}


def _slots(cls: type) -> tuple[str, ...]:
    """The slot names of a class and its bases (found once per class)."""
    found = _SLOTS.get(cls)
    if found is None:
        names: list[str] = []
        for base in cls.__mro__:
            slots = getattr(base, "__slots__", ())
            names += [slots] if isinstance(slots, str) else list(slots)
        found = _SLOTS[cls] = tuple(n for n in names if n not in ("__dict__", "__weakref__"))
    return found


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def digest_value(value: Any) -> bytes:
    """A digest of ``value`` written in full (pages by reference); :class:`Unstable` if it cannot be."""
    writer = _Writer()
    writer.value(value)
    return writer.digest()


def digest_page_context(context: Mapping[str, Any], page: Any, skip: frozenset[str],
                        skip_attributes: frozenset[str]) -> bytes:
    """A digest of a template context but its ``skip`` keys; ``page`` in full but ``skip_attributes``."""
    writer = _Writer()
    writer.subject = page
    writer.subject_skip = skip_attributes
    writer.value(page)
    for key, value in context.items():
        if key not in skip and value is not page:
            writer.value(key)
            writer.value(value)
    return writer.digest()


def digest_navigation(navigation: Any) -> bytes:
    """A digest of the site navigation: each entry's title, address and settings, not the pages' text."""
    writer = _Writer()
    writer.navigation = True
    writer.value(getattr(navigation, "items", navigation))
    return writer.digest()


def digest_environment(env: Any) -> bytes:
    """A digest of a Jinja environment's behaviour: filters, tests, globals, extensions, syntax."""
    settings = {name: getattr(env, name, None) for name in (
        "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
        "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
        "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "autoescape",
        "finalize", "undefined", "optimized", "is_async", "policies")}
    return digest_value((settings, dict(env.filters), dict(env.tests), dict(env.globals),
                         sorted(env.extensions)))
