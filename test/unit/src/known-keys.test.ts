import { describe, expect, it } from 'vitest';
import { hasMessage, t } from '../../../src/i18n/catalogue.js';
import { resolveLocale } from '../../../src/i18n/locale.js';
import { knownKeys, ownValue } from '../../../src/known-keys.js';
import { recogniseCommand } from '../../../src/chat/commands.js';
import { parsePeriod } from '../../../src/plans/parse-period.js';
import { readSheetMetadata } from '../../../src/plans/import/spreadsheet/sheet-metadata.js';
import { indicatorReadings } from '../../../src/overview/indicator-values.js';
import { parseStatusReply } from '../../../src/status/parse-status-reply.js';
import { builtinNames } from '../../helpers/builtin-names.js';

const names = builtinNames();

describe('tables looked up with outside input', () => {
  it('find none of the names objects inherit', () => {
    const table = knownKeys({ a: 1 });
    for (const name of names) {
      expect(table.get(name), name).toBeUndefined();
      expect(ownValue({ a: 1 } as Record<string, number>, name), name).toBeUndefined();
    }
    expect(table.get('a')).toBe(1);
  });

  it('give the message catalogue no inherited member as a text or a placeholder', () => {
    for (const name of names) {
      expect(hasMessage(name), name).toBe(false);
      expect(t('sv', name as never), name).toBe(name);
      expect(t('sv', 'error.reference', { [name]: 'x' } as never), name).not.toContain('function');
      expect(resolveLocale(name, 'sv'), name).toBe('sv');
      expect(t(name as never, 'error.title'), name).toBe('Något gick inte som det skulle');
    }
  });

  it('recognise no command, period, label, indicator or status date from an inherited name', () => {
    for (const name of names) {
      expect(recogniseCommand(name), name).toBeUndefined();
      expect(parsePeriod(name).kind, name).not.toBe('day');
      expect(readSheetMetadata([{ cells: [name, 'värde'] } as never]), name).toEqual({});
      const readings = indicatorReadings([name], [{ indicatorValues: { other: '1' }, recordedOn: '2026-01-01' } as never]);
      expect(readings[0]!.value, name).toBeNull();
      expect(() => parseStatusReply(`klar till ${name}`, '2026-01-05' as never), name).not.toThrow();
    }
  });
});
