import { describe, expect, it } from 'vitest'
import { roundToWholeMnok, sumCostsByYear } from '@/domain/portfolio'
import type { DatasetContent } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'

// Figures as printed in the seeds (see data/README.md).
// 004 §5, Sum row «millioner kroner»: 2024 93, 2025 22, 2026 12 (2025 adds up to 21,5).
const SOURCE_SUM_2023_TABLE = { 2024: 93, 2025: 22, 2026: 12 }
// 001 sak 12/21: «Sum 2022 52 mill.»
const SOURCE_SUM_2022_TABLE = { 2022: 52 }

describe('bundled portfolio data', async () => {
  const all = await loadBundledDatasets(new Date('2026-01-01T00:00:00Z'))
  const byId = (id: string): DatasetContent => {
    const found = all.find((c) => c.dataset.id === id)
    if (!found) throw new Error(`missing ${id}`)
    return found
  }
  const costs2023 = byId('bundled-driftskostnader-2023').portfolio?.costs ?? []
  const costs2022 = byId('bundled-driftskostnader-2022').portfolio?.costs ?? []

  it('cost table of 004 §5 sums to the source Sum row per year, to its rounding', () => {
    const sums = sumCostsByYear(costs2023)
    for (const [year, printed] of Object.entries(SOURCE_SUM_2023_TABLE)) {
      const sum = sums.find((s) => s.year === Number(year))
      expect(sum && roundToWholeMnok(sum.mnok), `year ${year}`).toBe(printed)
    }
    expect(sums.find((s) => s.year === 2025)?.mnok).toBe(21.5)
  })

  it('keeps the parentheses of 2022 and 2023 as covered internally', () => {
    expect(
      costs2023.filter((c) => c.coveredInternally).map((c) => [c.solution, c.measure, c.year, c.mnok]),
    ).toEqual([
      ['E-resept', 'Program Pasientens Legemiddelliste', 2022, 14],
      ['E-resept', 'Program Pasientens Legemiddelliste', 2023, 24],
      ['Kjernejournal', 'Digital behandlings- og egenbehandlingsplan', 2022, 2],
      ['Kjernejournal', 'Digital behandlings- og egenbehandlingsplan', 2023, 2.3],
      ['Helsenorge', 'Digital behandlings- og egenbehandlingsplan', 2022, 1],
      ['Helsenorge', 'Digital behandlings- og egenbehandlingsplan', 2023, 1.1],
    ])
    expect(costs2023).toHaveLength(27)
  })

  it('cost table of 001 sums to «Sum 2022 52 mill.», its rows flagged for the measure the source does not name', () => {
    const sums = sumCostsByYear(costs2022)
    expect(sums.map((s) => [s.year, s.mnok])).toEqual(Object.entries(SOURCE_SUM_2022_TABLE).map(([y, v]) => [Number(y), v]))
    expect(costs2022.every((c) => c.missing.includes('measure'))).toBe(true)
  })

  it('holds the two red measures of 004 and the five dependencies of figure 5', () => {
    const portfolio = byId('bundled-portefolje-tiltak-2023-04').portfolio
    expect(portfolio?.measures.filter((m) => m.status === 'rod').map((m) => m.name)).toEqual([
      'EPJ-løftet',
      'Modernisering av Sysvak',
    ])
    const deps = byId('bundled-portefolje-avhengigheter-2023-04').portfolio?.dependencies ?? []
    expect(deps.map((d) => [d.measure, d.deadline ?? null])).toEqual([
      ['EPJ-løftet', '2023-04-03'],
      ['Helseplattformen', null],
      ['HELIKS', '2023-03-28'],
      ['Kjernejournal dokumentdeling', '2023-04-02'],
      ['Digitale pasient- og samhandlingstjenester i nord', '2023-03-31'],
    ])
    expect(deps[1]?.missing).toEqual(['category', 'deadline'])
  })

  it('holds the rounds 2020, 2021 and 2023 with only the figures the text states', () => {
    const rounds = byId('bundled-portefolje-rapporteringer').portfolio?.rounds ?? []
    expect(rounds.map((r) => [r.round, r.measures ?? null, r.red ?? null, r.yellow ?? null, r.budgetMnok ?? null])).toEqual([
      ['mars 2020', null, 2, 34, null],
      ['mai 2021', null, 1, 23, null],
      ['april 2023', 37, 2, null, 535.5],
    ])
  })

  it('holds sak 42/22 with the goals it set and the other decisions of 000 and 002', () => {
    const decisions = byId('bundled-vedtak').portfolio?.decisions ?? []
    const sak = decisions.find((d) => d.caseNumber === '42/22')
    expect(sak).toMatchObject({ body: 'Nasjonalt e-helseråd', meetingDate: '2022-12-02', kind: 'forslag', goals: [1, 2, 3, 4, 5] })
    expect(decisions.filter((d) => d.meetingDate === '2019-06-19')).toHaveLength(9)
    expect(decisions.filter((d) => d.meetingDate === '2022-09-21')).toHaveLength(7)
    expect(decisions).toHaveLength(42)
  })
})
