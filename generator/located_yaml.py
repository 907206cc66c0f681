"""YAML text -> plain Python values plus the line and column of every node.

PyYAML's composer keeps a mark on each node; plain ``yaml.safe_load`` throws
them away and silently keeps the last of two duplicate keys. This module
composes with a safe loader, refuses duplicates, bounds alias expansion and
nesting, and records where every value and every mapping key sits so that
validation can point an author at ``path:line:col``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.errors import Problem

try:  # libyaml is several times faster and keeps the same marks
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

FieldPath = tuple[str | int, ...]
MAX_NODES = 50_000
MAX_DEPTH = 40
# Tags a resolver gives plain values; any other tag (``!!python/...``, ``!custom``) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


@dataclass(frozen=True)
class Positions:
    """Where each value (and each mapping key) of a document sits, 1-based."""

    values: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)

    def of(self, path: FieldPath, *, key: bool = False) -> tuple[int, int]:
        """The position of ``path``, or of its nearest located ancestor."""
        table = self.keys if key else self.values
        while path:
            if path in table:
                return table[path]
            if key and path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


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


class _Refused(Exception):
    def __init__(self, line: int, col: int, message: str, field_path: FieldPath = ()) -> None:
        super().__init__(message)
        self.line, self.col, self.message, self.field_path = line, col, message, field_path


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    """Turns a composed node tree into Python values, recording marks."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.positions = Positions()
        self.constructor = yaml.SafeLoader("")  # only its scalar constructors are used
        self.visited = 0

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _Refused(*_mark(node), f"document expands to more than {MAX_NODES} values "
                           "(aliases expanding too far?); write the values out plainly")
        if len(path) > MAX_DEPTH:
            raise _Refused(*_mark(node), f"nested deeper than {MAX_DEPTH} levels", path)
        self.positions.values[path] = _mark(node)
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self._report(node, f"YAML tag '{tag}' is not allowed; write a plain value", path)
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: FieldPath) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError):
            return node.value  # e.g. 2024-02-30: validation explains what a date looks like
        except (yaml.YAMLError, TypeError) as error:
            problem = getattr(error, "problem", None) or str(error)
            self._report(node, f"cannot read this value: {problem}", path)
            return node.value

    def _report(self, node: yaml.Node, message: str, path: FieldPath) -> None:
        self.problems.append(Problem(self.source, *_mark(node), message,
                                     field=format_field_path(path)))

    def _mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                self._report(key_node, "keys must be plain names", path)
                continue
            key = str(self._scalar(key_node, path))
            if key in result:
                first = self.positions.keys[(*path, key)]
                self._report(key_node, f"duplicate key '{key}' (first at line {first[0]}, "
                             f"column {first[1]}); keep one and merge the two values", path)
                continue
            self.positions.keys[(*path, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*path, key))
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
    except yaml.YAMLError as error:
        return Problem(source, 0, 0, f"YAML error: {error}")
    except RecursionError:
        return Problem(source, 0, 0, f"nested deeper than {MAX_DEPTH} levels")
    if root is None:
        return LocatedDocument(None, Positions())
    builder = _Builder(source)
    try:
        data = builder.build(root, ())
    except _Refused as refused:
        return Problem(source, refused.line, refused.col, refused.message,
                       field=format_field_path(refused.field_path))
    return LocatedDocument(data, builder.positions, tuple(builder.problems))
