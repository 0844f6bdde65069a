"""The printable book's HTML rewriting, links marked for print, widget headings in the table of
contents, the navigation entry, the glossary and link lines."""

from __future__ import annotations

import logging

import pytest
from mkdocs.structure.toc import AnchorLink, TableOfContents

from playbook.errors import ContentErrors
from playbook.glossary import load_glossary
from playbook.linklines import LinkLineFilter, line_of_link
from playbook.navigation import expand_chapters, without_page
from playbook.printable import (
    BookChapter,
    book_section,
    demote_headings,
    mark_outside_links,
    prefix_ids,
    relink,
)
from playbook.toc import add_widget_headings


def test_prefix_ids_renames_ids_and_the_attributes_that_point_to_them():
    html = '<h2 id="a">A</h2><label for="b">B</label><div aria-labelledby="a b"></div>'
    assert prefix_ids(html, "x--") == (
        '<h2 id="x--a">A</h2><label for="x--b">B</label><div aria-labelledby="x--a x--b"></div>'
    )


def test_demote_headings_keeps_the_outline_under_the_chapter_title():
    assert demote_headings("<h2>a</h2><h3 id='x'>b</h3>") == "<h3>a</h3><h4 id='x'>b</h4>"


def test_relink_points_chapter_links_into_the_book_and_leaves_others():
    urls = {"../mesure/": "mesure"}
    html = '<a href="#intro">i</a> <a href="../mesure/#roi">r</a> <a href="../mesure/">m</a> <a href="../../glossaire/">g</a>'
    assert relink(html, "voix", urls) == (
        '<a href="#voix--intro">i</a> <a href="#mesure--roi">r</a> <a href="#mesure">m</a> <a href="../../glossaire/">g</a>'
    )


def test_book_section_combines_the_three():
    chapter = BookChapter(slug="voix", title="Voix", header_html="<p>En-tête</p>", body_html='<h2 id="a">A</h2><a href="#a">x</a>')
    assert book_section(chapter, {}) == '<p>En-tête</p><h3 id="voix--a">A</h3><a href="#voix--a">x</a>'


def test_the_chapters_entry_of_the_nav_is_expanded_in_place():
    nav = [{"Accueil": "index.md"}, {"Le playbook": ["chapters/index.md", "chapters/*.md"]}, "glossaire.md"]
    assert expand_chapters(nav, "chapters/*.md", ["chapters/01-a.md", "chapters/02-b.md"]) == [
        {"Accueil": "index.md"},
        {"Le playbook": ["chapters/index.md", "chapters/01-a.md", "chapters/02-b.md"]},
        "glossaire.md",
    ]


def test_a_page_the_build_does_not_make_leaves_the_nav():
    nav = [{"Accueil": "index.md"}, {"Notre voix": [{"Définir": "definir.md"}, "notre-voix.md"]}, "notre-voix.md"]
    assert without_page(nav, "notre-voix.md") == [{"Accueil": "index.md"}, {"Notre voix": [{"Définir": "definir.md"}]}]


def test_glossary_is_sorted_the_french_way_and_validated(tmp_path):
    path = tmp_path / "glossaire.yml"
    path.write_text('ROI: "Retour."\nécoute sociale: "Écoute."\nCRM: "Relation."\n', encoding="utf-8")
    assert [term for term, _ in load_glossary(path, tmp_path).entries()] == ["CRM", "écoute sociale", "ROI"]
    path.write_text("ROI: \nSMO: 3\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_glossary(path, tmp_path)
    assert [str(error).replace("\u00a0", " ") for error in caught.value.errors] == [
        "glossaire.yml:1: « ROI » doit être un texte",
        "glossaire.yml:2: « SMO » doit être un texte",
    ]


def test_link_warnings_get_the_line_of_the_link(tmp_path):
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "a.md").write_text("Titre\n\nVoir [là](b.md#x).\n", encoding="utf-8")
    assert line_of_link("x\n[a](b.md)\n", "b.md") == 2
    record = logging.LogRecord("mkdocs", logging.WARNING, "", 0, "Doc file '%s' contains a link '%s', but…", ("chapters/a.md", "b.md#x"), None)
    LinkLineFilter([tmp_path]).filter(record)
    assert record.getMessage().startswith("chapters/a.md:3: Doc file 'chapters/a.md'")


def test_a_block_left_as_text_is_noticed_but_a_code_sample_is_not():
    from playbook.blocks import leftover_block_lines

    assert leftover_block_lines("<p>/// checklist | inconnue\n///</p>")
    assert not leftover_block_lines("<pre><code>/// checklist | service-client\n///\n</code></pre>")


def test_links_out_of_the_site_are_marked_for_print_unless_their_text_is_the_address():
    html = (
        '<p><a href="../mesure/#x">la mesure</a> <a href="https://exemple.org/guide" title="t">un guide</a> '
        '<a href="https://exemple.org/guide/">exemple.org/guide</a></p>'
    )
    assert mark_outside_links(html) == (
        '<p><a href="../mesure/#x">la mesure</a> <a href="https://exemple.org/guide" data-pb-external title="t">un guide</a> '
        '<a href="https://exemple.org/guide/">exemple.org/guide</a></p>'
    )


def test_widget_headings_join_the_table_of_contents_under_their_section():
    toc = TableOfContents([AnchorLink("En bref", "en-bref", 2), AnchorLink("Passer à l’action", "passer-a-laction", 2), AnchorLink("Sources", "sources", 2)])
    html = (
        '<h2 id="en-bref">En bref</h2><h2 id="passer-a-laction">Passer à l’action</h2>'
        '<section id="grille-x"><h3 id="t" data-toc="grille-x">Notre &amp; grille</h3></section><h2 id="sources">Sources</h2>'
    )
    add_widget_headings(toc, html)
    assert [(link.id, [child.id for child in link.children]) for link in toc] == [
        ("en-bref", []),
        ("passer-a-laction", ["grille-x"]),
        ("sources", []),
    ]
    assert toc.items[1].children[0].title == "Notre &amp; grille"
