"""The official Open Referral UK 3.0 schemas (vendored in schema/oruk-3.0/, see its SOURCE.md), ready to validate.

The OpenAPI document and the schemas refer to each other by their published addresses on
raw.githubusercontent.com; a ``referencing`` registry answers those from the files here, so checking a
record never reaches the internet. Formats (uuid, uri, email, date-time) are checked too.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "schema" / "oruk-3.0"
#: Where the official OpenAPI document says the schemas live.
PUBLISHED_BASE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
#: The UK profile the API follows (the root endpoint says so).
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md"
VERSION = "HSDS-UK-3.0"


def load(name):
    """One vendored file, e.g. "compiled/service.json" or "openapi.json"."""
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


@cache
def registry():
    resources = []
    for path in sorted(SCHEMA_DIR.rglob("*.json")):
        name = path.relative_to(SCHEMA_DIR).as_posix()
        resources.append((PUBLISHED_BASE + name, Resource.from_contents(load(name), default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


@cache
def validator(name):
    """A validator for one schema, e.g. ``validator("compiled/service.json")``, with format checking."""
    return validator_for_schema({"$ref": PUBLISHED_BASE + name})


def validator_for_schema(schema, more=None):
    """A validator for any schema that may $ref the official ones; ``more`` is a registry with other documents
    it refers to as well (e.g. an OpenAPI document, for its response schemas)."""
    return Draft202012Validator(schema, registry=more or registry(), format_checker=FormatChecker())


def problems(record, name, limit=10):
    """Plain messages for what in ``record`` breaks schema ``name``: [] when it is valid."""
    return describe(validator(name).iter_errors(record), limit)


def describe(errors, limit=10):
    found = []
    for error in errors:
        where = "/".join(str(part) for part in error.absolute_path) or "(the record)"
        found.append(f"{where}: {error.message}")
        if len(found) >= limit:
            break
    return found
