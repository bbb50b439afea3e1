/** What the Endringer charts show of compared changes: slips of dates and flows between phases. */
import type { ItemChange } from './compare'
import type { RoadmapItem } from './types'

/** The slip a slip chart sorts by: the end's when measuring ends, else the start's. */
export function slipOf(change: ItemChange, by: 'start' | 'end'): number | null {
  return change.slipped[by] ? change.slipDays[by] : null
}

/**
 * The changes whose `by` date moved, largest slip first (later before earlier); ties by title
 * and key, so the order is stable.
 */
export function slippedChanges(changes: readonly ItemChange[], by: 'start' | 'end'): ItemChange[] {
  return changes
    .filter((c) => slipOf(c, by) !== null)
    .sort((a, b) => {
      const diff = (slipOf(b, by) ?? 0) - (slipOf(a, by) ?? 0)
      if (diff !== 0) return diff
      const [ta, tb] = [(a.new ?? a.old)?.title ?? '', (b.new ?? b.old)?.title ?? '']
      return ta.localeCompare(tb, 'nb') || a.id.localeCompare(b.id)
    })
}

/** Phase span as a stable key: `utvikling` or `utvikling-innforing`; `none` without a phase. */
export function phaseKey(phase: RoadmapItem['phase']): string {
  if (!phase) return 'none'
  return phase.from === phase.to ? phase.from : `${phase.from}-${phase.to}`
}

/** Flows of re-phased items: from-phase → to-phase with counts, most frequent first. */
export function phaseFlows(changes: readonly ItemChange[]): { from: string; to: string; count: number }[] {
  const counts = new Map<string, { from: string; to: string; count: number }>()
  for (const c of changes) {
    if (!c.classes.includes('rephased') || !c.old || !c.new) continue
    const from = phaseKey(c.old.phase)
    const to = phaseKey(c.new.phase)
    const key = `${from}>${to}`
    const flow = counts.get(key)
    if (flow) flow.count++
    else counts.set(key, { from, to, count: 1 })
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  )
}
