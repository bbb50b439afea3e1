/**
 * The national e-health portfolio as the council follows it: portfolio measures (status and
 * risk per reporting round), their dependencies, the running costs they add to the national
 * solutions, the portfolio's key figures per round, and the council's decisions.
 *
 * Vocabulary is read as the sources write it; rows the source leaves incomplete are kept and
 * flagged (`missing`), never completed by guessing.
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
import { parseDateCell } from '@/domain/date-cell'
import { parseGoalRef } from '@/domain/goal-ref'
import { issue, msg, type ImportIssue, type IssueMessage } from '@/domain/import-issue'
import { parseNorwegianNumber } from '@/domain/number'
import type {
  CouncilDecision,
  Criticality,
  DecisionKind,
  PortfolioDependency,
  PortfolioMeasure,
  PortfolioRound,
  RagStatus,
  RunningCost,
} from '@/domain/portfolio'
import { foldText, shortHash, slugify, squashSpaces } from '@/domain/text'
import type { Goal, GoalNumber } from '@/domain/types'
import type { RawRow } from '../raw-row'

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

type Names<K extends string> = Partial<Record<K, string>>

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

function listCell(raw: string): string[] {
  return raw
    .split(/\s*[;\n]\s*/)
    .map((p) => squashSpaces(p))
    .filter((p) => p !== '')
}

/** Collects a row's cell errors; a row with any is skipped. */
class RowReader<K extends string> {
  readonly issues: ImportIssue[] = []
  constructor(
    private readonly row: number,
    private readonly cells: Partial<Record<K, string>>,
    private readonly names: Names<K>,
  ) {}

  col(c: K): string {
    return this.names[c] ?? c
  }

  text(c: K): string {
    return squashSpaces(this.cells[c] ?? '')
  }

  private fail(c: K, code: string, message: IssueMessage): undefined {
    this.issues.push(
      issue('error', code, message, { row: this.row, column: this.col(c), detail: this.text(c) }),
    )
    return undefined
  }

  required(c: K): string | undefined {
    const value = this.text(c)
    if (value !== '') return value
    return this.fail(c, 'value-missing', msg('portfolio.valueMissing', { column: this.col(c) }))
  }

  rag(c: K): RagStatus | undefined {
    const value = parseRagStatus(this.text(c))
    if (value !== null) return value
    return this.fail(c, 'status-unknown', msg('portfolio.statusUnknown', { text: this.text(c) }))
  }

  criticality(c: K): Criticality | undefined {
    const value = parseCriticality(this.text(c))
    if (value !== null) return value
    return this.fail(c, 'criticality-unknown', msg('portfolio.criticalityUnknown', { text: this.text(c) }))
  }

  number(c: K): number | undefined {
    if (this.text(c) === '') return undefined
    const value = parseNorwegianNumber(this.text(c))
    if (value !== null) return value
    return this.fail(c, 'number-unreadable', msg('strategy.numberUnreadable', { text: this.text(c) }))
  }

  year(c: K): number | undefined {
    const value = this.number(c)
    if (value === undefined || (Number.isInteger(value) && value >= 1900 && value <= 2100)) return value
    return this.fail(c, 'year-unreadable', msg('portfolio.yearUnreadable', { text: this.text(c) }))
  }

  date(c: K): string | undefined {
    const result = parseDateCell(this.text(c))
    if (result.ok) return result.value?.date
    return this.fail(c, result.error.code, result.error.message)
  }

  goals(c: K, goals: readonly Goal[]): GoalNumber[] {
    const value = parseGoalList(this.text(c), goals)
    if (value !== null) return value
    this.fail(c, 'goal-unknown', msg('portfolio.goalsUnknown', { text: this.text(c) }))
    return []
  }

  /** The columns of `expected` left blank (column keys; messages use the file's headers). */
  blanks(expected: readonly K[]): K[] {
    return expected.filter((c) => this.text(c) === '')
  }
}

function incompleteWarning(row: number, missing: string[]): ImportIssue {
  return issue('warning', 'row-incomplete', msg('portfolio.rowIncomplete', { missing: missing.join(', ') }), {
    row,
    detail: missing.join(', '),
  })
}

function recordId(datasetId: string, prefix: string, text: string, row: number): string {
  return `${datasetId}/${prefix}-${slugify(text).slice(0, 40)}-${shortHash(`${text}|${row}`)}`
}

interface MapContext<K extends string> {
  datasetId: string
  columnNames: Names<K>
  goals?: readonly Goal[]
}

/** Runs `build` on each row; rows with cell errors are skipped, incomplete ones warned about. */
function mapRows<K extends string, T extends { missing: string[] }>(
  rows: readonly RawRow<K>[],
  names: Names<K>,
  build: (r: RowReader<K>, row: number) => T | undefined,
): { records: T[]; issues: ImportIssue[] } {
  const records: T[] = []
  const issues: ImportIssue[] = []
  for (const { row, cells } of rows) {
    const reader = new RowReader(row, cells, names)
    const record = build(reader, row)
    for (const i of reader.issues) issues.push(i)
    if (!record || reader.issues.length > 0) continue
    if (record.missing.length > 0) {
      issues.push(
        incompleteWarning(
          row,
          record.missing.map((c) => reader.col(c as K)),
        ),
      )
    }
    records.push(record)
  }
  return { records, issues }
}

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
