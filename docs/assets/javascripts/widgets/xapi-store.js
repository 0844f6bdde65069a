/*
 * The learner's consent and the statements' queue, in storage:
 *   playbook-social/xapi/consent  {schema: 1, given, updatedAt}: nothing is sent unless given
 *   playbook-social/xapi/queue    the statements waiting for the store (xapi-queue.js)
 * Withdrawing consent empties the queue: what was waiting is never sent.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const KIND = "xapi";

  const isConsent = (value) =>
    value !== null && typeof value === "object" && value.schema === 1 && typeof value.given === "boolean" && typeof value.updatedAt === "string";

  const consented = () => {
    const stored = PS.storage.read(KIND, "consent", isConsent).value;
    return Boolean(stored && stored.given);
  };

  const setConsent = (given) => {
    const written = PS.storage.write(KIND, "consent", { schema: 1, given, updatedAt: new Date().toISOString() });
    if (!given) PS.storage.remove(KIND, "queue");
    return written;
  };

  const queue = () => PS.storage.read(KIND, "queue", PS.xapiQueue.isQueue).value || PS.xapiQueue.empty();

  /* Read the queue, change it, write it back (the queue may have grown since it was last read). */
  const updateQueue = (change) => PS.storage.write(KIND, "queue", change(queue()));

  PS.xapiStore = { consented, setConsent, queue, updateQueue };
})();
