import type { AfterErrorHook } from 'payload'

type FieldError = { path: string; message: string; label?: unknown }
type ValidationLike = Error & { status?: number; data?: { errors?: FieldError[] } }

/**
 * Keeps the per-field messages in REST responses to invalid input. Payload adds
 * them only when `instanceof ValidationError` holds, which fails in the production
 * bundle (minified class names, the class loaded twice); its status and data hold.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const validation = error as ValidationLike
  if (!result || validation.status !== 400 || !Array.isArray(validation.data?.errors)) return
  const errors = validation.data.errors.map(({ path, message }) => ({ path, message }))
  return {
    response: { errors: [{ name: 'ValidationError', message: validation.message, data: { errors } }] },
    status: 400,
  }
}
