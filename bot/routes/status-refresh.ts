import { measureStatusCard } from '../../cards/measure-status-card.js';
import { statusReceiptCard } from '../../cards/status-receipt-card.js';
import { translator } from '../../src/i18n/catalogue.js';
import { newCardNonce, statusIdempotencyKey } from '../../src/status/card-nonce.js';
import { findStatusByIdempotencyKey } from '../../src/status/status-repository.js';
import { whenText } from '../../cards/status-format.js';
import { statusLabel } from '../../src/status/status-label.js';
import type { StatusCardView } from '../../src/status/status-card-view.js';
import { refreshSchema } from '../status/status-card-data.js';
import { invalidCardData } from '../status/status-env.js';
import { refusal, viewForSender } from '../status/status-views.js';
import type { CardActionHandler, TurnEnv } from './route-types.js';

function updatedNotice(env: TurnEnv, view: StatusCardView): string | undefined {
  const latest = view.latest;
  if (!latest) return undefined;
  const tr = translator(env.locale);
  return tr('status.refreshed.newer', {
    name: latest.recordedByName,
    status: statusLabel(tr, latest.status),
    when: whenText(latest.recordedAt, view.timeZone, env.locale),
  });
}

/**
 * The card's refresh (Universal Actions): Teams asks for the current card
 * when the viewer opens the chat. Read-only: an unchanged form comes back
 * as it was; a form someone else has reported on since comes back updated,
 * saying so; a form that was submitted elsewhere becomes its receipt.
 * People who may not record get the read-only status or the refusal.
 */
export const refreshStatusCard: CardActionHandler = async (env, data) => {
  const parsed = refreshSchema.safeParse(data);
  if (!parsed.success) throw invalidCardData('status refresh');
  const { measureId, basedOnSeq, nonce, view: shown } = parsed.data;
  const view = await viewForSender(env, measureId);
  if (!view.viewer.canRecord || view.measure.removed) {
    if (view.viewer.canRead) return statusReceiptCard(view, env.locale, { entry: view.latest, variant: 'current' });
    return refusal(env, view);
  }
  const latestSeq = view.latest?.seq ?? 0;
  if (latestSeq === basedOnSeq) {
    if (shown === 'receipt') return statusReceiptCard(view, env.locale, { entry: view.latest, variant: parsed.data.variant ?? 'current' });
    return measureStatusCard(view, env.locale, { nonce: nonce ?? newCardNonce() });
  }
  if (shown === 'form' && nonce) {
    const mine = await findStatusByIdempotencyKey(env.app.db, statusIdempotencyKey(nonce, measureId, basedOnSeq));
    if (mine && mine.seq === latestSeq) return statusReceiptCard(view, env.locale, { entry: view.latest, variant: 'recorded' });
  }
  return measureStatusCard(view, env.locale, { nonce: nonce ?? newCardNonce(), notice: updatedNotice(env, view) });
};
