import { slugify } from '@/fields/slugify'

/**
 * Ids for the headings of one rich-text document, in order: `prefix-slug-of-its-text`, with
 * `-2`, `-3`… on a repeat and `heading` for text with no letters a slug keeps (another script).
 * The prefix keeps them apart from the page's own sections (`faq`, `pitfalls`…) and from the
 * other documents on the page.
 */
export function headingIds(prefix: string): (text: string) => string {
  const used = new Set<string>()
  return (text) => {
    const base = `${prefix}-${slugify(text) || 'heading'}`
    let id = base
    for (let repeat = 2; used.has(id); repeat++) id = `${base}-${repeat}`
    used.add(id)
    return id
  }
}
