/**
 * What a failed write says about the disk. A full disk (or a full browser store) reaches a write
 * under several names: Chromium fails it with QuotaExceededError when the store's own space runs
 * out, with `DataError: Failed to write blobs (IOError)` when the disk fills while large values
 * are written (seen with a browser profile on a small tmpfs), and other errors carry "IOError" or
 * "No space" from the file system. The page then says what to do about it, not only the name.
 */
export function isOutOfSpace(name: string, message: string): boolean {
  return name === 'QuotaExceededError' || /\bIOError\b|no space|disk (is )?full/i.test(message)
}
