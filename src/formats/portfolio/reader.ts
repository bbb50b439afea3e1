/**
 * The national e-health portfolio as the council follows it: portfolio measures (status and
 * risk per reporting round), their dependencies, the running costs they add to the national
 * solutions, the portfolio's key figures per round, and the council's decisions.
 *
 * Vocabulary is read as the sources write it; rows the source leaves incomplete are kept and
 * flagged (`missing`), never completed by guessing.
 *
 * The cells' accepted values are listed in cells.ts; rows are read through row-reader.ts.
 */
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import type {
  CouncilDecision,
  PortfolioDependency,
  PortfolioMeasure,
  PortfolioRound,
  RunningCost,
} from '@/domain/portfolio'
import type { RawRow } from '../raw-row'
import { listCell, parseCostCell, parseDecisionKind, parseYesNo } from './cells'
import { mapRows, recordId, type MapContext } from './row-reader'

// The cell parsers' documented home is cells.ts; they stay importable from the reader.
export {
  parseCostCell,
  parseCriticality,
  parseDecisionKind,
  parseGoalList,
  parseRagStatus,
  parseYesNo,
} from './cells'

export type MeasureColumn =
  | 'name'
  | 'owner'
  | 'mainGoal'
  | 'otherGoals'
  | 'segment'
  | 'phase'
  | 'status'
  | 'previousStatus'
  | 'risk'
  | 'previousRisk'
  | 'budget'
  | 'reportedAt'
  | 'note'
export type DependencyColumn =
  'measure' | 'owner' | 'dependsOn' | 'category' | 'criticality' | 'status' | 'deadline' | 'note'
export type CostColumn = 'solution' | 'measure' | 'part' | 'year' | 'mnok' | 'coveredInternally' | 'note'
export type RoundColumn =
  'round' | 'date' | 'measures' | 'red' | 'yellow' | 'green' | 'budget' | 'budgetScope' | 'redNames' | 'note'
export type DecisionColumn =
  'body' | 'meetingDate' | 'meeting' | 'caseNumber' | 'title' | 'kind' | 'text' | 'goals' | 'concerns'

/** Portfolio measures. `name` is required; status, risk and owner left blank are flagged. */
export function mapPortfolioMeasureRows(
  rows: readonly RawRow<MeasureColumn>[],
  ctx: MapContext<MeasureColumn>,
): { measures: PortfolioMeasure[]; issues: ImportIssue[] } {
  const { records, issues } = mapRows(rows, ctx.columnNames, (r, row) => {
    const name = r.required('name')
    const mainGoals = r.goals('mainGoal', ctx.goals ?? [])
    const otherGoals = r.goals('otherGoals', ctx.goals ?? [])
    const status = r.rag('status')
    const previousStatus = r.rag('previousStatus')
    const risk = r.rag('risk')
    const previousRisk = r.rag('previousRisk')
    const budget = r.number('budget')
    const reportedAt = r.date('reportedAt')
    if (name === undefined) return undefined
    const m: PortfolioMeasure = {
      id: recordId(ctx.datasetId, 'pm', name, row),
      datasetId: ctx.datasetId,
      name,
      otherGoals,
      missing: r.blanks(['owner', 'status']),
      source: { datasetId: ctx.datasetId, row },
    }
    if (r.text('owner')) m.owner = r.text('owner')
    if (mainGoals[0] !== undefined) m.mainGoal = mainGoals[0]
    if (r.text('segment')) m.segment = r.text('segment')
    if (r.text('phase')) m.phase = r.text('phase')
    if (status) m.status = status
    if (previousStatus) m.previousStatus = previousStatus
    if (risk) m.risk = risk
    if (previousRisk) m.previousRisk = previousRisk
    if (budget !== undefined) m.budgetMnok = budget
    if (reportedAt) m.reportedAt = reportedAt
    if (r.text('note')) m.note = r.text('note')
    return m
  })
  return { measures: records, issues }
}

/** Dependencies. Measure and what it depends on are required; other blanks are flagged. */
export function mapDependencyRows(
  rows: readonly RawRow<DependencyColumn>[],
  ctx: MapContext<DependencyColumn>,
): { dependencies: PortfolioDependency[]; issues: ImportIssue[] } {
  const { records, issues } = mapRows(rows, ctx.columnNames, (r, row) => {
    const measure = r.required('measure')
    const dependsOn = r.required('dependsOn')
    const criticality = r.criticality('criticality')
    const status = r.rag('status')
    const deadline = r.date('deadline')
    if (measure === undefined || dependsOn === undefined) return undefined
    const d: PortfolioDependency = {
      id: recordId(ctx.datasetId, 'dep', `${measure}-${dependsOn}`, row),
      datasetId: ctx.datasetId,
      measure,
      dependsOn,
      missing: r.blanks(['owner', 'category', 'criticality', 'status', 'deadline']),
      source: { datasetId: ctx.datasetId, row },
    }
    if (r.text('owner')) d.owner = r.text('owner')
    if (r.text('category')) d.category = r.text('category')
    if (criticality) d.criticality = criticality
    if (status) d.status = status
    if (deadline) d.deadline = deadline
    if (r.text('note')) d.note = r.text('note')
    return d
  })
  return { dependencies: records, issues }
}

