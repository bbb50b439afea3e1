/**
 * Turns (src/lib/task-turns.ts): the hydration of the overview's parts and the
 * drawing of charts each take one turn per task or idle period, in the order asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextIdle, nextTask, taskTurns, type Wait } from '@/lib/task-turns'

/** A wait the test ends by hand: `pending` holds the callbacks waiting. */
function manualWait() {
  const pending: (() => void)[] = []
  const wait: Wait = (next) => void pending.push(next)
  return { pending, wait, end: () => pending.shift()?.() }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('taskTurns', () => {
  it('takes turns asked together one per task, in the order asked', () => {
    vi.useFakeTimers()
    const inTurn = taskTurns(nextTask)
    const ran: number[] = []
    for (const i of [0, 1, 2]) inTurn(() => ran.push(i))
    expect(ran).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(ran).toEqual([0])
    vi.advanceTimersToNextTimer()
    expect(ran).toEqual([0, 1])
    vi.advanceTimersToNextTimer()
    expect(ran).toEqual([0, 1, 2])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('lets a later turn start waiting only once the earlier one has run', () => {
    const { pending, wait, end } = manualWait()
    const inTurn = taskTurns(wait)
    const ran: string[] = []
    inTurn(() => ran.push('first'))
    inTurn(() => ran.push('second'))
    expect(pending).toHaveLength(1)
    end()
    expect(ran).toEqual(['first'])
    expect(pending).toHaveLength(1)
    end()
    expect(ran).toEqual(['first', 'second'])
    expect(pending).toHaveLength(0)
    // Asked for after the queue ran dry: waits afresh.
    inTurn(() => ran.push('third'))
    expect(pending).toHaveLength(1)
    end()
    expect(ran).toEqual(['first', 'second', 'third'])
  })

  it('goes on after a turn that throws', () => {
    const { wait, end } = manualWait()
    const inTurn = taskTurns(wait)
    const ran: string[] = []
    inTurn(() => {
      throw new Error('hydration failed')
    })
    inTurn(() => ran.push('next'))
    expect(end).toThrow('hydration failed')
    end()
    expect(ran).toEqual(['next'])
  })
})

describe('nextIdle', () => {
  it('waits for an idle period, at most the given time', () => {
    const idle: { callback: (deadline: IdleDeadline) => void; timeout?: number }[] = []
    vi.stubGlobal(
      'requestIdleCallback',
      (callback: (deadline: IdleDeadline) => void, options?: { timeout?: number }) =>
        idle.push({ callback, timeout: options?.timeout }),
    )
    const period = { didTimeout: false, timeRemaining: () => 20 }
    const inTurn = taskTurns(nextIdle(1000))
    const ran: number[] = []
    inTurn(() => ran.push(0))
    inTurn(() => ran.push(1))
    expect(idle.map((i) => i.timeout)).toEqual([1000])
    idle.shift()?.callback(period)
    expect(ran).toEqual([0])
    expect(idle).toHaveLength(1)
    idle.shift()?.callback(period)
    expect(ran).toEqual([0, 1])
  })

  it('without requestIdleCallback, waits for the next task', () => {
    vi.useFakeTimers() // (fakes requestIdleCallback too: removed after)
    vi.stubGlobal('requestIdleCallback', undefined)
    const ran: number[] = []
    taskTurns(nextIdle(1000))(() => ran.push(0))
    expect(ran).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(ran).toEqual([0])
  })
})
