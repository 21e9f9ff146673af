import { describe, expect, it } from 'vitest'
import { savesDraftOnly, type WriteOperation } from '@/review/rules/savesDraftOnly'

const outcomes = (operation: WriteOperation) =>
  [
    [false, undefined],
    [false, 'published'],
    [true, undefined],
    [true, 'draft'],
    [true, 'published'],
  ].map(([draft, status]) => savesDraftOnly({ operation, draft: draft as boolean, status }))

describe('which writes leave the live record alone', () => {
  it('treats an update claiming draft=true with _status published as a publish', () => {
    expect(outcomes('update')).toEqual([false, false, true, true, false])
  })

  it('stores draft creates and draft restores as drafts whatever their status', () => {
    expect(outcomes('create')).toEqual([false, false, true, true, true])
    expect(outcomes('restoreVersion')).toEqual([false, false, true, true, true])
  })
})
