/**
 * Walking a list of things with the keyboard from one tab stop: the data points of a chart, the
 * rows of the timeline. ↑/← the previous, ↓/→ the next, Home/End the first and last, Enter/Space
 * opens the current one, Escape leaves. A caller may add or override keys (PageUp/PageDown, ←/→
 * to the next row with a bar).
 */

/** Where a key moves from `at` (−1: nothing current yet) in a list whose last index is `last`. */
export type WalkMove = (at: number, last: number) => number

export interface KeyboardWalkOptions {
  /** How many things there are. */
  count: () => number
  /** The index of the current one, −1 for none. */
  current: () => number
  /** Go to `index` (always within the list). */
  move: (index: number) => void
  /** Enter or Space on the current one. */
  activate?: (index: number) => void
  /** Escape. */
  leave?: () => void
  /** Moves to add to (or put in place of) the standard ones. */
  moves?: Record<string, WalkMove>
}

const next: WalkMove = (at, last) => Math.min(last, at + 1)
const previous: WalkMove = (at) => Math.max(0, at - 1)

const STANDARD_MOVES: Record<string, WalkMove> = {
  ArrowDown: next,
  ArrowRight: next,
  ArrowUp: previous,
  ArrowLeft: previous,
  Home: () => 0,
  End: (_, last) => last,
}

/** A keydown handler for the walk; it returns true when it used the key. */
export function useKeyboardWalk(options: KeyboardWalkOptions): (event: KeyboardEvent) => boolean {
  const moves = { ...STANDARD_MOVES, ...options.moves }
  return (event) => {
    const last = options.count() - 1
    if (last < 0) return false
    const at = options.current()
    const move = Object.hasOwn(moves, event.key) ? moves[event.key] : undefined
    if (move) {
      event.preventDefault()
      options.move(move(at, last))
      return true
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (at < 0 || at > last || !options.activate) return false
      event.preventDefault()
      options.activate(at)
      return true
    }
    if (event.key === 'Escape' && options.leave) {
      options.leave()
      return true
    }
    return false
  }
}
