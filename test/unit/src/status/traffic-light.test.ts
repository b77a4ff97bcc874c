import { describe, expect, it } from 'vitest';
import { trafficLight } from '../../../../src/status/traffic-light.js';

describe('trafficLight', () => {
  it.each([
    ['done', '2024-10-31', '2024-12-01', 'blue'],
    ['cancelled', '2024-10-31', '2024-12-01', 'grey'],
    ['delayed', '2024-10-31', '2024-10-01', 'red'],
    ['on_track', '2024-10-31', '2024-11-01', 'red'],
    ['on_track', '2024-10-31', '2024-10-31', 'green'],
    ['at_risk', '2024-10-31', '2024-10-14', 'yellow'],
    ['not_started', '2024-10-31', '2024-10-14', 'grey'],
    [null, null, '2030-01-01', 'grey'],
    [null, '2024-10-31', '2024-11-01', 'red'],
    ['on_track', '2024-12-30', '2024-12-31', 'green'],
    ['on_track', '2024-12-30', '2025-01-02', 'red'],
    ['on_track', '2025-10-31', '2025-11-02', 'green'],
    ['on_track', '2025-10-31', '2025-11-03', 'red'],
  ] as const)('gives %s due %s on %s a %s light', (status, due, today, light) => {
    expect(trafficLight(status, due, today)).toBe(light);
  });
});
