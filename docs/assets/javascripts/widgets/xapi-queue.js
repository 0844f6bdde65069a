/*
 * The statements waiting to reach the learning record store, as pure functions over the stored
 * queue ({schema: 1, items: [{statement, tries, due}]}, key playbook-social/xapi/queue): the xAPI
 * sender (xapi.js) reads, changes and writes it back; tests/js/xapi.test.js checks it under Node.
 * Each statement gets its UUID when it is queued, so sending it again can never make a second one
 * (the store answers 204 or 409 for an id it knows: both mean sent).
 *
 *   empty() · isQueue(value) · add(queue, statements, randomBytes, now) · due(queue, now)
 *   sent(queue, ids) · failed(queue, ids, now) · delay(tries) (ms before the next try)
 *   uuid(randomBytes) → a version 4 UUID from 16 random bytes
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.xapiQueue = api;
})(typeof self !== "undefined" ? self : this, () => {
  const FIRST_DELAY = 5_000;
  const LONGEST_DELAY = 10 * 60_000;

  const empty = () => ({ schema: 1, items: [] });

  const isQueue = (value) =>
    value !== null &&
    typeof value === "object" &&
    value.schema === 1 &&
    Array.isArray(value.items) &&
    value.items.every(
      (item) =>
        item !== null &&
        typeof item === "object" &&
        item.statement !== null &&
        typeof item.statement === "object" &&
        typeof item.statement.id === "string" &&
        Number.isInteger(item.tries) &&
        Number.isFinite(item.due),
    );

  const uuid = (bytes) => {
    const b = Array.from(bytes.slice(0, 16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = b.map((byte) => byte.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };

  const add = (queue, statements, randomBytes, now) => ({
    ...queue,
    items: [...queue.items, ...statements.map((statement) => ({ statement: { id: uuid(randomBytes()), ...statement }, tries: 0, due: now }))],
  });

  const due = (queue, now) => queue.items.filter((item) => item.due <= now).map((item) => item.statement);

  const sent = (queue, ids) => ({ ...queue, items: queue.items.filter((item) => !ids.includes(item.statement.id)) });

  /* 5 s, 10 s, 20 s… up to 10 minutes between tries. */
  const delay = (tries) => Math.min(FIRST_DELAY * 2 ** Math.max(0, tries - 1), LONGEST_DELAY);

  const failed = (queue, ids, now) => ({
    ...queue,
    items: queue.items.map((item) =>
      ids.includes(item.statement.id) ? { ...item, tries: item.tries + 1, due: now + delay(item.tries + 1) } : item,
    ),
  });

  return { empty, isQueue, add, due, sent, failed, delay, uuid };
});
