import type { OverviewDeps } from '../src/overview/overview-deps.js';
import type { ViewingPlace } from '../src/overview/plan-access.js';
import { reportStatisticsSource } from '../src/reports/statistics/statistics-source.js';
import { linkSecret } from '../src/status-report/download-link.js';
import type { AppServices } from './app-services.js';
import type { ChatActivity } from './chat-turn.js';

/** The overview use cases' ports, from the app's services. */
export function overviewDeps(app: AppServices): OverviewDeps {
  return {
    db: app.db,
    clock: app.clock,
    timeZone: app.config.timeZone,
    settings: app.config.overview,
    // The reports feature's k-suppressed statistics, plugged in here (and in `tillit report`).
    reportStatistics: reportStatisticsSource({ db: app.db, clock: app.clock, timeZone: app.config.timeZone, units: app.config.reports.units }),
  };
}

const secrets = new WeakMap<object, Buffer>();

/** The key report links are signed with, made once per running configuration. */
export function reportLinkSecret(app: AppServices): Buffer {
  let secret = secrets.get(app.config);
  if (!secret) {
    secret = linkSecret(app.config.links.secret?.reveal(), app.config.bot.appPassword?.reveal());
    secrets.set(app.config, secret);
  }
  return secret;
}

/**
 * Where an activity's answer is read: a personal chat is private; a team
 * channel is shared and keyed by the channel (every thread in it alike), a
 * group chat by its conversation.
 */
export function viewingPlace(activity: Partial<ChatActivity>): ViewingPlace {
  const type = activity.conversation?.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return { kind: 'private' };
  const channelId = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  const conversationKey = type === 'channel' && channelId ? channelId : (activity.conversation?.id ?? '').split(';')[0]!;
  return { kind: 'shared', conversationKey };
}
