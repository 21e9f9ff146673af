// The addresses the sign-up form takes: one plain mailbox (dot-atom local part, a domain of
// letters, digits and hyphens with a top-level name of letters), compared in lower case.
// Quoted local parts, IP-literal domains and non-ASCII addresses are legal in RFC 5321 but
// almost always a typo or an attack in a sign-up form, and many mail servers refuse them.

/** The longest address SMTP can carry (RFC 5321's 256-octet path, less its angle brackets). */
export const MAX_ADDRESS_LENGTH = 254
const MAX_LOCAL_PART_LENGTH = 64

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const TOP_LEVEL_DOMAIN = /^[a-z]{2,63}$/

/** The address as it is stored (trimmed, lower case), or undefined for anything that is not one. */
export function emailAddressOf(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined
  const address = input.trim().toLowerCase()
  if (address.length > MAX_ADDRESS_LENGTH) return undefined
  const parts = address.split('@')
  if (parts.length !== 2) return undefined
  const [local, domain] = parts
  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return undefined
  const labels = domain.split('.')
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return undefined
  return TOP_LEVEL_DOMAIN.test(labels[labels.length - 1]) ? address : undefined
}

/** Providers that ignore dots in the local part: `j.ane@gmail.com` reaches `jane@gmail.com`. */
const DOTLESS_DOMAINS: Record<string, string> = { 'gmail.com': 'gmail.com', 'googlemail.com': 'gmail.com' }

/**
 * The inbox an address (as `emailAddressOf` gives it) reaches, for limits that protect it:
 * `jane+news@example.com` and `jane@example.com` are one inbox, and so are Gmail's dotted
 * spellings. Subscribers keep the address they gave.
 */
export function mailboxOf(address: string): string {
  const at = address.lastIndexOf('@')
  const domain = address.slice(at + 1)
  const local = address.slice(0, at).split('+')[0]
  const dotless = DOTLESS_DOMAINS[domain]
  return dotless ? `${local.replaceAll('.', '')}@${dotless}` : `${local}@${domain}`
}

/** `jane.doe@example.com` → `j•••@example.com`: enough for its owner to recognise, little for anyone else. */
export function maskedAddress(address: string): string {
  const at = address.lastIndexOf('@')
  return `${address.slice(0, 1)}•••${address.slice(at)}`
}
