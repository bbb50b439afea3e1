// The comparison fixtures (scripts/make-compare-fixtures.ts) read through the app's importer
// and compared: the counts must be those the fixture script made by construction.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compareVersions, slippedChanges } from '@/domain/compare'
import { buildCompareReport } from '@/domain/compare-report'
import type { DatasetContent } from '@/domain/types'
import { importFile } from '@/import/run-import'

const DIR = 'tests/fixtures/compare'
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<
  'veikart' | 'tiltak',
  {
    oldItems: number
    newItems: number
    counts: Record<string, number>
    match: Record<string, number>
    slipsByEnd?: [string, number][]
  }
>

async function load(name: string, id: string): Promise<DatasetContent> {
  const outcome = await importFile(new Uint8Array(readFileSync(`${DIR}/${name}`)), {
    fileName: name,
    datasetId: id,
  })
  if (!outcome.content) throw new Error(`${name} did not import`)
  return outcome.content
}

describe.each(['veikart', 'tiltak'] as const)('the %s fixtures', (kind) => {
  it('compare to the counts they were made with', async () => {
    const before = await load(`${kind}-v1.csv`, 'v1')
    const after = await load(`${kind}-v2.csv`, 'v2')
    const want = expected[kind]
    expect(before.items).toHaveLength(want.oldItems)
    expect(after.items).toHaveLength(want.newItems)
    const comparison = compareVersions(before, after)
    expect(comparison.counts).toEqual(want.counts)
    const methods: Record<string, number> = {}
    for (const c of comparison.changes)
      if (c.match) methods[c.match.method] = (methods[c.match.method] ?? 0) + 1
    expect(methods).toEqual(want.match)
    if (want.slipsByEnd) {
      expect(slippedChanges(comparison.changes, 'end').map((c) => [c.new?.title, c.slipDays.end])).toEqual(
        want.slipsByEnd,
      )
    }
    const report = buildCompareReport(
      comparison,
      { file: 'a', kind, items: before.items.length },
      { file: 'b', kind, items: after.items.length },
    )
    expect(report.changes).toHaveLength(comparison.changes.length - want.counts.unchanged!)
  })
})

it('the veikart fixtures: a refinement is noted and not re-dated', async () => {
  const comparison = compareVersions(await load('veikart-v1.csv', 'v1'), await load('veikart-v2.csv', 'v2'))
  const refined = comparison.changes.filter((c) => c.dateNotes.some((n) => n.endsWith('-refined')))
  expect(refined.map((c) => [c.old?.period.end?.precision, c.new?.period.end?.precision, c.classes])).toEqual(
    [
      ['year', 'quarter', []],
      ['year', 'quarter', []],
      ['year', 'half', []],
      ['year', 'quarter', []],
    ],
  )
})
