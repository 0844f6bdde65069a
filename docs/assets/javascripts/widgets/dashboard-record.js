/*
 * « Mon bilan »'s own export and import of the learner record (version 1), kept apart from the
 * dashboard so that the learner record component (data-widget="record") can replace it whole:
 * delete this file, its entry in playbook.js and its three calls in dashboard.js.
 */
(() => {
  const PS = window.PlaybookSocial;
  const KIND = "checklist";
  const h = PS.h;

  const section = (dashboard) => [
    h("h2", { id: "pb-bilan-reponses" }, dashboard.message("dashboard.record.title")),
    h("p", {}, dashboard.message("dashboard.record.intro")),
    h(
      "div",
      { class: "pb-dashboard__actions" },
      h("button", { type: "button", class: "md-button md-button--primary", "data-action": "export" }, dashboard.message("dashboard.record.export")),
      h(
        "div",
        { class: "pb-dashboard__import" },
        h("label", { for: "pb-bilan-import" }, dashboard.message("dashboard.record.importLabel")),
        h("input", { type: "file", id: "pb-bilan-import", accept: ".json,application/json", "data-import": true }),
      ),
    ),
  ];

  const exportAll = (dashboard) => {
    const entries = {};
    for (const { checklist, answers } of dashboard.readAll()) {
      if (!Object.keys(answers).length) continue;
      const stored = PS.storage.read(KIND, checklist.id, PS.answers.isStored).value;
      entries[checklist.id] = PS.record.entry(checklist, answers, stored && stored.updatedAt);
    }
    const name = `bilan-playbook-social-${PS.download.today()}.json`;
    PS.download.download(name, JSON.stringify(PS.record.build(entries), null, 2), "application/json");
    dashboard.say(PS.text("common.download.ready", { name }));
  };

  const importFile = async (dashboard, input) => {
    const say = (key, params) => dashboard.say(dashboard.message(`dashboard.record.${key}`, params));
    const file = input.files && input.files[0];
    if (!file) return say("importEmpty");
    const text = await file.text();
    input.value = "";
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return say("importNotJson", { detail: error.message });
    }
    const problems = PS.record.problems(data);
    if (problems.length) return say("importInvalid", { problems: problems.slice(0, 3).join(" ; ") });
    const byId = new Map(dashboard.catalogue.map((checklist) => [checklist.id, checklist]));
    const skipped = Object.keys(data.checklists).filter((id) => !byId.has(id));
    const incoming = Object.entries(data.checklists).filter(([id]) => byId.has(id));
    const before = incoming.map(([id]) => [id, PS.storage.rawOf(KIND, id)]);
    for (const [id, entry] of incoming) {
      const checklist = byId.get(id);
      const { answers } = PS.answers.restore(checklist, { version: entry.version, answers: entry.answers });
      const written = PS.storage.write(KIND, id, PS.answers.toStored(checklist, answers, entry.updatedAt || undefined));
      if (!written.ok) {
        before.forEach(([previous, raw]) => PS.storage.restoreRaw(KIND, previous, raw));
        dashboard.render();
        return say("importFailed");
      }
    }
    dashboard.render();
    const restored = dashboard.message("dashboard.record.restored", { count: incoming.length });
    const ignored = skipped.length ? dashboard.message("dashboard.record.skipped", { ids: skipped.join(", ") }) : "";
    return say("importDone", { restored, skipped: ignored });
  };

  const onAction = (dashboard, action) => {
    if (action === "export") exportAll(dashboard);
  };

  const onChange = (dashboard, event) => {
    if (event.target.matches("[data-import]")) importFile(dashboard, event.target);
  };

  PS.dashboardRecord = { section, onAction, onChange };
})();
