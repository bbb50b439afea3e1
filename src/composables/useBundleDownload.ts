/**
 * Saves datasets as one Veikart bundle file (`veikart-<name>-<date>.json`): the Datasett page's
 * backup and the recovery screen's rescue of what can still be read.
 */
import type { DatasetContent } from '@/domain/types'
import { toBundleJson } from '@/export/bundle-json'
import { useDownload } from './useDownload'

export function useBundleDownload() {
  const { download } = useDownload()
  /** Downloads `contents` as `veikart-<name>-<yyyy-mm-dd>.json`. */
  function downloadBundle(name: string, contents: readonly DatasetContent[]): void {
    const stamp = new Date().toISOString().slice(0, 10)
    download(
      `veikart-${name}-${stamp}.json`,
      new Blob([toBundleJson(contents)], { type: 'application/json' }),
    )
  }
  return { downloadBundle }
}
