/**
 * What the command-line validator reports about an imported file: one flat, JSON-ready row
 * per item and the counts an analyst checks a transcription against (e.g. "99 rows: goal 1:
 * 30, goal 2: 20 …"). Pure, so the numbers are unit-tested without spawning the CLI.
 *
 * Definitions (the CLI's `--json` output documents itself through these):
 * - `id` is the item's `key` (the source's Leveranse-ID, or the key derived from its content),
 *   without the dataset prefix: a file validated twice gives the same ids.
 * - `subGoal` is `<code> - <title>` when the sub-goal has a code (`2D - …`), else its title.
 * - `phase` is a phase id (`utvikling`) or, for a span, `from–to` joined by an en dash
 *   (`utvikling–innforing`), as the domain's `PhaseSpan` holds it.
 * - `start` is the first day of the start point, `end` the last day the end point covers
 *   (`2025` → `2025-12-31`, `Q3 2025` → `2025-09-30`), both ISO; `null` when not given.
 * - `status` is the planning status as the domain names it (`planned`, `tentative`).
 */
import type { ImportIssue, IssueSeverity } from '@/domain/import-issue'
import { lastDayOf } from '@/domain/period'
import { issueText } from '@/i18n/issue-text'
import type { PortfolioContent } from '@/domain/portfolio'
import type { DatasetContent, GoalNumber, PlanningStatus, RoadmapItem, SubGoal } from '@/domain/types'
import type { StoredRows } from '@/import/run-import'

/** One running-cost row as `--json` prints it. */
export interface ValidationCost {
  solution: string
  measure: string | null
  part: string | null
  year: number
  mnok: number
  coveredInternally: boolean
}

export type PortfolioCounts = Record<keyof PortfolioContent, number>

/** What `--json` prints. */
export interface ValidationReport {
  file: string
  format: string | null
  kind: string | null
  encoding: string | null
  delimiter: string | null
  rows: number
  /** Exactly which rows the app would store, per table, as inclusive ranges. */
  storedRows: StoredRows[]
  items: ValidationItem[]
  counts: ValidationCounts
  defined: ValidationDefinitions
  portfolio: PortfolioCounts
  costs: ValidationCost[]
  issues: ValidationIssue[]
}

/** One item as the validator prints it. */
export interface ValidationItem {
  id: string
  title: string
  goal: GoalNumber
  subGoal: string | null
  grouping: string | null
  actors: string[]
  phase: string | null
  start: string | null
  end: string | null
  openEnded: boolean
  status: PlanningStatus | null
  /** The spreadsheet row (header = row 1). */
  row: number
}

/** Totals over a file's items. */
export interface ValidationCounts {
  items: number
  /** Distinct goals among the items. */
  goals: number
  /** Distinct sub-goals among the items (see `ValidationDefinitions` for all the file defines). */
  subGoals: number
  /** Distinct (sub-goal, grouping) pairs among the items: a grouping belongs to its sub-goal. */
  groupings: number
  /** Items whose planning status is `tentative` (a "?" in the text is not counted here). */
  tentative: number
  /** Items whose period runs on (`2024 →`, `2023 -`). */
  openEnded: number
  /** Items with neither start nor end. */
  withoutPeriod: number
  /** Items per goal, only goals that have items, in goal order; keys are `"1"` … `"5"`. */
  byGoal: Record<string, number>
  /**
   * Activities per canonical actor name; an item counts once for each actor it names. Most
   * first. Rows that name an actor but no activity are counted apart, in `actorOnly`.
   */
  byActor: Record<string, number>
  /** Rows per actor that name the actor but no activity (flag `no-activity`). */
  actorOnly: Record<string, number>
}

/**
 * What the file defines, whether or not items refer to it: a strategy plan's tables hold
 * goals, initiatives (sub-goals), indicators and measurements but no items, and a tiltak
 * heading row defines a sub-goal without an item.
 */
export interface ValidationDefinitions {
  goals: number
  subGoals: number
  indicators: number
  measurements: number
}

/** An issue as the validator prints it; `messageEn` keeps the English text beside the Norwegian. */
export interface ValidationIssue {
  severity: IssueSeverity
  row: number | null
  column: string | null
  /** Sheet or JSON key, when the file holds several tables. */
  table: string | null
  code: string
  message: string
  messageEn: string
  /** The raw cell text or other technical detail, when the importer gave one. */
  detail: string | null
}

