// Every save is checked, drafts included: each field's value must have the right type and
// size (valueShape.ts) before Payload's own checks run. Drafts may be incomplete, never
// wrong: on a collection with drafts, fields marked required may stay empty until the
// document is published, except the collection's title field, which every save needs.
import type { CollectionConfig, Field, Validate, ValidateOptions } from 'payload'
import { validations } from 'payload/shared'
import { judgedDraftSave } from '@/review/context'
import { valueShapeProblem } from './valueShape'

type Options = ValidateOptions<Record<string, unknown>, Record<string, unknown>, { required?: boolean }, unknown>

/**
 * A save to the server was judged by the review hooks; the admin's form checks as you type
 * are not saves, and go by the document's status in the form.
 */
function savesDraft({ req, collectionSlug, data }: Options): boolean {
  return judgedDraftSave(req.context, collectionSlug ?? '') ?? data?._status !== 'published'
}

/** Payload's own check for the field's type (what it runs when a field has no `validate`). */
function defaultValidation(field: Field): Validate | undefined {
  return field.type in validations ? (validations[field.type as keyof typeof validations] as Validate) : undefined
}

type Rules = { draftsMayBeIncomplete: boolean; alwaysRequired: string | undefined }

function checkedField(field: Field, rules: Rules): Field {
  if (!('name' in field)) return field
  const custom = 'validate' in field ? (field.validate as Validate | undefined) : undefined
  const ownCheck = custom ?? defaultValidation(field)
  // Layout-only fields (ui, join) hold no value of their own to check.
  if (!ownCheck) return field
  const relaxRequired =
    rules.draftsMayBeIncomplete &&
    !custom &&
    'required' in field &&
    field.required &&
    field.name !== rules.alwaysRequired
  return {
    ...field,
    validate: (value: unknown, options: Options) => {
      const problem = valueShapeProblem(field, value)
      if (problem) return problem
      return relaxRequired
        ? ownCheck(value, { ...field, ...options, required: !savesDraft(options) })
        : ownCheck(value, options)
    },
  } as Field
}

function checkedFields(fields: Field[], rules: Rules): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: checkedFields(tab.fields, rules) })) }
    }
    if (field.type === 'array' || field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      return checkedField({ ...field, fields: checkedFields(field.fields, rules) } as Field, rules)
    }
    return checkedField(field, rules)
  })
}

/** The collection with every field checked on every save, and its drafts validated. */
export function withCheckedFields(collection: CollectionConfig): CollectionConfig {
  const versions = collection.versions
  const drafts = typeof versions === 'object' ? versions.drafts : undefined
  const rules: Rules = {
    draftsMayBeIncomplete: Boolean(drafts),
    alwaysRequired: collection.admin?.useAsTitle,
  }
  return {
    ...collection,
    ...(drafts && typeof versions === 'object'
      ? { versions: { ...versions, drafts: { ...(typeof drafts === 'object' ? drafts : {}), validate: true } } }
      : {}),
    fields: checkedFields(collection.fields, rules),
  }
}
