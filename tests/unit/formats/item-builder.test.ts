import { describe, expect, it } from 'vitest'
import type { RowItemFields } from '@/formats/item-builder'
import { createItemBuilder } from '@/formats/item-builder'

const fields: Omit<RowItemFields, 'baseKey' | 'row'> = {
  title: 'Pasientens legemiddelliste',
  goal: 2,
  actors: [{ id: 'nhn', name: 'Norsk helsenett SF', kind: 'nhn', aliases: [] }],
  period: { start: { date: '2025-01-01', precision: 'year' }, openEnded: false },
  uncertain: false,
  flags: [],
}

describe('createItemBuilder', () => {
  it('gives each item the dataset, a key unique within the import, and the base fields', () => {
    const newItem = createItemBuilder('ds1')
    const first = newItem({ ...fields, baseKey: '2-abc', row: 2 })
    const again = newItem({ ...fields, baseKey: '2-abc', row: 3 })
    const other = createItemBuilder('ds2')({ ...fields, baseKey: '2-abc', row: 2 })
    expect([first.id, first.key, again.id, again.key, other.key]).toEqual([
      'ds1/2-abc',
      '2-abc',
      'ds1/2-abc-2',
      '2-abc-2',
      '2-abc',
    ])
    expect(first).toMatchObject({
      datasetId: 'ds1',
      title: 'Pasientens legemiddelliste',
      actors: ['Norsk helsenett SF'],
      actorIds: ['nhn'],
      startYear: 2025,
      source: { datasetId: 'ds1', row: 2 },
    })
  })
})
