/**
 * A chunk of items as it is stored (record format 2 of `itemChunks`, issue 11): each distinct
 * value once, and per item its shape (its keys, in order) and one index per key. IndexedDB
 * deserialises a stored value object by object and string by string, and that was most of a view's
 * first render at 100 000 items; 100 000 generated items hold about 19 000 distinct values per
 * 5 000 (titles, actors, periods, descriptions repeat), so there is far less to deserialise:
 * 0.35 s + 0.16 s to unpack instead of 1.2 s in Node's V8 (same deserialiser; medians of five
 * runs), and a third of the bytes.
 *
 * Equal nested values (an `actors` list, a `period`) become one object shared by the items that
 * hold it. Items are never changed (the roadmap store holds them in a shallowRef); in development
 * and tests the shared values are frozen, so code that changed one item's value through another
 * would throw there. Not in the built app: freezing was ~90 ms of a 100 000-item first render.
 */
import type { RoadmapItem } from '@/domain/types'

export interface PackedItems {
  /** The keys of each shape of item, in the items' own key order. */
  shapes: string[][]
  /** Each distinct value once. */
  values: unknown[]
  /** Per item: its shape's index, then for each of the shape's keys the index of its value. */
  cells: Int32Array
  count: number
}

/** Items as each distinct value once and indices into them. */
export function packItems(items: readonly RoadmapItem[]): PackedItems {
  const shapes: string[][] = []
  const shapeOf = new Map<string, number>()
  const values: unknown[] = []
  /** Where each value is: primitives by themselves, objects and lists by their JSON. */
  const primitiveAt = new Map<unknown, number>()
  const objectAt = new Map<unknown, number>()
  const cells: number[] = []
  for (const item of items) {
    const record = item as unknown as Record<string, unknown>
    const keys = Object.keys(record)
    const shapeKey = keys.join('\u0000')
    let shape = shapeOf.get(shapeKey)
    if (shape === undefined) {
      shape = shapes.push(keys) - 1
      shapeOf.set(shapeKey, shape)
    }
    cells.push(shape)
    for (const key of keys) {
      const value = record[key]
      const isObject = value !== null && typeof value === 'object'
      const found = isObject ? JSON.stringify(value) : value
      const at = isObject ? objectAt : primitiveAt
      let index = at.get(found)
      if (index === undefined) {
        index = values.push(value) - 1
        at.set(found, index)
      }
      cells.push(index)
    }
  }
  return { shapes, values, cells: Int32Array.from(cells), count: items.length }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const inner of Object.values(value)) deepFreeze(inner)
}

/** A packed chunk's parts are there (for records no schema vouches for, as the recovery page reads). */
export function isPackedItems(packed: unknown): packed is PackedItems {
  const p = packed as Partial<PackedItems> | undefined
  return Array.isArray(p?.shapes) && Array.isArray(p.values) && p.cells instanceof Int32Array
}

/** The items `packItems` packed, equal to them; equal nested values shared (frozen in development). */
export function unpackItems(packed: PackedItems): RoadmapItem[] {
  const { shapes, values, cells, count } = packed
  if (import.meta.env?.DEV) for (const value of values) deepFreeze(value)
  const items = new Array<RoadmapItem>(count)
  let at = 0
  for (let i = 0; i < count; i++) {
    const keys = shapes[cells[at++] as number] as string[]
    const record: Record<string, unknown> = {}
    for (let k = 0; k < keys.length; k++) record[keys[k] as string] = values[cells[at++] as number]
    items[i] = record as unknown as RoadmapItem
  }
  return items
}
