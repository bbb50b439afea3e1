/** The portfolio tables of a dataset (issue 13): read and written with its other rows. */
import { pushAll } from '@/domain/array'
import type { PortfolioContent } from '@/domain/portfolio'
import type { VeikartDatabase } from './database'

export function portfolioTables(db: VeikartDatabase) {
  return [
    db.portfolioMeasures,
    db.portfolioDependencies,
    db.runningCosts,
    db.portfolioRounds,
    db.councilDecisions,
  ]
}

export async function readPortfolioOf(db: VeikartDatabase, id: string): Promise<PortfolioContent> {
  const [measures, dependencies, costs, rounds, decisions] = await Promise.all([
    db.portfolioMeasures.where('datasetId').equals(id).toArray(),
    db.portfolioDependencies.where('datasetId').equals(id).toArray(),
    db.runningCosts.where('datasetId').equals(id).toArray(),
    db.portfolioRounds.where('datasetId').equals(id).toArray(),
    db.councilDecisions.where('datasetId').equals(id).toArray(),
  ])
  const bySourceRow = (a: { source: { row: number } }, b: { source: { row: number } }) =>
    a.source.row - b.source.row
  return {
    measures: measures.sort(bySourceRow),
    dependencies: dependencies.sort(bySourceRow),
    costs: costs.sort(bySourceRow),
    rounds: rounds.sort(bySourceRow),
    decisions: decisions.sort(bySourceRow),
  }
}

export async function writePortfolio(
  db: VeikartDatabase,
  portfolio: PortfolioContent | undefined,
): Promise<void> {
  if (!portfolio) return
  await db.portfolioMeasures.bulkAdd(portfolio.measures)
  await db.portfolioDependencies.bulkAdd(portfolio.dependencies)
  await db.runningCosts.bulkAdd(portfolio.costs)
  await db.portfolioRounds.bulkAdd(portfolio.rounds)
  await db.councilDecisions.bulkAdd(portfolio.decisions)
}

/**
 * The portfolio as the pages show it: for each table, the rows of the newest import that has
 * any (a later import of just the costs replaces the costs, not the decisions). Datasets
 * imported together (the bundled files share one import time) count as one import.
 */
export async function getLatestPortfolio(db: VeikartDatabase): Promise<PortfolioContent> {
  return db.transaction('r', [db.datasets, ...portfolioTables(db)], async () => {
    const datasets = await db.datasets.where('kind').equals('portfolio').toArray()
    const contents = await Promise.all(
      datasets.map(async (d) => ({ importedAt: d.importedAt, content: await readPortfolioOf(db, d.id) })),
    )
    const pick = <K extends keyof PortfolioContent>(key: K): PortfolioContent[K] => {
      const withRows = contents.filter((c) => c.content[key].length > 0)
      const newest = withRows.reduce((max, c) => (c.importedAt > max ? c.importedAt : max), '')
      const rows: unknown[] = []
      for (const c of withRows) if (c.importedAt === newest) pushAll(rows, c.content[key] as unknown[])
      return rows as PortfolioContent[K]
    }
    return {
      measures: pick('measures'),
      dependencies: pick('dependencies'),
      costs: pick('costs'),
      rounds: pick('rounds'),
      decisions: pick('decisions'),
    }
  })
}
