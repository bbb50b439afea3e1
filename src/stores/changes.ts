/** The two versions the Endringer page compares, loaded from storage; the comparison is derived. */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { getDatabase, getDatasetContent } from '@/db'
import type { DatasetContent } from '@/domain/types'

export const useChangesStore = defineStore('changes', () => {
  /** The older and newer version; replaced wholesale (shallowRef), null until loaded. */
  const from = shallowRef<DatasetContent | null>(null)
  const to = shallowRef<DatasetContent | null>(null)

  let generation = 0
  /** Loads both versions; a later call wins over one still loading. */
  async function load(fromId: string | null, toId: string | null): Promise<void> {
    const mine = ++generation
    const db = getDatabase()
    const [a, b] = await Promise.all([
      fromId ? getDatasetContent(db, fromId) : null,
      toId ? getDatasetContent(db, toId) : null,
    ])
    if (mine !== generation) return
    from.value = a
    to.value = b
  }

  return { from, to, load }
})
