/**
 * The name and as-of an import proposes, read from the content before the file name: a
 * veikart export's Versjon (`Veikart 2026-08`, as of 2026-08), a tiltak table's plan year
 * from its header «Hva skal skje i 2024?» (`Tiltak 2024`, as of 2024). Only when the content
 * says nothing does the file name give the name, without its extension and technical words
 * (`tiltak_2024.cp1252.csv` → `tiltak 2024`). A name another dataset has is suffixed ` (2)`.
 */
import { titleKey, uniqueTitle } from './dataset-title'
import type { Dataset } from './types'

export interface ProposedMeta {
  title: string
  asOf: string
}

/** Words in file names that say how the file was written, not what it holds. */
const TECHNICAL_WORDS =
  /^(?:cp\d{3,4}|windows\d{4}|utf\d{1,2}(?:le|be)?|latin\d|iso8859\d*|bom|crlf|lf|semicolon|comma|tab|tsv|csv|xlsx|json|export)$/i

/** `tiltak_2024.cp1252.csv` → `tiltak 2024`; all the words when every one is technical. */
export function titleFromFileName(fileName: string): string {
  const words = fileName
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .split(/[\s._-]+/)
    .filter((w) => w !== '')
  const kept = words.filter((w) => !TECHNICAL_WORDS.test(w.replace(/[^a-z0-9]/gi, '')))
  return (kept.length > 0 ? kept : words).join(' ') || fileName
}

type DatasetFacts = Pick<Dataset, 'kind' | 'fileName' | 'title'> & Partial<Pick<Dataset, 'asOf' | 'planYear'>>

/** The name and as-of to propose for a dataset read from a file (see the module note). */
export function proposeDatasetMeta(dataset: DatasetFacts, existingTitles: Iterable<string>): ProposedMeta {
  const fromContent = contentTitle(dataset)
  const asOf = dataset.asOf ?? (dataset.planYear !== undefined ? String(dataset.planYear) : '')
  return { title: uniqueTitle(fromContent ?? dataset.title, existingTitles), asOf }
}

function contentTitle(dataset: DatasetFacts): string | null {
  if (dataset.kind === 'tiltak' && dataset.planYear !== undefined) return `Tiltak ${dataset.planYear}`
  if (dataset.kind === 'veikart' && dataset.asOf) return `Veikart ${dataset.asOf}`
  // The importer names a file it knows nothing about after the file: propose a cleaner one.
  return dataset.title === rawFileTitle(dataset.fileName) ? titleFromFileName(dataset.fileName) : null
}

/** The importer's own fallback name (run-import.ts): the file name without extension, `_`/`-` as spaces. */
function rawFileTitle(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ')
}

/** True when another dataset already has this name (case, spaces and accents aside). */
export function isTitleTaken(title: string, existingTitles: Iterable<string>): boolean {
  const key = titleKey(title)
  return key !== '' && [...existingTitles].some((t) => titleKey(t) === key)
}
