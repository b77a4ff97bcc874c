import { describe, expect, it } from 'vitest';
import { assertNever, skipUnknown } from '../../../src/exhaustive.js';

describe('exhaustive switches', () => {
  it('throws, naming what it met, when a value outside the union reaches assertNever at run time', () => {
    expect(() => assertNever('surprise' as never, 'verb')).toThrow('Unhandled verb: surprise');
  });

  it('skips a stored kind no longer known instead of crashing a send', () => {
    expect(skipUnknown('retired_rule' as never)).toBeUndefined();
  });
});
