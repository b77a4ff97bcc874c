import { ownValue } from '../known-keys.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { StatusEntry } from './overview-types.js';

/** An indicator of the plan with the latest value anyone reported for it. */
export interface IndicatorReading {
  name: string;
  value: string | null;
  reportedOn: IsoDate | null;
}

/**
 * Finds each indicator's latest reported value in a history (newest first).
 * A status update stores values keyed by the indicator's text, or by its
 * position ("0", "1", …) in the plan's list; both are read.
 */
export function indicatorReadings(indicators: readonly string[], history: readonly StatusEntry[]): IndicatorReading[] {
  return indicators.map((name, index) => {
    for (const entry of history) {
      const values = entry.indicatorValues;
      const value = ownValue(values, name) ?? ownValue(values, String(index));
      if (value !== undefined && value.trim() !== '') return { name, value, reportedOn: entry.recordedOn };
    }
    return { name, value: null, reportedOn: null };
  });
}
