/**
 * Idle and background work (src/lib/idle.ts): the search index and the facets are prepared from
 * the first idle period on, then in background-priority tasks where the browser has them (else in
 * idle periods), as many steps as each has room for, and stop when their items are replaced.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { inBackground, nextTask, stepInBackground, whenIdle, type Steps } from '@/lib/idle'

interface IdleCall {
  callback: (deadline: { didTimeout: boolean; timeRemaining: () => number }) => void
  timeout?: number
}

/** requestIdleCallback by hand: `idle` holds the callbacks waiting. */
function stubIdle(): IdleCall[] {
  const idle: IdleCall[] = []
  vi.stubGlobal('requestIdleCallback', (callback: IdleCall['callback'], options?: { timeout?: number }) =>
    idle.push({ callback, timeout: options?.timeout }),
  )
  return idle
}

/** Runs the next waiting callback as an idle period with `ms` left, or as a timeout. */
function runIdle(idle: IdleCall[], ms: number | 'timeout'): void {
  const call = idle.shift()
  if (!call) throw new Error('nothing waits for an idle period')
  if (ms === 'timeout') call.callback({ didTimeout: true, timeRemaining: () => 0 })
  else call.callback({ didTimeout: false, timeRemaining: () => ms })
}

/** Work of `end` steps, each recorded in `log` and spending what `spend` says. */
function counted(name: string, end: number, log: string[], spend: () => void = () => {}): Steps {
  return {
    end,
    step: (from) => {
      log.push(`${name}${from}`)
      spend()
      return from + 1
    },
  }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('nextTask', () => {
  it('resolves in a task of its own: after every microtask and after a task queued before it', async () => {
    const order: string[] = []
    setTimeout(() => order.push('task queued before'))
    const waited = nextTask().then(() => order.push('after nextTask'))
    void Promise.resolve().then(() => order.push('microtask'))
    await waited
    expect(order).toEqual(['microtask', 'task queued before', 'after nextTask'])
  })
})

describe('whenIdle', () => {
  it('gives the work the idle period’s time left, and waits at most the timeout', () => {
    const idle = stubIdle()
    const seen: number[] = []
    whenIdle((timeLeft) => seen.push(timeLeft()), { timeoutMs: 1000 })
    expect(idle.map((i) => i.timeout)).toEqual([1000])
    runIdle(idle, 37)
    expect(seen).toEqual([37])
  })

  it('after a timeout (a page never idle), gives the work a short slice instead of nothing', () => {
    const idle = stubIdle()
    const seen: number[] = []
    whenIdle((timeLeft) => seen.push(timeLeft()), { timeoutMs: 1000, sliceMs: 10 })
    runIdle(idle, 'timeout')
    expect(seen[0]).toBeGreaterThan(5)
    expect(seen[0]).toBeLessThanOrEqual(10)
  })

  it('without requestIdleCallback, runs in the next task with a slice', () => {
    vi.useFakeTimers() // (fakes requestIdleCallback too: removed after)
    vi.stubGlobal('requestIdleCallback', undefined)
    const seen: number[] = []
    whenIdle((timeLeft) => seen.push(timeLeft()), { timeoutMs: 1000 })
    expect(seen).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(seen).toHaveLength(1)
    expect(seen[0]).toBeGreaterThan(0)
  })
})

describe('stepInBackground without background tasks: idle periods', () => {
  it('does the pieces of work in order, as many steps as each idle period has room for', () => {
    const idle = stubIdle()
    const log: string[] = []
    let left = 0
    // Each step spends 1 ms of the period; a period of `left` ms holds steps while > 1 ms is left.
    const spend = () => void (left -= 1)
    const idleWith = (ms: number) => {
      left = ms
      const call = idle.shift()
      call?.callback({ didTimeout: false, timeRemaining: () => left })
    }
    stepInBackground([counted('a', 3, log, spend), counted('b', 2, log, spend)], () => true, 1000)
    expect(log).toEqual([])
    idleWith(3) // room for a0, a1 (then 1 ms left)
    expect(log).toEqual(['a0', 'a1'])
    idleWith(10) // a2 ends the first piece; the next waits for another period
    expect(log).toEqual(['a0', 'a1', 'a2'])
    idleWith(10)
    expect(log).toEqual(['a0', 'a1', 'a2', 'b0', 'b1'])
    expect(idle).toHaveLength(0)
  })

  it('does at least one step in a period with no time left, so the work always moves on', () => {
    const idle = stubIdle()
    const log: string[] = []
    stepInBackground([counted('a', 2, log)], () => true, 1000)
    runIdle(idle, 0)
    expect(log).toEqual(['a0'])
    runIdle(idle, 0)
    expect(log).toEqual(['a0', 'a1'])
    expect(idle).toHaveLength(0)
  })

  it('stops when the work is no longer wanted (the items were replaced)', () => {
    const idle = stubIdle()
    const log: string[] = []
    let wanted = true
    stepInBackground([counted('a', 5, log), counted('b', 5, log)], () => wanted, 1000)
    runIdle(idle, 0)
    wanted = false
    runIdle(idle, 50)
    expect(log).toEqual(['a0'])
    expect(idle).toHaveLength(0)
  })
})

interface PostedTask {
  task: () => void
  priority: string
}

/** scheduler.postTask by hand: `posted` holds the tasks waiting. */
function stubScheduler(): PostedTask[] {
  const posted: PostedTask[] = []
  vi.stubGlobal('scheduler', {
    postTask: (task: () => void, options: { priority: string }) => {
      posted.push({ task, priority: options.priority })
      return Promise.resolve()
    },
  })
  return posted
}

describe('inBackground', () => {
  it('posts the work as a background-priority task with a slice of time', () => {
    const posted = stubScheduler()
    const seen: number[] = []
    inBackground((timeLeft) => seen.push(timeLeft()), { timeoutMs: 1000, sliceMs: 8 })
    expect(posted.map((p) => p.priority)).toEqual(['background'])
    posted.shift()!.task()
    expect(seen[0]).toBeGreaterThan(4)
    expect(seen[0]).toBeLessThanOrEqual(8)
  })

  it('without the Scheduler API, waits for an idle period', () => {
    const idle = stubIdle()
    const seen: number[] = []
    inBackground((timeLeft) => seen.push(timeLeft()), { timeoutMs: 1000 })
    runIdle(idle, 25)
    expect(seen).toEqual([25])
  })
})

describe('stepInBackground with background tasks', () => {
  it('starts in the first idle period, then goes on in background tasks, not in idle periods', () => {
    const idle = stubIdle()
    const posted = stubScheduler()
    const log: string[] = []
    stepInBackground([counted('a', 2, log), counted('b', 1, log)], () => true, 1000)
    expect(posted).toHaveLength(0)
    runIdle(idle, 0) // the first step waits for the page to be idle once
    expect(log).toEqual(['a0'])
    expect(idle).toHaveLength(0)
    expect(posted.map((p) => p.priority)).toEqual(['background'])
    posted.shift()!.task()
    expect(log).toEqual(['a0', 'a1'])
    posted.shift()!.task()
    expect(log).toEqual(['a0', 'a1', 'b0'])
    expect(posted).toHaveLength(0)
    expect(idle).toHaveLength(0)
  })

  it('stops between background tasks when the work is no longer wanted', () => {
    const idle = stubIdle()
    const posted = stubScheduler()
    const log: string[] = []
    let wanted = true
    stepInBackground([counted('a', 5, log)], () => wanted, 1000)
    runIdle(idle, 0)
    wanted = false
    posted.shift()?.task()
    expect(log).toEqual(['a0'])
    expect(posted).toHaveLength(0)
  })
})
