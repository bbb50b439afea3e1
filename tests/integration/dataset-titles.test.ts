import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addDatasetContent, DuplicateTitleError, listDatasets, renameDataset, VeikartDatabase } from '@/db'
import type { DatasetContent } from '@/domain/types'

const content = (id: string, title: string): DatasetContent => ({
  dataset: { id, kind: 'tiltak', title, importedAt: `2026-01-0${id.length}T00:00:00Z`, fileName: 'f.csv', checksum: id, rowCount: 0, bundled: false },
  goals: [],
  subGoals: [],
  items: [],
  indicators: [],
  measurements: [],
}) // prettier-ignore

describe('dataset titles are unique on the device', () => {
  it('an import with a taken title is stored as «… (2)»; a rename to a taken title is refused', async () => {
    const db = new VeikartDatabase(`titles-${Date.now()}`)
    await addDatasetContent(db, content('a', 'Tiltak for 2024'))
    await addDatasetContent(db, content('bb', 'Tiltak for 2024'))
    expect((await listDatasets(db)).map((d) => d.title).sort()).toEqual([
      'Tiltak for 2024',
      'Tiltak for 2024 (2)',
    ])
    await expect(renameDataset(db, 'bb', ' tiltak FOR 2024 ')).rejects.toBeInstanceOf(DuplicateTitleError)
    await renameDataset(db, 'bb', 'Mitt datasett')
    expect((await listDatasets(db)).map((d) => d.title).sort()).toEqual(['Mitt datasett', 'Tiltak for 2024'])
    await db.delete()
  })
})
