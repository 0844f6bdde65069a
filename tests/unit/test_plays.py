"""Play files: every part a play needs, each mistake named at its line, and the Markdown it becomes."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook.errors import ContentErrors
from playbook.plays import PLAYS_DIR, TemplateLink, load_play, play_markdown

BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad_plays"
TEMPLATES = {"reponses", "crise"}

MESSAGES = {
    "unknown-template": ":24: « templates[1] » : modèle « reponse » introuvable dans docs/modeles/ : vouliez-vous dire « reponses » ?",
    "missing-done-when": ":1: « done_when » est obligatoire",
    "two-steps": ":10: « steps » doit contenir au moins 3 éléments",
    "zero-minutes": ":13: « steps[2].minutes » doit être supérieur à 0",
    "unknown-key": ":19: « done-when » n’est pas un champ connu : vouliez-vous dire « done_when » ?",
    "wrong-id": ":1: l’id « autre-nom » doit reprendre le nom du fichier : « wrong-id »",
}


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_each_mistake_is_named_at_its_line(case, tmp_path):
    path = tmp_path / PLAYS_DIR / f"{case}.yml"
    path.parent.mkdir(parents=True)
    path.write_text((BAD / f"{case}.yml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_play(path, tmp_path, TEMPLATES)
    assert [str(error).replace("\u00a0", " ") for error in caught.value.errors] == [f"{PLAYS_DIR}/{case}.yml{MESSAGES[case]}"]


def test_a_good_play_becomes_markdown_with_all_its_parts():
    play = load_play(BAD / "good.yml", BAD.parent, TEMPLATES)
    assert play.minutes == 20 and play.anchor == "play-good"
    markdown = play_markdown(play, [TemplateLink("Banque de réponses", "../modeles/reponses.md")])
    assert markdown.startswith("### Un play d’essai {: #play-good }\n")
    for part in ("Pour qui\n:   L’équipe", "Durée\n:   20\u00a0min, plus 10\u00a0min de préparation", "Quand\n:   Une fois",
                 "**À préparer**", "**Étapes**", "1. **5\u00a0min — Premier.** Faites ceci.", "**C’est fait quand…**",
                 "**Variantes**", "- **Seul.** Faites-le seul.", "[Banque de réponses](../modeles/reponses.md)"):  # fmt: skip
        assert part in markdown, part
