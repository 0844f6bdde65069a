"""The course's activities, one YAML file each: quizzes, scenarios and reflections (typed models).

`exercises/quizzes/<id>.yml`, `exercises/scenarios/<id>.yml`, `exercises/reflections/<id>.yml`.
Each model also lists what no single field can tell (`consistency_problems`): repeated ids, how
many answers are right. Section references (`NN-chapitre.md#ancre`) are checked against the
chapters' headings (the `anchors` validation context).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from playbook.checklists import Slug, Text, check_section

Minutes = Annotated[int, Field(ge=1, le=120)]
# `03-service-client.md#le-silence-se-remarque`: a chapter and one of its headings.
SectionRef = Annotated[str, AfterValidator(check_section)]
MIN_QUESTIONS = 6
Location = tuple[str | int, ...]
Problem = tuple[Location, str]


class Strict(BaseModel):
    """Every key known, every type exact, nothing changed after loading."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def repeated_ids(ids: list[str], where: str, field: str = "id") -> list[Problem]:
    """A problem at each id already used earlier in the list `where`."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, value in enumerate(ids):
        if value in seen:
            problems.append(((where, index, field), f"« {value} » est déjà l’id de {where}[{seen[value] + 1}] : choisissez un autre id"))
        seen.setdefault(value, index)
    return problems


class Choice(Strict):
    """One answer to a question; its feedback says why it is right or wrong."""

    text: Text
    correct: bool
    feedback: Text


class Question(Strict):
    """A situation to judge: `single` (one right answer) or `multiple` (one or more)."""

    id: Slug
    type: Literal["single", "multiple"]
    prompt: Text
    section: SectionRef  # the section that teaches it, linked from the feedback (« Relire : … »)
    choices: Annotated[list[Choice], Field(min_length=2, max_length=6)]

    @property
    def correct(self) -> list[int]:
        """Indexes of the right choices."""
        return [index for index, choice in enumerate(self.choices) if choice.correct]


class Quiz(Strict):
    id: Slug
    title: Text
    minutes: Minutes
    intro: Text | None = None
    questions: Annotated[list[Question], Field(min_length=MIN_QUESTIONS)]

    def consistency_problems(self) -> list[Problem]:
        problems = repeated_ids([question.id for question in self.questions], "questions")
        for index, question in enumerate(self.questions):
            right = len(question.correct)
            if right == 0:
                problems.append(
                    (("questions", index, "choices"), "aucun choix n’est juste : marquez au moins une réponse « correct: true »")
                )
            elif question.type == "single" and right > 1:
                problems.append(
                    (
                        ("questions", index, "type"),
                        f"question à réponse unique, mais {right} choix sont justes : gardez-en un, ou écrivez « type: multiple »",
                    )
                )
        return problems


class Criterion(Strict):
    """What a good answer does, in the learner's words (« Ma réponse… »): rated oui / en partie / non."""

    id: Slug
    text: Text


class Scenario(Strict):
    """A realistic situation to answer in writing, then compare with guidance and a model answer."""

    id: Slug
    title: Text
    minutes: Minutes
    situation: Text
    task: Text
    sections: Annotated[list[SectionRef], Field(min_length=1, max_length=5)]
    guidance: Annotated[list[Text], Field(min_length=1, max_length=6)]
    model_answer: Text
    criteria: Annotated[list[Criterion], Field(min_length=3, max_length=5)]

    def consistency_problems(self) -> list[Problem]:
        return repeated_ids([criterion.id for criterion in self.criteria], "criteria")


class Prompt(Strict):
    id: Slug
    text: Text
    hint: Text | None = None


class Reflection(Strict):
    """Short personal questions; the answers stay in the learner's browser."""

    id: Slug
    title: Text
    minutes: Minutes
    intro: Text
    prompts: Annotated[list[Prompt], Field(min_length=1, max_length=6)]

    def consistency_problems(self) -> list[Problem]:
        return repeated_ids([prompt.id for prompt in self.prompts], "prompts")
