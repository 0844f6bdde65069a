"""What each bad checklist fixture (tests/fixtures/bad_checklists) must be told, after its file name."""

CHECKLIST_MESSAGES = {
    "yaml-syntax": ":4: YAML invalide : crochet « [ » non fermé (élément commencé ligne 3)",
    "missing-field": ":1: « title » est obligatoire",
    "unknown-key": ":3: « titel » n’est pas un champ connu : vouliez-vous dire « title » ?",
    "wrong-type": ":2: « version » doit être un nombre entier",
    "empty-items": ":11: « items » doit contenir au moins 1 élément",
    "duplicate-item": ":16: « premier » est déjà l’id de items[1] : choisissez un autre id",
    "zero-weight": ":14: « items[1].weight » doit être supérieur à 0",
    "thresholds": ":28: seuils non croissants : 0 après 0 ; classez les niveaux du plus bas au plus haut",
    "missing-chapter": ":19: « items[2].section » : le chapitre « 99-introuvable.md » n’existe pas",
    "missing-anchor": ":19: « items[2].section » : aucune section « #rendre-le-contact-evidnt » dans 03-service-client.md : "
    "vouliez-vous dire « #rendre-le-contact-evident » ?",
    "wrong-id": ":1: l’id « autre-nom » doit reprendre le nom du fichier : « wrong-id »",
}

