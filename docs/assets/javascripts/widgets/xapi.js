/*
 * The xAPI sender, hidden on every page of a build that has a learning record store
 * (data-widget="xapi"). Only once the learner has agreed (xapi-store.js): each change this page
 * stores (PS.storage.onWrite) becomes statements (xapi-statements.js), queued with their UUIDs
 * (xapi-queue.js), then sent one by one with @xapi/xapi, loaded at the first sending. A statement
 * leaves the queue when the store has it (200, 204, or 409 for an id it knows); otherwise it is
 * tried again later (5 s, 10 s, 20 s… up to 10 min), and at once when the browser is back online.
 *
 * The store's key: given at build time (PS.xapiConfig.auth), or by the launch URL (`?auth=…`, as
 * an LMS or a portal passes it), kept for this tab only (sessionStorage) and taken off the address.
 * The launch URL's other Tin Can parameters are dropped: statements go only to the store the build
 * names (the one the consent block shows), and the actor is the contract's, never a launch `actor`.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const LIBRARY = "../vendor/xapi/xapi.umd.js";
  const LAUNCH_AUTH = "playbook-social/xapi/launch-auth";

  const randomBytes = () => crypto.getRandomValues(new Uint8Array(16));

  const parse = (raw) => {
    try {
      return raw === null ? null : JSON.parse(raw);
    } catch (error) {
      return null;
    }
  };

  /* The key the launch URL brings, remembered for this tab; the URL is rewritten without it. */
  const launchAuth = () => {
    const url = new URL(window.location.href);
    const given = url.searchParams.get("auth");
    try {
      if (given) {
        window.sessionStorage.setItem(LAUNCH_AUTH, given);
        for (const name of ["auth", "endpoint", "actor", "registration", "activity_id"]) url.searchParams.delete(name);
        window.history.replaceState(window.history.state, "", url.href);
      }
      return window.sessionStorage.getItem(LAUNCH_AUTH);
    } catch (error) {
      return given; // storage refused: this page only
    }
  };

  class XapiSender extends PS.Component {
    constructor(root) {
      super(root);
      this.config = PS.xapiConfig;
      this.course = PS.courseData.course;
      this.auth = this.config.auth || launchAuth();
      this.cleanups.push(PS.storage.onWrite((change) => this.stored(change)));
      this.listen(window, "online", () => this.flush(true));
      this.cleanups.push(() => clearTimeout(this.timer));
      this.flush();
    }

    stored({ kind, id, value, previous }) {
      if (kind === "xapi" && id === "consent") this.flush();
      if ((kind !== "course" && kind !== "checklist") || !PS.xapiStore.consented()) return;
      const checklists = this.config.checklists;
      const context = {
        base: this.config.base,
        course: this.course,
        learner: PS.courseState.learner(this.course),
        actor: PS.xapiStatements.actor(this.config.base, PS.learner.profile()),
        progress: PS.courseProgress.progress,
        score: (checklistId, answers) => PS.scoring.score(checklists[checklistId], answers).percent,
        checklistItems: Object.fromEntries(Object.entries(checklists).map(([key, checklist]) => [key, checklist.items.map((item) => item.id)])),
        checklistTitles: Object.fromEntries(Object.entries(checklists).map(([key, checklist]) => [key, checklist.title])),
        now: new Date().toISOString(),
      };
      const made = PS.xapiStatements.statements({ kind, id, before: parse(previous), after: value }, context);
      if (!made.length) return;
      PS.xapiStore.updateQueue((queue) => PS.xapiQueue.add(queue, made, randomBytes, Date.now()));
      this.flush();
    }

    /* Send what is due (everything, when `all`); one sending at a time, another after if asked. */
    flush(all = false) {
      if (this.sending) {
        this.again = this.again || { all };
        return this.sending;
      }
      this.sending = this.send(all)
        .catch((error) => console.error("Playbook social: xAPI sending failed.", error)) // typographie: code
        .finally(() => {
          this.sending = null;
          const again = this.again;
          this.again = null;
          if (again) this.flush(again.all);
        });
      return this.sending;
    }

    async send(all) {
      clearTimeout(this.timer);
      if (!PS.xapiStore.consented() || !this.auth || !navigator.onLine) return;
      const waiting = PS.xapiQueue.due(PS.xapiStore.queue(), all ? Infinity : Date.now());
      if (waiting.length) {
        await PS.load(LIBRARY);
        const client = new window.XAPI({ endpoint: this.config.endpoint, auth: this.auth });
        for (const statement of waiting) {
          if (!PS.xapiStore.consented()) return; // withdrawn meanwhile: the queue is gone
          const delivered = await client.sendStatement({ statement }).then(
            () => true,
            (error) => Boolean(error && error.response && error.response.status === 409),
          );
          PS.xapiStore.updateQueue((queue) => (delivered ? PS.xapiQueue.sent : PS.xapiQueue.failed)(queue, [statement.id], Date.now()));
          if (!delivered) break;
        }
      }
      this.schedule();
    }

    /* Wake up when the next waiting statement is due. */
    schedule() {
      const items = PS.xapiStore.queue().items;
      if (!items.length) return;
      const next = Math.min(...items.map((item) => item.due));
      this.timer = setTimeout(() => this.flush(), Math.max(1000, next - Date.now()));
    }
  }

  PS.register("xapi", XapiSender);
})();
