import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getDatabase, putDatasetContent } from '@/db'
import { importFile } from '@/import/run-import'
import { useChangesStore } from '@/stores/changes'

async function store(id: string, title: string): Promise<void> {
  const csv = `Mål;Hvem;Hva skal skje i 2025?;Totalperiode\nMål 2;Helse Vest RHF;${title};2025\n`
  const outcome = await importFile(new TextEncoder().encode(csv), { fileName: `${id}.csv`, datasetId: id })
  if (!outcome.content) throw new Error('fixture did not import')
  await putDatasetContent(getDatabase(), outcome.content)
}

beforeAll(async () => {
  await store('old', 'Gammelt tiltak')
  await store('new', 'Nytt tiltak')
})
beforeEach(() => setActivePinia(createPinia()))

describe('changes store', () => {
  it('loads the two versions from storage', async () => {
    const changes = useChangesStore()
    await changes.load('old', 'new')
    expect(changes.from?.items.map((i) => i.title)).toEqual(['Gammelt tiltak'])
    expect(changes.to?.items.map((i) => i.title)).toEqual(['Nytt tiltak'])
  })

  it('holds nothing for a missing or unknown version', async () => {
    const changes = useChangesStore()
    await changes.load(null, 'gone')
    expect(changes.from).toBeNull()
    expect(changes.to).toBeNull()
  })

  it('lets the later of two loads win, whichever finishes first', async () => {
    const changes = useChangesStore()
    const first = changes.load('old', 'new')
    const second = changes.load('new', 'old')
    await Promise.all([second, first])
    expect(changes.from?.dataset.id).toBe('new')
    expect(changes.to?.dataset.id).toBe('old')
  })
})
