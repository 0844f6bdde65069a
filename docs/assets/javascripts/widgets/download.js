/* Files the reader takes away (a download made in the browser, CSV for spreadsheets) and the one they bring. */
(() => {
  const PS = (window.PlaybookSocial = window.PlaybookSocial || {});

  const download = (name, text, type) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  /* Semicolon-separated, as French spreadsheets expect, with a BOM so accents survive. */
  const csv = (rows) =>
    "\ufeff" +
    rows
      .map((row) =>
        row
          .map((cell) => {
            const text = cell === null || cell === undefined ? "" : String(cell);
            return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text; // typographie: code
          })
          .join(";"),
      )
      .join("\r\n") +
    "\r\n";

  const today = () => new Date().toISOString().slice(0, 10);

  /* The file chosen in `input`, as {name, text}, or null; the input is emptied so that choosing the same file again works. */
  const chosen = async (input) => {
    const file = input.files && input.files[0];
    if (!file) return null;
    const text = await file.text();
    input.value = "";
    return { name: file.name, text };
  };

  PS.download = { download, csv, today, chosen };
})();
