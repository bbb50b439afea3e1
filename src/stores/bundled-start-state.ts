/** What a first visit shows while the import worker stores the bundled datasets. */
import { shallowRef } from 'vue'
import type { Dataset } from '@/domain/types'
import { bundledStart, type BundledStart } from '@/import/bundled-start'

/**
 * A first visit: the bundled datasets as they will be stored, and the overview of the one shown
 * first, read from data/ at build time, so the overview draws while the worker writes them. The
 * stored list replaces this one when written (the same records, but the import time).
 */
function bundledStartState(): { datasets: Dataset[]; overview: BundledStart['overview'] } | null {
  const start = bundledStart()
  if (!start) return null
  const importedAt = new Date().toISOString()
  return { datasets: start.datasets.map((d) => ({ ...d, importedAt })), overview: start.overview }
}

/** The bundled start of a first visit, shown while the worker stores the bundled datasets. */
export function createBundledStart(list: { choose(datasets: Dataset[], activeId: string | null): void }) {
  /** The overview drawn meanwhile (import/bundled-start.ts). */
  const overview = shallowRef<BundledStart['overview'] | null>(null)
  /** Its import time: the stored records get the same. */
  let importedAt: string | undefined
  return {
    overview,
    importedAt: () => importedAt,
    /** False when the build has no bundled start. */
    show(): boolean {
      const start = bundledStartState()
      if (!start) return false
      list.choose(start.datasets, null)
      ;[overview.value, importedAt] = [start.overview, start.datasets[0]?.importedAt]
      return true
    },
  }
}

/** A promise and the function that settles it. */
export function createSignal(): { settled: Promise<void>; settle: () => void } {
  let settle = () => {}
  const settled = new Promise<void>((resolve) => (settle = resolve))
  return { settled, settle }
}
