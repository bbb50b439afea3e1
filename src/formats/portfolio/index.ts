/** The portfolio: measures, dependencies, costs, rounds and decisions, in any combination of tables. */
import { pushAll } from '@/domain/array'
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { emptyPortfolio } from '@/domain/portfolio'
import type { ColumnReport, DatasetFormat, KnownTable, ReadOptions, ReadResult } from '../format'
import { emptyContent, mapTable, withTable, type MappedTable } from '../table-reader'
import {
  PORTFOLIO_COST_COLUMNS,
  PORTFOLIO_DECISION_COLUMNS,
  PORTFOLIO_DEPENDENCY_COLUMNS,
  PORTFOLIO_MEASURE_COLUMNS,
  PORTFOLIO_ROUND_COLUMNS,
} from './columns'
import {
  mapDecisionRows,
  mapDependencyRows,
  mapPortfolioMeasureRows,
  mapRoundRows,
  mapRunningCostRows,
} from './reader'
import { portfolioToTables } from './writer'

function readPortfolio(tables: readonly KnownTable[], options: ReadOptions): ReadResult {
  const portfolio = emptyPortfolio()
  const issues: ImportIssue[] = []
  let columns: ColumnReport[] = []
  const many = tables.length > 1
  const datasetId = options.datasetId
  const goals = options.goals ?? []
  for (const { table, kind } of tables) {
    const report = <K extends string>(mapped: MappedTable<K>, found: ImportIssue[]) => {
      pushAll(issues, withTable([...mapped.unknown, ...found], table, many))
      if (columns.length === 0) columns = mapped.columns
    }
    if (kind === 'portfolio-measures') {
      const m = mapTable(table, PORTFOLIO_MEASURE_COLUMNS)
      const r = mapPortfolioMeasureRows(m.rows, { datasetId, columnNames: m.mapping.names, goals })
      pushAll(portfolio.measures, r.measures)
      report(m, r.issues)
    } else if (kind === 'portfolio-dependencies') {
      const m = mapTable(table, PORTFOLIO_DEPENDENCY_COLUMNS)
      const r = mapDependencyRows(m.rows, { datasetId, columnNames: m.mapping.names })
      pushAll(portfolio.dependencies, r.dependencies)
      report(m, r.issues)
    } else if (kind === 'portfolio-costs') {
      const m = mapTable(table, PORTFOLIO_COST_COLUMNS)
      const r = mapRunningCostRows(m.rows, { datasetId, columnNames: m.mapping.names })
      pushAll(portfolio.costs, r.costs)
      report(m, r.issues)
    } else if (kind === 'portfolio-rounds') {
      const m = mapTable(table, PORTFOLIO_ROUND_COLUMNS)
      const r = mapRoundRows(m.rows, { datasetId, columnNames: m.mapping.names })
      pushAll(portfolio.rounds, r.rounds)
      report(m, r.issues)
    } else if (kind === 'portfolio-decisions') {
      const m = mapTable(table, PORTFOLIO_DECISION_COLUMNS)
      const r = mapDecisionRows(m.rows, { datasetId, columnNames: m.mapping.names, goals })
      pushAll(portfolio.decisions, r.decisions)
      report(m, r.issues)
    } else {
      issues.push(issue('warning', 'table-ignored', msg('table.portfolioOnly', { name: table.name }), { table: table.name })) // prettier-ignore
    }
  }
  return { content: { ...emptyContent(), portfolio }, issues, columns }
}

export const portfolioFormat: DatasetFormat = {
  kind: 'portfolio',
  tables: [
    {
      kind: 'portfolio-measures',
      columns: PORTFOLIO_MEASURE_COLUMNS,
      required: [
        ['name'],
        ['risk', 'previousStatus', 'previousRisk', 'segment', 'budget', 'reportedAt', 'mainGoal'],
      ],
    },
    {
      kind: 'portfolio-dependencies',
      columns: PORTFOLIO_DEPENDENCY_COLUMNS,
      required: [['measure'], ['dependsOn']],
    },
    {
      kind: 'portfolio-costs',
      columns: PORTFOLIO_COST_COLUMNS,
      required: [['solution'], ['year'], ['mnok']],
    },
    {
      kind: 'portfolio-rounds',
      columns: PORTFOLIO_ROUND_COLUMNS,
      required: [['round'], ['measures', 'red', 'yellow', 'green', 'budget', 'redNames']],
    },
    {
      kind: 'portfolio-decisions',
      columns: PORTFOLIO_DECISION_COLUMNS,
      required: [['body', 'meetingDate'], ['caseNumber'], ['title']],
    },
  ],
  singleTable: false,
  read: readPortfolio,
  write: (content) => (content.portfolio ? portfolioToTables(content.portfolio) : []),
}
