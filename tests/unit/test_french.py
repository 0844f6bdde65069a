"""French contractions and dates: « des Jardins du Coin », « au service client », « 1er mars 2026 »."""

from __future__ import annotations

import datetime

import pytest

from playbook import french


@pytest.mark.parametrize(
    ("article", "name", "de", "a", "with_article"),
    [
        ("les", "Jardins du Coin", "des Jardins du Coin", "aux Jardins du Coin", "les Jardins du Coin"),
        ("le", "Pain de Léon", "du Pain de Léon", "au Pain de Léon", "le Pain de Léon"),
        ("la", "Mutuelle des Coteaux", "de la Mutuelle des Coteaux", "à la Mutuelle des Coteaux", "la Mutuelle des Coteaux"),
        ("l’", "Atelier Rayon", "de l’Atelier Rayon", "à l’Atelier Rayon", "l’Atelier Rayon"),
        ("aucun", "Lirea", "de Lirea", "à Lirea", "Lirea"),
        ("aucun", "Alizé", "d’Alizé", "à Alizé", "Alizé"),
    ],
)
def test_de_and_a_contract_with_le_and_les_only(article, name, de, a, with_article):
    assert french.contract("de", article, name) == de
    assert french.contract("à", article, name) == a
    assert french.with_article(article, name) == with_article


@pytest.mark.parametrize(
    ("phrase", "de", "a"),
    [
        ("Les Jardins du Coin (organisation fictive, exemple)", "des Jardins du Coin (organisation fictive, exemple)", "aux Jardins du Coin (organisation fictive, exemple)"),
        ("le service client", "du service client", "au service client"),
        ("l’équipe communication", "de l’équipe communication", "à l’équipe communication"),
        ("L'Atelier", "de l’Atelier", "à l’Atelier"),
        ("la présidence", "de la présidence", "à la présidence"),
        ("Lebrun et fils", "de Lebrun et fils", "à Lebrun et fils"),
    ],
)
def test_a_phrase_that_carries_its_article_is_contracted(phrase, de, a):
    assert french.de(phrase) == de
    assert french.a(phrase) == a


def test_split_article_needs_a_whole_word():
    assert french.split_article("Les Jardins") == ("les", "Jardins")
    assert french.split_article("Lesage") == ("", "Lesage")
    assert french.split_article("Laval") == ("", "Laval")


def test_dates_are_written_in_full():
    assert french.long_date(datetime.date(2026, 11, 28)) == "28 novembre 2026"
    assert french.long_date(datetime.date(2026, 3, 1)) == "1er mars 2026"


def test_sort_key_ignores_case_and_accents():
    assert sorted(["Réponses", "argumentaire", "Écoute"], key=french.sort_key) == ["argumentaire", "Écoute", "Réponses"]
