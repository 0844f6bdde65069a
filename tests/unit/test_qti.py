"""`playbook course export-qti`: an IMS QTI 2.1 content package of every quiz.

No package on the npm or Python registries ships the QTI 2.1 XML Schema (imsqti_v2p1.xsd), so this
is a structural test: namespaces, identifiers, every question present, right answers, feedbacks,
escaping."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile

from playbook import cli
from playbook.course import Choice, Question, Quiz
from playbook.course.qti import CP, QTI, item, xml_bytes
from tests.browser.widgets import catalogue
from tests.conftest import ROOT

NCNAME = re.compile(r"^[A-Za-z_][\w.-]*$")


def q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def test_every_question_is_an_item_with_its_right_answers_and_feedbacks(tmp_path, capsys):
    target = tmp_path / "quiz.zip"
    assert cli.main(["course", "export-qti", "-o", str(target), "--root", str(ROOT)]) == 0
    content = catalogue().course
    quizzes = [content.quizzes[quiz_id] for module in content.course.modules for quiz_id in module.activities_of("quiz")]
    assert f"({sum(len(quiz.questions) for quiz in quizzes)} questions, un test par quiz)" in capsys.readouterr().out
    archive = zipfile.ZipFile(target)
    manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    assert manifest.tag == f"{{{CP}}}manifest"
    resources = manifest.findall(f"{{{CP}}}resources/{{{CP}}}resource")
    assert {resource.get("href") for resource in resources} == set(archive.namelist()) - {"imsmanifest.xml"}
    identifiers = {resource.get("identifier") for resource in resources}
    assert all(NCNAME.match(value) for value in identifiers)
    for resource in resources:
        for dependency in resource.findall(f"{{{CP}}}dependency"):
            assert dependency.get("identifierref") in identifiers
    for quiz in quizzes:
        test = ET.fromstring(archive.read(f"tests/{quiz.id}.xml"))
        assert test.tag == q("assessmentTest") and test.get("title") == quiz.title
        refs = test.findall(f"{q('testPart')}/{q('assessmentSection')}/{q('assessmentItemRef')}")
        assert [posixpath.normpath(posixpath.join("tests", ref.get("href"))) for ref in refs] == [f"items/{quiz.id}/{question.id}.xml" for question in quiz.questions]
        for question in quiz.questions:
            root = ET.fromstring(archive.read(f"items/{quiz.id}/{question.id}.xml"))
            assert root.tag == q("assessmentItem") and NCNAME.match(root.get("identifier"))
            cardinality = "single" if question.type == "single" else "multiple"
            response = root.find(q("responseDeclaration"))
            assert (response.get("identifier"), response.get("cardinality"), response.get("baseType")) == ("RESPONSE", cardinality, "identifier")
            assert [value.text for value in response.iter(q("value"))] == [f"C{index + 1}" for index in question.correct]
            assert root.find(q("outcomeDeclaration")).get("identifier") == "SCORE"
            interaction = root.find(f"{q('itemBody')}/{q('choiceInteraction')}")
            assert interaction.get("maxChoices") == ("1" if cardinality == "single" else "0")
            assert interaction.find(q("prompt")).text == question.prompt
            assert [choice.text for choice in interaction.findall(q("simpleChoice"))] == [choice.text for choice in question.choices]
            feedbacks = root.findall(q("modalFeedback"))
            assert [(f.get("identifier"), f.text) for f in feedbacks] == [(f"C{i + 1}", c.feedback) for i, c in enumerate(question.choices)]
    assert {quiz.id for quiz in quizzes} == set(content.quizzes)
    assert any(question.type == "multiple" for quiz in quizzes for question in quiz.questions)


def test_text_is_escaped_and_encoded_in_utf_8():
    tricky = "Que dire à « Léa » quand <script>alert(1)</script> & co ?"
    choices = [Choice(text="A & B < C", correct=True, feedback="Oui : « ça » marche"), Choice(text="Non", correct=False, feedback="Non")]
    question = Question.model_construct(id="piege", type="single", prompt=tricky, section="01-x.md#y", choices=choices)
    quiz = Quiz.model_construct(id="1er-quiz", title="Quiz", minutes=5, intro=None, questions=[question])
    data = xml_bytes(item(quiz, question, 1))
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>") and b"&lt;script&gt;" in data and "« Léa »".encode() in data
    root = ET.fromstring(data)
    assert root.get("identifier") == "q-1er-quiz.piege"
    assert root.find(f"{q('itemBody')}/{q('choiceInteraction')}/{q('prompt')}").text == tricky


def test_a_missing_folder_exits_2(tmp_path, capsys):
    assert cli.main(["course", "export-qti", "-o", str(tmp_path / "absent" / "quiz.zip"), "--root", str(ROOT)]) == 2
    assert "n’existe pas" in capsys.readouterr().err
