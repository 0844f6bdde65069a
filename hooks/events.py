"""MkDocs adapter: each build event becomes one call to the `playbook` library."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from playbook.errors import ContentErrors
from playbook.headscripts import InlineFailed, inline_head_scripts
from playbook.lms.settings import load_settings
from playbook.minify import MinifyFailed, minify_site
from playbook.navlinks import write_nav_children
from playbook.palettecss import drop_switching_rule
from playbook.scriptbundles import BundleError, bundle_site
from playbook.search import SearchUnavailable
from playbook.site import PlaybookSite
from playbook.templatecache import keep_compiled_templates
from playbook.validators import ValidatorsUnavailable
from playbook.vendor import MissingVendorFile
from playbook.widgetstyles import inline_widget_styles

_site: PlaybookSite | None = None
_serving = False  # `mkdocs serve` keeps our scripts and styles as written


def _current() -> PlaybookSite:
    if _site is None:
        raise PluginError("hooks/events.py : on_config n’a pas été appelé")
    return _site


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
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


def on_env(env, config: MkDocsConfig, files: Files):
    _current().fill_printable(files)
    return write_nav_children(keep_compiled_templates(env))


def on_post_build(config: MkDocsConfig) -> None:
    try:
        bundle_site(Path(config.site_dir), Path(config.docs_dir))
        if not _serving:
            minify_site(Path(config.site_dir), _current().root / "node_modules")
        inline_head_scripts(Path(config.site_dir))
        inline_widget_styles(Path(config.site_dir))
        drop_switching_rule(Path(config.site_dir))
    except (BundleError, MinifyFailed, InlineFailed, MissingVendorFile) as exc:
        raise PluginError(str(exc)) from None


def on_serve(server, config: MkDocsConfig, builder):
    for directory in _current().watched_dirs():
        server.watch(str(directory))
    return server
