// Reader text as search compares it: accents dropped, lower case, words of letters and digits.

export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

export function words(text: string): string[] {
  return normaliseText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}
