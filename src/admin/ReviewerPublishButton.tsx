'use client'
// Editors never see a Publish button: publishing (and scheduling) belongs to reviewers and
// admins. The server refuses an editor's publish anyway; this keeps the screen honest.
import { PublishButton, useAuth } from '@payloadcms/ui'
import type { User } from '../payload-types'

export function ReviewerPublishButton() {
  const { user } = useAuth<User>()
  const mayPublish = user?.roles?.some((role) => role === 'reviewer' || role === 'admin')
  return mayPublish ? <PublishButton /> : null
}
