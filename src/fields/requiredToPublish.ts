// Drafts may be incomplete, never wrong: on a collection whose drafts are validated, every
// check still runs on a draft save (types, lengths, options, links), except that fields
// marked required may stay empty until the document is published. The fields named in
// `draftRequires` (a title, say) are required on every save.
import type { Field, Validate, ValidateOptions } from 'payload'
import { validations } from 'payload/shared'
import { judgedDraftSave } from '@/review/context'

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

function requiredOnPublish(field: Field): Field {
  const validate = defaultValidation(field)
  if (!('required' in field) || !field.required || ('validate' in field && field.validate) || !validate) return field
  return {
    ...field,
    validate: (value: unknown, options: Options) =>
      validate(value, { ...field, ...options, required: !savesDraft(options) }),
  } as Field
}

export function requiredToPublish(fields: Field[], draftRequires: string[]): Field[] {
  return fields.map((field): Field => {
    if ('name' in field && draftRequires.includes(field.name)) return field
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: requiredToPublish(tab.fields, draftRequires) })),
      }
    if (field.type === 'array' || field.type === 'group' || field.type === 'row' || field.type === 'collapsible') {
      return requiredOnPublish({ ...field, fields: requiredToPublish(field.fields, draftRequires) } as Field)
    }
    return requiredOnPublish(field)
  })
}
