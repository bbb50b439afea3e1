/**
 * The national e-health portfolio as the council follows it: portfolio measures (status and
 * risk per reporting round), their dependencies, the running costs they add to the national
 * solutions, the portfolio's key figures per round, and the council's decisions.
 *
 * Rows the source leaves incomplete are kept and flagged (`missing`), never completed by
 * guessing. Reading the tables is src/formats/portfolio/reader.ts.
 */
import { foldText, squashSpaces } from './text'
import type { GoalNumber } from './types'

/** Red/yellow/green, as the portfolio reports status and risk. */
export type RagStatus = 'rod' | 'gul' | 'gronn'
export const RAG_STATUSES: readonly RagStatus[] = ['rod', 'gul', 'gronn']

/** How critical a dependency is. */
export type Criticality = 'lav' | 'middels' | 'hoy'
export const CRITICALITIES: readonly Criticality[] = ['lav', 'middels', 'hoy']

export type DecisionKind = 'vedtak' | 'forslag'

/** Where a record came from in its file. */
interface SourceRow {
  datasetId: string
  row: number
}

/** A measure (tiltak) of the national e-health portfolio. */
export interface PortfolioMeasure {
  id: string
  datasetId: string
  name: string
  owner?: string
  mainGoal?: GoalNumber
  otherGoals: GoalNumber[]
  segment?: string
  phase?: string
  status?: RagStatus
  previousStatus?: RagStatus
  risk?: RagStatus
  previousRisk?: RagStatus
  budgetMnok?: number
  /** ISO date of the reporting round. */
  reportedAt?: string
  note?: string
  /** Columns the source leaves blank that the portfolio normally states. */
  missing: string[]
  source: SourceRow
}

/** A dependency a measure reports: what it needs from elsewhere to keep to its plan. */
export interface PortfolioDependency {
  id: string
  datasetId: string
  measure: string
  owner?: string
  dependsOn: string
  category?: string
  criticality?: Criticality
  status?: RagStatus
  /** ISO date. */
  deadline?: string
  note?: string
  missing: string[]
  source: SourceRow
}

/** Estimated change in running costs (drift og forvaltning) of a national solution, MNOK. */
export interface RunningCost {
  id: string
  datasetId: string
  solution: string
  measure?: string
  part?: string
  year: number
  mnok: number
  /** Shown in parentheses in the source: covered internally by the measure's owner. */
  coveredInternally: boolean
  note?: string
  missing: string[]
  source: SourceRow
}

/** The portfolio's key figures in one reporting round, as far as the source states them. */
export interface PortfolioRound {
  id: string
  datasetId: string
  /** The round as the source names it, e.g. `mai 2023`. */
  round: string
  /** ISO date (first day of the period named). */
  date?: string
  measures?: number
  red?: number
  yellow?: number
  green?: number
  budgetMnok?: number
  /** What the budget covers, e.g. `Samstyring 2023`. */
  budgetScope?: string
  /** Measures named as red. */
  redNames: string[]
  note?: string
  missing: string[]
  source: SourceRow
}

/** A sak of a council meeting and what was decided (or proposed) on it. */
export interface CouncilDecision {
  id: string
  datasetId: string
  body: string
  /** ISO date of the meeting. */
  meetingDate: string
  meeting?: string
  caseNumber: string
  title: string
  kind: DecisionKind
  text?: string
  goals: GoalNumber[]
  /** Measures, items or solutions the decision concerns, as written. */
  concerns: string[]
  missing: string[]
  source: SourceRow
}

/** Everything of the portfolio one dataset holds. */
export interface PortfolioContent {
  measures: PortfolioMeasure[]
  dependencies: PortfolioDependency[]
  costs: RunningCost[]
  rounds: PortfolioRound[]
  decisions: CouncilDecision[]
}

export function emptyPortfolio(): PortfolioContent {
  return { measures: [], dependencies: [], costs: [], rounds: [], decisions: [] }
}

/** Sum of MNOK per year, split into what the measures' owners covered internally and the rest. */
export interface CostYearTotal {
  year: number
  /** Costs not covered internally: what the source's Sum row adds up. */
  mnok: number
  coveredInternally: number
}

/** Per-year totals, years ascending. Sums are rounded to 0,1 to undo floating-point noise. */
export function sumCostsByYear(costs: readonly RunningCost[]): CostYearTotal[] {
  const byYear = new Map<number, CostYearTotal>()
  for (const c of costs) {
    const t = byYear.get(c.year) ?? { year: c.year, mnok: 0, coveredInternally: 0 }
    if (c.coveredInternally) t.coveredInternally += c.mnok
    else t.mnok += c.mnok
    byYear.set(c.year, t)
  }
  const round = (n: number) => Math.round(n * 10) / 10
  return [...byYear.values()]
    .map((t) => ({ ...t, mnok: round(t.mnok), coveredInternally: round(t.coveredInternally) }))
    .sort((a, b) => a.year - b.year)
}

/** A sum as the source prints it, to whole MNOK, halves rounded up (21,5 → 22). */
export function roundToWholeMnok(mnok: number): number {
  return Math.floor(mnok + 0.5)
}

/** Decisions that concern a goal: by its goal column. */
export function decisionsForGoal(decisions: readonly CouncilDecision[], goal: GoalNumber): CouncilDecision[] {
  return decisions.filter((d) => d.goals.includes(goal))
}

/** Decisions whose text, title, sak number or concerns contain the query (case and diacritics ignored). */
export function searchDecisions(decisions: readonly CouncilDecision[], query: string): CouncilDecision[] {
  const q = foldText(squashSpaces(query))
  if (q === '') return [...decisions]
  return decisions.filter((d) =>
    foldText(
      [d.body, d.meeting ?? '', d.caseNumber, d.title, d.text ?? '', ...d.concerns].join(' '),
    ).includes(q),
  )
}
