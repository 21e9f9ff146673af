import type { TextField } from 'payload'
import { copyOnDuplicate, slugCopy } from './copyOnDuplicate'
import { slugify, validateSlug } from './slugify'

/** A unique URL slug, filled from another field when left empty, editable in the sidebar. */
/** `reserved` slugs belong to pages beside the documents' own (e.g. /newsletter/confirm). */
export function slugField(sourceField: string, reserved: readonly string[] = []): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Used in the page address. Left empty, it is made from the ${sourceField}.`,
      components: { Label: '/src/admin/SlugLabel.client#SlugLabel' },
    },
    hooks: {
      beforeDuplicate: [copyOnDuplicate('slug', slugCopy)],
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          const source = data?.[sourceField]
          return typeof source === 'string' ? slugify(source) : value
        },
      ],
    },
    // An empty slug is judged as the one the hook above will make, so the form never asks for it.
    validate: (value: unknown, { data }: { data: Record<string, unknown> }) => {
      const source = data?.[sourceField]
      const slug = value || (typeof source === 'string' ? slugify(source) : value)
      if (typeof slug === 'string' && reserved.includes(slug))
        return `“${slug}” is the address of another page: choose a different slug.`
      return validateSlug(slug)
    },
  }
}
