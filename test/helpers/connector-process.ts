import { FakeConnector } from './fake-connector.js';
import { teamsLimitsPolicy } from './teams-limits.js';

/**
 * The fake connector with Teams' limits in a process of its own, so that the
 * dispatcher's busy event loop cannot bunch up its arrival clock (which
 * would count bursts Teams would never see). Talks over IPC: prints its URL,
 * answers "stats" with what it accepted and refused.
 */
const connector = await new FakeConnector().start();
const limits = teamsLimitsPolicy({ tenantPerSecond: Number(process.env.TENANT_RPS ?? 50) });
connector.policy = (call) => {
  const answer = limits.policy(call);
  call.body = undefined; // keep memory flat over 10 000 requests
  return answer;
};
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    const s = limits.stats;
    process.send!({ type: 'stats', accepted: s.accepted, throttled: s.throttled, firstAt: s.firstAt, lastAt: s.lastAt, perConversation: Object.fromEntries(s.perConversation) });
  }
  if (message.type === 'stop') void connector.stop().then(() => process.exit(0));
});
process.send!({ type: 'ready', url: connector.url });
