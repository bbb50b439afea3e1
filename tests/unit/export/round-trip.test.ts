/**
 * Export → import gives back the same dataset, in every format. What may differ is listed
 * where it is allowed, with the reason: facts about the new file (importedAt, fileName,
 * checksum, bundled), the dataset metadata that table files do not hold, and the rowCount of
 * a tiltak file whose heading row is folded into the item row below it.
 */
import { describe, expect, it } from 'vitest'
import { restoreNeutralisedCell } from '@/domain/formula'
import type { Dataset, DatasetContent } from '@/domain/types'
import { toBundleJson } from '@/export/bundle-json'
import { toCsv } from '@/export/csv'
import { datasetToTables, TABLE_NAMES } from '@/export/dataset-tables'
import { toXlsx } from '@/export/xlsx'
import { loadBundledDatasets } from '@/import/bundled-data'
import { parseCsv } from '@/import/csv'
import { importFile, type ImportOutcome } from '@/import/run-import'
import { handMadeVeikart, STRATEGY_JSON, TILTAK_CSV } from './hand-made'

type Format = 'csv-excel' | 'csv-plain' | 'xlsx' | 'json'
const FORMATS: Format[] = ['csv-excel', 'csv-plain', 'xlsx', 'json']
const NOW = new Date('2026-01-01T00:00:00Z')
const encode = (text: string) => new TextEncoder().encode(text)

/** One file per table for CSV; one workbook or bundle otherwise. */
async function exportFiles(
  content: DatasetContent,
  format: Format,
): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (format === 'json') return [{ name: 'export.json', bytes: encode(toBundleJson([content], NOW)) }]
  const tables = datasetToTables(content)
  if (format === 'xlsx') {
    return [{ name: 'export.xlsx', bytes: new Uint8Array(await (await toXlsx(tables)).arrayBuffer()) }]
  }
  const variant = format === 'csv-excel' ? 'excel' : 'plain'
  return tables.map((t) => ({ name: `${t.name}.csv`, bytes: encode(toCsv(t, variant)) }))
}

async function reimport(
  content: DatasetContent,
  format: Format,
  goals = content.goals,
): Promise<ImportOutcome> {
  const files = await exportFiles(content, format)
  expect(files).toHaveLength(1)
  const [file] = files as [{ name: string; bytes: Uint8Array }]
  return importFile(file.bytes, { fileName: file.name, datasetId: content.dataset.id, goals })
}

const errorsOf = (outcome: ImportOutcome) => outcome.issues.filter((i) => i.severity === 'error')
/**
 * The content without the dataset record. Table files write every value out, so a value the
 * source left to be filled down is stated after a round trip: `inherited` describes the source's
 * layout, not the data, and is left out of the comparison.
 */
const body = ({ dataset: _dataset, ...rest }: DatasetContent) => ({
  ...rest,
  items: rest.items.map(({ inherited: _inherited, ...item }) => item),
})

/**
 * The dataset fields a re-import must reproduce. Never: importedAt, fileName, checksum (facts of
 * the new file) and bundled (a re-import is the user's). Table files (CSV, XLSX) carry no title,
 * source or as-of date; a veikart's Versjon column carries the as-of date, and the importer titles
 * the dataset "Veikart <versjon>".
 */
function reproducible(dataset: Dataset, format: Format): Partial<Dataset> {
  const { importedAt: _i, fileName: _f, checksum: _c, bundled: _b, ...kept } = dataset
  if (format === 'json') return kept
  const { title, source: _s, asOf, ...table } = kept
  return dataset.kind === 'veikart' && asOf !== undefined ? { ...table, asOf, title } : table
}

function expectSameDataset(actual: Dataset, original: DatasetContent, format: Format): void {
  expect(reproducible(actual, format)).toEqual(reproducible(original.dataset, format))
  expect(actual).toMatchObject({ id: original.dataset.id, bundled: false, importedAt: expect.any(String) })
}

