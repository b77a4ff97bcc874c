/**
 * Turns a file's bytes into text the way Swedish offices save it: UTF-8
 * (with or without BOM), UTF-16 with BOM (Excel's "Unicode-text"), or
 * Windows-1252 (Excel's "CSV (semikolonavgränsad)"). Bytes that are not
 * text at all — NUL bytes, many control characters — give undefined.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) return undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  // NFC: a file saved on a Mac may spell "ä" as a + ¨, which must match the same unit and heading.
  return looksLikeText(text) ? text.replace(/^\uFEFF/, '').normalize('NFC') : undefined;
}

/** Fewer than 1 in 100 characters are control characters other than tab, line breaks and form feed. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls <= Math.max(2, text.length / 100);
}
