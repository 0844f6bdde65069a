"""SCORM and xAPI settings (off unless asked for; every mistake in French, with its line or its
variable; no key in a file) and the SCORM packager's manifests and refusals."""

from __future__ import annotations

import zipfile

import pytest

from playbook.errors import ContentErrors
from playbook.lms.scorm import PackageError, main, manifest, package
from playbook.lms.settings import LmsSettings, load_settings
from tests.conftest import ROOT

CONFIG = """site_name: Essai
site_url: !ENV [PLAYBOOK_SITE_URL, "http://127.0.0.1:8000/"]
extra:
  voice: exercises/voix/exemple.yml
{extra}"""


def settings(tmp_path, extra_yaml: str, extra: dict, environ: dict | None = None, site_url: str = "https://intranet.exemple.fr/playbook/"):
    config = tmp_path / "mkdocs.yml"
    config.write_text(CONFIG.format(extra=extra_yaml), encoding="utf-8")
    return load_settings(config, extra, site_url, environ or {})


def problems(tmp_path, *arguments) -> str:
    with pytest.raises(ContentErrors) as caught:
        settings(tmp_path, *arguments)
    return str(caught.value).replace("\u00a0", " ")


def test_off_unless_asked_for(tmp_path):
    assert settings(tmp_path, "", {}) == LmsSettings.off()


def test_scorm_version_as_yaml_reads_it_or_from_the_environment(tmp_path):
    assert settings(tmp_path, "  scorm: 1.2\n", {"scorm": 1.2}).scorm == "1.2"
    assert settings(tmp_path, "  scorm: 2004\n", {"scorm": 2004}, {"PLAYBOOK_SCORM": "auto"}).scorm == "auto"
    said = problems(tmp_path, "  scorm: 2005\n", {"scorm": 2005})
    assert said == "mkdocs.yml:5: « scorm » doit valoir « 1.2 », « 2004 » ou « auto »"
    assert problems(tmp_path, "", {}, {"PLAYBOOK_SCORM": "oui"}) == "PLAYBOOK_SCORM : doit valoir « 1.2 », « 2004 » ou « auto »"


def test_xapi_from_the_file_with_its_base_and_the_key_from_the_environment(tmp_path):
    extra = {"xapi": {"endpoint": "https://lrs.exemple.fr/xAPI", "recipient": "le service RH"}}
    xapi = settings(tmp_path, "  xapi:\n    endpoint: https://lrs.exemple.fr/xAPI\n", extra, {"PLAYBOOK_XAPI_AUTH": "cle:secret"}).xapi
    assert xapi.endpoint == "https://lrs.exemple.fr/xAPI/"
    assert xapi.activity_base == "https://intranet.exemple.fr/playbook", "by default, site_url without its final slash"
    assert xapi.auth == "Basic Y2xlOnNlY3JldA=="
    assert xapi.recipient == "le service RH" and xapi.host == "lrs.exemple.fr"
    environ = {"PLAYBOOK_XAPI_ENDPOINT": "http://127.0.0.1:8100/xAPI/", "PLAYBOOK_XAPI_ACTIVITY_BASE": "https://rh.exemple.fr/", "PLAYBOOK_XAPI_AUTH": "Basic abc"}
    xapi = settings(tmp_path, "", {}, environ).xapi
    assert (xapi.endpoint, xapi.activity_base, xapi.auth) == ("http://127.0.0.1:8100/xAPI/", "https://rh.exemple.fr", "Basic abc")


def test_xapi_mistakes_name_their_line_or_variable(tmp_path):
    yaml_text = "  xapi:\n    endpoint: ftp://lrs\n    recipent: RH\n"
    said = problems(tmp_path, yaml_text, {"xapi": {"endpoint": "ftp://lrs", "recipent": "RH"}})
    assert "mkdocs.yml:6: « xapi.endpoint » : doit être une adresse web complète, comme https://lrs.exemple.fr/xAPI/" in said
    assert "mkdocs.yml:7: « xapi.recipent » n’est pas un champ connu : vouliez-vous dire « recipient » ?" in said
    said = problems(tmp_path, "", {}, {"PLAYBOOK_XAPI_ENDPOINT": "https://rh:motdepasse@lrs.exemple.fr/"})
    assert said == "PLAYBOOK_XAPI_ENDPOINT : ne doit pas contenir d’identifiants : donnez la clé par la variable PLAYBOOK_XAPI_AUTH"
    said = problems(tmp_path, "", {}, {"PLAYBOOK_XAPI_ENDPOINT": "https://lrs.exemple.fr/", "PLAYBOOK_XAPI_AUTH": "sans-deux-points"})
    assert said == "PLAYBOOK_XAPI_AUTH : doit être « clé:secret » ou « Basic … »"


def test_the_key_is_never_written_in_mkdocs_yml(tmp_path):
    said = problems(tmp_path, "  xapi:\n    endpoint: https://lrs.exemple.fr/\n    auth: cle:secret\n", {"xapi": {"endpoint": "https://lrs.exemple.fr/", "auth": "cle:secret"}})
    assert said.startswith("mkdocs.yml:7: la clé de l’entrepôt de traces ne s’écrit jamais dans mkdocs.yml")
    assert "PLAYBOOK_XAPI_AUTH" in said


def test_manifest_names_the_course_and_escapes_what_it_must():
    course = {"id": "integration", "version": 3, "title": "Parcours « R&D » <essai>"}
    xml = manifest("1.2", course, ["scorm.html", "a&b.html"])
    assert 'identifier="playbook-social-integration" version="3"' in xml
    assert "<title>Parcours « R&amp;D » &lt;essai&gt;</title>" in xml
    assert '<file href="a&amp;b.html"/>' in xml and 'adlcp:scormtype="sco" href="scorm.html"' in xml
    assert "<schemaversion>2004 4th Edition</schemaversion>" in manifest("2004", course, [])


def test_packaging_a_site_built_without_scorm_says_how_to_build_it(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>bonjour</p>", encoding="utf-8")
    with pytest.raises(PackageError, match="PLAYBOOK_SCORM=auto"):
        package(site, "1.2", tmp_path / "paquet.zip", ROOT)
    assert main([str(site), "--version", "2004", "-o", str(tmp_path / "paquet.zip")]) == 2
    assert "construisez le site avec PLAYBOOK_SCORM=auto" in capsys.readouterr().err
    assert not (tmp_path / "paquet.zip").exists()


def test_a_package_holds_the_site_its_manifest_and_the_definition_files(tmp_path):
    site = tmp_path / "site"
    (site / "parcours").mkdir(parents=True)
    (site / "scorm.html").write_text("<p>lancement</p>", encoding="utf-8")
    (site / "parcours" / "index.html").write_text("<p>parcours</p>", encoding="utf-8")
    with zipfile.ZipFile(package(site, "2004", tmp_path / "paquet.zip", ROOT)) as bundle:
        names = set(bundle.namelist())
        assert '<file href="parcours/index.html"/>' in bundle.read("imsmanifest.xml").decode()
    assert {"imsmanifest.xml", "scorm.html", "parcours/index.html", "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "xml.xsd"} <= names
