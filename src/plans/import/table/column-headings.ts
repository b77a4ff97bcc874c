/** What a column of a measure table holds. */
export type ColumnField = 'code' | 'title' | 'responsible' | 'start' | 'deadline' | 'indicators' | 'goalArea' | 'notes';

/**
 * The headings Swedish plans use for each column, normalised (lower case,
 * no punctuation, no parenthesised remarks): "Klart senast", "Indikatorer
 * (mått)", "Ansvarig enhet", "Nr" …
 */
const headings: Record<ColumnField, readonly string[]> = {
  code: ['nr', 'nummer', 'kod', 'id', 'åtgärdsnummer', 'åtgärdsnr', 'löpnummer', 'ref', 'number', 'code'],
  title: ['åtgärd', 'åtgärder', 'aktivitet', 'aktiviteter', 'insats', 'insatser', 'åtgärd aktivitet', 'aktivitet åtgärd', 'beskrivning av åtgärd', 'measure', 'action'],
  responsible: ['ansvarig', 'ansvariga', 'ansvar', 'ansvarig enhet', 'ansvariga enheter', 'ansvarig funktion', 'ansvarig förvaltning', 'ansvarig avdelning', 'ägare', 'responsible', 'owner'],
  start: ['start', 'startdatum', 'startar', 'påbörjas', 'start datum', 'starttid', 'från'],
  deadline: [
    'klar senast', 'klart senast', 'slutdatum', 'tidplan', 'tidsplan', 'klart', 'klar', 'senast klar', 'senast klart', 'klart datum',
    'klardatum', 'slut', 'färdigt senast', 'färdig senast', 'genomförs senast', 'deadline', 'tidpunkt', 'till', 'due',
  ],
  indicators: ['indikatorer', 'indikator', 'mått', 'indikatorer mått', 'indikator mått', 'uppföljningsmått', 'resultatmått', 'mätetal', 'indicators'],
  goalArea: ['målområde', 'aktivitetsområde', 'fokusområde', 'område', 'mål', 'insatsområde', 'goal area'],
  notes: ['kommentar', 'kommentarer', 'anteckning', 'anteckningar', 'notering', 'noteringar', 'övrigt', 'notes'],
};

const lookup = new Map<string, ColumnField>();
for (const [field, words] of Object.entries(headings) as Array<[ColumnField, readonly string[]]>) {
  for (const word of words) lookup.set(word, field);
}

/** Lower case, markup and parenthesised remarks dropped, punctuation to spaces. */
export function normaliseHeading(cell: string): string {
  return cell
    .replace(/<[^>]+>/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_#:./\\–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv-SE');
}

/** The field a heading names, if it is one Tillit knows ("Indikatorer (mått)" → indicators). */
export function headingField(cell: string): ColumnField | undefined {
  const normal = normaliseHeading(cell);
  return lookup.get(normal) ?? (cell.includes('(') ? lookup.get(normaliseHeading(cell.replace(/[()]/g, ' '))) : undefined);
}

/** A recognised header row: which column holds which field, and the headings as written. */
export interface ColumnMap {
  columns: Partial<Record<ColumnField, number>>;
  headings: string[];
  /** Headings Tillit does not know (their columns are ignored). */
  unknown: string[];
}

/**
 * Reads a header row of a measure table. It must name the measure column
 * (Åtgärd/Aktivitet/Insats) and at least one of responsible, start or
 * deadline; anything else is not a measure table.
 */
export function readHeaderRow(cells: readonly string[]): ColumnMap | undefined {
  const columns: Partial<Record<ColumnField, number>> = {};
  const unknown: string[] = [];
  cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const field = headingField(cell);
    if (field && columns[field] === undefined) columns[field] = index;
    else if (!field) unknown.push(cell.trim());
  });
  const enough = columns.title !== undefined && (columns.responsible !== undefined || columns.deadline !== undefined || columns.start !== undefined);
  return enough ? { columns, headings: cells.map((c) => c.trim()), unknown } : undefined;
}

/** The header of a risk-area table ("Riskområde | Motivering"). */
export function isRiskHeader(cells: readonly string[]): boolean {
  const normal = cells.map(normaliseHeading).filter((c) => c !== '');
  return normal.length >= 2 && /^(potentiella )?riskområden?$/.test(normal[0]!) && /^(motivering|beskrivning|risk|risker)$/.test(normal[1]!);
}
