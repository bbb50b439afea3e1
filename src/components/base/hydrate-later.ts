/**
 * Lazy hydration for the overview that index.html already shows on a first visit (src/start.ts
 * hydrates it). A part wrapped here takes over its pre-rendered elements when it nears the screen
 * or when the browser is next idle, each part in a task of its own, so the start is not one long
 * task that holds up input. When the app renders rather than hydrates (every other start, every
 * later page), the part renders at once, as if unwrapped.
 */
import {
  defineAsyncComponent,
  hydrateOnIdle,
  hydrateOnVisible,
  type Component,
  type HydrationStrategy,
} from 'vue'
import { nextTask, taskTurns } from '@/lib/task-turns'

/** Parts still to hydrate; while there are any, the app's root says so (`data-hydrating`). */
let waiting = 0
function countWaiting(change: 1 | -1): void {
  waiting += change
  if (typeof document !== 'undefined')
    document.getElementById('app')?.toggleAttribute('data-hydrating', waiting > 0)
}

/**
 * Hydrations take turns, one per task. Parts on screen become visible in the same frame, and the
 * browser calls all their observers in one task; hydrating them there made one long task again.
 */
const inTurn = taskTurns(nextTask)

/**
 * Whichever of `strategies` comes first hydrates the part (Vue's strategies each hydrate on their
 * own), in a task of its own; the others are then stopped.
 */
export function firstOf(...strategies: HydrationStrategy[]): HydrationStrategy {
  return (hydrate, forEachElement) => {
    let state: 'waiting' | 'queued' | 'settled' = 'waiting'
    const stops: (() => void)[] = []
    const stopAll = () => stops.forEach((stop) => stop())
    const settle = () => {
      if (state === 'settled') return
      state = 'settled'
      countWaiting(-1)
    }
    const start = () => {
      if (state !== 'waiting') return
      state = 'queued'
      stopAll()
      inTurn(() => {
        if (state !== 'queued') return // unmounted meanwhile
        settle()
        hydrate()
      })
    }
    countWaiting(1)
    for (const strategy of strategies) {
      const stop = strategy(start, forEachElement)
      if (stop) stops.push(stop)
    }
    // Unmounted before it hydrated: nothing is waiting any more.
    return () => {
      stopAll()
      settle()
    }
  }
}

/** Near the screen, or when the browser is idle (at most `idleMs` after the mount). */
export const visibleOrIdle = (idleMs = 2000): HydrationStrategy =>
  firstOf(hydrateOnVisible({ rootMargin: '200px' }), hydrateOnIdle(idleMs))

/**
 * Resolves an async wrapper before its first render. Vue has no public way to: the loader runs at
 * the first mount, which renders nothing until a microtask later. `__asyncLoader` is that loader,
 * an internal of Vue (its runtime also tells async wrappers by it, `isAsyncWrapper`); this is the
 * one place that uses it. Without it a part would still render, a microtask late: only dev and
 * tests stop, so that a Vue update that drops it fails the tests (hydrate-later.test.ts).
 */
export function resolveEarly(wrapped: Component): void {
  const load: unknown = (wrapped as { __asyncLoader?: unknown }).__asyncLoader
  if (typeof load === 'function') void (load as () => Promise<unknown>)()
  else if (import.meta.env.DEV)
    throw new Error(
      'hydrateLater: Vue no longer gives async components an __asyncLoader to resolve them early',
    )
}

/** `component`, hydrated by `strategy` (see above); rendered at once when not hydrating. */
export function hydrateLater<T extends Component>(
  component: T,
  strategy: HydrationStrategy = visibleOrIdle(),
): T {
  const wrapped = defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: strategy })
  // Resolved before any render, so a client render draws the part in the same pass.
  resolveEarly(wrapped)
  return wrapped as T
}
