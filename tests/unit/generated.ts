/** A generated veikart (bench/generate-veikart) read by the real importer, for the reference tests. */
import { generateVeikartCsv } from '../../bench/generate-veikart'
import type { DatasetContent } from '@/domain/types'
import { importFile } from '@/import/run-import'

/** The content of `rows` generated rows (seed `seed`) as the importer reads them, as dataset `datasetId`. */
export async function generatedContent(
  rows: number,
  seed: number,
  datasetId = 'ref',
): Promise<DatasetContent> {
  const bytes = new TextEncoder().encode(generateVeikartCsv(rows, seed))
  const outcome = await importFile(bytes, { fileName: 'veikart.csv', datasetId })
  if (!outcome.content) throw new Error('the generated veikart did not import')
  return outcome.content
}
