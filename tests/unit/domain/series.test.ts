import { describe, expect, it } from 'vitest'
import { itemHistory } from '@/domain/item-history'
import {
  asOfSortKey,
  compareVersionOrder,
  defaultComparePair,
  itemOverlap,
  newSeriesName,
  proposeSeries,
  seriesVersions,
} from '@/domain/series'
import type { Dataset, DatasetKind, RoadmapItem } from '@/domain/types'

function dataset(id: string, extra: Partial<Dataset> = {}, kind: DatasetKind = 'veikart'): Dataset {
  return {
    id,
    kind,
    title: id,
    importedAt: '2026-01-01T00:00:00Z',
    fileName: `${id}.csv`,
    checksum: id,
    rowCount: 0,
    bundled: false,
    ...extra,
  }
}

function item(datasetId: string, key: string, title: string, extra: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id: `${datasetId}/${key}`,
    key,
    datasetId,
    title,
    goal: 2,
    actors: [],
    actorIds: [],
    period: { openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId, row: 2 },
    ...extra,
  }
}

describe('series order', () => {
  it.each([
    ['2026-08', '2026-08'],
    ['2026-08-15', '2026-08-15'],
    ['Q3 2026', '2026-07-01'],
    ['mars 2026', '2026-03-01'],
    ['versjon B', null],
    [undefined, null],
  ])('asOfSortKey(%s)', (asOf, key) => {
    expect(asOfSortKey(asOf)).toBe(key)
  })

  it('orders by as-of, then import time; unreadable as-of last', () => {
    const list = [
      dataset('c', { asOf: 'ukjent', importedAt: '2025-01-01T00:00:00Z' }),
      dataset('b', { asOf: '2026-08' }),
      dataset('a', { asOf: 'Q1 2026' }),
      dataset('d', { asOf: '2026-08', importedAt: '2026-02-01T00:00:00Z' }),
    ]
    expect([...list].sort(compareVersionOrder).map((d) => d.id)).toEqual(['a', 'b', 'd', 'c'])
  })

  it('lists a series oldest first and picks the two newest by default', () => {
    const list = [
      dataset('v3', { series: 'Veikart', asOf: '2026-08' }),
      dataset('v1', { series: 'Veikart', asOf: '2025-08' }),
      dataset('v2', { series: 'Veikart', asOf: '2026-03' }),
      dataset('t1', { series: 'Tiltak', asOf: '2024' }, 'tiltak'),
      dataset('t2', { series: 'Tiltak', asOf: '2025' }, 'tiltak'),
      dataset('x'),
    ]
    expect(seriesVersions(list, 'Veikart').map((d) => d.id)).toEqual(['v1', 'v2', 'v3'])
    const pair = (active: string | null) => {
      const p = defaultComparePair(list, active)
      return p && [p.from.id, p.to.id]
    }
    expect(pair('t1')).toEqual(['t1', 't2'])
    expect(pair('v1')).toEqual(['v2', 'v3'])
    // The active dataset has no series: the series with the newest version.
    expect(pair('x')).toEqual(['v2', 'v3'])
    expect(defaultComparePair([dataset('x')], 'x')).toBeNull()
  })

  it('names new series so they do not clash', () => {
    expect(newSeriesName([], 'Veikart')).toBe('Veikart')
    expect(newSeriesName([dataset('a', { series: 'Veikart' })], 'Veikart')).toBe('Veikart 2')
  })
})

describe('proposing a series on import', () => {
  const old = dataset('old', { asOf: '2026-03' })
  const oldItems = [
    item('old', '20240000000000001', 'PLL, Helse Vest'),
    item('old', '20240000000000002', 'PLL, Helse Nord'),
    item('old', '20240000000000003', 'Kjernejournal'),
  ]
  const next = dataset('new', { asOf: '2026-08' })

  it('by overlapping IDs', () => {
    const items = [item('new', '20240000000000001', 'Annet navn'), item('new', '20240000000000009', 'Ny')]
    expect(itemOverlap(items, oldItems)).toEqual({ ids: 1, titles: 0, share: 0.5 })
    const proposal = proposeSeries(
      { dataset: next, items },
      [{ dataset: old, items: oldItems }],
      [old, next],
      'Veikart',
    )
    expect(proposal).toMatchObject({ series: 'Veikart', with: { id: 'old' } })
  })

  it('by overlapping titles when there are no IDs, joining the series the other is in', () => {
    const inSeries = { ...old, series: 'Veikart-eksport' }
    const items = [item('new', '2-00000001', 'pll,  helse vest'), item('new', '2-00000002', 'Ny')]
    const proposal = proposeSeries(
      { dataset: next, items },
      [{ dataset: inSeries, items: oldItems }],
      [inSeries, next],
      'Veikart',
    )
    expect(proposal).toMatchObject({ series: 'Veikart-eksport', overlap: { ids: 0, titles: 1 } })
  })

  it('not across kinds, and not without enough overlap', () => {
    const items = [item('new', '20240000000000001', 'PLL, Helse Vest')]
    const tiltak = dataset('t', {}, 'tiltak')
    expect(proposeSeries({ dataset: tiltak, items }, [{ dataset: old, items: oldItems }], [], 'X')).toBeNull()
    const other = [item('new', '20240000000000008', 'Noe annet'), item('new', '20240000000000009', 'Ny')]
    expect(
      proposeSeries({ dataset: next, items: other }, [{ dataset: old, items: oldItems }], [], 'X'),
    ).toBeNull()
  })
})

describe('item history', () => {
  const v = (id: string, asOf: string, items: RoadmapItem[]) => ({
    dataset: dataset(id, { series: 'S', asOf }),
    items,
    subGoals: [],
  })
  const pll = (ds: string, extra: Partial<RoadmapItem> = {}) =>
    item(ds, '20240000000000001', 'PLL', { phase: { from: 'utvikling', to: 'utvikling' }, ...extra })
  const versions = [
    v('a', '2025-08', [item('a', '20240000000000002', 'Annet')]),
    v('b', '2026-03', [pll('b')]),
    v('c', '2026-08', [pll('c', { phase: { from: 'innforing', to: 'innforing' } })]),
    v('d', '2027-03', []),
  ]

  it('follows the item through every version from any of them', () => {
    for (const [ds, id] of [
      ['b', 'b/20240000000000001'],
      ['c', 'c/20240000000000001'],
    ] as const) {
      const history = itemHistory(versions, ds, id)
      expect(
        history.map((h) => [h.dataset.id, h.item?.phase?.from ?? null, h.match ?? null, h.classes]),
      ).toEqual([
        ['a', null, null, []],
        ['b', 'utvikling', null, ['new']],
        ['c', 'innforing', 'id', ['rephased']],
        ['d', null, null, ['dropped']],
      ])
    }
  })

  it('is empty for an unknown item', () => {
    expect(itemHistory(versions, 'b', 'b/nope')).toEqual([])
  })
})
