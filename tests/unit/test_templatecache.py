"""Compiled templates kept between builds: a changed template is never served from the cache, and
environments with other settings never share compiled code."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader

from playbook.templatecache import compiled_templates


def render(folder, name: str, *, autoescape: bool = False, cache_name: str = "site") -> str:
    env = Environment(loader=FileSystemLoader(folder), autoescape=autoescape, bytecode_cache=compiled_templates(cache_name))
    return env.get_template(name).render(who="<Camille>")


def test_a_changed_template_is_compiled_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "page.html").write_text("Bonjour {{ who }}", encoding="utf-8")
    assert render(tmp_path, "page.html") == "Bonjour <Camille>"
    assert list((tmp_path / "cache").rglob("site-*.cache")), "rien n’a été mis en cache"
    (tmp_path / "page.html").write_text("Bonsoir {{ who }}", encoding="utf-8")
    assert render(tmp_path, "page.html") == "Bonsoir <Camille>"


def test_environments_with_other_settings_keep_their_own_compiled_code(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "page.html").write_text("{{ who }}", encoding="utf-8")
    assert render(tmp_path, "page.html", cache_name="voice-text") == "<Camille>"
    assert render(tmp_path, "page.html", autoescape=True, cache_name="voice-html") == "&lt;Camille&gt;"
    assert render(tmp_path, "page.html", cache_name="voice-text") == "<Camille>"


def test_without_a_writable_cache_folder_templates_are_compiled_as_before(tmp_path, monkeypatch):
    (tmp_path / "blocked").write_text("", encoding="utf-8")  # a file where the folder would be
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    assert compiled_templates("site") is None
    (tmp_path / "page.html").write_text("Bonjour {{ who }}", encoding="utf-8")
    assert render(tmp_path, "page.html") == "Bonjour <Camille>"
