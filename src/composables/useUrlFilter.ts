/** The item filter lives in the route query: links reopen the same view, back/forward work. */
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { isEmptyFilter, type ItemFilter } from '@/domain/filter'
import { filterToQuery, FILTER_QUERY_KEYS, parseFilterQuery } from '@/domain/filter-query'
import { queryWith } from '@/domain/url-query'

/** Every filter key cleared: what a new filter starts from, so a facet turned off leaves the URL. */
const NO_FILTER: Record<string, null> = Object.fromEntries(
  Object.values(FILTER_QUERY_KEYS).map((k) => [k, null]),
)

export function useUrlFilter() {
  const route = useRoute()
  const router = useRouter()
  const parsed = computed(() => parseFilterQuery(route.query))
  /** The filter the URL holds (invalid values dropped). */
  const filter = computed<ItemFilter>(() => parsed.value.filter)
  /** `key=value` pairs of the URL that were not understood. */
  const invalid = computed(() => parsed.value.invalid)
  const active = computed(() => !isEmptyFilter(filter.value))

  /** Puts a new filter in the URL, keeping other query parameters (e.g. the dataset). */
  function setFilter(next: ItemFilter, options: { replace?: boolean } = {}): Promise<unknown> {
    const location = {
      query: queryWith(route.query, { ...NO_FILTER, ...filterToQuery(next) }),
      hash: route.hash,
    }
    return options.replace ? router.replace(location) : router.push(location)
  }

  return { filter, invalid, active, setFilter }
}
