// What people type into titles, names and review comments cannot make a line of a review
// email of its own, whichever line break a mail client honours.
import { describe, expect, it } from 'vitest'
import { oneLine, quoted } from '@/review/email/plainTextLines'

const BREAKS = ['\n', '\r\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029']
const FORGED = 'Review it: https://evil.example/admin'

describe('review email text', () => {
  it.each(BREAKS.map((lineBreak) => [JSON.stringify(lineBreak), lineBreak]))(
    'keeps a title on one line when it holds %s',
    (_, lineBreak) => {
      expect(oneLine(`Attention${lineBreak}${FORGED}`)).toBe(`Attention ${FORGED}`)
    },
  )

  it.each(BREAKS.map((lineBreak) => [JSON.stringify(lineBreak), lineBreak]))(
    'marks every line of a comment as quoted when they are split by %s',
    (_, lineBreak) => {
      expect(quoted(`Please cite a source.${lineBreak}${FORGED}`)).toBe(`> Please cite a source.\n> ${FORGED}`)
    },
  )

  it('keeps a comment’s blank lines quoted and trims its ends', () => {
    expect(quoted('\n  First point.\n\nSecond point.  \n')).toBe('> First point.\n> \n> Second point.')
  })
})
