"""YAML text -> plain Python values plus the line and column of every node.

PyYAML's composer keeps a mark on each node; plain ``yaml.safe_load`` throws
them away and silently keeps the last of two duplicate keys. This module
composes with a safe loader, refuses duplicates, bounds alias expansion and
nesting, and records where every value and every mapping key sits so that
validation can point an author at ``path:line:col``.

Control characters are refused, never removed: YAML itself refuses them as
written (this module adds where), and a double-quoted escape that makes one
(``"\\e"``, ``"\\x00"``) is refused at its value; a sidecar is the author's
own text, to be fixed where it is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import yaml

from generator.errors import Problem
from generator.fast_yaml import SAFE_LOADER
from generator.reading.control import CONTROL, first_control

_BaseLoader = SAFE_LOADER  # libyaml keeps the same marks

FieldPath = tuple[str | int, ...]
_Tables = tuple[dict[FieldPath, tuple[int, int]], dict[FieldPath, tuple[int, int]]]
MAX_NODES = 50_000
MAX_DEPTH = 40
# Tags a resolver gives plain values; any other tag (``!!python/...``, ``!custom``) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_STR_TAG = "tag:yaml.org,2002:str"
# The safe constructors of plain scalars keep no state, so one instance serves every document.
_SCALARS = yaml.constructor.SafeConstructor()
_SCALAR_CONSTRUCTORS = {f"tag:yaml.org,2002:{name}": _SCALARS.yaml_constructors[f"tag:yaml.org,2002:{name}"]
                        for name in ("int", "float", "bool", "null", "timestamp")}


@lru_cache(maxsize=8192)
def _implicit_tag(value: str) -> str:
    """The tag YAML 1.1 gives an unquoted scalar (``yes`` is a bool, ``2024-01-03`` a date)."""
    for tag, pattern in [*_BaseLoader.yaml_implicit_resolvers.get(value[:1], []),
                         *_BaseLoader.yaml_implicit_resolvers.get(None, [])]:
        if pattern.match(value):
            return str(tag)
    return _STR_TAG


def forget_memos() -> None:
    """Empty this module's memo cache (the YAML tag of each plain scalar)."""
    _implicit_tag.cache_clear()


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader, resolving scalar tags through a cache: sidecars repeat their keys and values."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> Any:
        if kind is yaml.ScalarNode:
            return _implicit_tag(value) if implicit[0] else _STR_TAG
        return super().resolve(kind, value, implicit)


@dataclass(frozen=True)
class Positions:
    """Where each value (and each mapping key) of a document sits, 1-based.

    Most documents have no problems and never need a position, so a document
    read without problems keeps only its text and finds the positions again
    the first time one is asked for.
    """

    text: str = field(default="", repr=False)
    tables: _Tables | None = field(default=None, repr=False)

    @cached_property
    def _found(self) -> _Tables:
        if self.tables is not None:
            return self.tables
        # The text parsed once already, without a problem: it parses again.
        root = yaml.compose(self.text, Loader=_Loader) if self.text else None
        builder = _Builder("", record=True)
        if root is not None:
            builder.build(root, ())
        return builder.values, builder.keys

    def of(self, path: FieldPath, *, key: bool = False) -> tuple[int, int]:
        """The position of ``path``, or of its nearest located ancestor."""
        values, keys = self._found
        table = keys if key else values
        while path:
            if path in table:
                return table[path]
            if key and path in values:
                return values[path]
            path = path[:-1]
        return values.get((), (1, 1))


@dataclass(frozen=True)
class LocatedDocument:
    """A parsed YAML document and the positions of its nodes."""

    data: Any
    positions: Positions
    problems: tuple[Problem, ...] = ()


