/* h("p", {class: "x"}, "text", child…): elements built from text and nodes, never from markup. */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});
  PS.h = (tag, attributes = {}, ...children) => {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (key === "hidden") element.hidden = Boolean(value);
      else if (key === "value") element.value = value;
      else element.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : String(child));
    }
    return element;
  };
})();
