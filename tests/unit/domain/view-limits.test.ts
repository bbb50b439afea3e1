import { describe, expect, it } from 'vitest'
import { shownInCell, YEAR_PLAN_CELL_ITEMS, YEAR_PLAN_FULL_LIMIT } from '@/domain/view-limits'

describe('shownInCell (year plan at 100 000 items)', () => {
  const cell = Array.from({ length: 50 }, (_, i) => i)

  it('lists every item of a plan within the limit', () => {
    expect(shownInCell(cell, YEAR_PLAN_FULL_LIMIT)).toEqual({ shown: cell, more: 0 })
  })

  it('lists the first few of each cell in a larger plan, and how many more there are', () => {
    const { shown, more } = shownInCell(cell, YEAR_PLAN_FULL_LIMIT + 1)
    expect(shown).toEqual(cell.slice(0, YEAR_PLAN_CELL_ITEMS))
    expect(more).toBe(50 - YEAR_PLAN_CELL_ITEMS)
  })

  it('leaves a small cell of a large plan whole', () => {
    const small = cell.slice(0, YEAR_PLAN_CELL_ITEMS)
    expect(shownInCell(small, 90_000)).toEqual({ shown: small, more: 0 })
  })
})
