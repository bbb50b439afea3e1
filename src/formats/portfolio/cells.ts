/**
 * The portfolio tables' cell vocabulary, read as the sources write it.
 *
 * Accepted cell values (the table-driven test in tests/unit/formats/portfolio/reader.test.ts checks
 * exactly this list):
 *
 * | Cell               | Accepted                                                                 | Read as          |
 * |--------------------|--------------------------------------------------------------------------|------------------|
 * | status, risk       | `rød`, `rod`, `red`, `Betydelige utfordringer`                           | `rod`            |
 * |                    | `gul`, `yellow`, `amber`, `Noen utfordringer`                            | `gul`            |
 * |                    | `grønn`, `gronn`, `green`, `Under kontroll`                              | `gronn`          |
 * | criticality        | `Lav`, `low`                                                             | `lav`            |
 * |                    | `Middels`, `middel`, `medium`                                            | `middels`        |
 * |                    | `Høy`, `hoy`, `high`                                                     | `hoy`            |
 * | cost (MNOK)        | `55`, `9,5`, `-2`, `−12`, `1 234,5`, `0.5`                               | the number       |
 * |                    | `(14)`, `(14)*`, `(2,3)*`: in parentheses = covered internally            | number, covered  |
 * | covered internally | `ja`, `yes`, `true`, `x`, `1` / `nei`, `no`, `false`, `0`, blank         | true / false     |
 * | goals              | `1`, `Mål 2`, `Goal 3`, lists split by `,` `;` `/` or ` og `/` and `     | goal numbers     |
 * | decision type      | `Vedtak`, `Nytt vedtak`, `Decision`, blank                               | `vedtak`         |
 * |                    | `Forslag til vedtak`, `Justert forslag til vedtak`, `Proposed decision`  | `forslag`        |
 * | dates              | as `parseDateCell`: `03.04.2023`, `2023-04-03`, `april 2023`, `2023` …   | ISO date         |
 *
 * Anything else in a status, risk, criticality or cost cell is an error on that row.
 */
import { parseGoalRef } from '@/domain/goal-ref'
import { parseNorwegianNumber } from '@/domain/number'
import type { Criticality, DecisionKind, RagStatus } from '@/domain/portfolio'
import { foldText, squashSpaces } from '@/domain/text'
import type { Goal, GoalNumber } from '@/domain/types'

const RAG_WORDS: Record<string, RagStatus> = {
  rod: 'rod',
  red: 'rod',
  betydeligeutfordringer: 'rod',
  gul: 'gul',
  yellow: 'gul',
  amber: 'gul',
  noenutfordringer: 'gul',
  gronn: 'gronn',
  green: 'gronn',
  underkontroll: 'gronn',
}

const CRITICALITY_WORDS: Record<string, Criticality> = {
  lav: 'lav',
  low: 'lav',
  middels: 'middels',
  middel: 'middels',
  medium: 'middels',
  hoy: 'hoy',
  high: 'hoy',
}

function key(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '')
}

/** `rød`, `Noen utfordringer`, `green` … → the status; blank → `undefined`; unknown → `null`. */
export function parseRagStatus(raw: string): RagStatus | undefined | null {
  if (raw.trim() === '') return undefined
  return RAG_WORDS[key(raw)] ?? null
}

/** `Høy`, `middel`, `low` … → the criticality; blank → `undefined`; unknown → `null`. */
export function parseCriticality(raw: string): Criticality | undefined | null {
  if (raw.trim() === '') return undefined
  return CRITICALITY_WORDS[key(raw)] ?? null
}

/** A cost cell: a Norwegian number, in parentheses (optionally with `*`) when covered internally. */
export function parseCostCell(raw: string): { mnok: number; coveredInternally: boolean } | null {
  const text = squashSpaces(raw)
  const bracketed = /^\((.+)\)\s*\**$/.exec(text)
  const mnok = parseNorwegianNumber(bracketed ? bracketed[1] : text)
  return mnok === null ? null : { mnok, coveredInternally: bracketed !== null }
}

/** `ja`/`yes`/`true`/`x`/`1` → true; `nei`/`no`/`false`/`0`/blank → false; else `null`. */
export function parseYesNo(raw: string): boolean | null {
  const k = key(raw)
  if (['ja', 'yes', 'true', 'x', '1'].includes(k)) return true
  if (['', 'nei', 'no', 'false', '0'].includes(k)) return false
  return null
}

/** `Mål 1, Mål 3` → [1, 3]; `null` when a part is not a goal. */
export function parseGoalList(raw: string, goals: readonly Goal[] = []): GoalNumber[] | null {
  const parts = raw
    .split(/\s*(?:[,;/]|\bog\b|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const out: GoalNumber[] = []
  for (const part of parts) {
    const goal = parseGoalRef(part, goals)
    if (goal === null) return null
    if (!out.includes(goal)) out.push(goal)
  }
  return out
}

/** `Forslag til vedtak` (also `Justert …`) → `forslag`; `Vedtak` or blank → `vedtak`; else `null`. */
export function parseDecisionKind(raw: string): DecisionKind | null {
  const k = key(raw)
  if (k === '' || k === 'vedtak' || k === 'decision' || k === 'nyttvedtak') return 'vedtak'
  if (['forslagtilvedtak', 'justertforslagtilvedtak', 'proposeddecision', 'forslag'].includes(k))
    return 'forslag'
  return null
}

/** A cell's list: parts split by `;` or line breaks, blanks dropped. */
export function listCell(raw: string): string[] {
  return raw
    .split(/\s*[;\n]\s*/)
    .map((p) => squashSpaces(p))
    .filter((p) => p !== '')
}
