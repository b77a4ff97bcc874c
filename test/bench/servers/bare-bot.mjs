// The comparison for the status-submit and startup benches: the smallest
// botbuilder bot a developer would write from the SDK's samples (Express,
// CloudAdapter, a TeamsActivityHandler) answering an adaptiveCard/action
// invoke with a card. Plain JavaScript run by node itself (no tsx, no
// database, no Tillit code), in a process of its own. PORT from the
// environment (0: any); tells a parent that forked it its port over IPC.
import express from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsActivityHandler } from 'botbuilder';

class EchoBot extends TeamsActivityHandler {
  async onAdaptiveCardInvoke(turn) {
    const verb = turn.activity.value?.action?.verb ?? '';
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `echo ${verb}` }] },
    };
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const app = express();
app.post('/api/messages', express.json({ limit: '512kb' }), async (req, res) => {
  await adapter.process(req, res, (turn) => bot.run(turn));
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ kind: 'ready', port: server.address().port });
});
process.on('message', (message) => {
  if (message.kind === 'stats') {
    const cpu = process.cpuUsage();
    process.send({ kind: 'stats', cpuMs: (cpu.user + cpu.system) / 1000, statements: 0, rssMiB: process.memoryUsage().rss / 1048576 });
  } else if (message.kind === 'stop') {
    process.exit(0);
  }
});
process.on('SIGTERM', () => process.exit(0));
