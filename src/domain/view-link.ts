/**
 * Which dataset a shared link or saved view refers to. Links carry view state only, never data.
 *
 * A dataset is named by its content: its kind plus the start of the SHA-256 of the file it was
 * read from, `ds=veikart.3fa1b2c4d5e6f708`. The same file imported on another device (or a JSON
 * bundle exported from it) has the same kind and checksum, so the link resolves there too. The
 * title and version (`dst`, `dsv`) are for people: a receiver who lacks the dataset is told which
 * one to import. Older links and saved views name a dataset by its local id (`ds=import-…`,
 * `ds=bundled-tiltak-2024`); those still resolve on the device that has that id.
 */
import type { Dataset, DatasetKind } from './types'

export const DATASET_QUERY_KEYS = { id: 'ds', title: 'dst', version: 'dsv' } as const

/** Hex digits of the checksum a link carries: 64 bits, ample to tell a user's files apart. */
export const REF_CHECKSUM_LENGTH = 16

const KINDS: readonly DatasetKind[] = ['tiltak', 'veikart', 'strategy']
const CONTENT_REF = /^(tiltak|veikart|strategy)\.([0-9a-f]{16,64})$/
/** Local ids as the app makes them: `bundled-…`, `import-<uuid>` (never with a dot). */
const LEGACY_ID = /^[\w/-]{1,200}$/

interface RefLabel {
  /** For people: the dataset's title where the link was made. */
  title?: string
  /** For people: its version or as-of date. */
  version?: string
}

/** A dataset named by content: the same file gives the same ref on every device. */
export interface ContentRef extends RefLabel {
  by: 'content'
  kind: DatasetKind
  /** Lower-case hex, a prefix (16–64 digits) of the dataset's SHA-256. */
  checksum: string
}

/** A dataset named by its local id: links and saved views made before content refs. */
export interface LegacyRef extends RefLabel {
  by: 'id'
  id: string
}

export type DatasetRef = ContentRef | LegacyRef

type QueryValue = string | null | undefined | (string | null)[]
type Query = Record<string, QueryValue>

function first(value: QueryValue): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v === null || v === undefined || v.trim() === '' ? undefined : v
}

/** A label for people, cut to a sane length. */
const label = (value: QueryValue) => first(value)?.slice(0, 200)

/** `veikart.3fa1b2c4d5e6f708` (content) or the local id (legacy): the `ds` value. */
export function formatDatasetRef(ref: DatasetRef): string {
  return ref.by === 'content' ? `${ref.kind}.${ref.checksum}` : ref.id
}

/** A `ds` value → the ref it names (without title/version), or null for anything else. */
export function parseDatasetRefValue(value: string): ContentRef | LegacyRef | null {
  const text = value.trim()
  const content = CONTENT_REF.exec(text.toLowerCase())
  if (content) return { by: 'content', kind: content[1] as DatasetKind, checksum: content[2] as string }
  return LEGACY_ID.test(text) ? { by: 'id', id: text } : null
}

/** The dataset a URL (or saved view's query) names, or null when none or junk. */
export function parseDatasetRef(query: Query): DatasetRef | null {
  const value = first(query[DATASET_QUERY_KEYS.id])
  const ref = value === undefined ? null : parseDatasetRefValue(value)
  if (!ref) return null
  const title = label(query[DATASET_QUERY_KEYS.title])
  const version = label(query[DATASET_QUERY_KEYS.version])
  if (title) ref.title = title
  if (version) ref.version = version
  return ref
}

/** Query parameters naming a dataset. */
export function datasetRefQuery(ref: DatasetRef): Record<string, string> {
  const query: Record<string, string> = { [DATASET_QUERY_KEYS.id]: formatDatasetRef(ref) }
  if (ref.title) query[DATASET_QUERY_KEYS.title] = ref.title
  if (ref.version) query[DATASET_QUERY_KEYS.version] = ref.version
  return query
}

/** True for a full SHA-256 as the importer writes it. */
export function isChecksum(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
}

/** The content ref of a dataset, labelled with its title and version. */
export function datasetRefOf(dataset: Dataset): ContentRef {
  const ref: ContentRef = {
    by: 'content',
    kind: dataset.kind,
    checksum: dataset.checksum.toLowerCase().slice(0, REF_CHECKSUM_LENGTH),
  }
  if (dataset.title) ref.title = dataset.title
  if (dataset.asOf) ref.version = dataset.asOf
  return ref
}

/** Whether a dataset is the one a ref names. */
export function datasetMatchesRef(dataset: Dataset, ref: DatasetRef): boolean {
  if (ref.by === 'id') return dataset.id === ref.id
  return (
    KINDS.includes(ref.kind) &&
    dataset.kind === ref.kind &&
    dataset.checksum.toLowerCase().startsWith(ref.checksum)
  )
}

/**
 * The dataset a ref names, among those on this device. Several datasets may hold the same
 * content (the same file imported twice): the first in the given order is returned.
 */
export function findDatasetByRef(datasets: readonly Dataset[], ref: DatasetRef): Dataset | undefined {
  return datasets.find((d) => datasetMatchesRef(d, ref))
}

/**
 * Whether a dataset just read from a file is the one a link needs. A content ref is checked by
 * kind and checksum. An old link's local id says nothing about content: there the title and
 * version the link carries must both agree (and a link without a title cannot be checked).
 */
export function isLinkedDataset(dataset: Dataset, ref: DatasetRef): boolean {
  if (ref.by === 'content') return datasetMatchesRef(dataset, ref)
  return (
    ref.title !== undefined && dataset.title === ref.title && (dataset.asOf ?? '') === (ref.version ?? '')
  )
}

/** Whether two datasets were read from the same content (same kind and file checksum). */
export function sameDatasetIdentity(
  a: Pick<Dataset, 'kind' | 'checksum'>,
  b: Pick<Dataset, 'kind' | 'checksum'>,
) {
  return a.kind === b.kind && a.checksum.toLowerCase() === b.checksum.toLowerCase()
}

/**
 * A query with its dataset named by content: a legacy id that resolves among `datasets` is
 * replaced by the content ref (with the dataset's current title and version). Anything else is
 * returned unchanged, so a view keeps naming a dataset this device does not have.
 */
export function withContentRef<Q extends Record<string, string | string[]>>(
  query: Q,
  datasets: readonly Dataset[],
): Q {
  const ref = parseDatasetRef(query)
  if (!ref || ref.by === 'content') return query
  const dataset = findDatasetByRef(datasets, ref)
  if (!dataset) return query
  const { [DATASET_QUERY_KEYS.title]: _t, [DATASET_QUERY_KEYS.version]: _v, ...rest } = query
  return { ...rest, ...datasetRefQuery(datasetRefOf(dataset)) } as Q
}

/** A query naming `dataset` by content, in place of whatever dataset it named before. */
export function queryWithDataset<V>(
  query: Record<string, V>,
  dataset: Dataset | null,
): Record<string, V | string> {
  const keys = Object.values(DATASET_QUERY_KEYS) as string[]
  const rest = Object.fromEntries(Object.entries(query).filter(([k]) => !keys.includes(k)))
  return dataset ? { ...rest, ...datasetRefQuery(datasetRefOf(dataset)) } : query
}
