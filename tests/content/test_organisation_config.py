"""The organisation the repository ships: fictional and marked so, well typed, and documented."""

from __future__ import annotations

from functools import cache

import pytest
from mkdocs.config import load_config

from playbook.organisation import Organisation, load_organisation
from playbook.typography import faults
from tests.conftest import ROOT


@cache
def shipped() -> Organisation:
    config = load_config(str(ROOT / "mkdocs.yml"))
    return load_organisation(ROOT / "mkdocs.yml", ROOT, config.extra.get("organisation"))


def strings(value, path="organisation"):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{path}[{index + 1}]")


def test_the_shipped_organisation_is_fictional_and_says_so():
    organisation = shipped()
    assert organisation.fictive
    assert all(contact.courriel.endswith(".example") for contact in organisation.contacts.__dict__.values())


@pytest.mark.parametrize(("path", "value"), list(strings(shipped().model_dump())), ids=lambda x: x if "." in str(x) else "")
def test_every_value_follows_french_typography(path, value):
    found = [fault.message for fault in faults(value)]
    assert not found, f"{path} : {found}"


def test_the_readme_says_how_to_replace_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "extra.organisation" in readme
    for key in ("nom", "article", "fictive", "horaires", "contacts", "comptes", "porte_parole", "delais"):
        assert f"`{key}`" in readme, key
    assert "{{ organisation." in readme
