import { describe, expect, it } from 'vitest'
import { generateVeikartCsv } from '../../../bench/generate-veikart'
import { summariseGoals } from '@/domain/aggregate'
import {
  countByActorAndGoal,
  countByGoalAndStage,
  countByGoalHierarchy,
  countByStartYearAndGoal,
} from '@/domain/chart-data'
import { isCurrentSummary, summariseDataset, SUMMARY_FORMAT, withGoals } from '@/domain/dataset-summary'
import type { DatasetContent, Goal } from '@/domain/types'
import { ITEM_FLAGS } from '@/domain/types'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'
import { goals as fixtureGoals, item } from '../charts/fixtures'

/** The overview's numbers computed from the items, as the overview did before summaries. */
function fromItems(content: DatasetContent, goals: readonly Goal[]) {
  const { items } = content
  // The overview had them from the database, in the order of their ids.
  const subGoals = [...content.subGoals].sort((a, b) => (a.id < b.id ? -1 : 1))
  return {
    itemCount: items.length,
    goalSummaries: summariseGoals(goals, subGoals, items),
    goalStage: countByGoalAndStage(items, goals),
    startYears: countByStartYearAndGoal(items, goals),
    actorGoals: countByActorAndGoal(items, goals),
    hierarchy: countByGoalHierarchy(items, subGoals, goals),
    flags: Object.fromEntries(ITEM_FLAGS.map((f) => [f, items.filter((i) => i.flags.includes(f)).length])),
  }
}

describe('summariseDataset', () => {
  it('gives the same numbers as counting the items, for the bundled datasets', async () => {
    const [strategy, ...rest] = (await loadBundledDatasets()) as DatasetContent[]
    const itemDatasets = rest.filter((c) => c.items.length > 0)
    expect(itemDatasets.length).toBeGreaterThanOrEqual(2)
    for (const content of itemDatasets) {
      // Stored and read back: a summary goes through IndexedDB's structured clone.
      const stored = structuredClone(summariseDataset(content.items, content.subGoals))
      expect(withGoals(stored, strategy!.goals)).toEqual(fromItems(content, strategy!.goals))
    }
  })

  it('gives the same numbers as counting the items, for a generated veikart of 3 000 rows', async () => {
    const bytes = new TextEncoder().encode(generateVeikartCsv(3000, 11))
    const content = (await importFile(bytes, { fileName: 'veikart.csv', datasetId: 'vk' })).content!
    const summary = summariseDataset(content.items, content.subGoals)
    expect(summary.itemCount).toBe(3000)
    expect(withGoals(summary, fixtureGoals)).toEqual(fromItems(content, fixtureGoals))
    // Without a strategy the titles are placeholders, as when counting the items without goals.
    expect(withGoals(summary, [])).toEqual(fromItems(content, []))
  })

  it('counts an item once per flag, and titles the goals from the goals given at drawing time (placeholders where none)', () => {
    const items = [
      item({ id: 'a', goal: 1, flags: ['uncertain', 'no-period'] }),
      item({ id: 'b', goal: 1, flags: ['uncertain'] }),
      item({ id: 'c', goal: 3 }),
    ]
    const summary = summariseDataset(items, [])
    expect(summary.flags.uncertain).toBe(2)
    expect(summary.flags['no-period']).toBe(1)
    const numbers = withGoals(summary, [{ number: 3, title: 'Helsedata' }])
    // A goal the strategy does not give is a placeholder with no title (the UI names it «Mål n»).
    expect(numbers.goalSummaries.map((g) => [g.goal.title, !!g.goal.placeholder, g.itemCount])).toEqual([
      ['', true, 2],
      ['', true, 0],
      ['Helsedata', false, 1],
      ['', true, 0],
      ['', true, 0],
    ])
    expect(numbers.hierarchy.map((n) => n.name)).toEqual(['', '', 'Helsedata', '', ''])
  })
})

describe('isCurrentSummary', () => {
  it('accepts a summary of this format only', () => {
    expect(isCurrentSummary(summariseDataset([], []))).toBe(true)
    expect(isCurrentSummary({ format: SUMMARY_FORMAT - 1 })).toBe(false)
    expect(isCurrentSummary(undefined)).toBe(false)
  })
})
