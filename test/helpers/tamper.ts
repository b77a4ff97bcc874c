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
