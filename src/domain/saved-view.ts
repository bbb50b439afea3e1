/** A saved view: a route with its filters, zoom, as-of date and year, a title and a note. */

export type ViewQuery = Record<string, string | string[]>

export interface SavedView {
  id: string
  title: string
  note: string
  /** Route path, e.g. `/tiltak`. */
  path: string
  query: ViewQuery
  /** Position in the list and in the presentation, from 0. */
  order: number
  createdAt: string
}

const isStr = (v: unknown): v is string => typeof v === 'string'

/** Guards untrusted saved views (from a bundle): paths must be the app's own, relative ones. */
export function isSavedView(v: unknown): v is SavedView {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  const queryOk =
    typeof o.query === 'object' &&
    o.query !== null &&
    Object.values(o.query).every((q) => isStr(q) || (Array.isArray(q) && q.every(isStr)))
  return (
    isStr(o.id) &&
    isStr(o.title) &&
    isStr(o.note) &&
    isStr(o.path) &&
    /^\/[\w\-/æøå]*$/i.test(o.path) &&
    typeof o.order === 'number' &&
    isStr(o.createdAt) &&
    queryOk
  )
}

/** Moves the view at `from` to `to`, renumbering `order`. */
export function moveView(views: readonly SavedView[], from: number, to: number): SavedView[] {
  const list = [...views].sort((a, b) => a.order - b.order)
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return list
  const [moved] = list.splice(from, 1)
  if (moved) list.splice(to, 0, moved)
  return list.map((v, order) => ({ ...v, order }))
}

/** The URL of a view, with extra query parameters (e.g. the presentation's slide number). */
export function viewLocation(view: SavedView, extra: ViewQuery = {}): { path: string; query: ViewQuery } {
  return { path: view.path, query: { ...view.query, ...extra } }
}

/** Query keys that label a view's dataset for people; they do not change what the view shows. */
const LABEL_KEYS = new Set(['dst', 'dsv', 'lysbilde'])

/**
 * What makes two views the same: title, note, page and query (keys in any order, the dataset's
 * title/version labels aside). Ids, positions and creation times do not count.
 */
export function viewIdentity(view: Pick<SavedView, 'title' | 'note' | 'path' | 'query'>): string {
  const query = Object.entries(view.query)
    .filter(([k]) => !LABEL_KEYS.has(k))
    .map(([k, v]) => [k, Array.isArray(v) ? [...v] : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([view.title.trim(), view.note.trim(), view.path, query])
}
