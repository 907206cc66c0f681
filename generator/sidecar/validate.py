"""Sidecar YAML -> validated model, with every mistake located and explained.

Validation runs through the model classes of ``generator.sidecar.model`` (pydantic
dataclasses); this module translates pydantic's errors into problems an
author can act on: the file, line and column of the offending node, the field
path, what is wrong and what would be right.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from generator.errors import Problem, suggest_closest
from generator.sidecar.model import Message, PeopleRegistry, Registry, Sidecar
from generator.sidecar.yaml_positions import (
    FieldPath,
    LocatedDocument,
    Positions,
    format_field_path,
    parse_located_yaml,
)

T = TypeVar("T")
MAX_SIDECAR_BYTES = 1_000_000
_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


@dataclass(frozen=True)
class Validated(typing.Generic[T]):
    """A validated document (or None when it has problems) and its node positions."""

    value: T | None
    positions: Positions
    problems: tuple[Problem, ...]


def load_sidecar(text: str, source: str) -> Validated[Sidecar]:
    """Parse and validate one brief's sidecar."""
    return load_document(text, source, Sidecar, "a sidecar needs at least `summary` and `source`")


def load_registry(text: str, source: str) -> Validated[Registry]:
    """Parse and validate ``briefs/actors.yaml``."""
    return load_document(text, source, Registry, "write `actors:` followed by actor entries")


def load_people(text: str, source: str) -> Validated[PeopleRegistry]:
    """Parse and validate ``briefs/people.yaml``."""
    return load_document(text, source, PeopleRegistry, "write `people:` followed by person entries")


def load_document(text: str, source: str, model: type[T], empty_hint: str) -> Validated[T]:
    """Parse YAML text and validate it against ``model``, collecting every problem."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_SIDECAR_BYTES:
        return _failed(Problem(source, 0, 0, f"file is larger than {MAX_SIDECAR_BYTES:,} bytes; "
                               "split the annotations or trim them"))
    parsed = parse_located_yaml(text, source)
    if isinstance(parsed, Problem):
        return _failed(parsed)
    if parsed.data is None:
        return _failed(Problem(source, 1, 1, "file is empty", hint=empty_hint))
    if not isinstance(parsed.data, dict):
        return _failed(Problem(source, *parsed.positions.of(()), "must be a mapping of keys "
                               f"({', '.join(_field_names(model))}), not {_describe(parsed.data)}"))
    return validate_located(parsed, model, source)


def validate_located(doc: LocatedDocument, model: type[T], source: str) -> Validated[T]:
    """Validate parsed YAML against ``model``; every mistake becomes a located Problem."""
    adapter = _ADAPTERS.setdefault(model, TypeAdapter(model))
    try:
        value = adapter.validate_python(doc.data)
    except ValidationError as error:
        # A value the YAML reader already refused is not explained a second time.
        refused = {(p.line, p.col) for p in doc.problems}
        problems = tuple(p for p in _translate(error, doc, model, source)
                         if (p.line, p.col) not in refused)
        return Validated(None, doc.positions, tuple(sorted({*doc.problems, *problems})))
    return Validated(None if doc.problems else value, doc.positions, doc.problems)


def _failed(problem: Problem) -> Validated[Any]:
    return Validated(None, Positions(), (problem,))


# --- pydantic errors -> problems -------------------------------------------------------------


def _translate(error: ValidationError, doc: LocatedDocument, model: type, source: str,
               ) -> tuple[Problem, ...]:
    located = [(*_data_path(d["loc"], doc.data), dict(d)) for d in error.errors()]
    kept = _drop_union_noise(located, doc.data)
    problems = {_problem(d, path, on_key, doc.positions, model, source) for path, on_key, d in kept}
    return tuple(sorted(problems))


def _data_path(loc: tuple[int | str, ...], data: Any) -> tuple[FieldPath, bool]:
    """Keep the parts of pydantic's location that index real data; drop union tags."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if part == "[key]":
            return tuple(path), True
        if _indexes(node, part):
            node = node[part]
        elif isinstance(node, dict) and not _is_union_tag(part):
            node = None  # a missing or unexpected key: the last real part
        else:
            continue
        path.append(part)
    return tuple(path), False


