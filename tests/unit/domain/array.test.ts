import { describe, expect, it } from 'vitest'
import { maxOf, minOf, pushAll } from '@/domain/array'
import { countByStartYearAndGoal } from '@/domain/chart-data'
import { item } from '../charts/fixtures'

describe('minOf / maxOf / pushAll', () => {
  it('work on any length, where spreading 300 000 arguments overflows the stack', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_000)
    expect(() => Math.max(...many)).toThrow(RangeError)
    expect(minOf(many)).toBe(0)
    expect(maxOf(many)).toBe(299_999)
    expect(pushAll([1], many)).toHaveLength(300_001)
  })

  it('give undefined for no values', () => {
    expect(minOf([])).toBeUndefined()
    expect(maxOf([])).toBeUndefined()
  })
})

describe('chart data at 130 000 items (the overview was blank with RangeError)', () => {
  it('counts items per start year without spreading the years', () => {
    const items = Array.from({ length: 130_000 }, (_, i) =>
      item({ id: `i${i}`, goal: 1, startYear: 2020 + (i % 10) }),
    )
    const breakdown = countByStartYearAndGoal(items, [])
    expect(breakdown.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029])
  })
})
