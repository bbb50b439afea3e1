import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/import/run-import'
import { issueText } from '@/i18n/issue-text'

const bytes = new Uint8Array(readFileSync('tests/fixtures/veikart-export.csv'))

describe('veikart export (tests/fixtures/veikart-export.csv)', async () => {
  const outcome = await importFile(bytes, { fileName: 'veikart-export.csv', datasetId: 'v' })
  const items = outcome.content?.items ?? []

  it('is recognised, titled by its version, and keeps 17-digit IDs as text', () => {
    expect(outcome).toMatchObject({ tableKind: 'veikart', delimiter: ';', format: 'csv', rowCount: 8 })
    expect(outcome.content?.dataset).toMatchObject({
      kind: 'veikart',
      title: 'Veikart 2026-08',
      asOf: '2026-08',
      rowCount: 8,
    })
    expect(items.map((i) => i.key)).toEqual([
      '20240000000000001',
      '20240000000000002',
      '20240000000000003',
      '20240000000000004',
      '20240000000000005',
    ])
  })

  it('reads phases and spans, dates of each precision, status and multi-line descriptions', () => {
    const [pll, nord, hjemme, ips, kj] = items
    expect(pll).toMatchObject({
      goal: 2,
      phase: { from: 'tilpasning', to: 'tilpasning' },
      period: {
        start: { date: '2024-03-01', precision: 'day' },
        end: { date: '2025-12-31', precision: 'day' },
      },
      status: 'planned',
      description: 'Utprøving i Bergen.\nDeretter innføring i regionen.',
      grouping: 'Legemidler',
    })
    expect(nord).toMatchObject({
      title: 'Pasientens legemiddelliste, Helse Nord',
      phase: { from: 'utvikling', to: 'innforing' },
      status: 'tentative',
    })
    expect(hjemme).toMatchObject({
      goal: 1,
      period: { start: { date: '2025-07-01', precision: 'quarter' } },
      flags: ['no-phase'],
    })
    expect(ips?.flags).toEqual(['no-period'])
    expect(kj?.flags).toEqual(['end-before-start', 'uncertain'])
    expect(outcome.content?.subGoals.map((s) => [s.code, s.goal])).toEqual([
      ['2D', 2],
      ['1B', 1],
      ['4A', 4],
    ])
  })

  it('derives actors from the names, as the export has no owner column, and marks them derived', () => {
    expect(items.map((i) => [i.actors, i.actorsDerived ?? false])).toEqual([
      [['Helse Vest RHF'], true],
      [['Helse Nord RHF'], true],
      [[], false],
      [[], false],
      [[], false],
    ])
  })

  it('reports each problem with row, column and code; error rows are not stored', () => {
    expect(outcome.issues.map((i) => [i.severity, i.row, i.column, i.code])).toEqual([
      ['warning', 3, 'Leveransenavn i veikartet', 'whitespace-trimmed'],
      ['warning', 4, 'Veikartfase', 'no-phase'],
      ['warning', 5, 'Startdato', 'no-period'],
      ['warning', 6, 'Sluttdato', 'end-before-start'],
      ['warning', 6, 'Leveransenavn i veikartet', 'uncertain'],
      ['error', 7, 'Leveranse-ID', 'duplicate-id'],
      ['error', 8, 'Startdato', 'date-invalid'],
      ['error', 9, 'Strategisk delmål', 'goal-unknown'],
    ])
    expect(issueText(outcome.issues.find((i) => i.code === 'duplicate-id')?.message, 'nb')).toBe(
      'Leveranse-ID 20240000000000002 står også på rad 3.',
    )
  })
})
