"""MkDocs adapter: each build event becomes one call to the `playbook` library."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from playbook.errors import ContentErrors
from playbook.headscripts import InlineFailed
from playbook.lms.settings import load_settings
from playbook.minify import MinifyFailed
from playbook.navlinks import write_nav_children
from playbook.scriptbundles import BundleError
from playbook.search import SearchUnavailable
from playbook.site import PlaybookSite
from playbook.sitefinish import SiteFinish
from playbook.templatecache import keep_compiled_templates
from playbook.validators import ValidatorsUnavailable
from playbook.vendor import MissingVendorFile

_site: PlaybookSite | None = None
_finish: SiteFinish | None = None
_serving = False  # `mkdocs serve` keeps our scripts and styles as written
# What finishing the site may refuse: the message names the file.
FINISH_ERRORS = (BundleError, MinifyFailed, InlineFailed, MissingVendorFile)


def _current() -> PlaybookSite:
    if _site is None:
        raise PluginError("hooks/events.py : on_config n’a pas été appelé")
    return _site


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site, _finish
    try:
        _site = PlaybookSite.load(
            Path(config.config_file_path).parent,
            Path(config.docs_dir),
            voice_file=config.extra.get("voice"),
            config_file=Path(config.config_file_path),
            organisation=config.extra.get("organisation"),
        )
        lms = load_settings(Path(config.config_file_path), dict(config.extra), config.site_url)
    except ContentErrors as exc:
        raise PluginError(str(exc)) from None
    _site.configure(config, lms)
    _finish = SiteFinish(Path(config.site_dir), Path(config.docs_dir), None if _serving else _site.root / "node_modules")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    try:
        return _current().add_files(files, config)
    except (MissingVendorFile, SearchUnavailable, ValidatorsUnavailable) as exc:
        raise PluginError(str(exc)) from None


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _current().page_markdown(page, markdown)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    try:
        return _current().page_content(html, page)
    except ContentErrors as exc:
        raise PluginError(str(exc)) from None


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    _current().page_context(page)
    return context


def on_env(env, config: MkDocsConfig, files: Files):
    _current().fill_printable(files)
    return write_nav_children(keep_compiled_templates(env))


def on_pre_template(template, template_name: str, config: MkDocsConfig):
    # MkDocs has copied the static files: the first moment the site's own files can be finished.
    try:
        _finishing().begin()
    except FINISH_ERRORS as exc:
        raise PluginError(str(exc)) from None
    return template


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _finished(output_content) if template_name.endswith(".html") else output_content


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _finished(output)


def on_post_build(config: MkDocsConfig) -> None:
    try:
        _finishing().end()
    except FINISH_ERRORS as exc:
        raise PluginError(str(exc)) from None


def on_build_error(error: Exception) -> None:
    if _finish is not None:
        _finish.abandon()


def _finishing() -> SiteFinish:
    if _finish is None:
        raise PluginError("hooks/events.py : on_config n’a pas été appelé")
    return _finish


def _finished(html: str) -> str:
    try:
        return _finishing().page(html)
    except FINISH_ERRORS as exc:
        raise PluginError(str(exc)) from None


def on_serve(server, config: MkDocsConfig, builder):
    for directory in _current().watched_dirs():
        server.watch(str(directory))
    return server
