"""Widget stylesheets are written into the pages that link them, whatever the page's depth or the
order of the link's attributes; pages without widgets are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.headscripts import InlineFailed
from playbook.widgetstyles import WidgetStyles

MODULE_PAGE = (
    '<p>a</p><link rel="stylesheet" href="../../assets/stylesheets/quiz.css" data-pb-style>\n<section>q</section>'
    '<link data-pb-style="data-pb-style" href="../../assets/stylesheets/plays.css" rel="stylesheet" /><div>p</div>'
)


def fake_site(tmp_path: Path, quiz_css: str = ".pb-quiz{margin:0}\n") -> Path:
    styles = tmp_path / "assets" / "stylesheets"
    styles.mkdir(parents=True)
    (styles / "quiz.css").write_text(quiz_css, encoding="utf-8")
    (styles / "plays.css").write_text(".pb-play{padding:0}", encoding="utf-8")
    return tmp_path


def test_each_link_gives_way_to_its_rules_where_it_stood(tmp_path):
    styles = WidgetStyles(fake_site(tmp_path))
    assert styles.inline(MODULE_PAGE) == (
        '<p>a</p><style data-inlined="quiz.css">.pb-quiz{margin:0}</style>\n<section>q</section><style data-inlined="plays.css">.pb-play{padding:0}</style><div>p</div>'
    )
    # Not a widget's stylesheet: still linked. The files stay, for the scripts that link one.
    home = '<link rel="stylesheet" href="assets/stylesheets/playbook.css">'
    assert styles.inline(home) == home
    assert (tmp_path / "assets/stylesheets/quiz.css").exists()
    # The attribute named in the text before the links does not hide them.
    assert styles.inline("<code>data-pb-style</code>" + MODULE_PAGE).count("<style data-inlined=") == 2


def test_rules_that_would_end_their_element_are_refused(tmp_path):
    styles = WidgetStyles(fake_site(tmp_path, ".pb-quiz::after{content:'</style>'}"))
    with pytest.raises(InlineFailed, match="quiz.css contient"):
        styles.inline(MODULE_PAGE)


def test_a_link_to_a_stylesheet_the_build_did_not_make_is_named(tmp_path):
    site = fake_site(tmp_path)
    (site / "assets/stylesheets/plays.css").unlink()
    with pytest.raises(InlineFailed, match="plays.css : une page la demande"):
        WidgetStyles(site).inline(MODULE_PAGE)
