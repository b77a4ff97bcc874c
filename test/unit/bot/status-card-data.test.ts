import { describe, expect, it } from 'vitest';
import { cardBasisSchema, indicatorValuesOf, openSchema, statusInputsSchema } from '../../../bot/status/status-card-data.js';

const basis = { measureId: '0f5c2a4e-1b7d-4c8e-9a3f-2d6b8e1c4a70', basedOnSeq: 3, planRevision: 2, nonce: 'abcdefghijklmnop' };

describe('status card data', () => {
  it('accepts the basis a card carries, also with numbers sent as text', () => {
    expect(cardBasisSchema.parse({ ...basis, basedOnSeq: '3', extra: 'ignored' })).toEqual(basis);
  });

  it.each([
    ['an id that is no UUID', { measureId: 'x' }],
    ['a negative seq', { basedOnSeq: -1 }],
    ['revision 0', { planRevision: 0 }],
    ['a short nonce', { nonce: 'abc' }],
    ['a nonce with markup', { nonce: '<script>alert(1)</script>' }],
  ])('refuses %s', (_label, patch) => {
    expect(cardBasisSchema.safeParse({ ...basis, ...patch }).success).toBe(false);
  });

  it('accepts an empty status choice and refuses an unknown one or wrong types', () => {
    expect(statusInputsSchema.safeParse({ status: '' }).success).toBe(true);
    expect(statusInputsSchema.safeParse({ status: 'hacked' }).success).toBe(false);
    expect(statusInputsSchema.safeParse({ comment: ['a'] }).success).toBe(false);
    expect(statusInputsSchema.safeParse({ indicator0: 5 }).success).toBe(false);
    expect(statusInputsSchema.safeParse({ indicator99: 'x' }).success).toBe(false);
  });

  it('passes a long comment on to the rules, which say what is wrong with it', () => {
    expect(statusInputsSchema.safeParse({ comment: 'x'.repeat(100_000) }).success).toBe(true);
  });

  it('reads indicator values in order, leaving gaps', () => {
    expect(indicatorValuesOf({ indicator1: 'b', indicator0: 'a', indicator3: 'd', other: 'x' })).toEqual(['a', 'b', undefined, 'd']);
  });

  it('takes the measure to open from the data, with values to fill in', () => {
    expect(openSchema.parse({ measureId: basis.measureId, prefill: { status: 'delayed', forecastDate: '2025-03-31' } })).toMatchObject({
      prefill: { status: 'delayed' },
    });
    expect(openSchema.safeParse({ measureId: basis.measureId, prefill: { status: 'x' } }).success).toBe(false);
  });
});
