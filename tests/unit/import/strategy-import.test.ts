import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/import/run-import'

describe('strategy plan as one JSON file of tables (tests/fixtures/strategy-plan.json)', async () => {
  const bytes = new Uint8Array(readFileSync('tests/fixtures/strategy-plan.json'))
  const outcome = await importFile(bytes, { fileName: 'strategy-plan.json', datasetId: 's' })
  const content = outcome.content

  it('reads goals, initiatives, indicators and measurements into one strategy dataset', () => {
    expect(outcome.format).toBe('json')
    expect(content?.dataset.kind).toBe('strategy')
    expect(content?.goals.map((g) => g.number)).toEqual([1, 2])
    expect(content?.subGoals.map((s) => [s.code, s.goal, s.title, s.owner, s.periodText])).toEqual([
      ['2D', 2, 'Pasientens legemiddelliste', 'Direktoratet for e-helse', '2023 - 2029'],
      ['1A', 1, 'Digital hjemmeoppfølging', undefined, '2024 →'],
    ])
    expect(content?.indicators).toEqual([
      {
        id: expect.stringMatching(/^s\/ind-/),
        datasetId: 's',
        goal: 1,
        name: 'Andel innbyggere som bruker digitale tjenester',
        unit: '%',
        baseline: 52.5,
        baselineYear: 2022,
        target: 75,
        targetYear: 2030,
        source: 'SSB',
      },
    ])
    expect(content?.measurements.map((m) => [m.indicatorId, m.period, m.value])).toEqual([
      [content?.indicators[0]?.id, '2023', 1234.5],
    ])
  })

  it('names the table, row and column of each problem', () => {
    expect(outcome.issues.map((i) => [i.table, i.row, i.column, i.code])).toEqual([
      ['Strategiske initiativ', 4, 'Kode', 'duplicate-id'],
      ['Målindikatorer', 3, 'Utgangsverdi', 'number-unreadable'],
      ['Målinger', 3, 'Indikator', 'indicator-unknown'],
    ])
  })
})
