import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

/** WordprocessingML's namespace; DOCX parts name their elements with the "w:" prefix. */
export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses one XML part of a DOCX; undefined when it is not well-formed XML. */
export function parseXml(text: string): Element | undefined {
  try {
    const document = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
    return document.documentElement ?? undefined;
  } catch {
    return undefined;
  }
}

/** The element children of a node (text, comments and processing instructions skipped). */
export function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
}

/** A WordprocessingML element's local name if it is in the w: namespace ("p", "tbl", "tc" …). */
export function wName(element: Element): string | undefined {
  return element.namespaceURI === wordNamespace ? element.localName ?? undefined : undefined;
}

/** The first w: child with that local name. */
export function wChild(element: Element, name: string): Element | undefined {
  return childElements(element).find((c) => wName(c) === name);
}

/** The w:val attribute of a w: child ("w:pStyle w:val="Heading1"" → "Heading1"). */
export function wVal(element: Element | undefined, name: string): string | undefined {
  const child = element ? wChild(element, name) : undefined;
  if (!child) return undefined;
  return child.getAttributeNS(wordNamespace, 'val') ?? child.getAttribute('w:val') ?? undefined;
}
