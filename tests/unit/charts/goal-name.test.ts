import { describe, expect, it } from 'vitest'
import { buildHierarchyOption } from '@/charts/hierarchy'
import { formatGoalName, formatGoalTitle } from '@/charts/goal-name'
import { goalOrPlaceholder } from '@/domain/aggregate'
import { countByGoalHierarchy } from '@/domain/chart-data'
import type { GoalNumber } from '@/domain/types'
import { tooltipOf } from './helpers'
import { labels } from './labels'

const nb = (n: GoalNumber) => `Mål ${n}`
const en = (n: GoalNumber) => `Goal ${n}`

describe('goal names', () => {
  const named = { number: 2, title: 'Enklere arbeidshverdag' } as const
  const placeholder = goalOrPlaceholder([], 4)

  it('give a named goal its title after its label', () => {
    expect(formatGoalName(named, nb)).toBe('Mål 2: Enklere arbeidshverdag')
    expect(formatGoalName(named, en)).toBe('Goal 2: Enklere arbeidshverdag')
    expect(formatGoalTitle(named, en)).toBe('Enklere arbeidshverdag')
  })

  it('name a placeholder goal by its label alone, in the language of the labels', () => {
    expect([formatGoalName(placeholder, nb), formatGoalTitle(placeholder, nb)]).toEqual(['Mål 4', 'Mål 4'])
    expect([formatGoalName(placeholder, en), formatGoalTitle(placeholder, en)]).toEqual(['Goal 4', 'Goal 4'])
  })

  it('leave no dangling colon in a chart tooltip when the strategy is not loaded', () => {
    const option = buildHierarchyOption(countByGoalHierarchy([], [], []), labels)
    expect(tooltipOf(option, { data: { id: 'goal-4' } })).toBe(
      '<strong>Mål 4</strong><br>Mål<br>ingen tiltak',
    )
  })
})
