/*
 * Material reads its colour palette choice from local storage (__md_get("__palette")) before
 * anything else, and throws on every page when that value is not what it wrote: unreadable
 * JSON, or a palette it does not have. Loaded in the head, before Material's scripts: such a
 * value is set aside (kept under "<key>/mis-de-cote/<date>", like every set-aside value of the
 * site) and removed, so Material starts from the reader's system preference. And where the
 * browser refuses storage, Material's reader and writer do without it instead of throwing.
 */
(() => {
  const KEY = `${__md_scope.pathname}.__palette`;

  /* What Material writes: {index, color: {media, scheme, primary, accent}} for one of its palettes. */
  const isPalette = (value, count) =>
    value !== null &&
    typeof value === "object" &&
    Number.isInteger(value.index) &&
    value.index >= 0 &&
    value.index < count &&
    value.color !== null &&
    typeof value.color === "object" &&
    Object.values(value.color).every((entry) => entry === null || typeof entry === "string");

  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return;
    let value;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      value = undefined;
    }
    const count = Number(document.currentScript.dataset.palettes);
    if (isPalette(value, count)) return;
    localStorage.setItem(`${KEY}/mis-de-cote/${new Date().toISOString()}`, raw);
    localStorage.removeItem(KEY);
  } catch (error) {
    // Storage refused: nothing to set aside.
  }

  // Material's reader and writer name localStorage in their default arguments, out of their own try.
  const read = window.__md_get;
  const write = window.__md_set;
  window.__md_get = (...args) => {
    try {
      return read(...args);
    } catch (error) {
      return null;
    }
  };
  window.__md_set = (...args) => {
    try {
      write(...args);
    } catch (error) {
      // Storage refused: the choice lasts for this page only.
    }
  };
})();
