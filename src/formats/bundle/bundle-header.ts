/**
 * The envelope of the app's JSON bundle: `{ "format": "veikart-bundle", "version", "exportedAt",
 * "datasets", "views"? }`, and the checks every reader of a bundle starts with.
 */
import { issue, msg, type ImportIssue, type IssueMessage } from '@/domain/import-issue'
import { isObj, type Obj } from './bundle-guards'

export const BUNDLE_FORMAT = 'veikart-bundle'
export const BUNDLE_VERSION = 2
/** Versions this app reads: 1 (one dataset, local ids in views) and 2. */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [1, 2]

/** True when the value claims to be a bundle (then it must also be a valid one). */
export function looksLikeBundle(v: unknown): v is Obj {
  return isObj(v) && v.format === BUNDLE_FORMAT
}

/** True when the value claims to be a meeting pack: a bundle with a list of views. */
export function isMeetingPack(v: unknown): v is Obj {
  return looksLikeBundle(v) && v.views !== undefined
}

export type Failure = { content: null; issues: ImportIssue[] }

/** A failed read: one error naming the JSON path (exported for the backup reader). */
export function invalid(path: string, reason?: IssueMessage): Failure {
  return {
    content: null,
    issues: [
      issue(
        'error',
        'bundle-invalid',
        reason ? msg('bundle.invalid', { path, reason }) : msg('bundle.invalidAt', { path }),
        { detail: path },
      ),
    ],
  }
}

/** Checks format and version; the error to report, or null when the bundle may be read. */
export function checkHeader(raw: unknown, minVersion = 1): Failure | null {
  if (!isObj(raw) || raw.format !== BUNDLE_FORMAT)
    return invalid('format', msg('bundle.formatExpected', { format: BUNDLE_FORMAT }))
  const readable = READABLE_BUNDLE_VERSIONS.filter((v) => v >= minVersion)
  if (!readable.includes(raw.version as number))
    return invalid(
      'version',
      readable.length > 1
        ? msg('bundle.versionsUnsupported', {
            version: String(raw.version),
            supported: readable.slice(0, -1).join(', '),
            last: readable[readable.length - 1] ?? '',
          })
        : msg('bundle.versionUnsupported', { version: String(raw.version), supported: readable.join('') }),
    )
  if (!Array.isArray(raw.datasets) || raw.datasets.length === 0)
    return invalid('datasets', msg('bundle.noDatasets'))
  return null
}
