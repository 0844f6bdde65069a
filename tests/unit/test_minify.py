"""The built site's own scripts and stylesheets, minified; Material's and the vendored ones left
as they come; a missing or failing minifier stops the build with what to do."""

from __future__ import annotations

import pytest

from playbook.minify import Minification, MinifyFailed, own_files
from playbook.vendor import MissingVendorFile
from tests.conftest import ROOT

OWN_SCRIPT = "/* Explained at length. */\n(() => {\n  const greeting = \"Réclamation reçue\";\n  window.greeting = greeting;\n})();\n"


def minify_site(site, node_modules) -> None:
    Minification(site, node_modules, own_files(site)).wait()


def site_with(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / "lunr" / "site" / name  # a folder named like Material's lunr/ above the site changes nothing
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "lunr" / "site"


def test_own_files_lose_comments_and_spaces_and_keep_french_text(tmp_path):
    site = site_with(
        tmp_path,
        {
            "assets/javascripts/widgets/quiz.js": OWN_SCRIPT,
            "assets/stylesheets/quiz.css": "/* Quiz. */\n.pb-quiz {\n  margin: 0 0 1rem 0;\n}\n",
            "assets/javascripts/bundle.0123abcd.min.js": "/* Material's */ var  a = 1;\n",
            "assets/javascripts/lunr/min/lunr.fr.min.js": "/* lunr */ var  b = 2;\n",
        },
    )
    minify_site(site, ROOT / "node_modules")
    script = (site / "assets/javascripts/widgets/quiz.js").read_text(encoding="utf-8")
    assert "Explained" not in script and "\n  " not in script
    assert "Réclamation reçue" in script  # not escaped to \\u00e9
    assert (site / "assets/stylesheets/quiz.css").read_text(encoding="utf-8").strip() == ".pb-quiz{margin:0 0 1rem}"
    assert (site / "assets/javascripts/bundle.0123abcd.min.js").read_text(encoding="utf-8") == "/* Material's */ var  a = 1;\n"
    assert (site / "assets/javascripts/lunr/min/lunr.fr.min.js").read_text(encoding="utf-8") == "/* lunr */ var  b = 2;\n"


def test_without_esbuild_the_build_says_to_install_it(tmp_path):
    site = site_with(tmp_path, {"assets/javascripts/playbook.js": OWN_SCRIPT})
    with pytest.raises(MissingVendorFile, match="npm ci"):
        minify_site(site, tmp_path / "node_modules")


def test_a_script_esbuild_cannot_read_is_named(tmp_path):
    site = site_with(tmp_path, {"assets/javascripts/widgets/broken.js": "(() => {\n  const = ;\n"})
    with pytest.raises(MinifyFailed, match=r"broken\.js"):
        minify_site(site, ROOT / "node_modules")
