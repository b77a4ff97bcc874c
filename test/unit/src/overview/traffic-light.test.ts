import { describe, expect, it } from 'vitest';
import { areaLight, measureLight } from '../../../../src/overview/traffic-light.js';

describe('measureLight', () => {
  it('shows an overdue open measure red even when its owner said it was on track', () => {
    expect(measureLight('on_track', true, false)).toBe('red');
  });

  it('shows a silent measure at least yellow', () => {
    expect(measureLight('on_track', false, true)).toBe('yellow');
    expect(measureLight('no_status', false, true)).toBe('yellow');
    expect(measureLight('delayed', false, true)).toBe('red');
  });

  it('keeps closed measures blue (done) or grey (cancelled), past deadline or not', () => {
    expect(measureLight('done', true, true)).toBe('blue');
    expect(measureLight('cancelled', true, false)).toBe('grey');
  });
});

describe('areaLight', () => {
  const m = (light: any, status: any = 'on_track') => ({ light, status });

  it('takes the worst light of its measures', () => {
    expect(areaLight([m('green'), m('red', 'delayed'), m('yellow', 'at_risk')])).toBe('red');
    expect(areaLight([m('green'), m('yellow', 'at_risk')])).toBe('yellow');
  });

  it('is blue only when everything is done, and ignores cancelled measures', () => {
    expect(areaLight([m('blue', 'done'), m('grey', 'cancelled')])).toBe('blue');
    expect(areaLight([m('blue', 'done'), m('grey', 'no_status')])).toBe('green');
    expect(areaLight([m('grey', 'no_status')])).toBe('grey');
    expect(areaLight([])).toBe('grey');
  });
});
