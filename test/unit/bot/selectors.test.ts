import { describe, expect, it } from 'vitest';
import { isAddressedToBot, isCardSubmit, mentionsBot, submitVerb, textWithoutMention } from '../../../bot/selectors.js';

const bot = { id: '28:bot', name: 'Tillit' };
const mention = { type: 'mention', text: '<at>Tillit</at>', mentioned: bot };

describe('selectors', () => {
  it('answers every personal message', () => {
    expect(isAddressedToBot({ recipient: bot, conversation: { conversationType: 'personal' } as any })).toBe(true);
  });

  it('ignores a channel message that does not mention the bot', () => {
    expect(isAddressedToBot({ recipient: bot, conversation: { conversationType: 'channel' } as any, entities: [] })).toBe(false);
  });

  it('answers a channel message that mentions the bot', () => {
    const activity = { recipient: bot, conversation: { conversationType: 'channel' } as any, entities: [mention] };
    expect(mentionsBot(activity)).toBe(true);
    expect(isAddressedToBot(activity)).toBe(true);
  });

  it('does not count a mention of someone else', () => {
    const other = { type: 'mention', text: '<at>Anna</at>', mentioned: { id: '29:anna' } };
    expect(mentionsBot({ recipient: bot, entities: [other] })).toBe(false);
  });

  it('removes the bot mention from the text', () => {
    expect(textWithoutMention({ recipient: bot, text: '<at>Tillit</at> status  2.3', entities: [mention] })).toBe('status 2.3');
  });

  it('recognises an Action.Submit by its value and reads its verb', () => {
    const submit = { type: 'message', value: { verb: 'help.show' } };
    expect(isCardSubmit(submit)).toBe(true);
    expect(submitVerb(submit)).toBe('help.show');
    expect(isCardSubmit({ type: 'message', text: 'hej' })).toBe(false);
    expect(submitVerb({ type: 'message', value: { verb: 42 } })).toBeUndefined();
  });
});
