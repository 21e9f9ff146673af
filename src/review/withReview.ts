// Puts a collection under editorial review: the review fields and panel, the hooks that
// enforce and record every move, the review endpoints and scheduled publishing.
import type { CollectionConfig, CollectionSlug } from 'payload'
import { carryMoveToCompanions } from './hooks/companions'
import { enforceReview, refuseUndecidedPublish, refuseUnreviewedDelete, judgeDraftSave } from './hooks/enforceReview'
import { recordReviewAfterChange, recordReviewAfterDelete } from './hooks/recordReview'
import { refuseDeletingApprovedCompanion, refuseMovingApprovedCompanion } from './hooks/keepApprovedCompanions'
import { reviewEndpoints } from './api/reviewEndpoints'
import { reviewFields, reviewPanelField } from './reviewFields'
import { scheduleEndpoints } from './api/scheduleEndpoints'
import type { ReviewedCollection } from './reviewedCollections'

type DraftsOptions = Exclude<NonNullable<Exclude<CollectionConfig['versions'], boolean>>['drafts'], boolean | undefined>

export function withReview<TSlug extends CollectionSlug>(
  reviewed: ReviewedCollection,
  config: CollectionConfig<TSlug>,
): CollectionConfig<TSlug> {
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
          PublishButton: '/src/review/admin/ReviewerPublishButton.client#ReviewerPublishButton',
          Status: '/src/review/admin/ReviewStateStatus.client#ReviewStateStatus',
        },
      },
    },
    versions: { ...versions, drafts: { ...drafts, schedulePublish: true } },
    fields: [reviewPanelField, ...config.fields, ...reviewFields],
    endpoints: [...(config.endpoints || []), ...reviewEndpoints(reviewed), ...scheduleEndpoints(reviewed)],
    hooks: {
      ...hooks,
      beforeOperation: [judgeDraftSave<TSlug>(), ...(hooks.beforeOperation ?? [])],
      beforeChange: [
        ...(hooks.beforeChange ?? []),
        ...(reviewed.reviewedWithConcept ? [refuseMovingApprovedCompanion] : []),
        enforceReview,
      ],
      afterChange: [
        refuseUndecidedPublish,
        ...(reviewed.hasCompanions ? [carryMoveToCompanions] : []),
        recordReviewAfterChange(reviewed),
        ...(hooks.afterChange ?? []),
      ],
      beforeDelete: [
        refuseUnreviewedDelete,
        ...(reviewed.reviewedWithConcept ? [refuseDeletingApprovedCompanion] : []),
        ...(hooks.beforeDelete ?? []),
      ],
      afterDelete: [recordReviewAfterDelete(reviewed), ...(hooks.afterDelete ?? [])],
    },
  }
}