describe('export → import', async () => {
  const [strategy, tiltak] = (await loadBundledDatasets(NOW)) as [DatasetContent, DatasetContent]

  describe.each(FORMATS)('%s', (format) => {
    it('bundled strategy goals', async () => {
      const outcome = await reimport(strategy, format)
      expect(errorsOf(outcome)).toEqual([])
      expect(outcome.content && body(outcome.content)).toEqual(body(strategy))
      expectSameDataset(outcome.content?.dataset as Dataset, strategy, format)
    })

    it('bundled tiltak 2024 (99 items)', async () => {
      const outcome = await reimport(tiltak, format, strategy.goals)
      const content = outcome.content as DatasetContent
      expect(errorsOf(outcome)).toEqual([])
      expectSameDataset(content.dataset, tiltak, format)
      expect(content.subGoals).toEqual(tiltak.subGoals)
      expect(content.items).toHaveLength(99)
      // Keys included: a tiltak key hashes the canonical actors, so the export's canonical
      // names ("Norsk helsenett SF" for the source's "NHN") give the same keys.
      expect(body(content)).toEqual(body(tiltak))
    })

    it('hand-made veikart: spans, every date precision, statuses, extras, hostile text', async () => {
      const original = handMadeVeikart()
      const outcome = await reimport(original, format)
      const content = outcome.content as DatasetContent
      expect(errorsOf(outcome)).toEqual([])
      expect(body(content)).toEqual(body(original))
      expectSameDataset(content.dataset, original, format)
    })

    it('tiltak file with merged blanks, heading rows and a sub-goal without items', async () => {
      const first = await importFile(encode(TILTAK_CSV), { fileName: 'tiltak.csv', datasetId: 'hand-tiltak' })
      const original = first.content as DatasetContent
      expect(errorsOf(first)).toEqual([])
      expect(original.subGoals.map((s) => [s.title, s.conditions, s.note])).toEqual([
        ['Pasientens legemiddelliste', ['Forutsetter finansiering'], 'Kandidat til veikartet'],
        ['Samhandling', ['Krever avklaring'], undefined],
        ['Helseregistre uten tiltak', [], 'Kommer'],
        ['Styring', ['Krav A', 'Krav B'], undefined],
      ])
      expect(original.items.map((i) => i.source.row)).toEqual([3, 4, 6, 7, 9, 11])

      const outcome = await reimport(original, format)
      const content = outcome.content as DatasetContent
      expect(errorsOf(outcome)).toEqual([])
      expect(body(content)).toEqual(body(original))
      if (format === 'json') {
        expectSameDataset(content.dataset, original, format)
      } else {
        // rowCount counts the file's non-blank data rows: the source's heading row 2 is folded
        // into item row 3 (which carries the same målsetting, condition and note): 9 rows → 8.
        expect(original.dataset.rowCount).toBe(9)
        expect(content.dataset.rowCount).toBe(8)
        expectSameDataset({ ...content.dataset, rowCount: 9 }, original, format)
      }
    })
  })

  describe('strategy plan with initiatives, indicators and measurements', async () => {
    const first = await importFile(encode(STRATEGY_JSON), { fileName: 'plan.json', datasetId: 'hand-plan' })
    const original = first.content as DatasetContent

    it('is a complete plan to start from', () => {
      expect(errorsOf(first)).toEqual([])
      expect(
        [original.goals, original.subGoals, original.indicators, original.measurements].map((l) => l.length),
      ).toEqual([2, 2, 2, 3])
      expect(datasetToTables(original).map((t) => t.name)).toEqual(Object.values(TABLE_NAMES).slice(2))
    })

    it.each(['xlsx', 'json'] as const)('%s: one file holds every table', async (format) => {
      const outcome = await reimport(original, format)
      expect(errorsOf(outcome)).toEqual([])
      expect(outcome.content && body(outcome.content)).toEqual(body(original))
      expectSameDataset(outcome.content?.dataset as Dataset, original, format)
    })

    it.each(['csv-excel', 'csv-plain'] as const)('%s: one file per table, each read back', async (format) => {
      const files = await exportFiles(original, format)
      expect(files.map((f) => f.name)).toEqual([
        'Mål.csv',
        'Strategiske initiativ.csv',
        'Målindikatorer.csv',
        'Målinger.csv',
      ])
      const read = async (index: number) => {
        const file = files[index] as { name: string; bytes: Uint8Array }
        const outcome = await importFile(file.bytes, {
          fileName: file.name,
          datasetId: 'hand-plan',
          goals: original.goals,
        })
        expect(errorsOf(outcome)).toEqual([])
        return outcome.content as DatasetContent
      }
      expect((await read(0)).goals).toEqual(original.goals)
      expect((await read(1)).subGoals).toEqual(original.subGoals)
      expect((await read(2)).indicators).toEqual(original.indicators)
      // Measurements name their indicator, which only another table holds, so that file alone
      // cannot be imported; check that it reads back to the very cells that were exported.
      const [measurements] = datasetToTables(original).slice(3)
      const parsed = parseCsv(
        new TextDecoder().decode((files[3] as { bytes: Uint8Array }).bytes).replace(/^\uFEFF/, ''),
      )
      const asText = (cell: string | number) =>
        format === 'csv-excel' && typeof cell === 'number' ? String(cell).replace('.', ',') : String(cell)
      expect(parsed.rows.map((r) => r.cells.map(restoreNeutralisedCell))).toEqual(
        measurements?.rows.map((r) => r.map(asText)),
      )
    })
  })
})
