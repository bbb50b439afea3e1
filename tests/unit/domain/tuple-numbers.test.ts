import { describe, expect, it } from 'vitest'
import { tupleNumbers } from '@/domain/tuple-numbers'

describe('tupleNumbers', () => {
  it('numbers equal tuples alike and others apart, in the order first met', () => {
    const numbers = tupleNumbers()
    const segment = { kind: 'goal' }
    expect(numbers.numberOf(['ds', 2, 'sg', ''])).toBe(0)
    expect(numbers.numberOf(['ds', 2, '', 'sg'])).toBe(1)
    expect(numbers.numberOf(['ds', 2, 'sg', ''])).toBe(0)
    expect(numbers.numberOf(['ds', '2', 'sg', ''])).toBe(2)
    expect(numbers.numberOf([segment, null])).toBe(3)
    expect(numbers.numberOf([{ kind: 'goal' }, null])).toBe(4)
    expect(numbers.numberOf([segment, null])).toBe(3)
    // A tuple that is the start of another is a tuple of its own.
    expect(numbers.numberOf(['ds', 2])).toBe(5)
    expect(numbers.numberOf([])).toBe(6)
    expect(numbers.size).toBe(7)
  })
})
