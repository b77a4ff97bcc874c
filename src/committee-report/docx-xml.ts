/**
 * WordprocessingML written as text: a run, a paragraph. The committee report
 * used to build these through the docx library, whose object tree took ~80 %
 * of a 300-measure report's time; the markup here is the same, element for
 * element, so the document looks the same.
 */

/** A fragment of WordprocessingML (escaped, well-formed): never plain text. */
export type Xml = string & { readonly __xml: true };

// Characters XML 1.0 does not allow at all (a comment pasted from elsewhere may hold one).
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe for an element or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(forbidden, '').replace(/[&<>"]/g, (c) => entities[c]!);
}

/** Markup built here from escaped text and fixed tags. */
export function xml(markup: string): Xml {
  return markup as Xml;
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** Half-points. */
  size?: number;
}

/** Run properties in the schema's order (b, i, color, sz). */
function runProperties(style: RunStyle): string {
  let p = '';
  if (style.bold) p += '<w:b/><w:bCs/>';
  if (style.italics) p += '<w:i/><w:iCs/>';
  if (style.color) p += `<w:color w:val="${style.color}"/>`;
  if (style.size) p += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  return p === '' ? '' : `<w:rPr>${p}</w:rPr>`;
}

/** A run of text; line breaks are the caller's business (one paragraph per line). */
export function run(text: string, style: RunStyle = {}): Xml {
  return xml(`<w:r>${runProperties(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`);
}

export interface ParagraphStyle {
  /** A style of word/styles.xml: Title, Heading1 … */
  style?: string;
  /** true: keep with the next paragraph; false: written out as off (as the library did). */
  keepNext?: boolean;
  bullet?: boolean;
  spacing?: { before?: number; after?: number };
  align?: 'right';
}

/** Paragraph properties in the schema's order (pStyle, keepNext, numPr, spacing, jc). */
function paragraphProperties(p: ParagraphStyle): string {
  let x = '';
  if (p.bullet) x += '<w:pStyle w:val="ListParagraph"/>';
  else if (p.style) x += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext === true) x += '<w:keepNext/>';
  else if (p.keepNext === false) x += '<w:keepNext w:val="false"/>';
  if (p.bullet) x += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
  if (p.spacing) {
    const { before, after } = p.spacing;
    x += `<w:spacing${after !== undefined ? ` w:after="${after}"` : ''}${before !== undefined ? ` w:before="${before}"` : ''}/>`;
  }
  if (p.align) x += `<w:jc w:val="${p.align}"/>`;
  return x === '' ? '' : `<w:pPr>${x}</w:pPr>`;
}

export function paragraphXml(runs: readonly Xml[], style: ParagraphStyle = {}): Xml {
  return xml(`<w:p>${paragraphProperties(style)}${runs.join('')}</w:p>`);
}

/** The current page number, as a field (Word fills it in). */
export function pageNumber(style: RunStyle): Xml {
  const r = (inner: string) => `<w:r>${runProperties(style)}${inner}</w:r>`;
  return xml(
    r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText xml:space="preserve">PAGE</w:instrText>') + r('<w:fldChar w:fldCharType="separate"/>') + r('<w:fldChar w:fldCharType="end"/>'),
  );
}
