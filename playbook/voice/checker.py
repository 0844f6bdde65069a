"""The draft checker: words to avoid, shouting capitals, exclamation runs, sentences too long.

voice-checker.js applies the same rules in the browser, with the thresholds of
playbook/schemas/voice-checker.json and the sentences of the catalogue (`voice.checker`);
tests/fixtures/voice/checker-cases.json holds the two to the same findings.

Words to avoid are found by their Snowball French stems, so that « Ciblez » or « ciblaient » are
found when « cibler » is to avoid. Each word is cut at its apostrophes and hyphens first
(« l’audience » → « l », « audience »), in the entry and in the draft alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from playbook.messages import text as message
from playbook.schemafr import load_data

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
PART = re.compile(r"[^\W_]+")
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
    """Rule name → its thresholds, in the order remarks are counted."""
    return load_data("voice-checker.json")["rules"]


@cache
def _stemmer():
    # Imported here: the build imports this module for its rules, and Snowball's stemmers of every
    # language took 10 to 20 ms of each build's start.
    import snowballstemmer

    return snowballstemmer.stemmer("french")


def stem(word: str) -> str:
    """The Snowball French stem of one word, in lower case."""
    return _stemmer().stemWord(word.lower())


def label(rule: str, count: int) -> str:
    return message(f"voice.checker.labels.{rule}", count=count)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("'", "’")


def _position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


def _words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def _parts(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of every run of letters and digits."""
    return [(stem(match.group(0)), match.start(), match.end()) for match in PART.finditer(text)]


def _avoided(text: str, lexicon: list[dict]) -> list[Finding]:
    """One remark per stretch of the draft whose stems are those of an entry; where two entries
    match the same stretch, the one written exactly so wins, then the first."""
    parts = _parts(text)
    stems = [part[0] for part in parts]
    chosen: dict[tuple[int, int], tuple[bool, dict]] = {}
    for entry in lexicon:
        target = [part[0] for part in _parts(normalise(entry["mot"]))]
        size = len(target)
        for start in range(len(parts) - size + 1) if size else ():
            if stems[start : start + size] == target:
                span = (parts[start][1], parts[start + size - 1][2])
                exact = text[span[0] : span[1]].lower() == normalise(entry["mot"]).strip().lower()
                if span not in chosen or (exact and not chosen[span][0]):
                    chosen[span] = (exact, entry)
    found = []
    for (begin, end), (_, entry) in chosen.items():
        line, column = _position(text, begin)
        words = text[begin:end]
        remark = message("voice.checker.messages.mot-a-eviter", mot=words, remplacement=entry["remplacement"])
        found.append(Finding("mot-a-eviter", line, column, words, remark, entry["remplacement"]))
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
            remark = message("voice.checker.messages.majuscules", texte=text[begin:end])
            found.append(Finding("majuscules", line, column, text[begin:end], remark))

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
            remark = message("voice.checker.messages.exclamations", texte=match.group(0))
            found.append(Finding("exclamations", line, column, match.group(0), remark))
    return found


def _long_sentences(text: str, words: list[re.Match[str]], limit: int) -> list[Finding]:
    found, sentence = [], []
    boundaries = [match.start() for match in TERMINATOR.finditer(text)]

    def close() -> None:
        if len(sentence) > limit:
            begin, end = sentence[0].start(), sentence[-1].end()
            line, column = _position(text, begin)
            remark = message("voice.checker.messages.phrase-longue", mots=len(sentence), max=limit)
            found.append(Finding("phrase-longue", line, column, text[begin:end], remark))

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
        _avoided(text, spec.get("lexique", {}).get("a_eviter", []))
        + _shouting(text, words, rule["majuscules"])
        + _exclamations(text, rule["exclamations"])
        + _long_sentences(text, words, spec["phrase_max"])
    )
    return sorted(found, key=lambda finding: (finding.line, finding.column, finding.rule))


def counts(findings: list[Finding]) -> dict[str, int]:
    """Remarks per rule, every rule listed."""
    tally = Counter(finding.rule for finding in findings)
    return {name: tally.get(name, 0) for name in rules()}
