"""The navigation, written by playbook/navlinks.py for our copy of Material's nav-item.html, is the
HTML Material's own template writes but for the whitespace holding line breaks around its tags (not
rendered), on every page of a site with sections, index pages, a nested section, an external link,
an icon, a subtitle, and a page whose address begins another's (outils/ and outils/avance/: from
the folder of guide/, the link is not the same); links are written on one line; and our copy of
the template differs from Material's installed one only where it hands the loops over to Python."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import material
from mkdocs.commands.build import build
from mkdocs.config import load_config

from playbook.navlinks import one_line

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "docs" / "overrides" / "partials" / "nav-item.html"
MATERIALS = Path(material.__file__).parent / "templates" / "partials" / "nav-item.html"
MATERIAL_LOOP = """            {% for item in nav_item.children %}
              {% if not index or item != index %}
                {{ render(item, path ~ "_" ~ loop.index, level + 1, nav_item) }}
              {% endif %}
            {% endfor %}
"""
OUR_CALL = "            {{ nav_children(nav_item, index, path, level, render, render_content) }}\n"
MATERIAL_INDEX_LOOP = """      {% for item in nav_item.children %}
        {% if item.is_index and _.index is none %}
          {% set _.index = item %}
        {% endif %}
      {% endfor %}
"""
OUR_INDEX_CALL = "      {{ section_index(nav_item, _) }}\n"
PRIMARY_NAV = re.compile(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>\s*</div>', re.DOTALL)
PAGES = {
    "index.md": "# Accueil\n\nBienvenue.\n",
    "guide/index.md": "# Le guide\n\nSommaire.\n",
    "guide/premier.md": "---\nicon: material/star\n---\n\n# Premier\n\n## Une section\n\nTexte.\n",
    "guide/second.md": "---\nsubtitle: En bref\n---\n\n# Second\n\nTexte.\n",
    "guide/annexes/une.md": "# Annexe une\n\n## Détail\n\nTexte.\n",
    "guide/annexes/deux.md": "# Annexe deux\n\nTexte.\n",
    "outils.md": "# Outils\n\nTexte.\n",
    "outils/avance.md": "# Outils avancés\n\nTexte.\n",
}
CONFIG = """site_name: Essai
site_url: http://127.0.0.1:8000/
theme:
  name: material
  language: fr
  font: false
{custom_dir}  features: [navigation.instant, navigation.sections, navigation.indexes, navigation.top, toc.follow]
{hooks}nav:
  - Accueil: index.md
  - Le guide:
      - guide/index.md
      - guide/premier.md
      - guide/second.md
      - Annexes:
          - guide/annexes/une.md
          - guide/annexes/deux.md
      - Ailleurs: https://example.org/
  - Outils:
      - outils.md
      - outils/avance.md
"""
HOOKS = """from playbook.navlinks import write_nav_children


def on_env(env, config, files):
    return write_nav_children(env)
"""


def navigations(tmp_path: Path, name: str, *, ours: bool) -> dict[str, str]:
    """The primary navigation of each page of the test site, built with our template or Material's."""
    project = tmp_path / name
    for source, text in PAGES.items():
        (project / "docs" / source).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / source).write_text(text, encoding="utf-8")
    custom_dir = hooks = ""
    if ours:
        (project / "overrides" / "partials").mkdir(parents=True)
        shutil.copy(OURS, project / "overrides" / "partials" / "nav-item.html")
        (project / "hooks.py").write_text(HOOKS, encoding="utf-8")
        custom_dir, hooks = "  custom_dir: overrides\n", "hooks:\n  - hooks.py\n"
    (project / "mkdocs.yml").write_text(CONFIG.format(custom_dir=custom_dir, hooks=hooks), encoding="utf-8")
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site")))
    pages = {}
    for page in sorted((project / "site").rglob("*.html")):
        found = PRIMARY_NAV.search(page.read_text(encoding="utf-8"))
        assert found, f"pas de navigation dans {page}"
        pages[page.relative_to(project / "site").as_posix()] = found.group(0)
    return pages


def test_the_navigation_is_materials_but_for_line_breaks_on_every_page(tmp_path):
    ours = navigations(tmp_path, "ours", ours=True)
    materials = navigations(tmp_path, "material", ours=False)
    assert set(ours) == set(materials)
    assert len(ours) == len(PAGES) + 1  # and the 404 page
    for page, navigation in materials.items():
        assert one_line(ours[page]) == one_line(navigation), page
    # Even on a site this small, where a page shows a third of its entries with their sections.
    assert sum(map(len, ours.values())) < 0.85 * sum(map(len, materials.values()))
    # The pages cover what the template handles differently: links written by Python (a page's
    # icon and subtitle among them), the page shown with its table of contents, an external link.
    on_first = ours["guide/premier/index.html"]
    link = '<li class="md-nav__item"><a href="../second/" class="md-nav__link"><span class="md-ellipsis">Second<br><small>En bref</small></span></a></li>'
    assert link in on_first
    assert 'href="https://example.org/"' in on_first
    assert 'for="__toc"' in on_first
    assert '<a href="avance/" class="md-nav__link">' in ours["outils/index.html"]
    assert '<a href="../outils/avance/" class="md-nav__link">' in ours["guide/index.html"]
    link_to_first = ours["outils/index.html"].split('href="../guide/premier/"', 1)[1].split("</a>", 1)[0]
    assert "<svg" in link_to_first


def test_our_template_is_materials_but_for_the_loops_over_a_section():
    materials = MATERIALS.read_text(encoding="utf-8")
    for loop in (MATERIAL_LOOP, MATERIAL_INDEX_LOOP):
        assert materials.count(loop) == 1, "Material a changé cette boucle : revoyez notre copie et playbook/navlinks.py"
    expected = materials.replace(MATERIAL_LOOP, OUR_CALL).replace(MATERIAL_INDEX_LOOP, OUR_INDEX_CALL).split("-#}\n", 1)[1]
    assert OURS.read_text(encoding="utf-8").split("-#}\n", 1)[1] == expected
