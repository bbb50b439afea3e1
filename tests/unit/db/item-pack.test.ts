/**
 * Packed item chunks (db/item-pack.ts): items come back equal, key order and all, whatever
 * fields each has; equal nested values are stored once and shared, frozen so that no item's value
 * can be changed through another.
 */
import { describe, expect, it } from 'vitest'
import { isPackedItems, packItems, unpackItems } from '@/db/item-pack'
import type { RoadmapItem } from '@/domain/types'

function item(n: number, extra: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id: `ds/${n}`,
    key: String(n),
    datasetId: 'ds',
    title:
      n % 2
        ? 'Pasientens legemiddelliste – innføring i Helse Sør-Øst'
        : 'Kjernejournal «tilgjengeliggjøring»',
    goal: 2,
    actors: ['Helse Vest RHF', 'Norsk helsenett SF'],
    actorIds: ['helse-vest-rhf', 'norsk-helsenett-sf'],
    period: { openEnded: false, start: { date: '2024-01-01', precision: 'year' } },
    uncertain: n === 3,
    flags: [],
    source: { datasetId: 'ds', row: n + 2 },
    ...extra,
  }
}

describe('packItems / unpackItems', () => {
  it('gives back items equal to those packed, with each item’s own fields in its own key order', () => {
    const items = [
      item(1),
      item(2, { description: 'Første linje\nandre linje', phase: { from: 'konsept', to: 'innforing' } }),
      item(3, { subGoalId: 'ds/sg2D', status: 'tentative', extra: { Kommentar: '=1+1' } }),
      // Another key order, an undefined value and an empty string: kept as they were.
      { ...{ title: 'Først tittel', id: 'ds/4' }, ...item(4), grouping: '', service: undefined },
    ]
    const back = unpackItems(packItems(items))
    expect(back).toStrictEqual(items)
    expect(back.map((i) => Object.keys(i))).toEqual(items.map((i) => Object.keys(i)))
  })

  it('stores each distinct value once, so repeated titles, actors and periods cost one entry', () => {
    const items = Array.from({ length: 1000 }, (_, n) => item(n))
    const packed = packItems(items)
    expect(packed.shapes).toHaveLength(1)
    expect(packed.count).toBe(1000)
    // Per item its id, key, source row and (for two) the uncertain flag differ; the rest is shared.
    expect(packed.values.length).toBeLessThan(3 * 1000 + 20)
    expect(packed.values.filter((v) => typeof v === 'string' && v.startsWith('Pasientens'))).toHaveLength(1)
  })

  it('shares equal nested values between items, frozen in development: one item cannot change another', () => {
    const [a, b] = unpackItems(packItems([item(1), item(2)]))
    expect(a!.actors).toBe(b!.actors)
    expect(a!.period).toBe(b!.period)
    expect(Object.isFrozen(a!.period.start)).toBe(true)
    expect(() => (a!.actors as string[]).push('Helse Nord RHF')).toThrow(TypeError)
    expect(b!.actors).toEqual(['Helse Vest RHF', 'Norsk helsenett SF'])
  })

  it('packs and unpacks no items', () => {
    expect(unpackItems(packItems([]))).toEqual([])
  })
})

describe('isPackedItems', () => {
  it('accepts what packItems wrote and refuses records missing a part or with cells of another kind', () => {
    const packed = packItems([item(1), item(2)])
    expect(isPackedItems(packed)).toBe(true)
    expect(isPackedItems(undefined)).toBe(false)
    expect(isPackedItems({ ...packed, shapes: undefined })).toBe(false)
    expect(isPackedItems({ ...packed, values: 'x' })).toBe(false)
    // A plain list where the typed array belongs, as a hand-edited export might hold.
    expect(isPackedItems({ ...packed, cells: Array.from(packed.cells) })).toBe(false)
  })
})
