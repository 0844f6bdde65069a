/* Every sentence the widgets show, in one table (French, as the site). */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const plural = (count, one, many) => `${count}\u00a0${count > 1 ? many : one}`;
  PS.plural = plural;
  PS.strings = {
    storageUnavailable:
      "Votre navigateur n’autorise pas ce site à enregistrer : vos réponses seront perdues en quittant la page. Exportez-les pour les garder.",
    storageFull:
      "Votre navigateur n’a plus de place pour ce site : cette réponse n’a pas été enregistrée. Exportez vos réponses pour les garder.",
    unreadable: (where) =>
      `Les réponses enregistrées étaient illisibles. Elles n’ont pas été effacées : elles sont mises de côté dans votre navigateur (clé « ${where} »), et la grille repart de zéro.`,
    updated: ({ from, to, added, removed, kept }) =>
      `Cette grille a changé depuis vos dernières réponses (version ${from} → ${to}) : ` +
      [
        added ? plural(added, "affirmation nouvelle", "affirmations nouvelles") : "",
        removed ? plural(removed, "affirmation retirée", "affirmations retirées") : "",
        `${plural(kept, "réponse conservée", "réponses conservées")}`,
      ]
        .filter(Boolean)
        .join(", ") +
      ". Votre ancienne version est gardée de côté dans votre navigateur.",
    scoreEmpty: "Répondez aux affirmations pour voir votre score et votre niveau.",
    score: ({ percent, level, answered, total }) =>
      answered < total
        ? `Score provisoire : ${percent}\u00a0% — niveau «\u00a0${level}\u00a0» (${answered} réponses sur ${total}).`
        : `Score : ${percent}\u00a0% — niveau «\u00a0${level}\u00a0» (toutes les réponses données).`,
    yourLevel: "votre niveau",
    yourAnswer: (label) => `Votre réponse : ${label}`,
    noAnswer: "Votre réponse : pas encore donnée",
    resetDone: "Vos réponses à cette grille sont effacées.",
    resetAllDone: "Toutes vos réponses sont effacées.",
    exportDone: (name) => `Le fichier « ${name} » est prêt dans vos téléchargements.`,
    status: { empty: "Pas commencée", partial: (answered, total) => `En cours : ${answered} sur ${total}`, done: "Terminée" },
  };
})();
