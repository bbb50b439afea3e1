/** Test data the unit tests share: a roadmap item with defaults, and a period from its text. */
import { parsePeriod } from '@/domain/period'
import type { Period, RoadmapItem } from '@/domain/types'

/** An item of dataset `ds` (goal 1, no actors, no period) with `partial` on top; `id` is also its key and title. */
export function item(id: string, partial: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id,
    key: id,
    datasetId: 'ds',
    title: id,
    goal: 1,
    actors: [],
    actorIds: [],
    period: { openEnded: false },
    uncertain: false,
    flags: [],
    source: { datasetId: 'ds', row: 2 },
    ...partial,
  }
}

/** The period `text` means (`2024`, `2023 - 2025`, `Q2 2024`); throws when parsePeriod rejects it. */
export function period(text: string): Period {
  const r = parsePeriod(text)
  if (!r.ok) throw new Error(`not a period: ${text}`)
  return r.value
}
