// What the soak's clients wrote, as the server answered them: each document's saves (every
// save makes one version), the audit entries its review moves must leave, and what each
// concept they published last shows. The checks compare the server with it afterwards.
import type { AuditLog } from '@/payload-types'
import type { ReviewedCollection } from '@/review/reviewedCollections'
import { VERSION_CAPS } from './versionCaps'

export type DocumentRef = { collection: ReviewedCollection['slug']; id: number }

export type WrittenDocument = DocumentRef & {
  label: string
  /** Versions it had before the soak's first save (0 for documents the soak created). */
  versionsBefore: number
  saves: number
}

export type AuditedMove = Extract<AuditLog['action'], 'submit' | 'approve' | 'publish'>

export type ExpectedAudit = DocumentRef & { action: AuditedMove; userId: number }

/** A concept as readers should see it now, and what they must no longer see. */
export type PublishedConcept = {
  id: number
  slug: string
  title: string
  summary: string
  replacedSummaries: string[]
  /** The questions of the FAQs the soak published with it. */
  faqQuestions: string[]
}

export const OPERATIONS = ['create', 'edit', 'submit', 'approve', 'publish'] as const
export type Operation = (typeof OPERATIONS)[number]

const keyOf = ({ collection, id }: DocumentRef) => `${collection}/${id}`

export class Ledger {
  readonly documents = new Map<string, WrittenDocument>()
  readonly expectedAudit: ExpectedAudit[] = []
  readonly published = new Map<number, PublishedConcept>()
  readonly operations = Object.fromEntries(OPERATIONS.map((operation) => [operation, 0])) as Record<Operation, number>
  /** Writes answered with nothing, a 5xx, or a success without its document: what they changed is unknown. */
  readonly unaccountedWrites: string[] = []
  /** Editorial cycles that stopped before publishing, and why. */
  readonly interruptedCycles: string[] = []

  track(document: DocumentRef, label: string, versionsBefore: number): void {
    if (!this.documents.has(keyOf(document)))
      this.documents.set(keyOf(document), { ...document, label, versionsBefore, saves: 0 })
  }

  saved(document: DocumentRef): void {
    const written = this.documents.get(keyOf(document))
    if (!written) throw new Error(`The ledger does not track ${keyOf(document)}.`)
    written.saves += 1
  }

  /** How many more saves the document takes before Payload starts deleting its oldest versions. */
  headroom(document: DocumentRef): number {
    const written = this.documents.get(keyOf(document))
    return VERSION_CAPS[document.collection] - (written ? written.versionsBefore + written.saves : 0)
  }

  did(operation: Operation): void {
    this.operations[operation] += 1
  }

  expectAudit(entry: ExpectedAudit): void {
    this.expectedAudit.push(entry)
  }

  recordPublished(concept: PublishedConcept): void {
    this.published.set(concept.id, concept)
  }
}
