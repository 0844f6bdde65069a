/*
 * A self-assessment checklist (data-widget="checklist"): answers saved as they change, score and
 * level announced, the current level's recommendations shown, export, reset with confirmation.
 * The HTML is complete without this script; it only adds the behaviour.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  PS.widgets = PS.widgets || {};
  const KIND = "checklist";

  const mount = (root) => {
    const data = JSON.parse(root.dataset.checklist);
    const form = root.querySelector("[data-form]");
    const notice = root.querySelector("[data-notice]");
    const result = root.querySelector("[data-result]");
    const tools = root.querySelector("[data-tools]");
    const confirm = root.querySelector("[data-confirm]");
    let answers = {};
    const notices = [];

    const say = (text) => {
      if (text && !notices.includes(text)) notices.push(text);
      notice.textContent = notices.join(" ");
      notice.hidden = notices.length === 0;
    };

    const load = () => {
      const stored = PS.storage.read(KIND, data.id, PS.answers.isStored);
      say(stored.notice);
      if (!stored.value) return {};
      const restored = PS.answers.restore(data, stored.value);
      if (restored.changed) {
        PS.storage.setAside(PS.storage.keyOf(KIND, data.id), JSON.stringify(stored.value));
        say(PS.strings.updated(restored.changed));
        save(restored.answers);
      }
      return restored.answers;
    };

    const save = (next) => {
      const written = PS.storage.write(KIND, data.id, PS.answers.toStored(data, next));
      if (!written.ok) say(written.notice);
    };

    const showAnswers = () => {
      for (const item of data.items) {
        const row = form.querySelector(`[data-item="${CSS.escape(item.id)}"]`);
        const choice = answers[item.id];
        for (const input of row.querySelectorAll("input[type=radio]")) input.checked = Number(input.value) === choice;
        row.querySelector("[data-answer]").textContent =
          choice === undefined ? PS.strings.noAnswer : PS.strings.yourAnswer(data.scale[choice].label);
      }
    };

    const showScore = () => {
      const outcome = PS.scoring.score(data, answers);
      result.textContent =
        outcome.percent === null
          ? PS.strings.scoreEmpty
          : PS.strings.score({ percent: outcome.percent, level: outcome.level.name, answered: outcome.answered, total: outcome.total });
      root.querySelectorAll("[data-level]").forEach((element) => {
        const current = Number(element.dataset.level) === outcome.levelIndex;
        element.classList.toggle("is-current", current);
        if (current) element.setAttribute("aria-current", "true");
        else element.removeAttribute("aria-current");
        const badge = element.querySelector(".pb-checklist__badge");
        if (current && !badge) {
          const mark = document.createElement("span");
          mark.className = "pb-checklist__badge";
          mark.textContent = PS.strings.yourLevel;
          element.querySelector(".pb-checklist__level-name").append(mark);
        } else if (!current && badge) {
          badge.remove();
        }
      });
      root.classList.toggle("has-level", outcome.percent !== null);
      return outcome;
    };

    const render = () => {
      showAnswers();
      showScore();
    };

    const onChange = (event) => {
      const row = event.target.closest("[data-item]");
      if (!row || event.target.type !== "radio") return;
      answers = { ...answers, [row.dataset.item]: Number(event.target.value) };
      save(answers);
      row.querySelector("[data-answer]").textContent = PS.strings.yourAnswer(data.scale[answers[row.dataset.item]].label);
      showScore();
    };

    const exportJson = () => {
      const name = `grille-${data.id}-${PS.download.today()}.json`;
      const stored = PS.storage.read(KIND, data.id, PS.answers.isStored).value;
      const record = PS.record.build({ [data.id]: PS.record.entry(data, answers, stored && stored.updatedAt) });
      PS.download.download(name, JSON.stringify(record, null, 2), "application/json");
      result.textContent = PS.strings.exportDone(name);
    };

    const exportCsv = () => {
      const rows = [["Affirmation", "Réponse", "Points", "Poids", "À lire"]];
      for (const item of data.items) {
        const choice = answers[item.id];
        const step = choice === undefined ? null : data.scale[choice];
        rows.push([item.text, step ? step.label : "", step ? step.points : "", item.weight, item.section]);
      }
      const outcome = PS.scoring.score(data, answers);
      rows.push([]);
      rows.push(["Score", outcome.percent === null ? "" : `${outcome.percent} %`, "", "", outcome.level ? outcome.level.name : ""]);
      const name = `grille-${data.id}-${PS.download.today()}.csv`;
      PS.download.download(name, PS.download.csv(rows), "text/csv;charset=utf-8");
      result.textContent = PS.strings.exportDone(name);
    };

    const resetButton = root.querySelector('[data-action="reset"]');
    const actions = {
      "export-json": exportJson,
      "export-csv": exportCsv,
      reset: () => {
        confirm.hidden = false;
        confirm.querySelector('[data-action="reset-cancel"]').focus();
      },
      "reset-cancel": () => {
        confirm.hidden = true;
        resetButton.focus();
      },
      "reset-confirm": () => {
        answers = {};
        PS.storage.remove(KIND, data.id);
        confirm.hidden = true;
        render();
        result.textContent = `${PS.strings.resetDone} ${PS.strings.scoreEmpty}`;
        resetButton.focus();
      },
    };
    const onClick = (event) => {
      const button = event.target.closest("[data-action]");
      if (button && actions[button.dataset.action]) actions[button.dataset.action]();
    };

    /* Another tab changed these answers: show them here too. */
    const onStorage = (event) => {
      if (event.key !== PS.storage.keyOf(KIND, data.id)) return;
      answers = load();
      render();
    };

    answers = load();
    render();
    form.addEventListener("change", onChange);
    root.addEventListener("click", onClick);
    window.addEventListener("storage", onStorage);
    tools.hidden = false;
    root.classList.add("is-ready");
    return () => window.removeEventListener("storage", onStorage);
  };

  PS.widgets.checklist = { mount };
})();
