import { describe, expect, it } from 'vitest'
import { buildBundle } from '@/formats/bundle/bundle'
import { toCsv } from '@/export/csv'
import { datasetToTables } from '@/export/dataset-tables'
import { toXlsx } from '@/export/xlsx'
import { loadBundledDatasets } from '@/import/bundled-data'
import { importFile } from '@/import/run-import'

describe('portfolio export reads back as the same content', async () => {
  const portfolios = (await loadBundledDatasets()).filter((c) => c.dataset.kind === 'portfolio')

  it.each(portfolios.map((c) => [c.dataset.id, c] as const))(
    '%s through CSV and XLSX',
    async (id, content) => {
      const tables = datasetToTables(content)
      expect(tables).toHaveLength(1)
      const table = tables[0]
      if (!table) throw new Error('no table')
      const csv = await importFile(new TextEncoder().encode(toCsv(table, 'plain')), {
        fileName: `${table.name}.csv`,
        datasetId: id,
      })
      expect(csv.content?.portfolio).toEqual(content.portfolio)
      const xlsx = await importFile(new Uint8Array(await (await toXlsx(tables)).arrayBuffer()), {
        fileName: 'export.xlsx',
        datasetId: id,
      })
      expect(xlsx.content?.portfolio).toEqual(content.portfolio)
    },
  )
})

describe('a JSON bundle of a portfolio dataset', () => {
  it('is refused with a message that says to use CSV or XLSX, never stored empty', async () => {
    const [content] = (await loadBundledDatasets()).filter((c) => c.dataset.kind === 'portfolio')
    if (!content) throw new Error('no portfolio dataset')
    const bytes = new TextEncoder().encode(JSON.stringify(buildBundle([content])))
    const outcome = await importFile(bytes, { fileName: 'pakke.json', datasetId: 'b' })
    expect(outcome.content).toBeNull()
    expect(outcome.issues.map((i) => [i.severity, i.code])).toEqual([
      ['error', 'bundle-portfolio-unsupported'],
    ])
  })
})
