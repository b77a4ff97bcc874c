/**
 * A line of a plan document without the markup text extraction leaves:
 * markdown headings and emphasis, HTML tags, footnote marks, and the two
 * trailing spaces of a markdown line break.
 */
export function plainLine(line: string): string {
  return line
    .replace(/<sup>[^<]*<\/sup>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*{1,3}([^*]+)\*{1,3}/g, '$1')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .replace(/[ \t]+$/, '')
    .trim();
}

/** Splits a document into lines, whatever its line endings. */
export function documentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The cells of a tab-separated line, markup removed. */
export function tabCells(line: string): string[] {
  return line.split('\t').map((cell) => plainLine(cell));
}
