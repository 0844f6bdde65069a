"""Each sentence of eight words or more stands in one chapter only: what is said twice is said once
and linked. Whitespace, case, apostrophes and punctuation do not make two sentences different."""

from __future__ import annotations

from collections import defaultdict

from tests.conftest import ROOT
from tests.content.prose import sentences

MIN_WORDS = 8


def test_no_sentence_of_eight_words_or_more_is_in_two_chapters():
    where: dict[str, set[str]] = defaultdict(set)
    text: dict[str, str] = {}
    for chapter in sorted((ROOT / "chapters").glob("*.md")):
        for sentence in sentences(chapter):
            if sentence.words >= MIN_WORDS:
                where[sentence.key].add(chapter.name)
                text.setdefault(sentence.key, sentence.text)
    repeated = {key: chapters for key, chapters in where.items() if len(chapters) > 1}
    assert not repeated, "\n".join(f"{sorted(chapters)} : « {text[key]} »" for key, chapters in repeated.items())


def test_the_sentence_splitter_sees_what_a_reader_sees(tmp_path):
    path = tmp_path / "x.md"
    path.write_text(
        "---\ntitle: x\n---\n\n## Une section\n\nPremière phrase, avec un [lien](a.md). Deuxième phrase !\n\n"
        "- Un élément **gras**\n\n| A | B |\n| --- | --- |\n| cellule un | cellule deux |\n\n/// play | x\n///\n",
        encoding="utf-8",
    )
    assert [(s.text, s.section) for s in sentences(path)] == [
        ("Première phrase, avec un lien.", "Une section"),
        ("Deuxième phrase !", "Une section"),
        ("Un élément gras", "Une section"),
        ("A", "Une section"),
        ("B", "Une section"),
        ("cellule un", "Une section"),
        ("cellule deux", "Une section"),
    ]
