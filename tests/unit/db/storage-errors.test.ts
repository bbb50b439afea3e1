/** Which failed writes the import page explains as a full disk (src/db/storage-errors.ts). */
import { describe, expect, it } from 'vitest'
import { isOutOfSpace } from '@/db/storage-errors'

describe('isOutOfSpace', () => {
  it('knows a full disk or store by the names and messages browsers give it', () => {
    expect(isOutOfSpace('QuotaExceededError', '')).toBe(true)
    expect(isOutOfSpace('DataError', 'Failed to write blobs (IOError)')).toBe(true)
    expect(isOutOfSpace('UnknownError', 'Internal error: No space left on device')).toBe(true)
    expect(isOutOfSpace('UnknownError', 'The disk is full')).toBe(true)
  })

  it('leaves other failures as they are', () => {
    expect(isOutOfSpace('AbortError', '')).toBe(false)
    expect(isOutOfSpace('ConstraintError', 'Key already exists in the object store.')).toBe(false)
    expect(isOutOfSpace('DataError', 'Data provided to an operation does not meet requirements.')).toBe(false)
    expect(isOutOfSpace('VersionError', 'The requested version is less than the existing version')).toBe(
      false,
    )
  })
})
