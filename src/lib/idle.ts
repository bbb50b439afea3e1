/**
 * The browser's idle periods and background-priority tasks, for work that must not hold up what
 * the user waits for. Without requestIdleCallback (Safari), and when an idle period is waited for
 * past the timeout (a page that is never idle), the work gets the next task and a short slice, so
 * it still moves on; without background tasks (scheduler.postTask), it waits for idle periods.
 */

/**
 * Resolves in a task of its own: what follows the await no longer lengthens the task that was
 * running (on a slow phone two halves of 40 ms each hold up input, as one of 80 ms does not).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve))
}

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

/** Tasks of background priority (the Scheduler API), where the browser has them. */
interface BackgroundScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>
}

function backgroundScheduler(): BackgroundScheduler | undefined {
  const scheduler = (globalThis as { scheduler?: Partial<BackgroundScheduler> }).scheduler
  return typeof scheduler?.postTask === 'function' ? (scheduler as BackgroundScheduler) : undefined
}

/**
 * Calls `work` in a task of background priority, with a slice of time: it runs as soon as nothing
 * the user waits for (input, rendering, other tasks) is queued. Without such tasks, in the next
 * idle period (`whenIdle`).
 */
export function inBackground(work: (timeLeft: TimeLeft) => void, options: IdleOptions): void {
  const scheduler = backgroundScheduler()
  if (!scheduler) return whenIdle(work, options)
  const sliceMs = options.sliceMs ?? 10
  scheduler
    .postTask(
      () => {
        const until = performance.now() + sliceMs
        work(() => until - performance.now())
      },
      { priority: 'background' },
    )
    // An error in the work is reported as any task's would be, not left as a rejected promise.
    .catch((error: unknown) =>
      setTimeout(() => {
        throw error
      }),
    )
}

/**
 * Does each piece of work in `queue`, in order, a step at a time, until done or until `current`
 * says the work is no longer wanted: it starts in the first idle period (so a view's first render,
 * drawn a few tasks after its data arrives, goes first) and goes on in background tasks
 * (`inBackground`), as many steps as each has room for. Not in idle periods throughout: Chromium
 * gave a page none for up to a second after its first render at 100 000 items, so the first
 * keystroke found the search index half made and had to finish it.
 */
export function stepInBackground(queue: readonly Steps[], current: () => boolean, timeoutMs: number): void {
  stepAfter(whenIdle, queue, 0, current, timeoutMs)
}

function stepAfter(
  wait: typeof whenIdle,
  queue: readonly Steps[],
  at: number,
  current: () => boolean,
  timeoutMs: number,
): void {
  const [work, ...rest] = queue
  if (!work || !current()) return
  wait(
    (timeLeft) => {
      if (!current()) return
      let from = at
      do from = work.step(from)
      while (from < work.end && timeLeft() > 1)
      if (from < work.end) stepAfter(inBackground, queue, from, current, timeoutMs)
      else stepAfter(inBackground, rest, 0, current, timeoutMs)
    },
    { timeoutMs },
  )
}
