"""The built site: every template page renders with its header and its text to copy, every play
with its parts, every chapter with its review date and owner, in the pages and in the book."""

from __future__ import annotations

import html
import re
from functools import cache

import pytest

from tests.browser.widgets import catalogue
from tests.conftest import ROOT, built_site

TEMPLATES = catalogue().templates
PLAY_PARTS = ("Pour qui", "Durée", "À préparer", "Étapes", "C’est fait quand…", "Variantes")


@cache
def page(path: str) -> str:
    return (built_site() / path / "index.html").read_text(encoding="utf-8")


def article(text: str) -> str:
    return text[text.index("<article") : text.index("</article>")]


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_every_template_page_renders_with_its_header_and_text_to_copy(template_id):
    meta = TEMPLATES[template_id].meta
    body = article(page(f"modeles/{template_id}"))
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", body) == [html.escape(meta.title, quote=False)]
    assert "Revu le" in body and meta.responsable in body
    texts = [html.unescape(text) for text in re.findall(r'data-copy-text="([^"]*)"', body)]
    assert texts and all(text.strip() for text in texts)
    for text in texts:
        assert not re.search(r"\{\{|\*\*|\]\(|</?\w+>|///", text), text[:200]
    assert body.count('data-widget="copy"') == len(texts)


def test_the_templates_index_lists_every_template_and_the_plays_that_use_them():
    index = article(page("modeles"))
    for template_id, template in TEMPLATES.items():
        assert f'href="{template_id}/"' in index, template_id
    assert "chapitres/service-client/#play-messages-sans-reponse" in index


def test_every_play_renders_with_its_parts_in_its_chapter():
    for play_id, play in catalogue().plays.items():
        found = [
            path
            for path in ("chapitres/" + c.stem.split("-", 1)[1] for c in sorted((ROOT / "chapters").glob("*.md")))
            if f'id="{play.anchor}"' in page(path)
        ]
        assert len(found) == 1, play_id
        html_text = page(found[0])
        start = html_text.index(f'id="{play.anchor}"')
        section = html_text[start : html_text.index("</div>", html_text.index("Variantes", start))]
        for part in PLAY_PARTS:
            assert part in section, (play_id, part)
        assert "{{" not in section


def test_checklist_levels_link_to_their_plays():
    chapter = page("chapitres/service-client")
    assert 'href="#play-messages-sans-reponse"' in chapter
    assert "Vos réponses restent dans votre navigateur" in chapter and 'href="../../mon-bilan/">Mon bilan</a>' in chapter


def test_each_chapter_shows_its_review_date_and_owner_here_and_in_the_book():
    book = page("chapitres/version-imprimable")
    assert book.count("Revu le") == 10 and book.count("Responsable") >= 10
    assert '<time datetime="2026-11-28">28 novembre 2026</time>' in page("chapitres/communaute")


def test_templates_rank_after_the_chapters_in_search():
    import json

    index = json.loads((built_site() / "search" / "search_index.json").read_text(encoding="utf-8"))
    boosts = {doc["location"].split("#")[0]: doc.get("boost") for doc in index["docs"]}
    assert all(boosts[f"modeles/{template_id}/"] == 0.5 for template_id in TEMPLATES)
    assert boosts["chapitres/service-client/"] is None
