/**
 * Numbers for tuples: equal tuples (part by part, as Map keys compare) get the same number,
 * 0, 1, 2 … in the order first met, without joining the parts into a string (a trie of Maps).
 */
interface Trie {
  next: Map<unknown, Trie>
  id: number
}

export function tupleNumbers() {
  const root: Trie = { next: new Map(), id: -1 }
  let size = 0
  return {
    /** The tuple's number. */
    numberOf(parts: readonly unknown[]): number {
      let node = root
      for (const part of parts) {
        let child = node.next.get(part)
        if (!child) {
          child = { next: new Map(), id: -1 }
          node.next.set(part, child)
        }
        node = child
      }
      if (node.id < 0) node.id = size++
      return node.id
    },
    /** How many distinct tuples have been numbered. */
    get size(): number {
      return size
    },
  }
}
