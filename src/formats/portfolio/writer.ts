/**
 * A portfolio dataset as tables of its own import format (nb headers), one per non-empty
 * table, so an export reads back as the same content.
 */
import type { Criticality, PortfolioContent, RagStatus } from '@/domain/portfolio'
import type { GoalNumber } from '@/domain/types'
import type { ColumnSynonyms } from '../columns'
import type { ExportCell as Cell, ExportTable as Table } from '../format'
import {
  PORTFOLIO_COST_COLUMNS,
  PORTFOLIO_DECISION_COLUMNS,
  PORTFOLIO_DEPENDENCY_COLUMNS,
  PORTFOLIO_MEASURE_COLUMNS,
  PORTFOLIO_ROUND_COLUMNS,
} from './columns'

const RAG_TEXT: Record<RagStatus, string> = { rod: 'rød', gul: 'gul', gronn: 'grønn' }
const CRITICALITY_TEXT: Record<Criticality, string> = { lav: 'Lav', middels: 'Middels', hoy: 'Høy' }

function header<K extends string>(synonyms: ColumnSynonyms<K>, columns: readonly K[]): string[] {
  return columns.map((c) => synonyms[c].find((s): s is string => typeof s === 'string') ?? c)
}

const rag = (s: RagStatus | undefined) => (s ? RAG_TEXT[s] : '')
const goals = (g: readonly GoalNumber[]) => g.join(', ')
const num = (n: number | undefined): Cell => n ?? ''

/** Table names; also XLSX sheet names. */
export const PORTFOLIO_TABLE_NAMES = {
  measures: 'Porteføljetiltak',
  dependencies: 'Avhengigheter',
  costs: 'Driftskostnader',
  rounds: 'Rapporteringer',
  decisions: 'Vedtak',
} as const

/** One table per non-empty part of the portfolio, in the import format's order. */
export function portfolioToTables(p: PortfolioContent): Table[] {
  const tables: Table[] = [...measureTables(p), ...reportingTables(p)]
  return tables.filter((t) => t.rows.length > 0)
}

/** The measures and what they depend on. */
function measureTables(p: PortfolioContent): Table[] {
  return [
    {
      name: PORTFOLIO_TABLE_NAMES.measures,
      header: header(PORTFOLIO_MEASURE_COLUMNS, ['name', 'owner', 'mainGoal', 'otherGoals', 'segment', 'phase', 'status', 'previousStatus', 'risk', 'previousRisk', 'budget', 'reportedAt', 'note']), // prettier-ignore
      rows: p.measures.map((m) => [
        m.name,
        m.owner ?? '',
        m.mainGoal ?? '',
        goals(m.otherGoals),
        m.segment ?? '',
        m.phase ?? '',
        rag(m.status),
        rag(m.previousStatus),
        rag(m.risk),
        rag(m.previousRisk),
        num(m.budgetMnok),
        m.reportedAt ?? '',
        m.note ?? '',
      ]),
    },
    {
      name: PORTFOLIO_TABLE_NAMES.dependencies,
      header: header(PORTFOLIO_DEPENDENCY_COLUMNS, ['measure', 'owner', 'dependsOn', 'category', 'criticality', 'status', 'deadline', 'note']), // prettier-ignore
      rows: p.dependencies.map((d) => [
        d.measure,
        d.owner ?? '',
        d.dependsOn,
        d.category ?? '',
        d.criticality ? CRITICALITY_TEXT[d.criticality] : '',
        rag(d.status),
        d.deadline ?? '',
        d.note ?? '',
      ]),
    },
  ]
}

/** Costs, reporting rounds and decisions. */
function reportingTables(p: PortfolioContent): Table[] {
  return [
    {
      name: PORTFOLIO_TABLE_NAMES.costs,
      header: header(PORTFOLIO_COST_COLUMNS, ['solution', 'measure', 'part', 'year', 'mnok', 'coveredInternally', 'note']), // prettier-ignore
      rows: p.costs.map((c) => [
        c.solution,
        c.measure ?? '',
        c.part ?? '',
        c.year,
        c.mnok,
        c.coveredInternally ? 'ja' : 'nei',
        c.note ?? '',
      ]),
    },
    {
      name: PORTFOLIO_TABLE_NAMES.rounds,
      header: header(PORTFOLIO_ROUND_COLUMNS, ['round', 'date', 'measures', 'red', 'yellow', 'green', 'budget', 'budgetScope', 'redNames', 'note']), // prettier-ignore
      rows: p.rounds.map((r) => [
        r.round,
        r.date ?? '',
        num(r.measures),
        num(r.red),
        num(r.yellow),
        num(r.green),
        num(r.budgetMnok),
        r.budgetScope ?? '',
        r.redNames.join('; '),
        r.note ?? '',
      ]),
    },
    {
      name: PORTFOLIO_TABLE_NAMES.decisions,
      header: header(PORTFOLIO_DECISION_COLUMNS, ['body', 'meetingDate', 'meeting', 'caseNumber', 'title', 'kind', 'text', 'goals', 'concerns']), // prettier-ignore
      rows: p.decisions.map((d) => [
        d.body,
        d.meetingDate,
        d.meeting ?? '',
        d.caseNumber,
        d.title,
        d.kind === 'forslag' ? 'Forslag til vedtak' : 'Vedtak',
        d.text ?? '',
        goals(d.goals),
        d.concerns.join('; '),
      ]),
    },
  ]
}
