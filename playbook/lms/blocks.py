"""The learning-record blocks (`/// consentement`): each renders through the SCORM and xAPI widgets of
the page being built. Their specs are in playbook/blocks.py with the others'."""

from __future__ import annotations

from typing import Protocol

from playbook.blocks import _WidgetBlock, pymdownx_options


class LmsRenderer(Protocol):
    """SCORM and xAPI on the site (playbook.lms.site.LmsWidgets)."""

    def consent_html(self) -> str: ...


class WithLms(Protocol):
    lms: LmsRenderer


class ConsentBlock(_WidgetBlock):
    """The learner's consent to xAPI statements; nothing unless the build sends them."""

    NAME = "consentement"
    ARGUMENT = False
    OPTIONS = pymdownx_options(NAME)

    def widget_html(self, renderer: WithLms) -> str:
        return renderer.lms.consent_html()


LMS_BLOCKS = (ConsentBlock,)
