import Link from 'next/link'
import type { Category } from '@/payload-types'
import { categoryPath } from '@/routes'
import { accentStyle } from '@/vocabulary/categoryAccent'

type Props = { category: Pick<Category, 'name' | 'slug' | 'accent'>; link?: boolean }

/** A category's name in its accent colour: a link on pages about one concept, plain text on cards. */
export function CategoryChip({ category, link = false }: Props) {
  const style = accentStyle(category.accent)
  return link ? (
    <Link href={categoryPath(category.slug)} className="chip" style={style}>
      {category.name}
    </Link>
  ) : (
    <span className="chip" style={style}>
      {category.name}
    </span>
  )
}
