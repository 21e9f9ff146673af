import type { AfterErrorHook } from 'payload'

type FieldError = { path: string; message: string; label?: unknown }
type PublicError = Error & {
  status?: number
  isPublic?: boolean
  data?: { errors?: FieldError[] } | Record<string, unknown> | null
}

/**
 * Keeps the messages of client errors in REST responses: the per-field messages of
 * invalid input, and the rule named by a refused move (a 4xx error marked public).
 * Payload formats them only when `instanceof` and the class name hold, which fail in the
 * production bundle (minified class names, the class loaded twice); status, data and
 * `isPublic` survive, so they are read here instead.
 */
export const keepPublicErrorDetails: AfterErrorHook = ({ error, result }) => {
  const incoming = error as PublicError
  const status = incoming.status ?? 500
  if (!result || status < 400 || status >= 500) return
  const fieldErrors = incoming.data && 'errors' in incoming.data ? incoming.data.errors : undefined
  if (status === 400 && Array.isArray(fieldErrors)) {
    const errors = fieldErrors.map(({ path, message }) => ({ path, message }))
    return { response: { errors: [{ name: 'ValidationError', message: incoming.message, data: { errors } }] }, status }
  }
  if (!incoming.isPublic) return
  const data = incoming.data ?? undefined
  return { response: { errors: [{ message: incoming.message, ...(data ? { data } : {}) }] }, status }
}
