/*
 * « Mon bilan » (data-widget="dashboard"): every checklist's status and level, a chart of the
 * level per domain with the same data as a table, the three weakest answers, and resetting
 * everything. Export and import are the learner record's (data-widget="record", below it).
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  PS.widgets = PS.widgets || {};
  const KIND = "checklist";

  const h = PS.h;

  const mount = (root) => {
    const catalogue = JSON.parse(root.dataset.catalogue).checklists;
    const app = root.querySelector("[data-app]");
    root.querySelector("[data-fallback]").hidden = true;
    app.hidden = false;
    const notices = [];

    const readAll = () =>
      catalogue.map((checklist) => {
        const stored = PS.storage.read(KIND, checklist.id, PS.answers.isStored);
        if (stored.notice && !notices.includes(stored.notice)) notices.push(stored.notice);
        let answers = {};
        if (stored.value) {
          const restored = PS.answers.restore(checklist, stored.value);
          answers = restored.answers;
          if (restored.changed) {
            PS.storage.setAside(PS.storage.keyOf(KIND, checklist.id), JSON.stringify(stored.value));
            PS.storage.write(KIND, checklist.id, PS.answers.toStored(checklist, answers));
            notices.push(`${checklist.title} : ${PS.strings.updated(restored.changed)}`);
          }
        }
        return { checklist, answers, outcome: PS.scoring.score(checklist, answers) };
      });

    const statusOf = ({ outcome }) =>
      outcome.answered === 0
        ? PS.strings.status.empty
        : outcome.answered < outcome.total
          ? PS.strings.status.partial(outcome.answered, outcome.total)
          : PS.strings.status.done;

    const levelText = ({ outcome }) => (outcome.percent === null ? "—" : `${outcome.level.name} (${outcome.percent}\u00a0%)`);

    const weakest = (states) => {
      const answered = [];
      states.forEach(({ checklist, answers }, order) => {
        const max = Math.max(...checklist.scale.map((step) => step.points));
        for (const item of checklist.items) {
          if (!(item.id in answers)) continue;
          const step = checklist.scale[answers[item.id]];
          answered.push({ checklist, item, step, ratio: max ? step.points / max : 1, order });
        }
      });
      return answered
        .filter((entry) => entry.ratio < 1)
        .sort((a, b) => a.ratio - b.ratio || b.item.weight - a.item.weight || a.order - b.order)
        .slice(0, 3);
    };

    const message = h("p", { class: "pb-dashboard__message", role: "status", "aria-live": "polite" });
    const say = (text) => {
      message.textContent = text;
    };

    const render = () => {
      const states = readAll();
      const list = h(
        "ul",
        { class: "pb-dashboard__list" },
        states.map((state) =>
          h(
            "li",
            { class: "pb-dashboard__entry", "data-checklist": state.checklist.id },
            h("a", { href: state.checklist.href }, state.checklist.title),
            h("span", { class: "pb-dashboard__domain" }, state.checklist.domaine),
            h("span", { class: "pb-dashboard__status", "data-status": true }, statusOf(state)),
            h("span", { class: "pb-dashboard__level", "data-level": true }, levelText(state)),
          ),
        ),
      );
      const capitalised = (text) => text.charAt(0).toUpperCase() + text.slice(1);
      const rows = states.map((state) => ({
        label: capitalised(state.checklist.domaine),
        percent: state.outcome.percent,
        caption: state.outcome.percent === null ? "pas commencée" : `${state.outcome.percent} % · ${state.outcome.level.name}`,
      }));
      const table = h(
        "table",
        { class: "pb-dashboard__table" },
        h("caption", {}, "Votre niveau par domaine"),
        h("thead", {}, h("tr", {}, ["Domaine", "Grille", "Réponses", "Score", "Niveau"].map((title) => h("th", { scope: "col" }, title)))),
        h(
          "tbody",
          {},
          states.map((state) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, state.checklist.domaine),
              h("td", {}, state.checklist.title),
              h("td", {}, `${state.outcome.answered} sur ${state.outcome.total}`),
              h("td", {}, state.outcome.percent === null ? "—" : `${state.outcome.percent}\u00a0%`),
              h("td", {}, state.outcome.percent === null ? "—" : state.outcome.level.name),
            ),
          ),
        ),
      );
      const weak = weakest(states);
      const weakList = weak.length
        ? h(
            "ol",
            { class: "pb-dashboard__weakest" },
            weak.map(({ checklist, item, step }) =>
              h(
                "li",
                {},
                h("p", { class: "pb-dashboard__weak-text" }, item.text),
                h("p", { class: "pb-dashboard__weak-meta" }, `${checklist.title} — ${PS.strings.yourAnswer(step.label)}`),
                h("p", {}, h("a", { href: item.href }, `À lire : ${item.section}`)),
              ),
            ),
          )
        : h("p", {}, "Rien à signaler pour l’instant : remplissez une grille, ou toutes vos réponses sont déjà au plus haut.");

      const confirm = h(
        "div",
        { class: "pb-confirm", role: "group", "aria-labelledby": "pb-reset-all-question", hidden: true, "data-confirm": true },
        h("p", { id: "pb-reset-all-question" }, "Effacer toutes vos réponses, dans toutes les grilles ? Elles ne pourront pas être récupérées."),
        h("button", { type: "button", class: "md-button md-button--primary", "data-action": "reset-all-confirm" }, "Oui, tout effacer"),
        " ",
        h("button", { type: "button", class: "md-button", "data-action": "reset-all-cancel" }, "Annuler"),
      );

      app.replaceChildren(
        h("p", { class: "pb-dashboard__notice", role: "status", hidden: notices.length === 0 }, notices.join(" ")),
        list,
        h("h2", { id: "pb-bilan-niveaux" }, "Votre niveau par domaine"),
        h("figure", { class: "pb-dashboard__chart" }, PS.chart.bars(rows), table),
        h("h2", { id: "pb-bilan-points" }, "Vos trois points à travailler"),
        weakList,
        h(
          "div",
          { class: "pb-dashboard__actions" },
          h("button", { type: "button", class: "md-button", "data-action": "reset-all" }, "Effacer toutes mes réponses"),
        ),
        confirm,
        message,
      );
      return states;
    };

    const actions = {
      "reset-all": () => {
        const confirm = app.querySelector("[data-confirm]");
        confirm.hidden = false;
        confirm.querySelector('[data-action="reset-all-cancel"]').focus();
      },
      "reset-all-cancel": () => {
        app.querySelector("[data-confirm]").hidden = true;
        app.querySelector('[data-action="reset-all"]').focus();
      },
      "reset-all-confirm": () => {
        catalogue.forEach((checklist) => PS.storage.remove(KIND, checklist.id));
        render();
        say(PS.strings.resetAllDone);
        app.querySelector('[data-action="reset-all"]').focus();
      },
    };

    const onClick = (event) => {
      const button = event.target.closest("[data-action]");
      if (button && actions[button.dataset.action]) actions[button.dataset.action]();
    };
    const onStorage = (event) => {
      if (event.key && event.key.startsWith(PS.storage.keyOf(KIND, ""))) render();
    };

    render();
    app.addEventListener("click", onClick);
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  };

  PS.widgets.dashboard = { mount };
})();
