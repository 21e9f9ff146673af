// An email address has at most 254 characters (RFC 5321); Payload's check sets no limit, and an
// account made with a longer one could not be signed in to or recovered. Refused when written.
import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { MAX_ADDRESS_LENGTH } from '@/newsletter/subscribe/emailAddress'

export const refuseOverlongEmail: CollectionBeforeValidateHook = ({ data, collection, req }) => {
  const email: unknown = data?.email
  if (typeof email === 'string' && email.trim().length > MAX_ADDRESS_LENGTH) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'email', message: `An email address has at most ${MAX_ADDRESS_LENGTH} characters.` }],
        req,
      },
      req.t,
    )
  }
  return data
}
