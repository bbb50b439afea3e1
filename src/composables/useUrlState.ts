/**
 * A view's state in the URL query, typed: links reopen the same view and back/forward work.
 * Fields come from src/domain/url-query.ts (`enumField`, `dateField`, `listField`…); values
 * equal to a field's default stay out of the URL, and every other parameter (the dataset `ds`,
 * the item filter, a slide number) is kept as it is.
 *
 *   const url = useUrlState({ zoom: enumField('zoom', ZOOM_WORDS, 'year'), date: dateField('dato') })
 *   url.state.value.zoom          // 'year' | 'half' | …
 *   url.set({ zoom: 'quarter' })  // push; url.set({ date: null }, { replace: true }) removes it
 */
import { computed } from 'vue'
import { useRoute, useRouter, type RouteLocationRaw } from 'vue-router'
import { readQuery, writeQuery, type UrlField, type UrlValues } from '@/domain/url-query'

export interface UrlStateSetOptions {
  /** Replace the history entry instead of adding one (defaults filled in, not user steps). */
  replace?: boolean
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a map of fields of any value type
export function useUrlState<F extends Record<string, UrlField<any>>>(fields: F) {
  const route = useRoute()
  const router = useRouter()
  const parsed = computed(() => readQuery(route.query, fields))
  /** Every field's value: from the URL when it is understood, else the field's default. */
  const state = computed<UrlValues<F>>(() => parsed.value.values)
  /** `key=value` pairs of these fields that were not understood (and so not applied). */
  const invalid = computed(() => parsed.value.invalid)

  /** Where `set(changes)` would go: for links (`<RouterLink :to>`) and chart targets. */
  function location(changes: { [K in keyof F]?: UrlValues<F>[K] | null }): RouteLocationRaw {
    return { path: route.path, query: writeQuery(route.query, fields, changes), hash: route.hash }
  }

  /** Puts new values in the URL (null: the default); other parameters stay. */
  function set(
    changes: { [K in keyof F]?: UrlValues<F>[K] | null },
    options: UrlStateSetOptions = {},
  ): Promise<unknown> {
    const to = location(changes)
    return options.replace ? router.replace(to) : router.push(to)
  }

  return { state, invalid, set, location }
}
