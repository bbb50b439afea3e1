import { whenIdle } from './idle'

/**
 * Work that would make one long task if done all at once (hydrating the overview's parts, drawing
 * a page's charts) takes turns: one turn each time `wait` calls back, in the order asked. A turn
 * asked for while others wait starts waiting only once those have run, so two turns never share
 * a task (or an idle period).
 */
export type Wait = (next: () => void) => void

/** A queue of turns taken one per `wait`; returns the function that asks for a turn. */
export function taskTurns(wait: Wait): (turn: () => void) => void {
  const queue: (() => void)[] = []
  const next = (): void => {
    const turn = queue.shift()
    // Waited for before the turn runs, so a turn that throws does not stop the ones after it.
    if (queue.length > 0) wait(next)
    turn?.()
  }
  return (turn) => {
    queue.push(turn)
    if (queue.length === 1) wait(next)
  }
}

/** The next task. */
export const nextTask: Wait = (next) => void setTimeout(next)

/** The browser's next idle period, at most `timeoutMs` away; without requestIdleCallback, the next task. */
export const nextIdle =
  (timeoutMs: number): Wait =>
  (next) =>
    whenIdle(() => next(), { timeoutMs })
