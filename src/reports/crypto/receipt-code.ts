import { randomInt } from 'node:crypto';

/** Digits in a receipt code: 20 random digits ≈ 66 bits. */
export const receiptCodeDigits = 20;

/** A new receipt code: 20 digits from the system's CSPRNG, uniformly chosen. */
export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < receiptCodeDigits; i++) code += String(randomInt(10));
  return code;
}

/** Groups of four for reading and writing down: "4821 0937 5562 1184 9023". */
export function formatReceiptCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * What a person typed, as a code: spaces, dashes and dots dropped. Returns
 * undefined unless exactly 20 digits remain, so a typo costs no hashing.
 */
export function normaliseReceiptCode(input: string): string | undefined {
  const digits = input.replace(/[\s\-.]/g, '');
  return new RegExp(`^\\d{${receiptCodeDigits}}$`).test(digits) ? digits : undefined;
}
