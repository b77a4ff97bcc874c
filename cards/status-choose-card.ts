import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MyMeasureItem } from '../src/status/my-measures.js';
import type { ChooseReason } from '../src/status/resolve-reply-measure.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { clip } from './literal-text.js';
import { statusLabel } from '../src/status/status-label.js';
import type { StatusFormValues } from './status-form.js';
import { verbs } from './verbs.js';

/** Input id of the measure picker; the open route reads it. */
export const chooseMeasureInputId = 'measureId';

/** At most this many measures in the picker (the most urgent first). */
const maxChoices = 50;

/**
 * Asked when a free-text reply ("klar") could concern several measures:
 * pick one, and its status card opens filled in with what was understood.
 * The understood values travel once, in the button's data; nothing is
 * stored before the owner sends the status card.
 */
export function statusChooseCard(
  items: readonly MyMeasureItem[],
  locale: Locale,
  draft: StatusFormValues,
  ask: { reason: ChooseReason; unknownCodes: readonly string[] } = { reason: 'unnamed', unknownCodes: [] },
): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('status.my.chooseTitle');
  const why =
    ask.reason === 'unknown'
      ? tr('status.my.chooseWhyUnknown', { codes: ask.unknownCodes.join(', ') })
      : tr(ask.reason === 'several' ? 'status.my.chooseWhySeveral' : 'status.my.chooseWhyUnnamed');
  const intro = `${why} ${draft.status ? tr('status.my.chooseIntro', { status: statusLabel(tr, draft.status) }) : tr('status.my.chooseIntroNoStatus')}`;
  const shown = items.slice(0, maxChoices);
  const sharedCodes = new Set(shown.map((i) => i.measure.code).filter((code, n, all) => all.indexOf(code) !== n));
  return adaptiveCard(
    [
      heading(title, { size: 'Medium' }),
      textBlock(intro),
      {
        type: 'Input.ChoiceSet',
        id: chooseMeasureInputId,
        label: title,
        style: 'expanded',
        // A measure's title is long: the whole title, on several lines, rather than cut off.
        wrap: true,
        isRequired: true,
        errorMessage: title,
        choices: shown.map((i) => ({
          // Several plans may share a code ("2.3"): then each choice names its plan too.
          title: `${i.measure.code} ${clip(i.measure.title, 120)}${sharedCodes.has(i.measure.code) ? ` (${clip(i.measure.planName, 80)})` : ''}`,
          value: i.measure.id,
        })),
        ...(shown.length === 1 ? { value: shown[0]!.measure.id } : {}),
      },
    ],
    [
      executeAction(
        tr('status.action.report'),
        verbs.statusOpen,
        {
          prefill: {
            ...(draft.status ? { status: draft.status } : {}),
            ...(draft.comment ? { comment: draft.comment } : {}),
            ...(draft.forecastDate ? { forecastDate: draft.forecastDate } : {}),
          },
        },
        { style: 'positive', associatedInputs: 'auto' },
      ),
    ],
    { fallbackText: title },
  );
}
