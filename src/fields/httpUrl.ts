/** Accepts an empty value or an absolute http(s) address. */
export function validateHttpUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message
  }
  return 'The link must be a full web address starting with https:// or http://.'
}
