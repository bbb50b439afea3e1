/**
 * What the page needs to know about the bundled datasets without reading them: their ids and
 * the version of their reading. Kept apart from `bundled-data.ts` so the page does not load the
 * parsers to learn them; the files themselves are read in the import worker.
 */
import manifest from '../../data/manifest.json'

/**
 * Changes when the bundled datasets read differently (the files, or the rules that read them):
 * a device that stored an older reading gets the new one on its next start (see
 * `refreshBundledData`), and the datasets new in that release once. 2026-12-02: a new actor no
 * longer takes the service above. 2026-12-02.2: the portfolio, costs, rounds and decisions.
 */
export const BUNDLED_DATA_VERSION = '2026-12-02.2'

/** Ids of the bundled datasets, in manifest order. */
export const BUNDLED_DATASET_IDS: readonly string[] = manifest.datasets.map((d) => d.id)
