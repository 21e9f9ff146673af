export const AUDIT_ACTIONS = [
  'submit',
  'approve',
  'request_changes',
  'publish',
  'schedule',
  'unschedule',
  'send',
  'unpublish',
  'delete',
  'role_change',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_VERBS: Record<AuditAction, string> = {
  submit: 'submitted for review',
  approve: 'approved',
  request_changes: 'requested changes to',
  publish: 'published',
  schedule: 'scheduled',
  unschedule: 'cancelled the schedule of',
  send: 'started sending',
  unpublish: 'unpublished',
  delete: 'deleted',
  role_change: 'changed the roles of',
}
