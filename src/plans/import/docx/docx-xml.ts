import { SaxesParser } from 'saxes';

/** WordprocessingML's namespace; DOCX parts name their elements with the "w:" prefix. */
export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** An element of a parsed XML part: namespace, local name, its w: attributes by local name, children in order. */
export interface XmlElement {
  uri: string;
  local: string;
  /** Only the WordprocessingML attributes (w:val, w:styleId …); a map, as the names come from the file. */
  attributes: Map<string, string> | undefined;
  children: Array<XmlElement | string>;
}

/**
 * Parses one XML part of a DOCX into a small element tree, namespaces
 * resolved (saxes, a streaming parser: a 300-measure document parses in
 * tens of milliseconds). Undefined when it is not well-formed XML.
 */
export function parseXml(text: string): XmlElement | undefined {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    let attributes: Map<string, string> | undefined;
    for (const name in tag.attributes) {
      const attribute = tag.attributes[name]!;
      if (typeof attribute === 'string' || attribute.uri !== wordNamespace) continue;
      (attributes ??= new Map()).set(attribute.local, attribute.value);
    }
    const element: XmlElement = { uri: tag.uri ?? '', local: tag.local ?? tag.name, attributes, children: [] };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  try {
    parser.write(text).close();
  } catch {
    return undefined;
  }
  return failed ? undefined : root;
}

/** The element children of an element (text skipped). */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The text directly inside an element. */
export function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

/** A WordprocessingML element's local name if it is in the w: namespace ("p", "tbl", "tc" …). */
export function wName(element: XmlElement): string | undefined {
  return element.uri === wordNamespace ? element.local : undefined;
}

/** A w: attribute of an element ("w:styleId"). */
export function wAttr(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes?.get(name);
}

/** The first w: child with that local name. */
export function wChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element).find((c) => wName(c) === name);
}

/** The w:val attribute of a w: child ("w:pStyle w:val="Heading1"" → "Heading1"). */
export function wVal(element: XmlElement | undefined, name: string): string | undefined {
  return wAttr(element ? wChild(element, name) : undefined, 'val');
}
