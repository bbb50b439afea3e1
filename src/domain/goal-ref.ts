/** Reading a goal reference as analysts write it: `Mål 1`, `1`, `Goal 1`, or by title. */
import type { Goal, GoalNumber } from './types'
import { GOAL_NUMBERS } from './types'
import { foldText, squashSpaces } from './text'

export function isGoalNumber(n: number): n is GoalNumber {
  return (GOAL_NUMBERS as readonly number[]).includes(n)
}

/**
 * The goal number a cell refers to, or `null`. Accepts `1`, `Mål 1`, `mål 1:` + title,
 * `Goal 1`, `Strategisk mål 1`, and a goal's exact title (case and diacritics ignored).
 */
export function parseGoalRef(cell: string, goals: readonly Goal[] = []): GoalNumber | null {
  const folded = foldText(squashSpaces(cell))
  if (folded === '') return null
  const m = /^(?:(?:strategisk\s+)?(?:mal|goal)\s*)?(\d+)(?:\s*[:.\-–]\s*.*)?$/.exec(folded)
  if (m) {
    const n = Number(m[1])
    return isGoalNumber(n) ? n : null
  }
  const byTitle = goals.find((g) => foldText(squashSpaces(g.title)) === folded)
  return byTitle ? byTitle.number : null
}
