/*
 * The share link: the whole guide (or draft) in the URL fragment, which browsers never send to
 * a server. Compressed with the browser's own CompressionStream (deflate-raw), then base64url:
 * `#guide=z.<data>`. Links made before compression (`#guide=<base64url JSON>`) still open.
 * Under Node (tests/js/voice-share.test.js) it exports the same functions.
 */
((root, factory) => {
  const api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
    return;
  }
  const PS = (root.PlaybookSocial = root.PlaybookSocial || {});
  PS.voiceShare = api;
})(typeof self !== "undefined" ? self : this, () => {
  const KEY = "guide=";
  const COMPRESSED = "z.";

  const toBase64url = (bytes) => {
    let binary = "";
    for (let index = 0; index < bytes.length; index += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    }
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };

  const fromBase64url = (text) => {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url"); // typographie: code
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  };

  const through = async (bytes, stream) => new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());

  const canCompress = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

  /* The fragment's payload for `data` (compressed where the browser can; plain otherwise). */
  const encode = async (data) => {
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    if (!canCompress()) return toBase64url(bytes);
    return COMPRESSED + toBase64url(await through(bytes, new CompressionStream("deflate-raw")));
  };

  /* The data of a payload, compressed or not; throws on anything else. */
  const decode = async (payload) => {
    const compressed = payload.startsWith(COMPRESSED);
    let bytes = fromBase64url(compressed ? payload.slice(COMPRESSED.length) : payload);
    if (compressed) bytes = await through(bytes, new DecompressionStream("deflate-raw"));
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  };

  /* `#guide=…` of a location's hash → its payload, or null. */
  const payloadOf = (hash) => (hash.startsWith(`#${KEY}`) ? hash.slice(KEY.length + 1) : null);

  const link = async (base, data) => `${base.split("#")[0]}#${KEY}${await encode(data)}`;

  return { encode, decode, payloadOf, link, canCompress };
});
