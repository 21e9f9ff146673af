import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UNDECODABLE_PATH } from '@/security/malformedAddresses.mjs'

const undecodable = new RegExp(`^/(?:${UNDECODABLE_PATH})$`)
const refusedByDecoder = (path: string) => {
  try {
    decodeURIComponent(path)
    return false
  } catch {
    return true
  }
}

describe('addresses Next cannot decode', () => {
  it.each(['/concepts/%E0%A4%A', '/concepts/%E0%A4', '/%zz', '/a/%', '/concepts/%ED%A0%80', '/x/%C0%AF', '/x/%FF'])(
    'include %s',
    (path) => expect(undecodable.test(path)).toBe(true),
  )

  it.each(['/', '/concepts/attention', '/concepts/caf%C3%A9', '/x/%E2%82%AC', '/x/%F0%9F%98%80', '/x/%20%2F'])(
    'exclude %s',
    (path) => expect(undecodable.test(path)).toBe(false),
  )

  it('are exactly those decodeURIComponent refuses', () => {
    const byte = fc
      .integer({ min: 0, max: 255 })
      .map((value) => `%${value.toString(16).padStart(2, '0').toUpperCase()}`)
    const piece = fc.oneof(byte, byte, fc.constantFrom('a', '/', '%', '%A', '%G1', '-'))
    const path = fc.array(piece, { maxLength: 8 }).map((pieces) => `/${pieces.join('')}`)
    fc.assert(
      fc.property(path, (candidate) => undecodable.test(candidate) === refusedByDecoder(candidate)),
      {
        seed: 20261130,
        numRuns: 2000,
      },
    )
  })
})
