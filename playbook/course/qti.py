"""The course's quizzes as an IMS QTI 2.1 content package, for an LMS's question bank (Moodle and others).

    write_package(content, path)    a zip: imsmanifest.xml, one assessmentItem per question
                                    (items/<quiz>/<question>.xml) and one assessmentTest per quiz
                                    (tests/<quiz>.xml)

A question is a `choiceInteraction`: `single` → cardinality "single" (maxChoices 1), `multiple` →
"multiple" (maxChoices 0: any number). The response declaration gives the right choices; SCORE is
1 for the exact right answer, 0 otherwise; each choice's feedback is a `modalFeedback` shown when
it was chosen. Written with ElementTree: text escaped, UTF-8.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from playbook.atomic import write_atomically
from playbook.course import CourseContent, Question, Quiz

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NCNAME_START = re.compile(r"^[A-Za-z_]")


def identifier(*parts: str) -> str:
    """An XML NCName from our ids: `conversation.page-des-nouveautes`."""
    joined = ".".join(parts)
    return joined if NCNAME_START.match(joined) else f"q-{joined}"


def choice_id(index: int) -> str:
    return f"C{index + 1}"


def item_path(quiz: Quiz, question: Question) -> str:
    return f"items/{quiz.id}/{question.id}.xml"


def _root(tag: str, namespace: str, schema: str, **attributes: str) -> ET.Element:
    element = ET.Element(f"{{{namespace}}}{tag}", attributes)
    element.set(f"{{{XSI}}}schemaLocation", f"{namespace} {schema}")
    return element


def _sub(parent: ET.Element, tag: str, text: str | None = None, namespace: str = QTI, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{namespace}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def _score(parent: ET.Element, value: str) -> None:
    _sub(_sub(parent, "setOutcomeValue", identifier="SCORE"), "baseValue", value, baseType="float")


def item(quiz: Quiz, question: Question, number: int) -> ET.Element:
    cardinality = "single" if question.type == "single" else "multiple"
    root = _root(
        "assessmentItem", QTI, QTI_XSD,
        identifier=identifier(quiz.id, question.id), title=f"{quiz.title} — {number}", adaptive="false", timeDependent="false",
    )
    root.set(XML_LANG, "fr")
    response = _sub(root, "responseDeclaration", identifier="RESPONSE", cardinality=cardinality, baseType="identifier")
    correct = _sub(response, "correctResponse")
    for index in question.correct:
        _sub(correct, "value", choice_id(index))
    _sub(_sub(_sub(root, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float"), "defaultValue"), "value", "0")
    _sub(root, "outcomeDeclaration", identifier="FEEDBACK", cardinality=cardinality, baseType="identifier")
    body = _sub(root, "itemBody")
    interaction = _sub(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle="true", maxChoices="1" if cardinality == "single" else "0")
    _sub(interaction, "prompt", question.prompt)
    for index, choice in enumerate(question.choices):
        _sub(interaction, "simpleChoice", choice.text, identifier=choice_id(index))
    processing = _sub(root, "responseProcessing")
    condition = _sub(processing, "responseCondition")
    match = _sub(_sub(condition, "responseIf"), "match")
    _sub(match, "variable", identifier="RESPONSE")
    _sub(match, "correct", identifier="RESPONSE")
    _score(condition.find(f"{{{QTI}}}responseIf"), "1")
    _score(_sub(condition, "responseElse"), "0")
    _sub(_sub(processing, "setOutcomeValue", identifier="FEEDBACK"), "variable", identifier="RESPONSE")
    for index, choice in enumerate(question.choices):
        _sub(root, "modalFeedback", choice.feedback, outcomeIdentifier="FEEDBACK", identifier=choice_id(index), showHide="show")
    return root


def test(quiz: Quiz) -> ET.Element:
    root = _root("assessmentTest", QTI, QTI_XSD, identifier=identifier("test", quiz.id), title=quiz.title)
    _sub(root, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    part = _sub(root, "testPart", identifier="partie", navigationMode="linear", submissionMode="individual")
    section = _sub(part, "assessmentSection", identifier="questions", title=quiz.title, visible="true")
    for question in quiz.questions:
        _sub(section, "assessmentItemRef", identifier=identifier(quiz.id, question.id), href=f"../{item_path(quiz, question)}")
    total = _sub(_sub(root, "outcomeProcessing"), "setOutcomeValue", identifier="SCORE")
    _sub(_sub(total, "sum"), "testVariables", variableIdentifier="SCORE")
    return root


def manifest(quizzes: list[Quiz]) -> ET.Element:
    root = _root("manifest", CP, CP_XSD, identifier="playbook-social-quiz")
    metadata = _sub(root, "metadata", namespace=CP)
    _sub(metadata, "schema", "QTIv2.1 Package", namespace=CP)
    _sub(metadata, "schemaversion", "1.0.0", namespace=CP)
    _sub(root, "organizations", namespace=CP)
    resources = _sub(root, "resources", namespace=CP)
    for quiz in quizzes:
        href = f"tests/{quiz.id}.xml"
        resource = _sub(resources, "resource", namespace=CP, identifier=identifier("test", quiz.id), type="imsqti_test_xmlv2p1", href=href)
        _sub(resource, "file", namespace=CP, href=href)
        for question in quiz.questions:
            _sub(resource, "dependency", namespace=CP, identifierref=identifier("item", quiz.id, question.id))
    for quiz in quizzes:
        for question in quiz.questions:
            href = item_path(quiz, question)
            resource = _sub(resources, "resource", namespace=CP, identifier=identifier("item", quiz.id, question.id), type="imsqti_item_xmlv2p1", href=href)
            _sub(resource, "file", namespace=CP, href=href)
    return root


def xml_bytes(element: ET.Element) -> bytes:
    ET.register_namespace("", element.tag[1:].split("}")[0])
    ET.register_namespace("xsi", XSI)
    ET.indent(element)
    return ET.tostring(element, encoding="utf-8", xml_declaration=True) + b"\n"


def package_files(content: CourseContent) -> dict[str, bytes]:
    """Path in the zip → its bytes, quizzes in the course's order."""
    quizzes = [content.quizzes[quiz_id] for module in content.course.modules for quiz_id in module.activities_of("quiz")]
    files = {"imsmanifest.xml": xml_bytes(manifest(quizzes))}
    for quiz in quizzes:
        files[f"tests/{quiz.id}.xml"] = xml_bytes(test(quiz))
        for number, question in enumerate(quiz.questions, start=1):
            files[item_path(quiz, question)] = xml_bytes(item(quiz, question, number))
    return files


def write_package(content: CourseContent, path: Path) -> int:
    """Write the zip (whole or not at all); the number of questions in it."""
    files = package_files(content)

    def write(temporary: Path) -> None:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)

    write_atomically(path, write)
    return sum(name.startswith("items/") for name in files)
