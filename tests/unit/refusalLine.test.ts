// Which error-handler entries become one info line in the server log.
import { APIError } from 'payload'
import { describe, expect, it } from 'vitest'
import { refusalLine } from '@/api/quietRefusalsLogger'

const refusal = () => new APIError('Only reviewers and admins publish.', 403, null, true)

describe('refusalLine', () => {
  it('names the rule of a refusal the error handler logs', () => {
    expect(refusalLine({ err: refusal() })).toBe('Refused (403): Only reviewers and admins publish.')
  })

  it('finds the refusal GraphQL wraps', () => {
    const wrapped = Object.assign(new Error('Only reviewers and admins publish.'), { originalError: refusal() })
    expect(refusalLine({ err: wrapped })).toBe('Refused (403): Only reviewers and admins publish.')
  })

  it('leaves server errors and errors without a status to the full log', () => {
    expect(refusalLine({ err: new APIError('The database went away.') })).toBeUndefined()
    expect(refusalLine({ err: new Error('Unexpected.') })).toBeUndefined()
  })

  it('leaves entries other than the error handler’s alone, such as a failed job', () => {
    expect(refusalLine({ err: refusal(), msg: 'Error running job 7' })).toBeUndefined()
    expect(refusalLine('Refused')).toBeUndefined()
  })
})