def _indexes(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and part < len(node)


def _is_union_tag(part: str | int) -> bool:
    """Pydantic names union branches by type (``TextQuote``, ``constrained-str``)."""
    text = str(part)
    return text[:1].isupper() or text in ("str", "int") or any(c in text for c in "[(-")


def _drop_union_noise(located: list[tuple[FieldPath, bool, dict[str, Any]]], data: Any,
                      ) -> list[tuple[FieldPath, bool, dict[str, Any]]]:
    """For ``text | mapping`` fields keep only the errors of the branch the author meant."""
    by_path: dict[FieldPath, set[str]] = {}
    for path, _, detail in located:
        for depth in range(len(path) + 1):
            by_path.setdefault(path[:depth], set()).add(detail["type"])
    kept = []
    for path, on_key, detail in located:
        kind, value = detail["type"], _value_at(data, path)
        others = by_path[path] - {kind}
        if kind in _TEXT_OR_MAPPING and isinstance(value, list) and others - _TEXT_OR_MAPPING:
            continue  # a list where a list of pieces is allowed: its own errors say what is wrong
        if kind == "string_type" and isinstance(value, dict) and others:
            continue
        if kind == "dataclass_type" and not isinstance(value, dict) and others:
            if "string_type" in others and not isinstance(value, str):
                kept.append((path, on_key, dict(detail, type="text_or_mapping")))
            continue
        if kind == "string_type" and "dataclass_type" in others and not isinstance(value, str):
            continue
        kept.append((path, on_key, detail))
    return kept


_TEXT_OR_MAPPING = {"string_type", "dataclass_type"}


def _value_at(data: Any, path: FieldPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _problem(detail: dict[str, Any], path: FieldPath, on_key: bool, positions: Positions,
             model: type, source: str) -> Problem:
    kind = detail["type"]
    value = detail.get("input")
    if kind == "missing":
        parent, name = path[:-1], str(path[-1])
        return Problem(source, *positions.of(parent), f"required field '{name}' is missing",
                       field=format_field_path(parent), hint=_missing_hint(name))
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        allowed = _field_names(_model_at(model, path[:-1]))
        return Problem(source, *positions.of(path, key=True), f"unknown key '{path[-1]}'",
                       field=format_field_path(path[:-1]),
                       hint=_suggest(str(path[-1]), allowed, "allowed keys"))
    # Text that breaks its type's constraints is told what the type declares (a wrong type is not).
    if isinstance(value, str) and not kind.endswith("_type") and (
            declared := _declared_message(model, path, on_key)):
        message, hint = declared.about(value)
    else:
        message, hint = _explain(kind, value, detail, model, path)
    where = positions.of(path, key=on_key)
    return Problem(source, *where, message, field=format_field_path(path), hint=hint)


def _explain(kind: str, value: Any, detail: dict[str, Any], model: type, path: FieldPath,
             ) -> tuple[str, str]:
    ctx = detail.get("ctx") or {}
    if kind == "string_type":
        return f"must be text, not {_describe(value)}", _quote_hint(value)
    if kind == "string_too_short":
        return "must not be empty", "write the text or remove the key"
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", ctx.get("expected", ""))
        return f"'{value}' is not one of: {', '.join(options)}", _suggest(str(value), options, "")
    if kind.startswith("date"):
        return (f"'{value}' is not a valid date", "write an ISO date as YYYY-MM-DD, e.g. 2024-01-03")
    if kind in ("bool_type", "bool_parsing"):
        return f"must be true or false, not {_describe(value)}", "write true or false, without quotes"
    if kind == "too_short":
        return "must not be an empty list", "list at least one item"
    if kind in ("tuple_type", "list_type"):
        return f"must be a list, not {_describe(value)}", "write one `- item` per line, or [a, b]"
    if kind in ("dataclass_type", "dict_type", "model_type"):
        fields = ", ".join(_field_names(_model_at(model, path)))
        keys = f" with keys ({fields})" if fields else ""
        return f"must be a mapping{keys}, not {_describe(value)}", ""
    if "hint" in ctx:  # a custom check of the model says what is wrong and how to fix it
        return str(detail["msg"]), str(ctx["hint"])
    if kind == "text_or_mapping":
        fields = ", ".join(_field_names(_model_at(model, path)))
        return f"must be text or a mapping with keys ({fields}), not {_describe(value)}", ""
    return str(detail["msg"]), ""


def _missing_hint(name: str) -> str:
    return f"add `{name}: ...`"


def _quote_hint(value: Any) -> str:
    if isinstance(value, bool | int | float | dt.date):
        return "put the value in quotes to keep it as text"
    return ""


def _suggest(word: str, options: list[str], label: str) -> str:
    return suggest_closest(word, options) or (f"{label}: {', '.join(options)}" if label else "")


def _describe(value: Any) -> str:
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"a true/false value ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, dt.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


# --- walking the model's type hints ------------------------------------------------------------


def _declared_message(model: type, path: FieldPath, on_key: bool) -> Message | None:
    """The ``Message`` declared beside the type of the value at ``path`` (of its key with ``on_key``)."""
    annotation: Any = model
    for part in path[:-1] if on_key else path:
        annotation = _step(annotation, part)
        if annotation is None:
            return None
    if on_key:
        mappings = [_strip(arm) for arm in _arms(annotation) if typing.get_origin(_strip(arm)) is dict]
        annotation = typing.get_args(mappings[0])[0] if mappings else None
    return next((m for arm in _arms(annotation) for m in getattr(arm, "__metadata__", ())
                 if isinstance(m, Message)), None)


def _arms(annotation: Any) -> list[Any]:
    """The types a value may have: each arm of a union (of an annotated union too), else the type."""
    annotated = typing.get_origin(annotation) is typing.Annotated
    inner = typing.get_args(annotation)[0] if annotated else annotation
    if typing.get_origin(inner) in (typing.Union, types.UnionType):
        return [arm for arg in typing.get_args(inner) for arm in _arms(arg)]
    return [annotation]


def _field_names(model: Any) -> list[str]:
    return [f.name for f in dataclasses.fields(model)] if dataclasses.is_dataclass(model) else []


def _model_at(model: Any, path: FieldPath) -> Any:
    """The dataclass that describes the mapping at ``path``, found through type hints."""
    current: Any = model
    for part in path:
        current = _step(current, part)
        if current is None:
            return None
    return _only_dataclass(current)


def _step(annotation: Any, part: str | int) -> Any:
    if isinstance(part, int):  # an index: the list arm of a union such as text | mapping | list
        annotation = _only_sequence(annotation) or annotation
    annotation = _only_dataclass(annotation) or _strip(annotation)
    if dataclasses.is_dataclass(annotation):
        hints = typing.get_type_hints(annotation, include_extras=True)  # a field's Message is an extra
        return hints.get(str(part))
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (tuple, list) and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    return None


def _strip(annotation: Any) -> Any:
    """The type under ``Annotated[...]``; an optional value's type without its ``None``."""
    while True:
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin is typing.Annotated:
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
            annotation = next(a for a in args if a is not type(None))
        else:
            return annotation


def _only_sequence(annotation: Any) -> Any:
    annotation = _strip(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        arms = [_strip(arg) for arg in typing.get_args(annotation)]
        return next((arm for arm in arms if typing.get_origin(arm) in (tuple, list)), None)
    return None


def _only_dataclass(annotation: Any) -> Any:
    annotation = _strip(annotation)
    if dataclasses.is_dataclass(annotation):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _only_dataclass(arg)
            if found is not None:
                return found
    return None
