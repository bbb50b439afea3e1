import { describe, expect, it } from 'vitest'
import { parseNorwegianNumber } from '@/domain/number'

describe('parseNorwegianNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['12,5 %', 12.5],
    ['-3', -3],
    ['−3,25', -3.25],
    ['1234.5', 1234.5],
    ['0', 0],
  ])('%j → %d', (text, value) => {
    expect(parseNorwegianNumber(text)).toBe(value)
  })

  it.each(['', 'mange', '1,2,3', '12 abc'])('%j is not a number', (text) => {
    expect(parseNorwegianNumber(text)).toBeNull()
  })
})
