import { expect } from 'vitest';

/** Every action of a card (its actions and those inside ActionSets), in order. */
export function cardActions(card: any): any[] {
  const out: any[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.')) out.push(node);
    for (const [key, value] of Object.entries(node)) if (key !== 'fallback') walk(value);
  };
  walk(card.body);
  walk(card.actions);
  return out;
}

/** The action with this title (fails the test when there is none). */
export function actionTitled(card: any, title: string): any {
  const action = cardActions(card).find((a) => a.title === title);
  expect(action, `no action "${title}" on the card`).toBeDefined();
  return action;
}

/** The data Teams sends when a person fills in `inputs` and clicks the action: data merged with the inputs. */
export function clickData(card: any, title: string, inputs: Record<string, unknown> = {}): { verb: string; data: Record<string, unknown> } {
  const action = actionTitled(card, title);
  return { verb: action.verb, data: { ...action.data, ...(action.associatedInputs === 'none' ? {} : inputs) } };
}

/** The value an input of the card is filled in with (undefined when empty). */
export function inputValue(card: any, id: string): unknown {
  let found: any;
  const walk = (node: any): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id === id) found = node;
    else Object.values(node).forEach(walk);
  };
  walk(card.body);
  expect(found, `no input "${id}" on the card`).toBeDefined();
  return found.value;
}
