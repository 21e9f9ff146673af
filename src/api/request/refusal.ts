/** A request refused before Payload sees it: the status and a message that says what is wrong. */
export type Refusal = { status: number; message: string }

export const refuse = (status: number, message: string): Refusal => ({ status, message })

/** The JSON answer Payload gives its own errors, so clients read every refusal the same way. */
export function refusalResponse({ status, message }: Refusal): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
