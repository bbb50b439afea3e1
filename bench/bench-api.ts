/**
 * What the bench page (bench/bench-main.ts) puts on `window` for scripts/bench.ts, which calls
 * it through Playwright's `page.evaluate`. Types only, shared by both sides.
 */

/** One end-to-end import through the app's worker client: analyse, then commit. */
export interface AppRun {
  /** From the call to `analyse` until `commit` resolved (the dataset is in IndexedDB). */
  ms: number
  /** Round trip of `analyse`: decode, parse, map and validate, hash, report (in the worker). */
  analyseMs: number
  /** Round trip of `commit`: the IndexedDB write (in the worker). */
  commitMs: number
  /** Items found in IndexedDB afterwards (checked outside the timing). */
  storedItems: number
  /** Longest gap between heartbeats on the main thread (or longest long task, if longer). */
  longestPauseMs: number
  /** Longest gap between two heartbeats (a `setTimeout(0)` chain, ~4 ms apart when idle). */
  longestGapMs: number
  /** Longest long task the main thread reported (0 when none reached 50 ms). */
  longestTaskMs: number
  /** Long tasks (≥ 50 ms) the main thread reported during the run. */
  longTasks: number
}

/** One baseline run: PapaParse + one Dexie `bulkAdd` into a fresh database of the same schema. */
export interface BaselineRun {
  ms: number
  /** Decode + PapaParse + building the records. */
  parseMs: number
  /** The one `bulkAdd`, including opening (creating) the database. */
  writeMs: number
  storedItems: number
}

declare global {
  interface Window {
    /** True once the bench page's module has run. */
    benchReady?: boolean
    /** Fetches a generated file once and keeps its bytes in the page; returns its size. */
    loadBenchFile(url: string): Promise<number>
    /** A fresh copy of a loaded file: the app transfers (detaches) the buffer it is given. */
    benchFile(url: string): Uint8Array
    runAppImport(bytes: Uint8Array, fileName?: string): Promise<AppRun>
    runBaseline(bytes: Uint8Array): Promise<BaselineRun>
  }
}
