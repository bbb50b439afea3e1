import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { item as baseItem } from '../factories'

/** A roadmap item with defaults for what a test does not care about. */
export function item(partial: Partial<RoadmapItem> & Pick<RoadmapItem, 'id' | 'goal'>): RoadmapItem {
  return baseItem(partial.id, partial)
}

export function subGoal(id: string, goal: SubGoal['goal'], title = id): SubGoal {
  return { id, datasetId: 'ds', goal, title, conditions: [] }
}

export const goals: Goal[] = [
  { number: 1, title: 'Aktiv medvirkning i egen og næres helse' },
  { number: 2, title: 'Enklere arbeidshverdag' },
  { number: 3, title: 'Helsedata til fornying og forbedring' },
  { number: 4, title: 'Tilgjengelig informasjon og styrket samhandling' },
  { number: 5, title: 'Samarbeid og virkemidler som styrker gjennomføringskraft' },
]
