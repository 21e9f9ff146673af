export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Retrieval-Augmented Generation (RAG)" → "retrieval-augmented-generation-rag" */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > 120) return 'A slug may have at most 120 characters.'
  if (!SLUG_PATTERN.test(value)) {
    return 'A slug may hold only lowercase letters, digits and single hyphens between them (e.g. "foundation-model").'
  }
  return true
}
