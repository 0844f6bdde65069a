"""What the copy button puts on the clipboard: the template as plain text."""

from __future__ import annotations

import html as entities

import markdown

from playbook.blocks import PlaybookBlocks
from playbook.plaintext import to_text


class _NoWidgets:
    """The copy block needs no widget, only its stylesheet; the other blocks are not used here."""

    def stylesheet_href(self, name: str) -> str:
        return f"{name}.css"


def copy_text(source: str) -> str:
    md = markdown.Markdown(extensions=["tables", "def_list", "attr_list", PlaybookBlocks(_NoWidgets())])
    html = md.convert(source)
    start = html.index('data-copy-text="') + len('data-copy-text="')
    return entities.unescape(html[start : html.index('"', start)])


def test_paragraphs_lists_and_links_become_plain_text():
    text = copy_text(
        "/// copie | Essai\n"
        "Bonjour [prénom],\n\n"
        "Écrivez à [l’équipe](mailto:a@b.example), **vite**.\n\n"
        "- un [lien](x.md).\n- deux\n    - deux-a\n\n"
        "Signé\n"
        "///\n"
    )
    assert text == "Bonjour [prénom],\n\nÉcrivez à l’équipe, vite.\n\n- un lien.\n- deux\n   - deux-a\n\nSigné"


def test_ordered_lists_keep_their_numbers_and_tables_become_tab_separated():
    text = copy_text("/// copie | Essai\n1. Alerter\n2. Suspendre\n\n| A | Double authen\u00adtification |\n| --- | --- |\n| 1 | 2 |\n///\n")
    assert text == "1. Alerter\n2. Suspendre\n\nA\tDouble authentification\n1\t2"


def test_typographic_spaces_are_kept():
    assert copy_text("/// copie | Essai\nMerci\u00a0! Le délai\u00a0: 2\u202fheures.\n///\n") == "Merci\u00a0! Le délai\u00a0: 2\u202fheures."


def test_headings_and_definitions_stand_on_their_own_lines():
    text = copy_text("/// copie | Essai\n### Titre\n\nTexte.\n\nTerme\n:   Définition\n///\n")
    assert text == "Titre\n\nTexte.\n\nTerme\u00a0: Définition"


def test_the_block_carries_its_label_and_keeps_the_text_visible():
    md = markdown.Markdown(extensions=[PlaybookBlocks(_NoWidgets())])
    html = md.convert("/// copie | Une réponse\nBonjour.\n///\n")
    assert 'data-widget="copy"' in html and 'data-copy-label="Une réponse"' in html
    assert '<div class="pb-copy__text">\n<p>Bonjour.</p>\n</div>' in html


def test_to_text_reads_raw_html_kept_aside():
    import xml.etree.ElementTree as etree

    root = etree.Element("div")
    etree.SubElement(root, "p").text = "Avant \x02wzxhzdk:0\x03 après"
    assert to_text(root, ["<b>gras</b>"]) == "Avant gras après"
