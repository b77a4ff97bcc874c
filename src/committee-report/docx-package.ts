import { fixedParts } from './docx-fixed-parts.js';
import { themeXml } from './docx-theme.js';
import { escapeXml, type Xml } from './docx-xml.js';
import { zipTextFiles } from './docx-zip.js';

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const namespaces = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A4 portrait, 2 cm margins; the footer is word/footer1.xml (rId6 in word/_rels/document.xml.rels). */
const section =
  '<w:sectPr><w:footerReference w:type="default" r:id="rId6"/><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>' +
  '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/><w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>';

export interface DocxContent {
  title: string;
  description: string;
  /** Body paragraphs and tables, in order. */
  body: readonly Xml[];
  /** The footer's paragraph, on every page. */
  footer: Xml;
}

function coreProperties(content: DocxContent, now: string): string {
  return (
    `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(content.title)}</dc:title><dc:creator>Tillit</dc:creator><dc:description>${escapeXml(content.description)}</dc:description>` +
    `<cp:lastModifiedBy>Tillit</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

/** The parts of the package, name → XML: [Content_Types].xml first, as Word writes it. */
function docxParts(content: DocxContent, now: Date): Map<string, string> {
  const parts = new Map<string, string>(Object.entries(fixedParts));
  parts.set('docProps/core.xml', coreProperties(content, now.toISOString()));
  parts.set('word/document.xml', `${declaration}<w:document ${namespaces}><w:body>${content.body.join('')}${section}</w:body></w:document>`);
  parts.set('word/footer1.xml', `${declaration}<w:ftr ${namespaces}>${content.footer}</w:ftr>`);
  parts.set('word/theme/theme1.xml', themeXml);
  return parts;
}

/** The .docx file: a zip of the parts. */
export async function packDocx(content: DocxContent, now = new Date()): Promise<Buffer> {
  return zipTextFiles(docxParts(content, now), now);
}
