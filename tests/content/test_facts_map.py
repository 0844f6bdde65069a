"""Every idea of the source material (FACTS.md ids) is taught in a section that exists."""

from __future__ import annotations

import yaml

from playbook.chapters import headings
from playbook.frontmatter import split_front_matter
from tests.conftest import ROOT

FACTS = ROOT / "tests" / "data" / "facts.yml"
IDS = {
    *(f"R{n}" for n in range(1, 10)),
    *(f"F{n}" for n in range(1, 6)),
    *(f"B{n}" for n in range(1, 8)),
    *(f"V{n}" for n in range(1, 11)),
    *(f"U{n}" for n in range(1, 8)),
}


def test_every_id_has_a_place():
    places = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    assert len(IDS) == 38
    assert set(places) == IDS, f"sans place : {sorted(IDS - set(places))} ; inconnus : {sorted(set(places) - IDS)}"
    assert all(places[fact_id] for fact_id in IDS)


def test_every_place_still_exists():
    places = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    missing = []
    for fact_id, entries in places.items():
        for entry in entries:
            path = ROOT / "chapters" / entry["chapter"]
            if not path.is_file():
                missing.append(f"{fact_id}: chapitre {entry['chapter']} introuvable")
                continue
            body = split_front_matter(path.read_text(encoding="utf-8"), entry["chapter"]).body
            if entry["section"] not in {heading.text for heading in headings(body)}:
                missing.append(f"{fact_id}: section « {entry['section']} » absente de {entry['chapter']}")
    assert not missing, "\n".join(missing)
