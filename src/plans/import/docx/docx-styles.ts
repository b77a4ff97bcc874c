import { childElements, textOf, wAttr, wChild, wName, wVal, type XmlElement } from './docx-xml.js';

interface StyleFacts {
  name: string;
  outline?: number;
  basedOn?: string;
}

/** Heading level from a style's name, in English or Swedish ("heading 2", "Rubrik 2", "Title", "Rubrik"). */
function levelFromName(name: string): number | undefined {
  const normal = name.trim().toLowerCase();
  const numbered = /^(?:heading|rubrik)\s*(\d)$/u.exec(normal);
  if (numbered) return Number(numbered[1]);
  if (normal === 'title' || normal === 'rubrik' || normal === 'titel') return 0;
  return undefined;
}

/**
 * The heading level of each paragraph style of a document (from
 * word/styles.xml): the style's outline level, its name, or those of the
 * style it is based on. Styles that are not headings are absent.
 */
export function headingLevels(styles: XmlElement | undefined): Map<string, number> {
  const facts = new Map<string, StyleFacts>();
  for (const style of styles ? childElements(styles) : []) {
    if (wName(style) !== 'style') continue;
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const outline = wVal(wChild(style, 'pPr'), 'outlineLvl');
    facts.set(id, { name: wVal(style, 'name') ?? id, outline: outline !== undefined && /^\d$/.test(outline) ? Number(outline) : undefined, basedOn: wVal(style, 'basedOn') });
  }
  const levels = new Map<string, number>();
  for (const id of facts.keys()) {
    let current: string | undefined = id;
    for (let depth = 0; current && depth < 10; depth++) {
      const style = facts.get(current);
      if (!style) break;
      const level = style.outline !== undefined && style.outline < 9 ? style.outline + 1 : levelFromName(style.name) ?? levelFromName(current);
      if (level !== undefined) {
        levels.set(id, level);
        break;
      }
      current = style.basedOn;
    }
  }
  return levels;
}
