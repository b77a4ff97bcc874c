import { z } from 'zod';
import { normaliseEmail } from '../../directory/person.js';

const email = z.email();

/** The addresses in a text ("a@x.se, b@x.se; c@x.se"), lower-cased, each once; and what was not an address. */
export function parseEmails(text: string | readonly string[]): { valid: string[]; invalid: string[] } {
  const parts = (typeof text === 'string' ? [text] : text).flatMap((t) => t.split(/[\s,;]+/)).map((p) => p.trim().replace(/^<|>$/g, '')).filter((p) => p !== '');
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    const address = normaliseEmail(part)!;
    if (!email.safeParse(address).success) invalid.push(part);
    else if (!valid.includes(address)) valid.push(address);
  }
  return { valid, invalid };
}
