/**
 * Which dataset a shared link refers to. Links carry view state only, never data: the dataset
 * by id, plus its title and version so a receiver who lacks it is told which one to import.
 */
export const DATASET_QUERY_KEYS = { id: 'ds', title: 'dst', version: 'dsv' } as const

export interface DatasetRef {
  id: string
  title?: string
  version?: string
}

type Query = Record<string, string | null | undefined | (string | null)[]>

function first(value: Query[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v === null || v === undefined || v.trim() === '' ? undefined : v.slice(0, 200)
}

/** The dataset a URL names, or null; an id must look like one of ours. */
export function parseDatasetRef(query: Query): DatasetRef | null {
  const id = first(query[DATASET_QUERY_KEYS.id])
  if (!id || !/^[\w./-]+$/.test(id)) return null
  const ref: DatasetRef = { id }
  const title = first(query[DATASET_QUERY_KEYS.title])
  const version = first(query[DATASET_QUERY_KEYS.version])
  if (title) ref.title = title
  if (version) ref.version = version
  return ref
}

/** Query parameters naming a dataset. */
export function datasetRefQuery(ref: DatasetRef): Record<string, string> {
  const query: Record<string, string> = { [DATASET_QUERY_KEYS.id]: ref.id }
  if (ref.title) query[DATASET_QUERY_KEYS.title] = ref.title
  if (ref.version) query[DATASET_QUERY_KEYS.version] = ref.version
  return query
}
