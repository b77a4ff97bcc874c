import { goalAreaLabels, type GoalAreaLabel } from '../../plan.js';

/** A goal-area heading as written: "Målområde 1: Kompetenshöjande insatser". */
export interface GoalAreaHeading {
  label: GoalAreaLabel;
  number: string;
  title: string;
}

const headingPattern = /^(målområde|aktivitetsområde|fokusområde)\s+(\d{1,2}(?:\.\d{1,2})?)\s*(?:[:.\-–—]\s*|\s)(\S.*)$/iu;

/**
 * Reads a goal-area heading ("Målområde 1: …", "### Målområde 2: …",
 * "Aktivitetsområde 2 - …", "Aktivitetsområde 1 – …"). Table-of-contents
 * entries (dot leaders or a page number after a tab) and long prose are not
 * headings.
 */
export function parseGoalAreaHeading(line: string): GoalAreaHeading | undefined {
  if (/\t\s*\d+\s*$/.test(line) || /\.{3,}\s*\d*\s*$/.test(line)) return undefined;
  const plain = line.replace(/^#+\s*/, '').replace(/\*+/g, '').trim();
  if (plain.length > 120 || /[.!?]$/.test(plain)) return undefined;
  const match = headingPattern.exec(plain);
  if (!match) return undefined;
  return { label: match[1]!.toLocaleLowerCase('sv-SE') as GoalAreaLabel, number: match[2]!, title: match[3]!.trim() };
}

/** The goal-area label a heading word or column heading names, if any ("Aktivitetsområde" → aktivitetsområde). */
export function goalAreaLabelOf(text: string): GoalAreaLabel | undefined {
  const word = text.trim().toLocaleLowerCase('sv-SE').split(/\s+/)[0] ?? '';
  return (goalAreaLabels as readonly string[]).find((label) => word.startsWith(label)) as GoalAreaLabel | undefined;
}

/**
 * The goal areas of a plan in the order they appear. A cell may give a
 * number and title ("2: Upptäcka och förebygga", "Målområde 2 – …"), only
 * a title (numbered in order of appearance) or only a number.
 */
export class GoalAreaRegistry {
  private readonly areas: Array<{ number: string; title: string }> = [];
  label: GoalAreaLabel | undefined;

  /** Adds (or finds) a goal area; returns its number. */
  add(number: string | null, title: string): string {
    const cleanTitle = title.replace(/\s+/g, ' ').trim();
    const existing = this.areas.find((a) => (number !== null ? a.number === number : a.title.toLowerCase() === cleanTitle.toLowerCase()));
    if (existing) {
      if (existing.title === '' && cleanTitle !== '') existing.title = cleanTitle;
      return existing.number;
    }
    const assigned = number ?? String(this.areas.length + 1);
    this.areas.push({ number: assigned, title: cleanTitle });
    return assigned;
  }

  /** Reads a goal-area cell of a spreadsheet column; returns the area's number. */
  addFromCell(cell: string): string | null {
    const text = cell.replace(/\s+/g, ' ').trim();
    if (text === '') return null;
    const heading = parseGoalAreaHeading(text);
    if (heading) {
      this.label ??= heading.label;
      return this.add(heading.number, heading.title);
    }
    const match = /^(?:(?:målområde|aktivitetsområde|fokusområde|område)\s*)?(\d{1,2})\s*(?:[:.\-–—]\s*(.*))?$/iu.exec(text) ?? /^(\d{1,2})[:.\-–—]?\s+(.*)$/u.exec(text);
    if (match) return this.add(match[1]!, match[2] ?? '');
    return this.add(null, text);
  }

  /** The goal areas found, titles filled in ("Målområde 3" when the file named none). */
  list(label: GoalAreaLabel): Array<{ number: string; title: string }> {
    const word = label.charAt(0).toUpperCase() + label.slice(1);
    return this.areas.map((a) => ({ number: a.number, title: a.title || `${word} ${a.number}` }));
  }
}
