import { describe, expect, it } from 'vitest'
import { canEdit, canPublish, canReview, isAdmin, isEditor } from '@/access/capabilities'
import type { Role } from '@/access/roles'

const person = (...roles: Role[]) => ({ roles })

describe('what each role may do', () => {
  it.each([
    { who: 'an editor', user: person('editor'), edit: true, review: false, publish: false, admin: false },
    { who: 'a reviewer', user: person('reviewer'), edit: true, review: true, publish: true, admin: false },
    { who: 'an admin', user: person('admin'), edit: true, review: true, publish: true, admin: true },
    {
      who: 'an editor who also reviews',
      user: person('editor', 'reviewer'),
      edit: true,
      review: true,
      publish: true,
      admin: false,
    },
    { who: 'an account without roles', user: person(), edit: false, review: false, publish: false, admin: false },
    { who: 'an anonymous reader', user: null, edit: false, review: false, publish: false, admin: false },
  ])('$who', ({ user, edit, review, publish, admin }) => {
    expect({ edit: canEdit(user), review: canReview(user), publish: canPublish(user), admin: isAdmin(user) }).toEqual({
      edit,
      review,
      publish,
      admin,
    })
  })

  it('knows an editor by the role, whatever else they hold', () => {
    expect(isEditor(person('editor', 'admin'))).toBe(true)
    expect(isEditor(person('reviewer'))).toBe(false)
  })
})
