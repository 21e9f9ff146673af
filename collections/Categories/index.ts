import type { CollectionConfig } from 'payload'
import { copyOnDuplicate, nameCopy } from '@/fields/copyOnDuplicate'
import { anyone, publishersOnly } from '@/access/predicates'
import { slugField } from '@/fields/slug'
import { CATEGORY_ACCENTS, DEFAULT_CATEGORY_ACCENT } from '@/vocabulary/categoryAccent'
import { revalidateCategoryAfterChange, revalidateCategoryAfterDelete } from './hooks'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'] },
  defaultSort: 'order',
  // No drafts: a new category is on the site at once, so only those who publish make one.
  access: { read: anyone, create: publishersOnly, update: publishersOnly, delete: publishersOnly },
  hooks: { afterChange: [revalidateCategoryAfterChange], afterDelete: [revalidateCategoryAfterDelete] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 80,
      hooks: { beforeDuplicate: [copyOnDuplicate('name', nameCopy)] },
    },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 400 },
    {
      name: 'accent',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_CATEGORY_ACCENT,
      options: CATEGORY_ACCENTS.map((accent) => ({ label: accent[0].toUpperCase() + accent.slice(1), value: accent })),
      admin: { position: 'sidebar', description: 'The colour that marks this category on the site.' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower comes first.' },
    },
  ],
}
