'use client'
// The slug's label without the "required" mark: left empty, the slug is made from the title.
import { FieldLabel } from '@payloadcms/ui'

export function SlugLabel() {
  return <FieldLabel label="Slug" path="slug" required={false} />
}