function subGoalLabel(subGoal: SubGoal): string {
  return subGoal.code ? `${subGoal.code} - ${subGoal.title}` : subGoal.title
}

/** The validator's flat view of one item; sub-goals are looked up by id. */
export function toValidationItem(
  item: RoadmapItem,
  subGoalsById: ReadonlyMap<string, SubGoal>,
): ValidationItem {
  const subGoal = item.subGoalId === undefined ? undefined : subGoalsById.get(item.subGoalId)
  const { phase, period } = item
  return {
    id: item.key,
    title: item.title,
    goal: item.goal,
    subGoal: subGoal ? subGoalLabel(subGoal) : null,
    grouping: item.grouping ?? null,
    actors: [...item.actors],
    phase: phase ? (phase.from === phase.to ? phase.from : `${phase.from}–${phase.to}`) : null,
    start: period.start?.date ?? null,
    end: period.end ? lastDayOf(period.end) : null,
    openEnded: period.openEnded,
    status: item.status ?? null,
    row: item.source.row,
  }
}

/** All items of a dataset, in source order. */
export function buildValidationItems(content: Pick<DatasetContent, 'items' | 'subGoals'>): ValidationItem[] {
  const subGoalsById = new Map(content.subGoals.map((s) => [s.id, s]))
  return content.items.map((item) => toValidationItem(item, subGoalsById))
}

/** The counts of a dataset; see `ValidationCounts` for what each number means. */
export function countValidationItems(items: readonly RoadmapItem[]): ValidationCounts {
  const byGoal = new Map<GoalNumber, number>()
  const byActor = new Map<string, number>()
  const actorOnly = new Map<string, number>()
  const groupings = new Set<string>()
  const subGoals = new Set<string>()
  for (const item of items) {
    if (item.subGoalId !== undefined) subGoals.add(item.subGoalId)
    byGoal.set(item.goal, (byGoal.get(item.goal) ?? 0) + 1)
    // `actors` is already deduplicated by actor at import; the Set guards hand-made content.
    const counts = item.flags.includes('no-activity') ? actorOnly : byActor
    for (const actor of new Set(item.actors)) counts.set(actor, (counts.get(actor) ?? 0) + 1)
    if (item.grouping !== undefined) groupings.add(`${item.subGoalId ?? ''}\u0000${item.grouping}`)
  }
  return {
    items: items.length,
    goals: byGoal.size,
    subGoals: subGoals.size,
    groupings: groupings.size,
    tentative: items.filter((i) => i.status === 'tentative').length,
    openEnded: items.filter((i) => i.period.openEnded).length,
    withoutPeriod: items.filter((i) => !i.period.start && !i.period.end).length,
    byGoal: Object.fromEntries(
      [...byGoal.entries()].sort(([a], [b]) => a - b).map(([goal, n]) => [String(goal), n]),
    ),
    byActor: Object.fromEntries(
      [...byActor.entries()].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'nb')),
    ),
    actorOnly: Object.fromEntries(
      [...actorOnly.entries()].sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'nb')),
    ),
  }
}

/** How many goals, sub-goals, indicators and measurements the file defines. */
export function countDefinitions(
  content: Pick<DatasetContent, 'goals' | 'subGoals' | 'indicators' | 'measurements'>,
): ValidationDefinitions {
  return {
    goals: content.goals.length,
    subGoals: content.subGoals.length,
    indicators: content.indicators.length,
    measurements: content.measurements.length,
  }
}

/** Issues as the validator prints them: errors first, otherwise in the order the import found them. */
export function toValidationIssues(issues: readonly ImportIssue[]): ValidationIssue[] {
  const rank = (i: ImportIssue): number => (i.severity === 'error' ? 0 : 1)
  // Array.prototype.sort is stable, so each severity keeps the import's row order.
  return [...issues]
    .sort((a, b) => rank(a) - rank(b))
    .map((i) => ({
      severity: i.severity,
      row: i.row ?? null,
      column: i.column ?? null,
      table: i.table ?? null,
      code: i.code,
      message: issueText(i.message, 'nb'),
      messageEn: issueText(i.message, 'en'),
      detail: i.detail ?? null,
    }))
}
