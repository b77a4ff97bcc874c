/**
 * A token with one character in its middle changed. Changing the last
 * characters is not enough: a token that already ends in them stays valid,
 * and base64url's last character carries padding bits a decoder ignores.
 */
export function tamperedToken(token: string): string {
  const at = Math.floor(token.length / 2);
  const replacement = token[at] === 'A' ? 'B' : 'A';
  return `${token.slice(0, at)}${replacement}${token.slice(at + 1)}`;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The same token spelled differently: its last base64url character with the
 * bits a decoder ignores changed, so it decodes to the same bytes. (Only for
 * tokens whose byte length is not a multiple of 3, like a 32-byte HMAC.)
 */
export function siblingSpelling(token: string): string {
  const last = alphabet.indexOf(token.at(-1)!);
  if (last < 0) throw new Error('Not a base64url token');
  const sibling = alphabet[last ^ 1]!;
  return `${token.slice(0, -1)}${sibling}`;
}
