// The site always keeps an admin. Only admins add staff, change roles, unlock accounts and see
// subscribers' addresses: with none left, nobody could, and once no account is left at all the
// first-register form (firstAccountIsAdmin) would make whoever comes next the admin. So the
// last admin's role change or delete is refused. Such writes take turns, in their
// transactions, so two admins removing each other at once cannot both succeed.
import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'
import { requestDatabase } from '@/db/requestDatabase'
import { takeTransactionLock } from '@/db/transactionLock'
import { storedAccount } from './storedAccount'
import type { User } from '@/payload-types'

/** Any number nothing else locks: "admin" in ASCII. */
const ADMINS_LOCK = 0x61646d696e

const isAdminAccount = (user: Partial<Pick<User, 'roles'>> | null | undefined) =>
  Boolean(user?.roles?.includes('admin'))

async function refuseLeavingNoAdmin(req: PayloadRequest, leavingId: number | string): Promise<void> {
  await takeTransactionLock(await requestDatabase(req), ADMINS_LOCK)
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { in: ['admin'] } }, { id: { not_equals: leavingId } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) {
    throw new APIError('The site must keep at least one admin: make another account an admin first.', 409, null, true)
  }
}

export const keepAnAdminOnRoleChange: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc && isAdminAccount(originalDoc) && data.roles && !isAdminAccount(data)) {
    await refuseLeavingNoAdmin(req, originalDoc.id)
  }
  return data
}

export const keepAnAdminOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const leaving = await storedAccount(req, id)
  if (isAdminAccount(leaving)) await refuseLeavingNoAdmin(req, id)
}
