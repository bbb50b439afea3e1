/**
 * Lists whose entries are made when first read (src/domain/lazy-list.ts): each entry is made once,
 * on its first read, and the list reads as a plain array by index, length, iteration and methods.
 */
import { describe, expect, it } from 'vitest'
import { lazyList } from '@/domain/lazy-list'

/** A list of `n` entries made as `entry i`, and the indexes made so far. */
function squares(n: number, made: number[] = []) {
  const entries = new Array<string | undefined>(n).fill(undefined)
  const list = lazyList(entries, (i) => {
    made.push(i)
    entries[i] = `entry ${i}`
  })
  return { list, made }
}

describe('lazyList', () => {
  it('makes an entry on its first read only, and only that one', () => {
    const { list, made } = squares(5)
    expect(list.length).toBe(5)
    expect(made).toEqual([])
    expect(list[3]).toBe('entry 3')
    expect(list[3]).toBe('entry 3')
    expect(made).toEqual([3])
  })

  it('reads as a plain array: methods, iteration, slices, equality, JSON', () => {
    const { list } = squares(3)
    expect(Array.isArray(list)).toBe(true)
    expect(list.map((e) => e.toUpperCase())).toEqual(['ENTRY 0', 'ENTRY 1', 'ENTRY 2'])
    expect([...list]).toEqual(['entry 0', 'entry 1', 'entry 2'])
    expect(list.slice(1)).toEqual(['entry 1', 'entry 2'])
    expect(list.findIndex((e) => e === 'entry 2')).toBe(2)
    expect(list).toEqual(['entry 0', 'entry 1', 'entry 2'])
    expect(JSON.stringify(list)).toBe('["entry 0","entry 1","entry 2"]')
  })

  it('leaves entries that are there alone, and reads past the end as undefined without making anything', () => {
    const made: number[] = []
    const entries: (string | undefined)[] = ['kept', undefined]
    const list = lazyList(entries, (i) => {
      made.push(i)
      entries[i] = 'made'
    })
    expect(list[0]).toBe('kept')
    expect(list[7]).toBeUndefined()
    expect(made).toEqual([])
    expect(list[1]).toBe('made')
    expect(made).toEqual([1])
  })

  it('lets one fill make several entries (a lane and its bar in two lists)', () => {
    const lanes: (string | undefined)[] = [undefined, undefined]
    const bars: (string | undefined)[] = [undefined, undefined]
    const fill = (i: number) => {
      lanes[i] = `lane ${i}`
      bars[i] = `bar ${i}`
    }
    const laneList = lazyList(lanes, fill)
    const barList = lazyList(bars, fill)
    expect(barList[1]).toBe('bar 1')
    expect(lanes).toEqual([undefined, 'lane 1'])
    expect(laneList[1]).toBe('lane 1')
  })
})
