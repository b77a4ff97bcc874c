import { describe, expect, it } from 'vitest';
import { cardActionHandlers, commandHandlers } from '../../../bot/routes/index.js';
import { verbs } from '../../../cards/verbs.js';
import { chatCommands } from '../../../src/chat/commands.js';

describe('the route table', () => {
  it('gives every chat command a handler, and every handler a command', () => {
    const ids = chatCommands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...commandHandlers.keys()].sort()).toEqual([...ids].sort());
  });

  it('gives every card verb a handler, and uses each verb string once', () => {
    const values = Object.values(verbs);
    expect(new Set(values).size).toBe(values.length);
    // Every verb a card can carry has a handler, and every handler answers a known verb.
    expect([...cardActionHandlers.keys()].sort()).toEqual([...values].sort());
  });

  it('never lets one trigger start two commands', () => {
    const triggers = chatCommands.flatMap((c) => [...c.triggers.sv, ...c.triggers.en].map((t) => `${t}→${c.id}`));
    const words = triggers.map((t) => t.split('→')[0]);
    const clashes = words.filter((w, i) => words.indexOf(w) !== i);
    expect(clashes).toEqual([]);
  });
});
