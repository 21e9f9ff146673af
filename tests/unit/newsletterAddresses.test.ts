// The sign-up form's address check: plain mailboxes in, everything else out with no guessing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validations } from 'payload/shared'
import { emailAddressOf, MAX_ADDRESS_LENGTH, maskedAddress } from '@/newsletter/subscribe/emailAddress'

describe('an address the sign-up form takes', () => {
  it.each([
    ['reader@example.com', 'reader@example.com'],
    ['  Jane.Doe+news@Mail.Example.co.uk ', 'jane.doe+news@mail.example.co.uk'],
    ["o'brien_1@ex-ample.org", "o'brien_1@ex-ample.org"],
  ])('takes %j as %j (trimmed, in lower case)', (input, stored) => {
    expect(emailAddressOf(input)).toBe(stored)
  })

  it.each([
    '',
    'reader',
    'reader@',
    '@example.com',
    'reader@example',
    'two@@example.com',
    'one@two@example.com',
    'reader@localhost',
    'reader@example.c',
    'reader@example.123',
    'reader@-example.com',
    'reader@example-.com',
    'reader@exa_mple.com',
    'reader@example..com',
    '.reader@example.com',
    'reader.@example.com',
    're..ader@example.com',
    '"quoted"@example.com',
    'reader@[127.0.0.1]',
    'read er@example.com',
    'reader@example.com\nBcc: victim@example.com',
    'rëader@example.com',
    'reader@exämple.com',
  ])('refuses %j', (input) => {
    expect(emailAddressOf(input)).toBeUndefined()
  })

  it('refuses anything but text', () => {
    for (const input of [undefined, null, 42, ['reader@example.com'], { email: 'reader@example.com' }]) {
      expect(emailAddressOf(input)).toBeUndefined()
    }
  })

  it(`takes ${MAX_ADDRESS_LENGTH} characters and refuses one more, and a local part over 64`, () => {
    const domain = `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.com`
    const longest = `${'a'.repeat(MAX_ADDRESS_LENGTH - domain.length - 1)}@${domain}`
    expect(longest).toHaveLength(MAX_ADDRESS_LENGTH)
    expect(emailAddressOf(longest)).toBe(longest)
    expect(emailAddressOf(`a${longest}`)).toBeUndefined()
    expect(emailAddressOf(`${'a'.repeat(65)}@example.com`)).toBeUndefined()
  })

  it('only ever takes what the subscribers collection would store (Payload’s own email check)', () => {
    const validEmail = (value: string) =>
      validations.email(value, {
        collectionSlug: undefined,
        req: { payload: { collections: {}, config: { collections: [] } }, t: (key: string) => key },
        required: true,
      } as unknown as Parameters<typeof validations.email>[1])
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (input) => {
        const address = emailAddressOf(input)
        if (address !== undefined) expect(validEmail(address)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('a masked address', () => {
  it('keeps the first character and the domain, enough for its owner to recognise', () => {
    expect(maskedAddress('jane.doe@example.com')).toBe('j•••@example.com')
    expect(maskedAddress('j@example.com')).toBe('j•••@example.com')
  })
})
