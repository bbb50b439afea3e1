import { describe, expect, it } from 'vitest'
import { lazyItemLookup } from '@/domain/item-lookup'
import { item } from '../factories'

describe('lazyItemLookup', () => {
  it('finds items by id, the first of equal ids, and nothing for an unknown id', () => {
    const first = item('a', { title: 'first' })
    const lookup = lazyItemLookup([first, item('b'), item('a', { title: 'second' })])
    expect(lookup.get('a')).toBe(first)
    expect(lookup.get('b')?.id).toBe('b')
    expect(lookup.get('c')).toBeUndefined()
  })

  it('reads the list only when first asked, and once', () => {
    let reads = 0
    const items = new Proxy([item('a'), item('b')], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++
        return Reflect.get(target, key, receiver) as unknown
      },
    })
    const lookup = lazyItemLookup(items)
    expect(reads).toBe(0)
    expect(lookup.get('b')?.id).toBe('b')
    expect(reads).toBe(2)
    lookup.get('a')
    expect(reads).toBe(2)
  })
})
