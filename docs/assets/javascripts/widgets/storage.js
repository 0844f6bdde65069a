/*
 * The only way widgets touch the browser's storage. Keys are stable ids scoped to the site
 * ("playbook-social/<kind>/<id>"), never a URL. A value that cannot be read is never deleted:
 * it is set aside under ".../mis-de-cote/<date>" and the caller is told. When storage is refused
 * or full, the page keeps working from memory and says so.
 */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  const PREFIX = "playbook-social";
  const memory = new Map();
  let store; // Storage, or null when the browser refuses it

  const backend = () => {
    if (store === undefined) {
      try {
        const candidate = window.localStorage;
        const probe = `${PREFIX}/essai`;
        candidate.setItem(probe, "1");
        candidate.removeItem(probe);
        store = candidate;
      } catch (error) {
        store = null;
      }
    }
    return store;
  };

  const keyOf = (kind, id) => `${PREFIX}/${kind}/${id}`;

  const getRaw = (key) => {
    const storage = backend();
    if (storage) {
      try {
        return storage.getItem(key);
      } catch (error) {
        return memory.has(key) ? memory.get(key) : null;
      }
    }
    return memory.has(key) ? memory.get(key) : null;
  };

  const isQuota = (error) =>
    error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22);

  /* Write raw text; {ok} or {ok: false, notice}. The value is kept in memory either way. */
  const setRaw = (key, raw) => {
    memory.set(key, raw);
    const storage = backend();
    if (!storage) return { ok: false, notice: PS.text("common.storage.unavailable") };
    try {
      storage.setItem(key, raw);
      memory.delete(key);
      return { ok: true };
    } catch (error) {
      return { ok: false, notice: isQuota(error) ? PS.text("common.storage.full") : PS.text("common.storage.unavailable") };
    }
  };

  const removeRaw = (key) => {
    memory.delete(key);
    const storage = backend();
    if (storage) {
      try {
        storage.removeItem(key);
      } catch (error) {
        /* nothing stored there to remove */
      }
    }
  };

  /* Keep `raw` under a side key; returns that key. */
  const setAside = (key, raw) => {
    const aside = `${key}/mis-de-cote/${new Date().toISOString()}`;
    setRaw(aside, raw);
    return aside;
  };

  const written = new Map(); // key → the text this page last wrote there, as reads find it

  /*
   * Read a JSON value and check its shape with `isValid(value, ownWrite)`, `ownWrite` being true
   * when the text stored is the one this page last wrote there. Returns {status, value, notice}:
   * "empty", "ok", "unreadable" (set aside, value null) or "unavailable" (memory only).
   */
  const read = (kind, id, isValid) => {
    const key = keyOf(kind, id);
    const raw = getRaw(key);
    const unavailable = backend() ? null : PS.text("common.storage.unavailable");
    if (raw === null) return { status: unavailable ? "unavailable" : "empty", value: null, notice: unavailable };
    let value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      value = undefined;
    }
    if (value === undefined || !isValid(value, written.get(key) === raw)) {
      const aside = setAside(key, raw);
      removeRaw(key);
      return { status: "unreadable", value: null, notice: PS.text("common.storage.unreadable", { key: aside }) };
    }
    return { status: unavailable ? "unavailable" : "ok", value, notice: unavailable };
  };

  /* Listeners of every write through this module (the xAPI sender): ({kind, id, value, previous raw}). */
  const listeners = new Set();

  const write = (kind, id, value) => {
    const key = keyOf(kind, id);
    const previous = listeners.size ? getRaw(key) : null;
    const raw = JSON.stringify(value);
    const result = setRaw(key, raw);
    // Where reads find it now (refused storage: memory); a full storage keeps the text it had.
    if (result.ok || !backend()) written.set(key, raw);
    for (const listener of listeners) {
      try {
        listener({ kind, id, value, previous });
      } catch (error) {
        console.error("Playbook social: a storage listener failed.", error); // typographie: code
      }
    }
    return result;
  };

  /* Be told of each write made by this page; returns the function that stops it. */
  const onWrite = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const remove = (kind, id) => removeRaw(keyOf(kind, id));

  /* Whether a key starting with one of `prefixes` holds a value this page did not write (an
     earlier visit's, another tab's): what the loader asks before loading validators. */
  const storedByOthers = (prefixes) => {
    const storage = backend();
    if (!storage) return false; // memory only: this page wrote all of it
    try {
      return Object.keys(storage).some((key) => prefixes.some((prefix) => key.startsWith(prefix)) && written.get(key) !== getRaw(key));
    } catch (error) {
      return false;
    }
  };

  const rawOf = (kind, id) => getRaw(keyOf(kind, id));

  const restoreRaw = (kind, id, raw) => (raw === null ? remove(kind, id) : setRaw(keyOf(kind, id), raw));

  PS.storage = { keyOf, read, write, onWrite, remove, setAside, rawOf, restoreRaw, storedByOthers, isAvailable: () => Boolean(backend()) };
})();