# What each mistake in the fixture course (tests/fixtures/course) must be told: (file, text
# replaced, replacement, the messages). The build shows the same lines (tests/sitebuild).
COURSE = "exercises/course.yml"
QUIZ = "exercises/quizzes/essai.yml"
SCENARIO = "exercises/scenarios/essai.yml"
REFLECTION = "exercises/reflections/essai.yml"
LAST_QUESTION = "".join(
    f"{line}\n"
    for line in (
        "  - id: question-6",
        "    type: single",
        "    prompt: Que faites-vous dans la situation 6 ?",
        "    section: 03-service-client.md#le-silence-se-remarque",
        "    choices:",
        "      - text: La bonne réponse.",
        "        correct: true",
        "        feedback: Oui, parce que.",
        "      - text: La mauvaise réponse.",
        "        correct: false",
        "        feedback: Non, parce que.",
    )
)
COURSE_CASES = {
    "course-yaml-syntax": (COURSE, "title: Un parcours d’essai", "title: [Un parcours", [f"{COURSE}:4: YAML invalide : crochet « [ » non fermé (élément commencé ligne 3)"]),
    "course-unknown-key": (COURSE, "intro:", "intrp:", [f"{COURSE}:4: « intrp » n’est pas un champ connu : vouliez-vous dire « intro » ?"]),
    "completion-rule": (COURSE, "quiz: passed", "quiz: réussi", [f"{COURSE}:8: « completion.quiz » doit valoir « passed » ou « attempted »"]),
    "misspelt-activity": (COURSE, "- quiz: essai", "- quiz: esai", [
        f"{COURSE}:21: quiz « esai » introuvable dans exercises/quizzes/ : vouliez-vous dire « essai » ?",
        f"{QUIZ}:1: ce quiz n’est dans aucun module : ajoutez « - quiz: essai » aux activités d’un module de {COURSE}",
    ]),
    "misspelt-kind": (COURSE, "- scenario: essai", "- scenaro: essai", [
        f"{COURSE}:22: « modules[1].activities[2].scenaro » n’est pas un champ connu : vouliez-vous dire « scenario » ?",
    ]),
    "two-kinds-in-one-activity": (COURSE, "- scenario: essai", "- scenario: essai\n        reflection: essai", [
        f"{COURSE}:22: « modules[1].activities[2] » : une activité nomme un seul exercice : « quiz: <id> », « scenario: <id> », « reflection: <id> » ou « checklist: <id> »",
    ]),
    "unknown-checklist": (COURSE, "checklist: mesure", "checklist: mesur", [
        f"{COURSE}:35: grille « mesur » introuvable dans exercises/checklists/ : vouliez-vous dire « mesure » ?",
    ]),
    "activity-in-two-modules": (COURSE, "- reflection: essai", "- reflection: essai\n      - scenario: essai", [
        f"{COURSE}:35: « essai » est déjà une activité du module 1 : gardez-la dans un seul module",
    ]),
    "section-in-two-modules": (COURSE, "07-mesure.md#sortir-du-culte-du-clic", "03-service-client.md#le-silence-se-remarque", [
        f"{COURSE}:32: cette section est déjà à lire dans le module 1 : gardez-la dans un seul module",
    ]),
    "misspelt-section": (COURSE, "#sortir-du-culte-du-clic", "#sortir-du-culte-du-click", [
        f"{COURSE}:32: « modules[2].read[1] » : aucune section « #sortir-du-culte-du-click » dans 07-mesure.md : vouliez-vous dire « #sortir-du-culte-du-clic » ?",
    ]),
    "quiz-without-pass-mark": (COURSE, "    pass_mark: 70\n", "", [
        f"{COURSE}:13: ce module a un quiz : indiquez son seuil de réussite, par exemple « pass_mark: 70 » (en %)",
    ]),
    "pass-mark-without-quiz": (COURSE, "      - checklist: mesure\n", "      - checklist: mesure\n    pass_mark: 70\n", [
        f"{COURSE}:36: ce module n’a pas de quiz : retirez « pass_mark »",
    ]),
    "pass-mark-above-100": (COURSE, "pass_mark: 70", "pass_mark: 170", [f"{COURSE}:23: « modules[1].pass_mark » doit valoir au plus 100"]),
    "reserved-module-id": (COURSE, "- id: second", "- id: attestation", [
        f"{COURSE}:26: « attestation » est réservé aux pages du parcours (« attestation », « guide-animation », « index », « kit ») : choisissez un autre id",
    ]),
    "repeated-module-id": (COURSE, "- id: second", "- id: premier", [
        f"{COURSE}:26: « premier » est déjà l’id de modules[1] : choisissez un autre id",
    ]),
    "no-debrief": (COURSE, "    debrief:\n      - Qu’allez-vous essayer ?\n", "", [f"{COURSE}:26: « modules[2].debrief » est obligatoire"]),
    "quiz-too-short": (QUIZ, LAST_QUESTION, "", [f"{QUIZ}:5: « questions » doit contenir au moins 6 éléments"]),
    "quiz-two-right-for-single": (QUIZ, "correct: false", "correct: true", [
        f"{QUIZ}:6: question à réponse unique, mais 2 choix sont justes : gardez-en un, ou écrivez « type: multiple »",
    ]),
    "quiz-nothing-right": (QUIZ, "correct: true", "correct: false", [
        f"{QUIZ}:10: aucun choix n’est juste : marquez au moins une réponse « correct: true »",
    ]),
    "quiz-choice-without-feedback": (QUIZ, "        feedback: Non, parce que.\n", "", [f"{QUIZ}:13: « questions[1].choices[2].feedback » est obligatoire"]),
    "quiz-repeated-question": (QUIZ, "- id: question-2", "- id: question-1", [f"{QUIZ}:16: « question-1 » est déjà l’id de questions[1] : choisissez un autre id"]),
    "quiz-question-type": (QUIZ, "type: single", "type: unique", [f"{QUIZ}:6: « questions[1].type » doit valoir « single » ou « multiple »"]),
    "quiz-file-name": (QUIZ, "id: essai", "id: autre", [f"{QUIZ}:1: l’id « autre » doit reprendre le nom du fichier : « essai »"]),
    "scenario-too-few-criteria": (SCENARIO, "  - id: suite\n    text: J’annonce la suite.\n", "", [f"{SCENARIO}:12: « criteria » doit contenir au moins 3 éléments"]),
    "scenario-too-many-criteria": (SCENARIO, "  - id: suite\n", "  - id: a\n    text: A.\n  - id: b\n    text: B.\n  - id: c\n    text: C.\n  - id: suite\n", [
        f"{SCENARIO}:12: « criteria » doit contenir au plus 5 éléments",
    ]),
    "scenario-repeated-criterion": (SCENARIO, "- id: suite", "- id: reconnait", [f"{SCENARIO}:16: « reconnait » est déjà l’id de criteria[1] : choisissez un autre id"]),
    "scenario-no-model-answer": (SCENARIO, "model_answer: Bonjour, nous regardons.\n", "", [f"{SCENARIO}:1: « model_answer » est obligatoire"]),
    "reflection-repeated-prompt": (REFLECTION, "- id: seconde", "- id: premiere", [f"{REFLECTION}:8: « premiere » est déjà l’id de prompts[1] : choisissez un autre id"]),
}
