/**
 * The browser's idle periods, for work that must not hold up what the user waits for. Without
 * requestIdleCallback (Safari), and when an idle period is waited for past the timeout (a page
 * that is never idle), the work gets the next task and a short slice, so it still moves on.
 */

/** Milliseconds the work may still take in this period. */
export type TimeLeft = () => number

export interface IdleOptions {
  /** At most this long until the work runs, idle or not. */
  timeoutMs: number
  /** The time the work gets when it runs without an idle period. */
  sliceMs?: number
}

/** Calls `work` in the next idle period (or after the timeout), with the time it may take. */
export function whenIdle(work: (timeLeft: TimeLeft) => void, { timeoutMs, sliceMs = 10 }: IdleOptions): void {
  const slice = (): TimeLeft => {
    const until = performance.now() + sliceMs
    return () => until - performance.now()
  }
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback((deadline) => work(deadline.didTimeout ? slice() : () => deadline.timeRemaining()), {
      timeout: timeoutMs,
    })
  else setTimeout(() => work(slice()))
}

/**
 * Work done a step at a time: `step(from)` does one step and returns where the next starts; the
 * work is done when that reaches `end`.
 */
export interface Steps {
  end: number
  step: (from: number) => number
}

/**
 * Does each piece of work in `queue`, in order, in idle periods (as many steps as an idle period
 * has room for), until done or until `current` says the work is no longer wanted.
 */
export function stepWhileIdle(
  queue: readonly Steps[],
  current: () => boolean,
  timeoutMs: number,
  at = 0,
): void {
  const [work, ...rest] = queue
  if (!work || !current()) return
  whenIdle(
    (timeLeft) => {
      if (!current()) return
      let from = at
      do from = work.step(from)
      while (from < work.end && timeLeft() > 1)
      if (from < work.end) stepWhileIdle(queue, current, timeoutMs, from)
      else stepWhileIdle(rest, current, timeoutMs)
    },
    { timeoutMs },
  )
}
