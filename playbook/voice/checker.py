"""The draft checker: words to avoid, shouting capitals, exclamation runs, sentences too long.

voice-checker.js applies the same rules in the browser, with the thresholds and messages of
playbook/schemas/voice-checker.json; tests/fixtures/voice/checker-cases.json holds them to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from playbook.schemafr import load_data

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
TERMINATOR = re.compile(r"[.!?…]+|\n")
EXCLAMATIONS = re.compile(r"[!?]{2,}")


@dataclass(frozen=True)
class Finding:
    """One remark on a draft: which rule, where (1-based line and column), on what text, and why."""

    rule: str
    line: int
    column: int
    text: str
    message: str
    replacement: str | None = None


def rules() -> dict:
    return load_data("voice-checker.json")["rules"]


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("'", "’")


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


def _words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def _avoided(text: str, words: list[re.Match[str]], lexicon: list[dict], rule: dict) -> list[Finding]:
    found = []
    lowered = [match.group(0).lower() for match in words]
    for entry in lexicon:
        target = [word.lower() for word in WORD.findall(normalise(entry["mot"]))]
        if not target:
            continue
        size = len(target)
        for start in range(len(words) - size + 1):
            window = lowered[start : start + size]
            last = window[-1]
            if window[:-1] == target[:-1] and last in (target[-1], target[-1] + "s", target[-1] + "x"):
                begin, end = words[start].start(), words[start + size - 1].end()
                line, column = _position(text, begin)
                found.append(
                    Finding(
                        "mot-a-eviter",
                        line,
                        column,
                        text[begin:end],
                        rule["message"].format(mot=text[begin:end], remplacement=entry["remplacement"]),
                        entry["remplacement"],
                    )
                )
    return found


def _is_shouting(word: str, letters: int) -> bool:
    alphabetic = [char for char in word if char.isalpha()]
    return len(alphabetic) >= letters and word == word.upper() and word != word.lower()


def _shouting(text: str, words: list[re.Match[str]], rule: dict) -> list[Finding]:
    found, run = [], []

    def close() -> None:
        long_word = len(run) == 1 and _is_shouting(run[0].group(0), rule["single_word_letters"])
        if len(run) >= rule["run_words"] or long_word:
            begin, end = run[0].start(), run[-1].end()
            line, column = _position(text, begin)
            found.append(Finding("majuscules", line, column, text[begin:end], rule["message"].format(texte=text[begin:end])))

    for match in words:
        between = text[run[-1].end() : match.start()] if run else ""
        if _is_shouting(match.group(0), rule["word_letters"]) and (not run or TERMINATOR.search(between) is None):
            run.append(match)
            continue
        if run:
            close()
        run = [match] if _is_shouting(match.group(0), rule["word_letters"]) else []
    if run:
        close()
    return found


def _exclamations(text: str, rule: dict) -> list[Finding]:
    found = []
    for match in EXCLAMATIONS.finditer(text):
        if "!" in match.group(0) and len(match.group(0)) >= rule["run"]:
            line, column = _position(text, match.start())
            found.append(Finding("exclamations", line, column, match.group(0), rule["message"].format(texte=match.group(0))))
    return found


def _long_sentences(text: str, words: list[re.Match[str]], limit: int, rule: dict) -> list[Finding]:
    found, sentence = [], []
    boundaries = [match.start() for match in TERMINATOR.finditer(text)]

    def close() -> None:
        if len(sentence) > limit:
            begin, end = sentence[0].start(), sentence[-1].end()
            line, column = _position(text, begin)
            found.append(
                Finding("phrase-longue", line, column, text[begin:end], rule["message"].format(mots=len(sentence), max=limit))
            )

    index = 0
    for match in words:
        while index < len(boundaries) and boundaries[index] < match.start():
            if sentence:
                close()
                sentence = []
            index += 1
        sentence.append(match)
    if sentence:
        close()
    return found


def check(draft: str, spec: dict) -> list[Finding]:
    """Every remark on `draft` under the guide `spec`, in reading order."""
    text = normalise(draft)
    words = _words(text)
    rule = rules()
    found = (
        _avoided(text, words, spec.get("lexique", {}).get("a_eviter", []), rule["mot-a-eviter"])
        + _shouting(text, words, rule["majuscules"])
        + _exclamations(text, rule["exclamations"])
        + _long_sentences(text, words, spec["phrase_max"], rule["phrase-longue"])
    )
    return sorted(found, key=lambda finding: (finding.line, finding.column, finding.rule))


def counts(findings: list[Finding]) -> dict[str, int]:
    """Remarks per rule, every rule listed."""
    tally = Counter(finding.rule for finding in findings)
    return {name: tally.get(name, 0) for name in rules()}
