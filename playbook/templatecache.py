"""Compiled templates kept between builds (Jinja's bytecode cache): compiling Material's templates
and ours is a fifth of the processor time of a build of this site, and they only change with
Material, our overrides or our templates.

The cache lives in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache), shared by every copy
of the project. Jinja finds an entry by template path and checks it against the template's source
and its own version, so a changed template is compiled afresh; it does not check the environment's
settings (escaping, whitespace), which shape the compiled code: each environment names its own part
of the cache. No cache if the folder cannot be written: templates are compiled as before."""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache

FOLDER = Path("playbook-social") / "jinja"


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / FOLDER


def compiled_templates(environment: str) -> FileSystemBytecodeCache | None:
    """The cache of the environment named `environment` (one name per set of settings), for an
    `Environment(bytecode_cache=…)`; None if its folder cannot be written."""
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return None
    return FileSystemBytecodeCache(str(folder), pattern=f"{environment}-%s.cache")


def keep_compiled_templates(env: Environment) -> Environment:
    """MkDocs' theme environment (Material's templates and our overrides), with its cache."""
    env.bytecode_cache = compiled_templates("theme")
    return env
