// What a unique field holds in a copy made with the admin's Duplicate: the first value no
// document has yet ("attention-copy", then "attention-copy-2"), so the copy saves at once.
// Payload's own default appends " - Copy", which a slug may not hold and a second copy repeats.
import type { FieldHook } from 'payload'

const MAX_COPIES = 50

export function copyOnDuplicate(fieldName: string, copyName: (value: string, copy: number) => string): FieldHook {
  return async ({ value, collection, req }) => {
    if (typeof value !== 'string' || value.trim() === '' || !collection) return value
    for (let copy = 1; copy <= MAX_COPIES; copy++) {
      const candidate = copyName(value, copy)
      const { totalDocs } = await req.payload.count({
        collection: collection.slug,
        where: { [fieldName]: { equals: candidate } },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) return candidate
    }
    return copyName(value, Date.now())
  }
}

export const slugCopy = (slug: string, copy: number) => (copy === 1 ? `${slug}-copy` : `${slug}-copy-${copy}`)
export const nameCopy = (name: string, copy: number) => (copy === 1 ? `${name} (copy)` : `${name} (copy ${copy})`)
