import { createRequire } from 'node:module';
import { expect } from 'vitest';

// The package's lib/ build is extensionless ESM that Node cannot load; its UMD bundle works.
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Teams refuses messages over 28 KB; a card must stay well under. */
export const maxCardBytes = 28 * 1024;

/** Problems the `adaptivecards` library finds when it parses and validates a card. */
export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

/** Asserts the card parses cleanly as Adaptive Card 1.5 and fits in a Teams message. */
export function expectValidCard(json: any): void {
  expect(json.type).toBe('AdaptiveCard');
  expect(json.version).toBe('1.5');
  expect(cardProblems(json)).toEqual([]);
  expect(Buffer.byteLength(JSON.stringify(json), 'utf8')).toBeLessThan(maxCardBytes);
}

/** All text a card shows (TextBlocks, facts, action titles), to assert on wording. */
export function cardText(json: any): string {
  const out: string[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.text === 'string') out.push(node.text);
    if (typeof node.title === 'string') out.push(node.title);
    if (typeof node.value === 'string' && node.type !== 'Input.Text') out.push(node.value);
    if (typeof node.label === 'string') out.push(node.label);
    for (const [key, value] of Object.entries(node)) if (key !== 'text' && typeof value === 'object') walk(value);
  };
  walk(json);
  return out.join('\n');
}