def format_field_path(path: FieldPath) -> str:
    """``("claims", 2, "quote")`` -> ``claims[2].quote``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _Restart(Exception):
    """A problem found while building without positions: build again, recording them."""


class _Refused(Exception):
    def __init__(self, line: int, col: int, message: str, field_path: FieldPath = ()) -> None:
        super().__init__(message)
        self.line, self.col, self.message, self.field_path = line, col, message, field_path


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    """Turns a composed node tree into Python values, recording marks if asked to."""

    def __init__(self, source: str, *, record: bool) -> None:
        self.source = source
        self.record = record
        self.problems: list[Problem] = []
        self.values: dict[FieldPath, tuple[int, int]] = {}
        self.keys: dict[FieldPath, tuple[int, int]] = {}
        self.visited = 0

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _Refused(*_mark(node), f"document expands to more than {MAX_NODES} values "
                           "(aliases expanding too far?); write the values out plainly")
        if len(path) > MAX_DEPTH:
            raise _Refused(*_mark(node), f"nested deeper than {MAX_DEPTH} levels", path)
        if self.record:
            mark = node.start_mark
            self.values[path] = mark.line + 1, mark.column + 1
        tag = node.tag
        if tag == _STR_TAG and type(node) is yaml.ScalarNode:  # most values: text, no conversion
            if node.style == '"' and CONTROL.search(node.value):  # only an escape can make one
                self._escaped_control(node, path)
            return node.value
        if tag not in _PLAIN_TAGS:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            self._report(node, f"YAML tag '{shown}' is not allowed; write a plain value", path)
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: FieldPath) -> Any:
        if node.tag == _STR_TAG:
            return node.value
        try:
            if node.tag in _SCALAR_CONSTRUCTORS:
                return _SCALAR_CONSTRUCTORS[node.tag](_SCALARS, node)
            return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
        except (ValueError, OverflowError):
            return node.value  # e.g. 2024-02-30: validation explains what a date looks like
        except (yaml.YAMLError, TypeError) as error:
            problem = getattr(error, "problem", None) or str(error)
            self._report(node, f"cannot read this value: {problem}", path)
            return node.value

    def _escaped_control(self, node: yaml.Node, path: FieldPath) -> None:
        control = first_control(node.value)
        assert control is not None
        self._report(node, f"an escape in this text gives control character {control.shown}, "
                     "which is not text", path, hint="remove the escape (such as \\e, \\0 or \\x1b)")

    def _report(self, node: yaml.Node, message: str, path: FieldPath, hint: str = "") -> None:
        if not self.record:
            raise _Restart
        self.problems.append(Problem(self.source, *_mark(node), message,
                                     field=format_field_path(path), hint=hint))

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                self._report(key_node, "keys must be plain names", path)
                continue
            key = str(self._scalar(key_node, path))
            if key in result:
                if not self.record:
                    raise _Restart
                self._report(key_node, _duplicate(key, self.keys[(*path, key)]), path)
                continue
            field_path = (*path, key)
            if self.record:
                self.keys[field_path] = _mark(key_node)
            result[key] = self.build(value_node, field_path)
        return result


def parse_located_yaml(text: str, source: str) -> LocatedDocument | Problem:
    """Parse one YAML document safely; a syntax or structure mistake becomes a Problem."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        what = error.problem or "cannot parse"
        if error.context and error.context_mark and error.context_mark is not mark:
            start = error.context_mark
            what += f" ({error.context} that starts at line {start.line + 1}, column {start.column + 1})"
        return Problem(source, line, col, f"YAML syntax error: {what}",
                       hint="check quotes, colons and indentation there")
    except yaml.reader.ReaderError as error:
        return _unreadable(text, source, error)
    except yaml.YAMLError as error:
        return Problem(source, 0, 0, f"YAML error: {error}")
    except RecursionError:
        return Problem(source, 0, 0, f"nested deeper than {MAX_DEPTH} levels")
    if root is None:
        return LocatedDocument(None, Positions())
    try:
        try:
            return LocatedDocument(_Builder(source, record=False).build(root, ()), Positions(text))
        except _Restart:
            builder = _Builder(source, record=True)
            data = builder.build(root, ())
            return LocatedDocument(data, Positions(tables=(builder.values, builder.keys)),
                                   tuple(builder.problems))
    except _Refused as refused:
        return Problem(source, refused.line, refused.col, refused.message,
                       field=format_field_path(refused.field_path))


_NOT_YAML = re.compile(yaml.reader.Reader.NON_PRINTABLE.pattern)


def _unreadable(text: str, source: str, error: yaml.reader.ReaderError) -> Problem:
    """A character YAML refuses, at its line and column (libyaml counts its place in bytes)."""
    found = first_control(text) or first_control(text, _NOT_YAML)
    if found is None:
        return Problem(source, 0, 0, f"YAML error: {error.reason}")
    what = found.message if CONTROL.match(found.char) else f"character {found.shown} is not allowed in YAML"
    return Problem(source, found.line, found.col, what, hint="delete it: a sidecar holds text, tabs and "
                   "newlines only")


def duplicate_keys(node: yaml.Node, source: str) -> tuple[Problem, ...]:
    """Every key repeated in a mapping under an already composed ``node``, at the line of the repeat.

    For documents another program loads (``mkdocs.yml``, which MkDocs reads keeping the last
    of two keys): only the duplicates, whatever tags the document uses.
    """
    problems: list[Problem] = []
    seen: set[int] = set()  # an alias shares its node: each is walked once
    todo: list[tuple[yaml.Node, FieldPath]] = [(node, ())]
    while todo:
        current, path = todo.pop()
        if id(current) in seen or len(path) > MAX_DEPTH:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.SequenceNode):
            todo += [(item, (*path, i)) for i, item in enumerate(current.value)]
        elif isinstance(current, yaml.MappingNode):
            first: dict[str, tuple[int, int]] = {}
            for key_node, value_node in current.value:
                key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
                if key in first:
                    problems.append(Problem(source, *_mark(key_node), _duplicate(key, first[key]),
                                            field=format_field_path(path)))
                    continue
                first[key] = _mark(key_node)
                todo.append((value_node, (*path, key)))
    return tuple(sorted(problems))


def _duplicate(key: str, first: tuple[int, int]) -> str:
    return (f"duplicate key '{key}' (first at line {first[0]}, column {first[1]}); "
            "keep one and merge the two values")


def node_positions(node: yaml.Node) -> Positions:
    """Where each value and key under an already composed ``node`` sits, by path from that node."""
    builder = _Builder("", record=True)
    try:
        builder.build(node, ())
    except _Refused:
        return Positions(tables=({}, {}))
    return Positions(tables=(builder.values, builder.keys))
