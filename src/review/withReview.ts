// Puts a collection under editorial review: the review fields and panel, the hooks that
// enforce and record every move, the review endpoints and scheduled publishing.
import type { CollectionConfig } from 'payload'
import { carryMoveToCompanions } from './companions'
import { enforceReview, refuseUndecidedPublish, refuseUnreviewedDelete, rememberDraftSave } from './enforceReview'
import { recordReviewAfterChange, recordReviewAfterDelete } from './recordReview'
import { reviewEndpoints } from './reviewEndpoints'
import { reviewFields, reviewPanelField } from './reviewFields'
import { scheduleEndpoints } from './scheduleEndpoints'
import type { ReviewedCollection } from './reviewedCollections'

type DraftsOptions = Exclude<NonNullable<Exclude<CollectionConfig['versions'], boolean>>['drafts'], boolean | undefined>

export function withReview(reviewed: ReviewedCollection, config: CollectionConfig): CollectionConfig {
  const versions = typeof config.versions === 'object' ? config.versions : {}
  const drafts: DraftsOptions = typeof versions.drafts === 'object' ? versions.drafts : {}
  const hooks = config.hooks ?? {}
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: '/src/admin/ReviewerPublishButton#ReviewerPublishButton',
          Status: '/src/admin/ReviewStateStatus.client#ReviewStateStatus',
        },
      },
    },
    versions: { ...versions, drafts: { ...drafts, schedulePublish: true } },
    fields: [reviewPanelField, ...config.fields, ...reviewFields],
    endpoints: [...(config.endpoints || []), ...reviewEndpoints(reviewed), ...scheduleEndpoints(reviewed)],
    hooks: {
      ...hooks,
      beforeOperation: [rememberDraftSave, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), enforceReview],
      afterChange: [
        refuseUndecidedPublish,
        ...(reviewed.hasCompanions ? [carryMoveToCompanions] : []),
        recordReviewAfterChange(reviewed),
        ...(hooks.afterChange ?? []),
      ],
      beforeDelete: [refuseUnreviewedDelete, ...(hooks.beforeDelete ?? [])],
      afterDelete: [recordReviewAfterDelete(reviewed), ...(hooks.afterDelete ?? [])],
    },
  }
}
