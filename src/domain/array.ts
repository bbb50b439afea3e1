/**
 * What `Math.min(...xs)`, `Math.max(...xs)` and `list.push(...xs)` do, without spreading: a
 * spread passes every element as an argument, and past ~120 000 elements the call overflows the
 * stack (`RangeError: Maximum call stack size exceeded`). Lint forbids spread arguments in src/
 * (eslint.config.js); these loops take any length.
 */

/** The smallest value, or `undefined` for an empty list. */
export function minOf(values: Iterable<number>): number | undefined {
  let min: number | undefined
  for (const v of values) if (min === undefined || v < min) min = v
  return min
}

/** The largest value, or `undefined` for an empty list. */
export function maxOf(values: Iterable<number>): number | undefined {
  let max: number | undefined
  for (const v of values) if (max === undefined || v > max) max = v
  return max
}

/** Appends every value to `target` (in place) and returns it. */
export function pushAll<T>(target: T[], values: Iterable<T>): T[] {
  for (const v of values) target.push(v)
  return target
}

/**
 * `map[key]` for keys that come from outside (a URL, a file): only the map's own entries, so
 * `constructor` or `__proto__` finds nothing instead of Object's built-ins.
 */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined
}
