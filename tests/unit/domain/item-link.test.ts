import { describe, expect, it } from 'vitest'
import { findItemByKey, itemPath } from '@/domain/item-link'
import { item } from '../charts/fixtures'

describe('itemPath', () => {
  it('puts the source ID or content key in the path as one URL-safe segment', () => {
    expect(itemPath('20240000000000001')).toBe('/tiltak/20240000000000001')
    expect(itemPath('2-3fa1b2c4-2')).toBe('/tiltak/2-3fa1b2c4-2')
    // An ID with a slash, spaces, a query character or æøå stays one segment and reads back.
    for (const key of ['A/17', 'ID 42 ?x=1#y', 'Tiltak-Æøå', '50%']) {
      const segment = itemPath(key).slice('/tiltak/'.length)
      expect(segment).not.toMatch(/[/?# ]/)
      expect(decodeURIComponent(segment)).toBe(key)
    }
  })
})

describe('findItemByKey', () => {
  const items = [
    item({ id: 'import-1/2-aaaaaaaa', key: '2-aaaaaaaa', goal: 2 }),
    item({ id: 'import-1/A/17', key: 'A/17', goal: 1 }),
  ]
  it('finds an item by the key a link carries, never by the local id', () => {
    expect(findItemByKey(items, 'A/17')?.goal).toBe(1)
    expect(findItemByKey(items, '2-aaaaaaaa')?.goal).toBe(2)
    expect(findItemByKey(items, 'import-1/A/17')).toBeUndefined()
    expect(findItemByKey(items, 'nope')).toBeUndefined()
  })
})
