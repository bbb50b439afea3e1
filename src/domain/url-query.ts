/**
 * Typed fields of a URL query, pure: each field reads its key's values into a typed value (or
 * reports them as not understood) and writes a value back. A value equal to the field's default
 * is left out of the URL, so links stay short and a default change reaches old links. Values
 * from a URL are untrusted: an enum only takes its own keys (`?zoom=constructor` is not
 * `Object.prototype.constructor`), dates must be real days, numbers finite and within bounds.
 */

/** A route query as vue-router gives it. */
export type RawQuery = Record<string, string | null | undefined | (string | null)[]>

/** A query as written back: a value per key, a list for a repeated key. */
export type QueryOut = Record<string, string | string[]>

export interface UrlField<T> {
  /** The query key. */
  key: string
  /** The value when the URL lacks the key or holds nothing readable; never written. */
  default: T
  /** The value of the key's values (one per repetition, never empty), or null when not understood. */
  parse: (values: string[]) => T | null
  /** The values to write: one string, a list (the key repeated), or null for nothing. */
  serialize: (value: T) => string | string[] | null
}

/** The typed value of each field of a field map. */
export type UrlValues<F> = { [K in keyof F]: F[K] extends UrlField<infer T> ? T : never }

/** The key's non-empty values, in order. */
export function queryValues(query: RawQuery, key: string): string[] {
  const raw = Object.hasOwn(query, key) ? query[key] : undefined
  const list = Array.isArray(raw) ? raw : [raw]
  return list.filter((v): v is string => typeof v === 'string' && v !== '')
}

/** A text; `''` by default. */
export function stringField(key: string, fallback = ''): UrlField<string> {
  return { key, default: fallback, parse: (v) => v[0] ?? null, serialize: (v) => v || null }
}

/**
 * One of a fixed set of values, each written as its own URL word:
 * `enumField('grupper', { mal: 'goal', aktor: 'actor' }, 'goal')`.
 */
export function enumField<T extends string>(
  key: string,
  words: Readonly<Record<string, T>>,
  fallback: T,
): UrlField<T> {
  const wordOf = new Map(Object.entries(words).map(([word, value]) => [value, word]))
  return {
    key,
    default: fallback,
    parse: (v) => (v[0] !== undefined && Object.hasOwn(words, v[0]) ? (words[v[0]] ?? null) : null),
    serialize: (value) => wordOf.get(value) ?? null,
  }
}

/** A finite number (whole when `integer`), within `min`–`max`; `fallback` (default null) otherwise. */
export function numberField<T extends number | null = number | null>(
  key: string,
  options: { fallback?: T; min?: number; max?: number; integer?: boolean } = {},
): UrlField<number | T> {
  const { min = -Infinity, max = Infinity, integer = false } = options
  return {
    key,
    default: (options.fallback ?? null) as T,
    parse: (v) => {
      const text = v[0] ?? ''
      if (!/^-?\d+(\.\d+)?$/.test(text)) return null
      const n = Number(text)
      return n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : null
    },
    serialize: (value) => (value === null ? null : String(value)),
  }
}

/** A real `YYYY-MM-DD` day; null by default. */
export function dateField(key: string): UrlField<string | null> {
  return {
    key,
    default: null,
    parse: (v) => {
      const text = v[0] ?? ''
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null
      const day = new Date(`${text}T00:00:00Z`)
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? text : null
    },
    serialize: (value) => value,
  }
}

/**
 * A list, empty by default: comma-separated (`klasse=added,removed`), or with `repeat` the key
 * once per value (for free text that may hold commas). `item` checks each value; the list is
 * not understood when one is not.
 */
export function listField<T extends string = string>(
  key: string,
  options: { item?: (value: string) => value is T; repeat?: boolean } = {},
): UrlField<T[]> {
  const ok = options.item ?? ((_value: string): _value is T => true)
  return {
    key,
    default: [],
    parse: (values) => {
      const items = (options.repeat ? values : values.flatMap((v) => v.split(',')))
        .map((v) => v.trim())
        .filter((v) => v !== '')
      return items.every(ok) ? items : null
    },
    serialize: (value) => (value.length === 0 ? null : options.repeat ? [...value] : value.join(',')),
  }
}

/** Reads every field; `invalid` lists the `key=value` pairs no field understood. */
export function readQuery<F extends Record<string, UrlField<unknown>>>(
  query: RawQuery,
  fields: F,
): { values: UrlValues<F>; invalid: string[] } {
  const values: Record<string, unknown> = {}
  const invalid: string[] = []
  for (const [name, field] of Object.entries(fields)) {
    const raw = queryValues(query, field.key)
    const parsed = raw.length > 0 ? field.parse(raw) : null
    if (raw.length > 0 && parsed === null) invalid.push(`${field.key}=${raw.join(',')}`)
    values[name] = parsed ?? field.default
  }
  return { values: values as UrlValues<F>, invalid }
}

/** The query with some keys set (a value or list) or removed (null, '' or an empty list); others kept. */
export function queryWith(query: RawQuery, changes: Record<string, string | string[] | null>): QueryOut {
  const kept = Object.entries(query).filter(
    (entry): entry is [string, string | string[]] =>
      (typeof entry[1] === 'string' || Array.isArray(entry[1])) && !Object.hasOwn(changes, entry[0]),
  )
  const set = Object.entries(changes).filter(
    (entry): entry is [string, string | string[]] =>
      entry[1] !== null && entry[1] !== '' && !(Array.isArray(entry[1]) && entry[1].length === 0),
  )
  // fromEntries defines own properties: a `__proto__` key stays a key, never the prototype.
  return Object.fromEntries([...kept, ...set]) as QueryOut
}

/** The query with fields changed: a value equal to the default (or null) removes the key. */
export function writeQuery<F extends Record<string, UrlField<unknown>>>(
  query: RawQuery,
  fields: F,
  changes: { [K in keyof F]?: UrlValues<F>[K] | null },
): QueryOut {
  const out: Record<string, string | string[] | null> = {}
  for (const [name, value] of Object.entries(changes)) {
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined
    if (!field) continue
    const written = value === null || value === undefined ? null : field.serialize(value)
    const fallback = field.serialize(field.default)
    out[field.key] = sameValue(written, fallback) ? null : written
  }
  return queryWith(query, out)
}

function sameValue(a: string | string[] | null, b: string | string[] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
