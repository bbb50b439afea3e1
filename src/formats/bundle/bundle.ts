/**
 * The app's own JSON bundle: what export writes and import reads back unchanged.
 * `{ "format": "veikart-bundle", "version": 2, "exportedAt", "datasets": [DatasetContent…],
 *    "views"?: [SavedView…] }`.
 *
 * Version 2 (read alongside version 1): a bundle may hold several datasets; each keeps the
 * identity (kind + checksum of the file it was read from) of the dataset it was exported from,
 * so links made on the sending device resolve on the receiving one; saved views name their
 * dataset by that identity. A bundle with `views` is a meeting pack: the datasets the views use
 * and the views in presentation order. A bundle is untrusted input like any file, so every
 * field is checked before use.
 *
 * This module writes bundles and reads them whole; bundle-header checks the envelope,
 * read-dataset reads one dataset, bundle-guards checks each record.
 */
import { issue, msg, type ImportIssue } from '@/domain/import-issue'
import { isSavedView, type SavedView } from '@/domain/saved-view'
import type { Dataset, DatasetContent } from '@/domain/types'
import { isChecksum, parseDatasetRef, sameDatasetIdentity } from '@/domain/view-link'
import { isObj, isStr } from './bundle-guards'
import { BUNDLE_FORMAT, BUNDLE_VERSION, checkHeader, invalid, type Failure } from './bundle-header'
import { pointAt, readDataset, type BundleTarget } from './read-dataset'

export { isMeetingPack, looksLikeBundle } from './bundle-header'

export interface VeikartBundle {
  format: typeof BUNDLE_FORMAT
  version: typeof BUNDLE_VERSION
  exportedAt: string
  datasets: DatasetContent[]
  /** A meeting pack's saved views, in presentation order (absent in a plain export). */
  views?: SavedView[]
}

/** Wraps datasets in a bundle. */
export function buildBundle(contents: readonly DatasetContent[], now: Date = new Date()): VeikartBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    datasets: [...contents],
  }
}

/**
 * A meeting pack: the datasets and the views in their order. The views travel at the top level
 * (datasets carry none of their own), each naming its dataset by content.
 */
export function buildMeetingPack(
  contents: readonly DatasetContent[],
  views: readonly SavedView[],
  now: Date = new Date(),
): VeikartBundle {
  const datasets = contents.map(({ savedViews: _views, ...content }) => content)
  return { ...buildBundle(datasets, now), views: views.map((v, order) => ({ ...v, order })) }
}

/** A dataset's identity as a bundle states it, when it states a valid one. */
function statedIdentity(raw: unknown): { kind: string; checksum: string } | null {
  if (!isObj(raw) || !isObj(raw.dataset)) return null
  const { kind, checksum } = raw.dataset
  return isStr(kind) && isChecksum(checksum) ? { kind, checksum } : null
}

/**
 * Reads one dataset of a bundle (version 1 or 2): the one whose identity starts with `want`
 * when given and present (a link's dataset inside a meeting pack, say), else the first.
 */
export function readBundle(
  raw: unknown,
  target: BundleTarget & { want?: { kind: string; checksum: string } },
): { content: DatasetContent; issues: ImportIssue[] } | Failure {
  const bad = checkHeader(raw)
  if (bad || !isObj(raw)) return bad ?? invalid('format')
  const list = raw.datasets as unknown[]
  const want = target.want
  const wanted = want
    ? list.findIndex((d) => {
        const id = statedIdentity(d)
        return id !== null && id.kind === want.kind && id.checksum.startsWith(want.checksum.toLowerCase())
      })
    : -1
  const index = wanted >= 0 ? wanted : 0
  const read = readDataset(list[index], `datasets[${index}]`, target)
  if (!read.content) return read
  const issues =
    list.length > 1
      ? [
          issue(
            'warning',
            'bundle-extra-datasets',
            msg('bundle.extraDatasets', { count: list.length, title: read.content.dataset.title }),
          ),
        ]
      : []
  return { content: read.content, issues }
}

/** A meeting pack read and checked: its datasets (each under a new id) and its views in order. */
export interface MeetingPack {
  datasets: DatasetContent[]
  views: SavedView[]
}

/**
 * Reads a meeting pack: every dataset (moved to ids from `newId`, keeping its identity) and the
 * views in order, each naming its dataset by content. All or nothing: any invalid part fails it.
 */
export function readMeetingPack(
  raw: unknown,
  target: Omit<BundleTarget, 'datasetId' | 'fallbackTitle'> & { newId: () => string },
): { pack: MeetingPack; issues: ImportIssue[] } | { pack: null; issues: ImportIssue[] } {
  const fail = (f: Failure) => ({ pack: null, issues: f.issues })
  const bad = checkHeader(raw, 2)
  if (bad || !isObj(raw)) return fail(bad ?? invalid('format'))
  if (!Array.isArray(raw.views)) return fail(invalid('views', msg('bundle.listExpected')))
  const badView = raw.views.findIndex((v) => !isSavedView(v))
  if (badView >= 0) return fail(invalid(`views[${badView}]`, msg('bundle.fieldsInvalid')))
  const datasets: DatasetContent[] = []
  const byOldId = new Map<string, Dataset>()
  for (const [index, entry] of (raw.datasets as unknown[]).entries()) {
    const read = readDataset(entry, `datasets[${index}]`, {
      ...target,
      datasetId: target.newId(),
      fallbackTitle: target.fileName.replace(/\.[^.]+$/, ''),
    })
    if (!read.content) return fail(read)
    // The views of a pack are its top-level list; a dataset's own are not presented.
    const { savedViews: _own, ...content } = read.content
    // The same dataset twice in one pack is stored once.
    const twin = datasets.find((d) => sameDatasetIdentity(d.dataset, content.dataset))
    byOldId.set(read.from, twin?.dataset ?? content.dataset)
    if (!twin) datasets.push(content)
  }
  const views = (raw.views as SavedView[]).map((view, order) => {
    const ref = parseDatasetRef(view.query)
    const dataset = ref?.by === 'id' ? byOldId.get(ref.id) : undefined
    return { ...(dataset ? pointAt(view, dataset) : view), order }
  })
  return { pack: { datasets, views }, issues: [] }
}
