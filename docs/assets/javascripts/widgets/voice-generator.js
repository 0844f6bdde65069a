/*
 * « Définir notre voix » (data-widget="voice-generator"): a form in sections that builds a voice
 * guide, saved in the browser as you type, with a live preview, exports (Markdown, standalone
 * HTML, PDF through the browser's print, JSON), a share link carried in the URL fragment, import
 * of JSON or YAML, and a draft checker. Every value is handled as text: the DOM is built with
 * textContent, and the preview comes from the guide template with autoescape.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  PS.widgets = PS.widgets || {};
  const KIND = "voice";
  const DRAFT = "brouillon";
  const SHARE = "guide=";
  const nbsp = "\u00a0";

  const h = PS.h;

  const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const clone = (value) => JSON.parse(JSON.stringify(value));
  const keyOf = (path) => path.join(".");
  const idOf = (path) => `pb-voix-${path.join("-")}`;

  const getAt = (object, path) => path.reduce((node, part) => (node === undefined || node === null ? undefined : node[part]), object);
  const setAt = (object, path, value) => {
    let node = object;
    path.slice(0, -1).forEach((part, index) => {
      if (node[part] === undefined) node[part] = typeof path[index + 1] === "number" ? [] : {};
      node = node[part];
    });
    node[path[path.length - 1]] = value;
  };

  const slug = (text) =>
    String(text || "guide")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "guide";

  /* UTF-8 JSON ↔ base64url, for the share link. */
  const encode = (spec) => {
    const bytes = new TextEncoder().encode(JSON.stringify(spec));
    let binary = "";
    bytes.forEach((byte) => {
      binary += String.fromCharCode(byte);
    });
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };
  const decode = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
  };

  const mount = (root) => {
    const config = JSON.parse(root.dataset.voice);
    const { schema, suggestions, templates, rules, example } = config;
    const props = schema.properties;
    const situationKeys = props.situations.required;
    const toneKeys = props.tons.required;
    const app = root.querySelector("[data-app]");
    root.querySelector("[data-fallback]").hidden = true;
    app.hidden = false;

    const starter = () => ({
      organisation: "",
      mission: "",
      publics: [""],
      traits: [0, 1, 2].map(() => ({ est: "", pas: "", description: "", a_faire: [""], a_eviter: [""] })),
      tons: { formel_decontracte: 3, serieux_drole: 3, respectueux_irreverencieux: 2, factuel_enthousiaste: 3 },
      phrase_max: 20,
      situations: Object.fromEntries(situationKeys.map((key) => [key, { ressenti: "", ton: "", exemple: "" }])),
      autres_situations: [],
      lexique: { preferes: clone(suggestions.preferes), a_eviter: clone(suggestions.a_eviter) },
      reecritures: [],
      canaux: [],
      responsable: "",
      date: PS.download.today(),
    });

    const isStored = (value) => isPlainObject(value) && value.schema === 1 && isPlainObject(value.spec);
    let spec;
    let touched = new Set();
    let showAll = false;
    const notices = [];

    const stored = PS.storage.read(KIND, DRAFT, isStored);
    if (stored.notice) notices.push(stored.notice);
    spec = stored.value ? stored.value.spec : starter();

    /* ---------- regions ---------- */
    const message = h("p", { class: "pb-voice__message", role: "status", "aria-live": "polite" });
    const say = (text) => {
      message.textContent = text;
    };
    const notice = h("p", { class: "pb-voice__notice", role: "status", hidden: notices.length === 0 }, notices.join(" "));
    const offer = h("div", { class: "pb-voice__offer", role: "region", "aria-label": "Guide reçu par un lien", hidden: true });
    const form = h("form", { class: "pb-voice__form", "aria-label": "Définir notre voix", novalidate: true });
    const preview = h("div", { class: "pb-voice__preview", "data-preview": true });
    const summary = h("div", { class: "pb-voice__summary", hidden: true });
    const shareOutput = h("input", { type: "text", readonly: true, class: "pb-voice__share-link", id: "pb-voix-lien", hidden: true });
    const shareLabel = h("label", { for: "pb-voix-lien", hidden: true }, "Lien de partage (il contient tout le guide, et n’est envoyé à aucun serveur)");

    /* ---------- saving, validation, preview ---------- */
    let previewTimer = null;
    const save = () => {
      const written = PS.storage.write(KIND, DRAFT, { schema: 1, spec, updatedAt: new Date().toISOString() });
      if (!written.ok) {
        if (!notices.includes(written.notice)) notices.push(written.notice);
        notice.textContent = notices.join(" ");
        notice.hidden = false;
      }
    };
    const problems = () => PS.schema.problems(schema, spec);

    const showErrors = () => {
      const byField = new Map();
      for (const problem of problems()) {
        const key = keyOf(problem.path);
        if (!byField.has(key)) byField.set(key, problem.message);
      }
      form.querySelectorAll("[data-field]").forEach((field) => {
        const key = field.dataset.field;
        const error = field.querySelector(":scope > .pb-field__error");
        const control = field.querySelector(":scope > .pb-field__control, :scope > .pb-field__row > .pb-field__control");
        const text = byField.get(key);
        const visible = Boolean(text) && (showAll || touched.has(key));
        if (error) {
          error.textContent = visible ? text : "";
          error.hidden = !visible;
        }
        if (control) {
          if (visible) control.setAttribute("aria-invalid", "true");
          else control.removeAttribute("aria-invalid");
        }
      });
    };

    const renderPreview = () => {
      preview.innerHTML = PS.voiceRender.render(templates, schema, spec, "html", true);
    };
    const changed = () => {
      save();
      showErrors();
      clearTimeout(previewTimer);
      previewTimer = setTimeout(renderPreview, 120);
      runChecker();
    };

    /* ---------- form building ---------- */
    const errorOf = (path) => h("p", { class: "pb-field__error", id: `${idOf(path)}-erreur`, hidden: true });

    const textField = (path, label, { long = false, hint = null, type = "text" } = {}) => {
      const id = idOf(path);
      const describedBy = [`${id}-erreur`, hint ? `${id}-aide` : null].filter(Boolean).join(" ");
      const attributes = { id, class: "pb-field__control", "data-path": keyOf(path), "aria-describedby": describedBy, value: getAt(spec, path) ?? "" };
      const control = long ? h("textarea", { ...attributes, rows: 3 }) : h("input", { ...attributes, type });
      return h(
        "div",
        { class: "pb-field", "data-field": keyOf(path) },
        h("label", { for: id, class: "pb-field__label" }, label),
        hint ? h("p", { class: "pb-field__hint", id: `${id}-aide` }, hint) : null,
        control,
        errorOf(path),
      );
    };

    const listField = (path, legend, itemLabel, { min = 0, max = 10, long = false, item = null, addLabel }) => {
      const list = getAt(spec, path) || [];
      const rows = list.map((value, index) => {
        const content = item ? item([...path, index], index) : textField([...path, index], `${itemLabel} ${index + 1}`, { long });
        const remove =
          list.length > min
            ? h("button", { type: "button", class: "pb-voice__remove", "data-remove": keyOf(path), "data-index": index, "aria-label": `Retirer : ${itemLabel.toLowerCase()} ${index + 1}` }, "Retirer")
            : null;
        return h("li", { class: "pb-voice__item" }, content, remove);
      });
      return h(
        "fieldset",
        { class: "pb-voice__list", "data-field": keyOf(path) },
        h("legend", {}, legend),
        h("ol", { class: "pb-voice__items" }, rows),
        list.length < max ? h("button", { type: "button", class: "md-button pb-voice__add", "data-add": keyOf(path) }, addLabel) : null,
        errorOf(path),
      );
    };

    // A new entry of each list of objects; lists of texts get an empty text.
    const makers = {
      traits: () => ({ est: "", pas: "", description: "", a_faire: [""], a_eviter: [""] }),
      autres_situations: () => ({ nom: "", ressenti: "", ton: "", exemple: "" }),
      "lexique.a_eviter": () => ({ mot: "", remplacement: "" }),
      reecritures: () => ({ avant: "", apres: "" }),
      canaux: () => ({ reseau: "", habitudes: "" }),
    };
    const makerFor = (key) => makers[key] || (() => "");

    const section = (title, intro, ...content) =>
      h("section", { class: "pb-voice__section" }, h("h2", {}, title), intro ? h("p", { class: "pb-voice__intro" }, intro) : null, ...content);

    const traitIdeas = () =>
      h(
        "div",
        { class: "pb-voice__ideas" },
        h("p", { class: "pb-voice__ideas-title", id: "pb-voix-idees" }, "Des idées tirées des qualités d’une relation saine (cliquez pour remplir le prochain trait vide) :"),
        h(
          "ul",
          { "aria-labelledby": "pb-voix-idees" },
          suggestions.traits.map((idea, index) =>
            h("li", {}, h("button", { type: "button", class: "pb-voice__idea", "data-idea": index }, `${idea.est}, mais pas ${idea.pas}`)),
          ),
        ),
      );

    const traitItem = (path, index) => {
      const trait = schema.$defs.trait.properties;
      return h(
        "fieldset",
        { class: "pb-voice__group" },
        h("legend", {}, `Trait ${index + 1}`),
        h(
          "div",
          { class: "pb-voice__pair" },
          textField([...path, "est"], trait.est.title),
          textField([...path, "pas"], trait.pas.title),
        ),
        textField([...path, "description"], trait.description.title, { long: true }),
        listField([...path, "a_faire"], trait.a_faire.title, "Action", { min: 1, max: 5, addLabel: "Ajouter une chose à faire" }),
        listField([...path, "a_eviter"], trait.a_eviter.title, "Écueil", { min: 1, max: 5, addLabel: "Ajouter une chose à éviter" }),
      );
    };

    const toneField = (key) => {
      const path = ["tons", key];
      const dimension = props.tons.properties[key];
      const id = idOf(path);
      const value = getAt(spec, path) ?? 3;
      const valueText = (number) => `${number} sur 5 : de ${dimension["x-poles"][0]} (1) à ${dimension["x-poles"][1]} (5)`;
      return h(
        "div",
        { class: "pb-field pb-field--tone", "data-field": keyOf(path) },
        h("label", { for: id, class: "pb-field__label" }, dimension.title),
        h(
          "div",
          { class: "pb-field__row" },
          h("span", { class: "pb-field__pole", "aria-hidden": "true" }, dimension["x-poles"][0]),
          h("input", { type: "range", min: 1, max: 5, step: 1, id, class: "pb-field__control", "data-path": keyOf(path), "data-number": true, value, "aria-valuetext": valueText(value), "aria-describedby": `${id}-erreur` }),
          h("span", { class: "pb-field__pole", "aria-hidden": "true" }, dimension["x-poles"][1]),
          h("output", { for: id, class: "pb-field__output" }, String(value)),
        ),
        errorOf(path),
      );
    };

    const situationGroup = (key) => {
      const path = ["situations", key];
      const hint = suggestions.situations[key] || {};
      const situation = schema.$defs.situation.properties;
      return h(
        "fieldset",
        { class: "pb-voice__group", "data-field": keyOf(path) },
        h("legend", {}, props.situations.properties[key].title),
        textField([...path, "ressenti"], situation.ressenti.title, { hint: hint.ressenti ? `Par exemple${nbsp}: ${hint.ressenti}` : null }),
        textField([...path, "ton"], situation.ton.title, { hint: hint.ton ? `Par exemple${nbsp}: ${hint.ton}` : null }),
        textField([...path, "exemple"], situation.exemple.title, { long: true }),
        errorOf(path),
      );
    };

    const objectItem = (fields) => (path) =>
      h("div", { class: "pb-voice__pair" }, fields.map(([key, label, options]) => textField([...path, key], label, options)));

    const renderForm = () => {
      const focusedPath = document.activeElement && form.contains(document.activeElement) ? document.activeElement.dataset.path : null;
      form.replaceChildren(
        section(
          "Votre organisation",
          "Qui parle, pour quoi faire, et qui tient ce guide à jour.",
          textField(["organisation"], props.organisation.title),
          textField(["mission"], props.mission.title, { long: true, hint: props.mission.description }),
          h("div", { class: "pb-voice__pair" }, textField(["responsable"], props.responsable.title), textField(["date"], props.date.title, { type: "date" })),
        ),
        section(props.publics.title, props.publics.description, listField(["publics"], "Nos publics", "Public", { min: 1, max: 8, addLabel: "Ajouter un public" })),
        section(
          props.traits.title,
          `${props.traits.description} Un trait dit ce que nous sommes, et la limite que nous ne franchissons pas.`,
          traitIdeas(),
          listField(["traits"], "Nos traits", "Trait", { min: 3, max: 5, item: traitItem, addLabel: "Ajouter un trait" }),
        ),
        section(
          props.tons.title,
          props.tons.description,
          toneKeys.map(toneField),
          textField(["phrase_max"], props.phrase_max.title, { type: "number", hint: props.phrase_max.description }),
        ),
        section(
          props.situations.title,
          "Pour chaque situation : ce que ressent la personne, comment notre ton s’ajuste, et une réponse type.",
          situationKeys.map(situationGroup),
          listField(["autres_situations"], props.autres_situations.title, "Situation", {
            max: 10,
            item: objectItem([
              ["nom", "Situation"],
              ["ressenti", "Ce que ressent la personne"],
              ["ton", "Comment notre ton s’ajuste"],
              ["exemple", "Exemple de réponse", { long: true }],
            ]),
            addLabel: "Ajouter une situation",
          }),
        ),
        section(
          props.lexique.title,
          "La liste des mots à éviter est pré-remplie avec le vocabulaire de la guerre et de la capture que le playbook apprend à abandonner.",
          listField(["lexique", "preferes"], props.lexique.properties.preferes.title, "Mot", { max: 40, addLabel: "Ajouter un mot" }),
          listField(["lexique", "a_eviter"], props.lexique.properties.a_eviter.title, "Mot à éviter", {
            max: 60,
            item: objectItem([
              ["mot", "Au lieu de"],
              ["remplacement", "Nous disons"],
            ]),
            addLabel: "Ajouter un mot à éviter",
          }),
        ),
        section(
          props.reecritures.title,
          "Un texte tel qu’on l’écrivait, et tel qu’on l’écrit désormais.",
          listField(["reecritures"], "Nos réécritures", "Réécriture", {
            max: 10,
            item: objectItem([
              ["avant", "Avant", { long: true }],
              ["apres", "Après", { long: true }],
            ]),
            addLabel: "Ajouter une réécriture",
          }),
        ),
        section(
          props.canaux.title,
          "Facultatif : ce que nous faisons différemment selon le réseau.",
          listField(["canaux"], "Nos réseaux", "Réseau", {
            max: 10,
            item: objectItem([
              ["reseau", "Réseau"],
              ["habitudes", "Nos habitudes", { long: true }],
            ]),
            addLabel: "Ajouter un réseau",
          }),
        ),
      );
      showErrors();
      if (focusedPath) {
        const again = form.querySelector(`[data-path="${CSS.escape(focusedPath)}"]`);
        if (again) again.focus();
      }
    };

    /* ---------- form events ---------- */
    form.addEventListener("input", (event) => {
      const control = event.target.closest("[data-path]");
      if (!control) return;
      const path = control.dataset.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      let value = control.value;
      if (control.dataset.number !== undefined || control.type === "number") {
        value = value === "" ? value : Number(value);
        if (control.type === "range") {
          const dimension = props.tons.properties[path[1]];
          control.setAttribute("aria-valuetext", `${value} sur 5 : de ${dimension["x-poles"][0]} (1) à ${dimension["x-poles"][1]} (5)`);
          control.parentElement.querySelector("output").textContent = String(value);
        }
      }
      setAt(spec, path, value);
      changed();
    });
    form.addEventListener("focusout", (event) => {
      const control = event.target.closest("[data-path]");
      if (!control) return;
      touched.add(control.dataset.path);
      showErrors();
    });
    form.addEventListener("click", (event) => {
      const add = event.target.closest("[data-add]");
      const remove = event.target.closest("[data-remove]");
      const idea = event.target.closest("[data-idea]");
      if (add) {
        const path = add.dataset.add.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        const list = getAt(spec, path) || [];
        list.push(makerFor(add.dataset.add)());
        setAt(spec, path, list);
        renderForm();
        changed();
        const fresh = form.querySelector(`[data-field="${CSS.escape(add.dataset.add)}"] .pb-voice__items > li:last-child [data-path]`);
        if (fresh) fresh.focus();
      } else if (remove) {
        const path = remove.dataset.remove.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        getAt(spec, path).splice(Number(remove.dataset.index), 1);
        touched = new Set();
        renderForm();
        changed();
        const addButton = form.querySelector(`[data-add="${CSS.escape(remove.dataset.remove)}"]`);
        if (addButton) addButton.focus();
      } else if (idea) {
        const chosen = suggestions.traits[Number(idea.dataset.idea)];
        let index = spec.traits.findIndex((trait) => !trait.est && !trait.pas && !trait.description);
        if (index === -1 && spec.traits.length < 5) {
          spec.traits.push(makers.traits());
          index = spec.traits.length - 1;
        }
        if (index === -1) return say("Vous avez déjà cinq traits : retirez-en un pour en ajouter un autre.");
        Object.assign(spec.traits[index], { est: chosen.est, pas: chosen.pas, description: chosen.description });
        renderForm();
        changed();
        say(`Trait ${index + 1} rempli : ${chosen.est}, mais pas ${chosen.pas}. Complétez ce qu’il faut faire et éviter.`);
      }
    });

    /* ---------- replacing the whole guide ---------- */
    const keepAside = () => {
      const raw = PS.storage.rawOf(KIND, DRAFT);
      if (raw !== null) PS.storage.setAside(PS.storage.keyOf(KIND, DRAFT), raw);
    };
    const replaceWith = (next, text) => {
      keepAside();
      spec = clone(next);
      touched = new Set();
      showAll = false;
      summary.hidden = true;
      save();
      renderForm();
      renderPreview();
      runChecker();
      say(text);
    };

    const describe = (found) => {
      const shown = found.slice(0, 3).map((problem) => `${problem.field || "le document"} — ${problem.message}`);
      return `${shown.join(" ; ")}${found.length > 3 ? ` ; et ${found.length - 3} autre(s)` : ""}`; // typographie: code
    };

    const importFile = async (input) => {
      const file = input.files && input.files[0];
      if (!file) return;
      const text = await file.text();
      input.value = "";
      let data;
      try {
        data = /\.json$/i.test(file.name) ? JSON.parse(text) : window.jsyaml.load(text, { schema: window.jsyaml.CORE_SCHEMA });
      } catch (error) {
        return say(`Ce fichier n’est pas un JSON ou un YAML lisible (${error.reason || error.message}). Votre travail en cours n’a pas changé.`);
      }
      const found = PS.schema.problems(schema, data);
      if (found.length) {
        return say(`Ce fichier n’est pas un guide de voix complet : ${describe(found)}. Votre travail en cours n’a pas changé.`);
      }
      replaceWith(data, `Guide importé depuis « ${file.name} ». Votre travail précédent est gardé de côté dans votre navigateur.`);
    };

    /* ---------- exports ---------- */
    const requireValid = () => {
      const found = problems();
      if (!found.length) {
        summary.hidden = true;
        return true;
      }
      showAll = true;
      showErrors();
      summary.replaceChildren(
        h("p", {}, `Le guide n’est pas encore complet : ${found.length} champ${found.length > 1 ? "s" : ""} à revoir. ${describe(found)}.`),
      );
      summary.hidden = false;
      const first = form.querySelector("[aria-invalid=true]");
      if (first) first.focus();
      say("Complétez les champs signalés, puis exportez de nouveau.");
      return false;
    };
    const fileName = (extension) => `guide-de-voix-${slug(spec.organisation)}.${extension}`;
    const exporters = {
      md: () => PS.download.download(fileName("md"), PS.voiceRender.render(templates, schema, spec, "md"), "text/markdown;charset=utf-8"),
      html: () => PS.download.download(fileName("html"), PS.voiceRender.render(templates, schema, spec, "html"), "text/html;charset=utf-8"),
      json: () => PS.download.download(fileName("json"), `${JSON.stringify(spec, null, 2)}\n`, "application/json"),
      pdf: () => {
        renderPreview();
        window.print();
      },
      share: () => {
        const link = `${location.href.split("#")[0]}#${SHARE}${encode(spec)}`;
        shareOutput.value = link;
        shareOutput.hidden = false;
        shareLabel.hidden = false;
        shareOutput.focus();
        shareOutput.select();
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).catch(() => {});
        say("Le lien de partage est prêt : il contient tout le guide dans l’adresse elle-même, et n’est envoyé à aucun serveur.");
      },
    };
    const exportsPanel = h(
      "section",
      { class: "pb-voice__exports", "aria-labelledby": "pb-voix-exports" },
      h("h2", { id: "pb-voix-exports" }, "Emporter le guide"),
      summary,
      h(
        "div",
        { class: "pb-voice__buttons" },
        h("button", { type: "button", class: "md-button md-button--primary", "data-export": "md" }, "Markdown"),
        h("button", { type: "button", class: "md-button md-button--primary", "data-export": "html" }, "HTML"),
        h("button", { type: "button", class: "md-button md-button--primary", "data-export": "pdf" }, "PDF (enregistrer en PDF)"),
        h("button", { type: "button", class: "md-button md-button--primary", "data-export": "json" }, "JSON"),
        h("button", { type: "button", class: "md-button", "data-export": "share" }, "Lien de partage"),
      ),
      shareLabel,
      shareOutput,
    );
    exportsPanel.addEventListener("click", (event) => {
      const button = event.target.closest("[data-export]");
      if (!button || !requireValid()) return;
      exporters[button.dataset.export]();
      if (["md", "html", "json"].includes(button.dataset.export)) say(`Le fichier « ${fileName(button.dataset.export)} » est prêt dans vos téléchargements.`);
    });

    /* ---------- toolbar: import, example, new ---------- */
    const toolbar = h(
      "div",
      { class: "pb-voice__toolbar" },
      h(
        "div",
        { class: "pb-voice__import" },
        h("label", { for: "pb-voix-import" }, "Importer un guide (JSON ou YAML)"),
        h("input", { type: "file", id: "pb-voix-import", accept: ".json,.yml,.yaml,application/json,application/yaml,text/yaml" }),
      ),
      h("button", { type: "button", class: "md-button", "data-start": "example" }, "Partir de l’exemple"),
      h("button", { type: "button", class: "md-button", "data-start": "blank" }, "Nouveau guide"),
    );
    toolbar.addEventListener("change", (event) => {
      if (event.target.type === "file") importFile(event.target);
    });
    toolbar.addEventListener("click", (event) => {
      const button = event.target.closest("[data-start]");
      if (!button) return;
      if (button.dataset.start === "example") replaceWith(example, "L’exemple des Jardins du Coin est chargé : adaptez-le à votre organisation. Votre travail précédent est gardé de côté.");
      else replaceWith(starter(), "Nouveau guide : remplissez les champs. Votre travail précédent est gardé de côté.");
    });

    /* ---------- draft checker ---------- */
    const draft = h("textarea", { id: "pb-voix-brouillon", rows: 6, class: "pb-voice__draft", "aria-describedby": "pb-voix-brouillon-aide" });
    const checkerSummary = h("p", { class: "pb-voice__checker-summary", role: "status", "aria-live": "polite" });
    const highlighted = h("div", { class: "pb-voice__highlighted", "aria-hidden": "true" });
    const findingsList = h("ol", { class: "pb-voice__findings" });
    const checkerPanel = h(
      "section",
      { class: "pb-voice__checker", "aria-labelledby": "pb-voix-verifier" },
      h("h2", { id: "pb-voix-verifier" }, "Vérifier un brouillon"),
      h("label", { for: "pb-voix-brouillon" }, "Collez une publication ou une réponse"),
      h("p", { id: "pb-voix-brouillon-aide", class: "pb-field__hint" }, "Le vérificateur signale les mots à éviter de votre guide, les majuscules qui crient, les rafales de points d’exclamation et les phrases plus longues que votre guide ne le permet. Rien n’est envoyé."),
      draft,
      checkerSummary,
      highlighted,
      findingsList,
    );

    const labelOf = (rule, count) => rules[rule].label[count > 1 ? 1 : 0];
    let checkTimer = null;
    function runChecker() {
      clearTimeout(checkTimer);
      checkTimer = setTimeout(() => {
        const text = draft.value;
        if (!text.trim()) {
          checkerSummary.textContent = "";
          highlighted.replaceChildren();
          findingsList.replaceChildren();
          return;
        }
        const guide = { phrase_max: Number.isInteger(spec.phrase_max) ? spec.phrase_max : 20, lexique: spec.lexique || { a_eviter: [] } };
        const found = PS.voiceChecker.check(text, guide, rules);
        const tally = PS.voiceChecker.counts(found, rules);
        const parts = Object.entries(tally)
          .filter(([, count]) => count)
          .map(([rule, count]) => `${count} ${labelOf(rule, count)}`);
        checkerSummary.textContent = found.length
          ? `${found.length} remarque${found.length > 1 ? "s" : ""} : ${parts.join(", ")}.`
          : "Rien à signaler : ce brouillon respecte votre guide.";
        // The draft again, with each remark marked; built from text nodes only.
        const chars = [...text.normalize("NFC").replace(/'/g, "’")];
        const cover = chars.map(() => []);
        found.forEach((finding, index) => {
          for (let at = finding.start; at < finding.end; at += 1) cover[at].push(index);
        });
        const nodes = [];
        let start = 0;
        for (let at = 1; at <= chars.length; at += 1) {
          if (at === chars.length || cover[at].join() !== cover[start].join()) {
            const piece = chars.slice(start, at).join("");
            if (cover[start].length) {
              const rulesHere = [...new Set(cover[start].map((index) => found[index].rule))];
              nodes.push(h("mark", { class: rulesHere.map((rule) => `pb-mark--${rule}`).join(" "), title: cover[start].map((index) => found[index].message).join(" ; ") }, piece));
            } else {
              nodes.push(document.createTextNode(piece));
            }
            start = at;
          }
        }
        highlighted.replaceChildren(...nodes);
        findingsList.replaceChildren(
          ...found.map((finding) => h("li", { class: `pb-voice__finding pb-voice__finding--${finding.rule}` }, `Ligne ${finding.line}, colonne ${finding.column} — ${finding.message}`)),
        );
      }, 150);
    }
    draft.addEventListener("input", runChecker);

    /* ---------- a guide received by a share link ---------- */
    const receiveShared = () => {
      const hash = location.hash.slice(1);
      if (!hash.startsWith(SHARE)) return;
      history.replaceState(null, "", location.href.split("#")[0]);
      let data;
      try {
        data = decode(hash.slice(SHARE.length));
      } catch (error) {
        return say("Ce lien de partage est abîmé ou incomplet : il ne contient pas un guide lisible. Votre travail en cours n’a pas changé.");
      }
      const found = PS.schema.problems(schema, data);
      if (found.length) return say(`Ce lien de partage ne contient pas un guide complet : ${describe(found)}. Votre travail en cours n’a pas changé.`);
      const current = JSON.stringify(spec);
      if (current === JSON.stringify(data)) return say("Ce lien contient le guide que vous avez déjà.");
      if (current === JSON.stringify({ ...starter(), date: spec.date })) return replaceWith(data, "Le guide reçu par le lien est ouvert.");
      offer.replaceChildren(
        h("p", {}, `Ce lien contient un guide : « ${data.organisation} ». L’ouvrir remplace le formulaire ; votre travail actuel sera gardé de côté dans votre navigateur.`),
        h("button", { type: "button", class: "md-button md-button--primary", "data-offer": "open" }, "Ouvrir ce guide"),
        " ",
        h("button", { type: "button", class: "md-button", "data-offer": "keep" }, "Garder mon travail"),
      );
      offer.hidden = false;
      offer.onclick = (event) => {
        const button = event.target.closest("[data-offer]");
        if (!button) return;
        offer.hidden = true;
        if (button.dataset.offer === "open") replaceWith(data, `Le guide « ${data.organisation} » est ouvert. Votre travail précédent est gardé de côté.`);
        else say("Votre travail est conservé ; le guide du lien n’a pas été ouvert.");
      };
      offer.querySelector("button").focus();
    };

    /* ---------- layout ---------- */
    app.replaceChildren(
      notice,
      offer,
      toolbar,
      h(
        "div",
        { class: "pb-voice__columns" },
        form,
        h("section", { class: "pb-voice__preview-panel", "aria-labelledby": "pb-voix-apercu", tabindex: 0 }, h("h2", { id: "pb-voix-apercu" }, "Aperçu du guide"), preview),
      ),
      exportsPanel,
      checkerPanel,
      message,
    );
    root.classList.add("is-ready");
    renderForm();
    renderPreview();
    receiveShared();
    const onHash = () => receiveShared();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  };

  PS.widgets["voice-generator"] = { mount };
})();
