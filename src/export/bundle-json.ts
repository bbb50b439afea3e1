/** Datasets → the app's own JSON bundle (see src/formats/bundle/bundle.ts), the lossless export format. */
import { buildBundle, buildMeetingPack } from '@/formats/bundle/bundle'
import type { SavedView } from '@/domain/saved-view'
import type { DatasetContent } from '@/domain/types'

/** The bundle as pretty-printed JSON text, ending with a line break. */
export function toBundleJson(contents: readonly DatasetContent[], now: Date = new Date()): string {
  return `${JSON.stringify(buildBundle(contents, now), null, 2)}\n`
}

/** A meeting pack (datasets + views in order) as JSON text, ending with a line break. */
export function toMeetingPackJson(
  contents: readonly DatasetContent[],
  views: readonly SavedView[],
  now: Date = new Date(),
): string {
  return `${JSON.stringify(buildMeetingPack(contents, views, now), null, 2)}\n`
}
