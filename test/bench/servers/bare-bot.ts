import express from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsActivityHandler, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import { serveStats, type ServerReady } from './server-protocol.js';

/**
 * The comparison for the status-submit bench: the smallest botbuilder bot
 * a developer would write from the SDK's samples (Express, CloudAdapter, a
 * TeamsActivityHandler), in a process of its own, answering an
 * adaptiveCard/action invoke with a card. No database, no Tillit code.
 */
class EchoBot extends TeamsActivityHandler {
  protected override async onAdaptiveCardInvoke(turn: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const action = (turn.activity.value as { action?: { verb?: string } }).action;
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `echo ${action?.verb ?? ''}` }] },
    };
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const app = express();
app.post('/api/messages', express.json({ limit: '512kb' }), async (req, res) => {
  await adapter.process(req, res, (turn) => bot.run(turn));
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send!({ kind: 'ready', port } satisfies ServerReady);
});
serveStats(() => 0, async () => void server.close());
