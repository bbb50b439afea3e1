import { describe, expect, it } from 'vitest'
import { filterItems, emptyFilter } from '@/domain/filter'
import { buildYearPlan } from '@/domain/year-plan'
import { item, period } from '../factories'

const items = [
  item('vest', { goal: 2, period: period('2024'), actors: ['Helse Vest RHF'], actorIds: ['helse-vest-rhf'], actorsDerived: true }),
  item('both', { goal: 3, period: period('2023 - 2025'), actors: ['KS', 'Helse Vest RHF'], actorIds: ['ks', 'helse-vest-rhf'] }),
  item('nobody', { goal: 4, period: period('2024 →') }),
  item('nobody-2', { goal: 1, period: { start: period('Q2 2024').start, openEnded: false } }),
  item('other-year', { goal: 1, period: period('2026'), actors: ['KS'], actorIds: ['ks'] }),
  item('undated', { goal: 5 }),
] // prettier-ignore

describe('buildYearPlan', () => {
  it('keeps every item touching the year: actors’ rows, then one row for items without an actor', () => {
    const plan = buildYearPlan(items, 2024, undefined)
    expect(plan.rows.map((r) => r.actor?.id ?? null)).toEqual(['helse-vest-rhf', 'ks', null])
    const last = plan.rows.at(-1)!
    expect(last.cells.flat().map((i) => i.id)).toEqual(['nobody-2', 'nobody'])
    expect(last.cells[3]?.map((i) => i.id)).toEqual(['nobody'])
    expect(plan.counts).toEqual({
      items: 4,
      withActor: 2,
      derivedActor: 1,
      withoutActor: 2,
      touchingYear: 4,
      planYearOnly: 0,
    })
  })

  it('reconciles with the year filter of /tiltak?ar=<year>', () => {
    const plan = buildYearPlan(items, 2024, undefined)
    const listed = filterItems(items, { ...emptyFilter(), year: 2024 }, [])
    expect(plan.counts.items).toBe(listed.length)
    const inMatrix = new Set(plan.rows.flatMap((r) => r.cells.flat().map((i) => i.id)))
    expect([...inMatrix].sort()).toEqual(listed.map((i) => i.id).sort())
  })

  it('takes every row of a tiltak table in its plan year, and counts those without a period there apart', () => {
    const plan = buildYearPlan(items, 2024, 2024)
    expect(plan.counts.items).toBe(items.length)
    expect(plan.counts.touchingYear).toBe(4)
    expect(plan.counts.planYearOnly).toBe(2)
    expect(plan.counts.withActor + plan.counts.withoutActor).toBe(plan.counts.items)
  })
})
