/** What one drain did, in counts (what is logged and printed). */
export interface DispatchSummary {
  claimedRows: number;
  messages: number;
  sentRows: number;
  skippedRows: number;
  deferredRows: number;
  unreachableRows: number;
  failedRows: number;
  retriedRows: number;
  throttled: number;
  /** Send slots of the tenant budget missed because this process was busy (lost rate, never a burst). */
  missedSlots: number;
  skipReasons: Record<string, number>;
}

/** A summary with every count at zero. */
export const emptySummary = (): DispatchSummary => ({
  claimedRows: 0, messages: 0, sentRows: 0, skippedRows: 0, deferredRows: 0, unreachableRows: 0, failedRows: 0, retriedRows: 0, throttled: 0, missedSlots: 0, skipReasons: {},
});
