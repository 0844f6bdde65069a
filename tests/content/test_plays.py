"""Plays as the playbook needs them: every part there, in « Passer à l’action », and reachable from the grids."""

from __future__ import annotations

import re
from functools import cache

import pytest

from playbook.blocks import scan_blocks
from playbook.chapters import headings
from playbook.frontmatter import split_front_matter
from tests.browser.widgets import catalogue
from tests.conftest import ROOT

CHAPTERS = sorted((ROOT / "chapters").glob("*.md"))
PLAYS = catalogue().plays


@cache
def placed_plays() -> dict[str, list[tuple[str, str]]]:
    """Play id → [(chapter file, h2 section)] where a `/// play` block shows it."""
    placed: dict[str, list[tuple[str, str]]] = {}
    for path in CHAPTERS:
        source = split_front_matter(path.read_text(encoding="utf-8"), path.name)
        sections = [heading for heading in headings(source.body) if heading.level == 2]
        for use in scan_blocks(source.body):
            if use.name == "play":
                section = [heading.text for heading in sections if heading.line < use.line][-1]
                placed.setdefault(use.argument, []).append((path.name, section))
    return placed


@pytest.mark.parametrize("play_id", sorted(PLAYS))
def test_every_play_has_its_parts(play_id):
    play = PLAYS[play_id]
    assert play.title and play.summary and play.audience, "titre, résumé et « Pour qui »"
    assert play.prepare, "« À préparer »"
    assert 3 <= len(play.steps) <= 8 and all(step.minutes > 0 and step.title and step.text for step in play.steps)
    assert 10 <= play.minutes <= 180, f"{play.minutes} min : un play se mène en une séance"
    assert play.done_when and all(item.endswith(".") for item in play.done_when), "« C’est fait quand… »"
    assert play.variations and all(v.title and v.text for v in play.variations), "variantes"
    assert set(play.templates) <= set(catalogue().templates)


@pytest.mark.parametrize("play_id", sorted(PLAYS))
def test_every_play_stands_once_in_passer_a_l_action(play_id):
    assert placed_plays().get(play_id, []) and len(placed_plays()[play_id]) == 1, "placé une fois"
    assert placed_plays()[play_id][0][1] == "Passer à l’action"


def test_every_chapter_offers_plays_before_its_checklist():
    for path in CHAPTERS:
        body = split_front_matter(path.read_text(encoding="utf-8"), path.name).body
        action = body.split("## Passer à l’action", 1)[1].split("\n## ", 1)[0]
        blocks = re.findall(r"^/// (play|checklist) \|", action, re.MULTILINE)
        assert blocks.count("play") >= 2, path.name
        assert blocks[-1] == "checklist", f"{path.name} : la grille vient après les plays"


def test_every_level_of_every_checklist_points_to_a_play():
    # The course's personal checklist (« Mes premiers pas ») is one new hire's, not a team's: its
    # levels send to sections and first actions, and the team plays do not apply.
    personal = {c for module in catalogue().course.course.modules for c in module.activities_of("checklist")}
    missing = [
        f"{checklist.id} / {level.name}"
        for checklist in catalogue().checklists.values()
        if checklist.id not in personal
        for level in checklist.levels
        if not level.plays
    ]
    assert not missing, missing


def test_every_play_is_reachable_from_a_checklist_level_or_used_for_a_template():
    named = {play for checklist in catalogue().checklists.values() for level in checklist.levels for play in level.plays}
    orphans = [play_id for play_id, play in PLAYS.items() if play_id not in named and not play.templates]
    assert not orphans, orphans
