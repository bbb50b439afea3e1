import { describe, expect, it } from 'vitest'
import { fillDown, type FillDownTier } from '@/formats/tiltak/fill-down'

type C = 'goal' | 'sub' | 'cond' | 'actor' | 'service' | 'text'
const TIERS: FillDownTier<C>[] = [
  { heads: ['goal'] },
  { heads: ['sub'], attached: ['cond'] },
  { heads: ['actor', 'service'] },
]

describe('fillDown', () => {
  it('inherits blank grouping cells from the row above', () => {
    const out = fillDown<C>(
      [
        { goal: '1', sub: 'A', actor: 'X', service: 'S', text: 'a' },
        { goal: '', sub: '', actor: '', service: '', text: 'b' },
      ],
      TIERS,
    )
    expect(out[1]?.values).toMatchObject({ goal: '1', sub: 'A', actor: 'X', service: 'S', text: 'b' })
    expect(out[1]?.inherited).toEqual(['goal', 'sub', 'actor', 'service'])
  })

  it('lets a new actor keep the service above (heads of one tier inherit independently)', () => {
    const out = fillDown<C>(
      [
        { goal: '1', sub: 'A', actor: 'X', service: 'S' },
        { actor: 'Y', service: '' },
      ],
      TIERS,
    )
    expect(out[1]?.values).toMatchObject({ actor: 'Y', service: 'S' })
  })

  it('starts a new block at a new sub-goal: actor and service do not cross it', () => {
    const out = fillDown<C>(
      [
        { goal: '1', sub: 'A', actor: 'X', service: 'S' },
        { sub: 'B', actor: 'Y' },
      ],
      TIERS,
    )
    expect(out[1]?.values).toMatchObject({ goal: '1', sub: 'B', actor: 'Y', service: '' })
  })

  it('starts a new block at a new goal, even when the sub-goal text repeats', () => {
    const out = fillDown<C>(
      [
        { goal: '1', sub: 'A', actor: 'X' },
        { goal: '2', actor: 'Y' },
      ],
      TIERS,
    )
    expect(out[1]?.values).toMatchObject({ goal: '2', sub: '', actor: 'Y' })
  })

  it('inherits attached columns only with their head', () => {
    const out = fillDown<C>(
      [
        { goal: '1', sub: 'A', cond: 'Forutsetter finansiering', actor: 'X' },
        { actor: 'Y' },
        { sub: 'B', actor: 'Z' },
      ],
      TIERS,
    )
    expect(out[1]?.values.cond).toBe('Forutsetter finansiering')
    expect(out[2]?.values.cond).toBe('')
  })

  it('trims values and treats white space as blank', () => {
    const out = fillDown<C>(
      [
        { goal: ' 1 ', actor: 'X ' },
        { goal: '  ', actor: '\t' },
      ],
      TIERS,
    )
    expect(out[1]?.values).toMatchObject({ goal: '1', actor: 'X' })
  })
})
