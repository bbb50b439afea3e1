/**
 * The two versions the Endringer page compares, from the URL (`?fra=<dataset>&til=<dataset>`).
 * By default the two newest of the active dataset's series, written into the URL so a link or
 * saved view reopens the same pair. `fra`/`til` name the versions by content
 * (`veikart.<checksum>`, see view-link.ts), so a link opens on any device with the same files;
 * old local ids still resolve. Loads the pair into the changes store as it changes.
 */
import { computed, watch } from 'vue'
import { compareVersionOrder, defaultComparePair } from '@/domain/series'
import type { Dataset } from '@/domain/types'
import { stringField } from '@/domain/url-query'
import { datasetRefOf, findDatasetByRef, formatDatasetRef, parseDatasetRefValue } from '@/domain/view-link'
import { formatAsOf } from '@/i18n/format'
import { useChangesStore } from '@/stores/changes'
import { useDatasetsStore } from '@/stores/datasets'
import { useUrlState } from '@/composables/useUrlState'

/** A picker side: «Fra» or «Til». */
export type PairSide = 'from' | 'to'

export function useChangePair() {
  const datasets = useDatasetsStore()
  const store = useChangesStore()
  const url = useUrlState({ from: stringField('fra'), to: stringField('til') })

  const fromParam = computed(() => url.state.value.from || null)
  const toParam = computed(() => url.state.value.to || null)
  function versionOf(param: string | null): Dataset | null {
    const ref = param ? parseDatasetRefValue(param) : null
    return ref ? (findDatasetByRef(datasets.datasets, ref) ?? null) : null
  }
  /** The URL value naming a version. */
  const refOf = (d: Dataset) => formatDatasetRef(datasetRefOf(d))
  const fromDataset = computed(() => versionOf(fromParam.value))
  const toDataset = computed(() => versionOf(toParam.value))
  const fromId = computed(() => fromDataset.value?.id ?? fromParam.value)
  const toId = computed(() => toDataset.value?.id ?? toParam.value)

  /** Item datasets, oldest version first, for the two selects. */
  const choices = computed(() => [...datasets.itemDatasets].sort(compareVersionOrder))
  const noPair = computed(() => datasets.status === 'ready' && !fromId.value && !toId.value)

  // Fill in the default pair, so the URL (and a saved view) names the versions compared.
  watch(
    () => [datasets.status, fromId.value, toId.value, datasets.datasets] as const,
    ([status, from, to]) => {
      if (status !== 'ready' || from || to) return
      const pair = defaultComparePair(datasets.datasets, datasets.activeId)
      if (pair) void url.set({ from: refOf(pair.from), to: refOf(pair.to) }, { replace: true })
    },
    { immediate: true },
  )
  watch(
    [fromId, toId, () => datasets.status],
    ([from, to, status]) => {
      if (status === 'ready') void store.load(from, to)
    },
    { immediate: true },
  )

  /** A version the URL names that is not on this device (deleted, or a link from elsewhere). */
  const missingId = computed(() => {
    if (datasets.status !== 'ready') return null
    return [fromParam.value, toParam.value].find((p) => p && !versionOf(p)) ?? null
  })
  const kindMismatch = computed(
    () => fromDataset.value && toDataset.value && fromDataset.value.kind !== toDataset.value.kind,
  )
  /** Both versions chosen, of one kind, different, and loaded into the store. */
  const loaded = computed(
    () =>
      !kindMismatch.value &&
      fromId.value !== toId.value &&
      store.from?.dataset.id === fromId.value &&
      store.to?.dataset.id === toId.value,
  )

  function pick(side: PairSide, ref: string): void {
    void url.set(side === 'from' ? { from: ref } : { to: ref })
  }

  return {
    fromDataset,
    toDataset,
    fromId,
    toId,
    choices,
    noPair,
    missingId,
    kindMismatch,
    loaded,
    refOf,
    pick,
  }
}

/** A version's name in the UI: its title, with its as-of date when it has one. */
export function formatVersionName(d: { title: string; asOf?: string } | null): string {
  return d ? (d.asOf ? `${d.title} (${formatAsOf(d.asOf)})` : d.title) : ''
}
