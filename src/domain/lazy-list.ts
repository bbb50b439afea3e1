/**
 * A list whose entries are made when first read. The timeline's layout at 100 000 items made a
 * lane and a bar object for every row, though the chart reads the hundred or so in view (the rest
 * only when the user scrolls, exports or opens the table); made on first read, the others cost
 * nothing. Reading by index, `length`, iteration and every array method work as on a plain array
 * (they read through the same index), so callers see a `T[]`.
 */

/**
 * `entries`, with `fill(i)` called before entry `i` is read while it is still undefined. Give
 * undefined entries, not holes: `map`, `forEach` and the like skip holes without reading them.
 */
export function lazyList<T>(entries: (T | undefined)[], fill: (index: number) => void): T[] {
  return new Proxy(entries, {
    get(target, key, receiver) {
      // Index reads arrive as strings of digits; anything else (length, methods) reads the list.
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) {
        const index = Number(key)
        if (index < target.length && target[index] === undefined) fill(index)
        return target[index]
      }
      return Reflect.get(target, key, receiver) as unknown
    },
  }) as T[]
}
