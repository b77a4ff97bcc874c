import type { Clock } from '../../src/ports/clock.js';

/** A clock that runs with real time from a chosen instant and can be moved (to another day, past a lease). */
export class SteerableClock implements Clock {
  private offsetMs: number;
  constructor(start: Date | string) {
    this.offsetMs = new Date(start).getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  set(to: Date | string): void {
    this.offsetMs = new Date(to).getTime() - Date.now();
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
