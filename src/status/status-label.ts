import type { Translate } from '../i18n/catalogue.js';
import type { StatusValue } from './status.js';

/**
 * A status in words ("Risk för försening"), the same in chat cards,
 * reminders, the overview, the tab and the committee report; `no_status`
 * is the overview's "Ingen status" for a measure nobody has reported on.
 */
export function statusLabel(tr: Translate, status: StatusValue | 'no_status'): string {
  return status === 'no_status' ? tr('overview.status.no_status') : tr(`status.value.${status}`);
}
