import { describe, expect, it } from 'vitest'
import { compareVersions } from '@/domain/compare'
import type { RoadmapItem } from '@/domain/types'
import { buildChangeListFile, CHANGE_LIST_HEADER, changeListTable } from '@/export/change-list'

function item(ds: string, key: string, title: string, extra: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id: `${ds}/${key}`,
    key,
    datasetId: ds,
    title,
    goal: 3,
    actors: [],
    actorIds: [],
    period: { openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId: ds, row: 2 },
    ...extra,
  }
}

const before = [
  item('a', '20240000000000001', '=HYPERLINK("http://x","klikk")', {
    period: { end: { date: '2025-01-01', precision: 'year' }, openEnded: false },
    phase: { from: 'utvikling', to: 'utvikling' },
  }),
  item('a', '20240000000000002', 'Utgår'),
]
const after = [
  item('b', '20240000000000001', '=HYPERLINK("http://x","klikk")', {
    period: { end: { date: '2026-04-01', precision: 'quarter' }, openEnded: false },
    phase: { from: 'innforing', to: 'innforing' },
    status: 'tentative',
  }),
]
const changes = compareVersions({ items: before, subGoals: [] }, { items: after, subGoals: [] }).changes

describe('the change list export', () => {
  it('has a row per change with old and new values, dates in their precision', () => {
    const table = changeListTable(changes)
    expect(table.header).toEqual([...CHANGE_LIST_HEADER])
    const cell = (row: number, name: (typeof CHANGE_LIST_HEADER)[number]) =>
      table.rows[row]?.[CHANGE_LIST_HEADER.indexOf(name)]
    expect(cell(0, 'Endring')).toBe('Ny fase, Nye datoer, Ny status')
    expect(cell(0, 'Slutt før')).toBe('2025')
    expect(cell(0, 'Slutt nå')).toBe('Q2 2026')
    expect(cell(0, 'Forskjøvet slutt (dager)')).toBe(181)
    expect(cell(0, 'Fase nå')).toBe('Innføring')
    expect(cell(1, 'Endring')).toBe('Utgått')
    expect(cell(1, 'Koblet på')).toBe('')
  })

  it('neutralises formulas in CSV for Excel and in XLSX, as the other exports do', async () => {
    const bytes = new Uint8Array(
      await (await buildChangeListFile(changes, 'csv-excel', 'Endringer Q1')).blob.arrayBuffer(),
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = new TextDecoder().decode(bytes)
    expect(csv.startsWith('Endring;ID;Tittel;')).toBe(true)
    expect(csv).toContain(`;"'=HYPERLINK(""http://x"",""klikk"")";`)
    expect(csv).not.toContain(';=HYPERLINK')
    const plain = await buildChangeListFile(changes, 'csv', 'Endringer Q1')
    expect(plain.name).toBe('endringer-q1.csv')
    const xlsx = await buildChangeListFile(changes, 'xlsx', 'Endringer Q1')
    expect(xlsx.name).toBe('endringer-q1.xlsx')
    expect(xlsx.blob.size).toBeGreaterThan(1000)
  })
})
