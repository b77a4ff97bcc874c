import { describe, expect, it } from 'vitest';
import { normaliseCommandText, recogniseCommand, type ChatCommand } from '../../../../src/chat/commands.js';

const commands: ChatCommand<string>[] = [
  { id: 'help', triggers: { sv: ['hjälp', 'hej'], en: ['help'] }, titleKey: 'command.help.title', descriptionKey: 'command.help.description', scopes: ['personal'] },
  { id: 'status', triggers: { sv: ['status', 'läget'], en: ['status'] }, titleKey: 'command.help.title', descriptionKey: 'command.help.description', scopes: ['personal'] },
  { id: 'plan-status', triggers: { sv: ['status handlingsplan'], en: [] }, titleKey: 'command.help.title', descriptionKey: 'command.help.description', scopes: ['personal'] },
];

describe('recogniseCommand', () => {
  it('recognises a command in either language, whatever the case', () => {
    expect(recogniseCommand('Hjälp', commands)?.command.id).toBe('help');
    expect(recogniseCommand('HELP', commands)?.command.id).toBe('help');
  });

  it('passes the rest of the text as arguments', () => {
    expect(recogniseCommand('status 2.3', commands)).toMatchObject({ command: { id: 'status' }, rest: '2.3' });
  });

  it('prefers the longest trigger', () => {
    expect(recogniseCommand('status handlingsplan', commands)?.command.id).toBe('plan-status');
  });

  it('does not match a trigger inside another word', () => {
    expect(recogniseCommand('hejsan', commands)).toBeUndefined();
    expect(recogniseCommand('statusrapport', commands)).toBeUndefined();
  });

  it('ignores trailing punctuation and mention tags', () => {
    expect(recogniseCommand('<at>Tillit</at> hej!', commands)?.command.id).toBe('help');
  });

  it('returns undefined for text it does not know', () => {
    expect(recogniseCommand('vad är klockan', commands)).toBeUndefined();
    expect(recogniseCommand('', commands)).toBeUndefined();
  });
});

describe('normaliseCommandText', () => {
  it('collapses white space and lower-cases', () => {
    expect(normaliseCommandText('  Mina   ÅTGÄRDER? ')).toBe('mina åtgärder');
  });

  it('drops what people put around a command: emoji, emoticons, quotes, a slash, "@Tillit", invisible characters', () => {
    for (const text of ['status 🙂', 'Status 🙏🏽', 'status :)', 'status :D', '"status"', '”Status”', '«status»', '/status', '@Tillit status', 'Tillit, status?', '\u200bsta\u200btus', 'status…', '\u00a0status\u00a0']) {
      expect(normaliseCommandText(text), JSON.stringify(text)).toBe('status');
    }
    expect(normaliseCommandText('mina åtgärder'.normalize('NFD'))).toBe('mina åtgärder');
  });

  it('reads a message of a hundred thousand "!" and symbols before a letter without getting stuck', () => {
    const flood = `status ${'!?.🙂'.repeat(25_000)}a`;
    expect(recogniseCommand(flood)).toMatchObject({ command: { id: 'status' } });
    expect(normaliseCommandText(`${'!'.repeat(100_000)}`)).toBe('');
  });

  it('takes punctuation between a command and its argument as a space, but not letters', () => {
    expect(recogniseCommand('status: 2.3')).toMatchObject({ command: { id: 'status' }, rest: '2.3' });
    expect(recogniseCommand('Status, 2.3 🙂')).toMatchObject({ command: { id: 'status' }, rest: '2.3' });
    expect(recogniseCommand('status2.3')).toBeUndefined();
    expect(recogniseCommand('rapportera')).toBeUndefined();
  });
});
