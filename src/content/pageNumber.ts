// Page numbers in addresses: /concepts/page/3, /use-cases/page/2, /concepts?difficulty=advanced&page=4.

type Param = string | string[] | undefined

const single = (value: Param) => (Array.isArray(value) ? value[0] : value)

/** A page number from the address: absent is the first page; a whole number from 1 without leading zeros; else undefined. */
export function parsePageNumber(value: Param): number | undefined {
  const text = single(value)
  if (text === undefined) return 1
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined
}
