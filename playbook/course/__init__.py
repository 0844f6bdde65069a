"""The onboarding course (« Parcours d’intégration »): its data, validated into typed models.

Public API, for the site and for the HR tools (cohort report, SCORM, xAPI):

    load_course(root, anchors, checklists) -> CourseContent
        `exercises/course.yml` and the quizzes, scenarios and reflections it names; raises
        ContentErrors (`file:line: what to fix`) listing every problem. `anchors` is
        `playbook.anchors.chapter_anchors(chapters)`; `checklists` the site's checklist ids.
        `playbook.catalogue.Catalogue.load(root, load_chapters(root / "chapters", root)).course`
        does all of this.
    CourseContent: .course (Course), .quizzes / .scenarios / .reflections (dict id → model),
        .module_of(kind, id) -> Module | None, .pass_mark(quiz_id) -> int
    Course: id, version, title, intro, completion (CompletionRules), modules [Module],
        .module(id), .number(id) (from 1)
    Module: id, title, summary, objectives, read [section references], activities [ActivityRef],
        pass_mark (percent, when the module has a quiz), debrief, .activities_of(kind) -> [ids]
    ActivityRef: .kind ("quiz" | "scenario" | "reflection" | "checklist"), .id, minutes
    Quiz(id, title, minutes, intro, questions [Question(id, type, prompt, section, choices
        [Choice(text, correct, feedback)], .correct -> [indexes])])
    Scenario(id, title, minutes, situation, task, sections, guidance, model_answer, criteria
        [Criterion(id, text)]);  Reflection(id, title, minutes, intro, prompts [Prompt(id, text, hint)])
    module_steps(content, module, sections, checklists) -> [Step(kind, id, title, minutes, .key)]
    section_key("03-service-client.md#x") -> "service-client#x" (how the learner's state names a section)

Every id comes from the YAML files (never from URLs) and is stable: records, SCORM and xAPI use them.
"""

from playbook.course.activities import Choice, Criterion, Prompt, Question, Quiz, Reflection, Scenario
from playbook.course.loader import ACTIVITY_DIRS, COURSE_FILE, CourseContent, load_activity, load_course
from playbook.course.models import ACTIVITY_KINDS, ActivityRef, CompletionRules, Course, Module
from playbook.course.steps import Step, module_steps, reading_minutes, section_key

__all__ = [
    "ACTIVITY_DIRS",
    "ACTIVITY_KINDS",
    "COURSE_FILE",
    "ActivityRef",
    "Choice",
    "CompletionRules",
    "Course",
    "CourseContent",
    "Criterion",
    "Module",
    "Prompt",
    "Question",
    "Quiz",
    "Reflection",
    "Scenario",
    "Step",
    "load_activity",
    "load_course",
    "module_steps",
    "reading_minutes",
    "section_key",
]
