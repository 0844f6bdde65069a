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
