// British and American spellings of the same word ("quantisation", "quantization"):
// each word is searched in every spelling it may have. Extra spellings that are not real
// words cost nothing: they match no document.

const SWAPS: [RegExp, string][] = [
  [/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1'],
  [/iz(ation|ations|e|es|ed|ing|er|ers)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/our(s|ed|ing|al)?$/, 'or$1'],
  [/([^aeiou])or(s|ed|ing|al)?$/, '$1our$2'],
  [/([^aeiou])tre(s)?$/, '$1ter$2'],
  [/([^aeiou])ter(s)?$/, '$1tre$2'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/ogue(s)?$/, 'og$1'],
]

/** The word in its other spellings (never the word itself), for words long enough to have them. */
export function spellingVariants(word: string): string[] {
  if (word.length < 5) return []
  const variants = SWAPS.map(([pattern, replacement]) => word.replace(pattern, replacement))
  return [...new Set(variants)].filter((variant) => variant !== word)
}
