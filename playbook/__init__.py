"""Playbook social: the library behind the site, its hooks, its CLI and its tests."""
