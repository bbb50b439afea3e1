/**
 * What the portfolio page shows, computed from the portfolio tables: status and risk now vs
 * the previous round, the cost roll-up by solution and year, dependency filters and the graph's
 * nodes. Pure, so the numbers are tested without a browser.
 */
import {
  RAG_STATUSES,
  sumCostsByYear,
  roundToWholeMnok,
  type Criticality,
  type CouncilDecision,
  type PortfolioDependency,
  type PortfolioMeasure,
  type RagStatus,
  type RunningCost,
} from './portfolio'
import { foldText, squashSpaces } from './text'

/** A status bucket: one of the colours, or not stated in the source. */
export type StatusBucket = RagStatus | 'none'
export const STATUS_BUCKETS: readonly StatusBucket[] = [...RAG_STATUSES, 'none']

export type StatusMeasure = 'status' | 'risk'
export type StatusRound = 'previous' | 'current'

export interface StatusColumn {
  measure: StatusMeasure
  round: StatusRound
  counts: Record<StatusBucket, number>
}

/** Counts per colour: status and risk, previous round then this round. */
export function compareStatus(measures: readonly PortfolioMeasure[]): StatusColumn[] {
  const pick: Record<StatusMeasure, Record<StatusRound, (m: PortfolioMeasure) => RagStatus | undefined>> = {
    status: { previous: (m) => m.previousStatus, current: (m) => m.status },
    risk: { previous: (m) => m.previousRisk, current: (m) => m.risk },
  }
  const columns: StatusColumn[] = []
  for (const measure of ['status', 'risk'] as const) {
    for (const round of ['previous', 'current'] as const) {
      const counts: Record<StatusBucket, number> = { rod: 0, gul: 0, gronn: 0, none: 0 }
      for (const m of measures) counts[pick[measure][round](m) ?? 'none'] += 1
      columns.push({ measure, round, counts })
    }
  }
  return columns
}

/** Measures whose current status (or risk) is red, in source order. */
export function redMeasures(measures: readonly PortfolioMeasure[], by: StatusMeasure): PortfolioMeasure[] {
  return measures.filter((m) => (by === 'status' ? m.status : m.risk) === 'rod')
}

/** The dependency table's filters; empty lists and text match everything. */
export interface DependencyFilter {
  status: StatusBucket[]
  criticality: (Criticality | 'none')[]
  text: string
}

export function filterDependencies(
  deps: readonly PortfolioDependency[],
  filter: DependencyFilter,
): PortfolioDependency[] {
  const q = foldText(squashSpaces(filter.text))
  return deps.filter(
    (d) =>
      (filter.status.length === 0 || filter.status.includes(d.status ?? 'none')) &&
      (filter.criticality.length === 0 || filter.criticality.includes(d.criticality ?? 'none')) &&
      (q === '' || foldText([d.measure, d.owner ?? '', d.dependsOn, d.category ?? ''].join(' ')).includes(q)),
  )
}

/** The dependency graph: measures on one side, what they depend on on the other. */
export interface DependencyGraph {
  measures: string[]
  targets: string[]
  edges: { from: number; to: number; status: StatusBucket; dependency: PortfolioDependency }[]
}

export function buildDependencyGraph(deps: readonly PortfolioDependency[]): DependencyGraph {
  const measures: string[] = []
  const targets: string[] = []
  const indexIn = (list: string[], name: string) => {
    const i = list.indexOf(name)
    if (i >= 0) return i
    list.push(name)
    return list.length - 1
  }
  const edges = deps.map((d) => ({
    from: indexIn(measures, d.measure),
    to: indexIn(targets, d.dependsOn),
    status: d.status ?? ('none' as const),
    dependency: d,
  }))
  return { measures, targets, edges }
}

/** Running costs by solution and year, the sums, and how the source rounds them. */
export interface CostRollup {
  years: number[]
  solutions: string[]
  /** mnok[solution][year], costs not covered internally; 0 where none. */
  mnok: number[][]
  /** One row per solution × measure × part, for the table, in source order. */
  lines: {
    solution: string
    measure?: string
    part?: string
    /** Per year: the amount, or null; `covered` when in parentheses. */
    cells: ({ mnok: number; covered: boolean } | null)[]
    flagged: boolean
  }[]
  /** Per year, not covered internally (exact, to 0,1), and as the source rounds (whole MNOK). */
  sums: { year: number; mnok: number; rounded: number; coveredInternally: number }[]
}

export function rollUpCosts(costs: readonly RunningCost[]): CostRollup {
  const years = [...new Set(costs.map((c) => c.year))].sort((a, b) => a - b)
  const solutions = [...new Set(costs.map((c) => c.solution))]
  const mnok = solutions.map((s) =>
    years.map((y) => {
      const sum = costs
        .filter((c) => c.solution === s && c.year === y && !c.coveredInternally)
        .reduce((n, c) => n + c.mnok, 0)
      return Math.round(sum * 10) / 10
    }),
  )
  const lines: CostRollup['lines'] = []
  for (const c of costs) {
    let line = lines.find((l) => l.solution === c.solution && l.measure === c.measure && l.part === c.part)
    if (!line) {
      line = { solution: c.solution, cells: years.map(() => null), flagged: false }
      if (c.measure !== undefined) line.measure = c.measure
      if (c.part !== undefined) line.part = c.part
      lines.push(line)
    }
    line.cells[years.indexOf(c.year)] = { mnok: c.mnok, covered: c.coveredInternally }
    if (c.missing.length > 0) line.flagged = true
  }
  const sums = sumCostsByYear(costs).map((s) => ({ ...s, rounded: roundToWholeMnok(s.mnok) }))
  return { years, solutions, mnok, lines, sums }
}

/** One council meeting and its cases, as the decisions page lists them. */
export interface DecisionMeeting {
  key: string
  body: string
  meetingDate: string
  meeting?: string
  decisions: CouncilDecision[]
}

/** Decisions grouped by body and meeting date, newest meeting first, cases in source order. */
export function groupDecisionsByMeeting(decisions: readonly CouncilDecision[]): DecisionMeeting[] {
  const meetings = new Map<string, DecisionMeeting>()
  for (const d of decisions) {
    const key = `${d.meetingDate}|${d.body}|${d.meeting ?? ''}`
    let meeting = meetings.get(key)
    if (!meeting) {
      meeting = { key, body: d.body, meetingDate: d.meetingDate, decisions: [] }
      if (d.meeting) meeting.meeting = d.meeting
      meetings.set(key, meeting)
    }
    meeting.decisions.push(d)
  }
  return [...meetings.values()].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate))
}