/**
 * Running costs, one row per solution × measure × part × year. A cost in parentheses is
 * covered internally, as is one whose covered-internally cell says yes.
 */
export function mapRunningCostRows(
  rows: readonly RawRow<CostColumn>[],
  ctx: MapContext<CostColumn>,
): { costs: RunningCost[]; issues: ImportIssue[] } {
  const { records, issues } = mapRows(rows, ctx.columnNames, (r, row) => {
    const solution = r.required('solution')
    const year = r.year('year')
    if (r.text('year') === '') r.required('year')
    const mnokText = r.text('mnok')
    const cell = mnokText === '' ? undefined : parseCostCell(mnokText)
    if (mnokText === '') r.required('mnok')
    else if (cell === null) {
      r.issues.push(
        issue('error', 'number-unreadable', msg('portfolio.amountUnreadable', { text: mnokText }), {
          row,
          column: r.col('mnok'),
          detail: mnokText,
        }),
      )
    }
    const covered = parseYesNo(r.text('coveredInternally'))
    if (covered === null) {
      r.issues.push(
        issue(
          'error',
          'yes-no-unreadable',
          msg('portfolio.yesNoUnreadable', { text: r.text('coveredInternally') }),
          { row, column: r.col('coveredInternally'), detail: r.text('coveredInternally') },
        ),
      )
    }
    if (solution === undefined || year === undefined || !cell) return undefined
    const c: RunningCost = {
      id: recordId(ctx.datasetId, 'cost', `${solution}-${r.text('measure')}-${r.text('part')}-${year}`, row),
      datasetId: ctx.datasetId,
      solution,
      year,
      mnok: cell.mnok,
      coveredInternally: cell.coveredInternally || covered === true,
      missing: r.blanks(['measure']),
      source: { datasetId: ctx.datasetId, row },
    }
    if (r.text('measure')) c.measure = r.text('measure')
    if (r.text('part')) c.part = r.text('part')
    if (r.text('note')) c.note = r.text('note')
    return c
  })
  return { costs: records, issues }
}

/** Key figures per round; only the round's name is required, the rest is flagged when blank. */
export function mapRoundRows(
  rows: readonly RawRow<RoundColumn>[],
  ctx: MapContext<RoundColumn>,
): { rounds: PortfolioRound[]; issues: ImportIssue[] } {
  const { records, issues } = mapRows(rows, ctx.columnNames, (r, row) => {
    const round = r.required('round')
    const date = r.date('date')
    const numbers = {
      measures: r.number('measures'),
      red: r.number('red'),
      yellow: r.number('yellow'),
      green: r.number('green'),
      budgetMnok: r.number('budget'),
    }
    if (round === undefined) return undefined
    const p: PortfolioRound = {
      id: recordId(ctx.datasetId, 'round', round, row),
      datasetId: ctx.datasetId,
      round,
      redNames: listCell(r.text('redNames')),
      missing: r.blanks(['measures', 'red', 'yellow', 'green', 'budget']),
      source: { datasetId: ctx.datasetId, row },
    }
    if (date) p.date = date
    for (const [k, v] of Object.entries(numbers) as [keyof typeof numbers, number | undefined][]) {
      if (v !== undefined) p[k] = v
    }
    if (r.text('budgetScope')) p.budgetScope = r.text('budgetScope')
    if (r.text('note')) p.note = r.text('note')
    return p
  })
  return { rounds: records, issues }
}

/** Council decisions; body, meeting date, sak number and title are required. */
export function mapDecisionRows(
  rows: readonly RawRow<DecisionColumn>[],
  ctx: MapContext<DecisionColumn>,
): { decisions: CouncilDecision[]; issues: ImportIssue[] } {
  const { records, issues } = mapRows(rows, ctx.columnNames, (r, row) => {
    const body = r.required('body')
    const meetingDate = r.date('meetingDate')
    if (r.text('meetingDate') === '') r.required('meetingDate')
    const caseNumber = r.required('caseNumber')
    const title = r.required('title')
    const goals = r.goals('goals', ctx.goals ?? [])
    const kind = parseDecisionKind(r.text('kind'))
    if (kind === null) {
      r.issues.push(
        issue(
          'error',
          'decision-kind-unknown',
          msg('portfolio.decisionKindUnknown', { text: r.text('kind') }),
          { row, column: r.col('kind'), detail: r.text('kind') },
        ),
      )
    }
    if (!body || !meetingDate || !caseNumber || !title || kind === null) return undefined
    const d: CouncilDecision = {
      id: recordId(ctx.datasetId, 'sak', `${body}-${caseNumber}`, row),
      datasetId: ctx.datasetId,
      body,
      meetingDate,
      caseNumber,
      title,
      kind,
      goals,
      concerns: listCell(r.text('concerns')),
      missing: r.blanks(['text']),
      source: { datasetId: ctx.datasetId, row },
    }
    if (r.text('meeting')) d.meeting = r.text('meeting')
    if (r.text('text')) d.text = r.text('text')
    return d
  })
  return { decisions: records, issues }
}
