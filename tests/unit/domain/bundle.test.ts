import { describe, expect, it } from 'vitest'
import { buildBundle, readBundle } from '@/domain/bundle'
import type { DatasetContent } from '@/domain/types'

const content: DatasetContent = {
  dataset: { id: 'old', kind: 'veikart', title: 'V', importedAt: '2026-01-01T00:00:00.000Z', fileName: 'v.csv', checksum: 'x', rowCount: 1, bundled: false },
  goals: [],
  subGoals: [{ id: 'old/sg2-pll', datasetId: 'old', goal: 2, code: '2D', title: 'PLL', conditions: [] }],
  items: [
    {
      id: 'old/123',
      key: '123',
      datasetId: 'old',
      title: 'Leveranse',
      goal: 2,
      subGoalId: 'old/sg2-pll',
      actors: ['Helse Vest RHF'],
      actorIds: ['helse-vest-rhf'],
      phase: { from: 'utvikling', to: 'innforing' },
      period: { start: { date: '2025-01-01', precision: 'year' }, openEnded: true },
      startYear: 2025,
      status: 'tentative',
      uncertain: false,
      flags: [],
      extra: { Kommentar: 'x' },
      source: { datasetId: 'old', row: 2 },
    },
  ],
  indicators: [],
  measurements: [],
} // prettier-ignore

describe('bundle', () => {
  it('reads back what it writes, moved to the new dataset id', () => {
    const bundle = JSON.parse(JSON.stringify(buildBundle([content], new Date('2026-02-01T00:00:00Z'))))
    expect(bundle).toMatchObject({
      format: 'veikart-bundle',
      version: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
    })
    const result = readBundle(bundle, { datasetId: 'new' })
    expect(result.issues).toEqual([])
    expect(result.content?.subGoals[0]).toMatchObject({ id: 'new/sg2-pll', datasetId: 'new' })
    expect(result.content?.items[0]).toEqual({
      ...content.items[0],
      id: 'new/123',
      datasetId: 'new',
      subGoalId: 'new/sg2-pll',
      source: { datasetId: 'new', row: 2 },
    })
  })

  it('carries the dataset’s saved views, pointed at the new dataset', () => {
    const view = {
      id: 'v1',
      title: 'Mål 2',
      note: '',
      path: '/tiltak',
      query: { mal: '2', ds: 'old' },
      order: 4,
      createdAt: '2026-01-01T00:00:00Z',
    }
    const bundle = JSON.parse(JSON.stringify(buildBundle([{ ...content, savedViews: [view] }])))
    const result = readBundle(bundle, { datasetId: 'new' })
    expect(result.content?.savedViews).toEqual([
      { ...view, id: 'view-new-v1', query: { mal: '2', ds: 'new' } },
    ])
    const hostile = JSON.parse(
      JSON.stringify(buildBundle([{ ...content, savedViews: [{ ...view, path: 'https://evil.example' }] }])),
    )
    expect(readBundle(hostile, { datasetId: 'n' }).issues[0]).toMatchObject({
      code: 'bundle-invalid',
      detail: 'datasets[0].savedViews[0]',
    })
  })

  it.each([
    [{ format: 'veikart-bundle', version: 2, datasets: [] }, 'version'],
    [{ format: 'veikart-bundle', version: 1, datasets: [] }, 'datasets'],
    [
      {
        format: 'veikart-bundle',
        version: 1,
        datasets: [{ dataset: { id: 'a' }, items: [{ title: 'x', goal: 9 }] }],
      },
      'datasets[0].items[0]',
    ],
    [
      { format: 'veikart-bundle', version: 1, datasets: [{ dataset: { id: 'a' }, items: 'nope' }] },
      'datasets[0].items',
    ],
  ])('rejects a malformed bundle, naming the path (%#)', (raw, path) => {
    const result = readBundle(raw, { datasetId: 'n' })
    expect(result.content).toBeNull()
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ severity: 'error', code: 'bundle-invalid', detail: path })
  })
})
