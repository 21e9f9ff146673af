// One editorial pair working through the REST API, as real clients do: the editor writes
// drafts and submits them, the reviewer approves and publishes. Every write the server
// accepted goes into the ledger; a refusal ends the cycle and is noted with its reason.
import type { Concept, Config } from '@/payload-types'
import type { ReviewStatus } from '@/review/queries/reviewStatus'
import { conceptDraft, FAQS_PER_CONCEPT, faqDraft, revisedSummary, useCaseDraft } from './conceptDrafts'
import type { Answer, SoakClient } from './http'
import type { AuditedMove, DocumentRef, Ledger, PublishedConcept } from './ledger'
import type { Staff } from './staff'
import type { RequestKind } from './traffic'

type Saved<T> = { doc: T }
type Draftable = DocumentRef['collection']

const EXPECTED_STATE: Record<'submit' | 'approve', ReviewStatus['state']> = { submit: 'in_review', approve: 'approved' }

export type Pair = { name: string; editor: Staff; reviewer: Staff }

export class EditorialDesk {
  private conceptsWritten = 0
  private revisions = 0

  constructor(
    private readonly client: SoakClient,
    private readonly ledger: Ledger,
    private readonly pair: Pair,
    private readonly categoryId: number,
  ) {}

  /** A new concept with its use case and FAQs, reviewed and published together; undefined if refused. */
  async writeConcept(): Promise<PublishedConcept | undefined> {
    const title = `${this.pair.name} concept ${++this.conceptsWritten}`
    const concept = await this.create('concepts', conceptDraft(title, this.categoryId), title)
    if (!concept) return undefined
    const companions: DocumentRef[] = []
    const useCase = await this.create('use-cases', useCaseDraft(title, concept.id), `${title} in practice`)
    if (!useCase) return undefined
    companions.push({ collection: 'use-cases', id: useCase.id })
    const faqQuestions: string[] = []
    for (let order = 1; order <= FAQS_PER_CONCEPT; order++) {
      const draft = faqDraft(title, concept.id, order)
      const faq = await this.create('faqs', draft, draft.question)
      if (!faq) return undefined
      companions.push({ collection: 'faqs', id: faq.id })
      faqQuestions.push(draft.question)
    }
    if (!(await this.review(concept, companions))) return undefined
    const published = {
      id: concept.id,
      slug: concept.slug,
      title,
      summary: concept.summary,
      replacedSummaries: [],
      faqQuestions,
    }
    this.ledger.recordPublished(published)
    return published
  }

  /** A new summary for a published concept, reviewed and published; the concept as readers now see it. */
  async reviseConcept(concept: PublishedConcept): Promise<PublishedConcept | undefined> {
    const summary = revisedSummary(this.pair.name, ++this.revisions)
    const edit = await this.save<Saved<Concept>>(
      'draft save',
      'PATCH',
      `/api/concepts/${concept.id}?draft=true&depth=0`,
      this.pair.editor,
      { summary },
      [{ collection: 'concepts', id: concept.id }],
      `edit “${concept.title}”`,
    )
    if (!edit) return undefined
    this.ledger.did('edit')
    if (!(await this.review(concept, []))) return undefined
    const published = { ...concept, summary, replacedSummaries: [...concept.replacedSummaries, concept.summary] }
    this.ledger.recordPublished(published)
    return published
  }

  private async create<TSlug extends Draftable>(
    collection: TSlug,
    data: Partial<Config['collections'][TSlug]>,
    label: string,
  ): Promise<Config['collections'][TSlug] | undefined> {
    const answer = await this.client.request<Saved<Config['collections'][TSlug]>>(
      'draft save',
      'POST',
      `/api/${collection}?draft=true&depth=0`,
      { token: this.pair.editor.token, body: data },
    )
    const doc = answer.json?.doc
    if (!answer.ok || !doc) return this.stop(`create the ${collection} draft “${label}”`, answer)
    this.ledger.track({ collection, id: doc.id }, label, 0)
    this.ledger.saved({ collection, id: doc.id })
    this.ledger.did('create')
    return doc
  }

  /** Submit, approve and publish: the concept and every companion still under review each make the move. */
  private async review(concept: Pick<Concept, 'id' | 'title'>, companions: DocumentRef[]): Promise<boolean> {
    const moved: DocumentRef[] = [{ collection: 'concepts', id: concept.id }, ...companions]
    for (const action of ['submit', 'approve'] as const) {
      const actor = action === 'submit' ? this.pair.editor : this.pair.reviewer
      const status = await this.save<ReviewStatus>(
        'review move',
        'POST',
        `/api/concepts/${concept.id}/review`,
        actor,
        { action },
        moved,
        `${action} “${concept.title}”`,
      )
      if (!status) return false
      this.recordMove(action, actor, moved)
      if (status.state !== EXPECTED_STATE[action]) {
        this.ledger.interruptedCycles.push(`${this.pair.name}: ${action} “${concept.title}” left it ${status.state}`)
        return false
      }
    }
    const publish = await this.save<Saved<Concept>>(
      'review move',
      'PATCH',
      `/api/concepts/${concept.id}?depth=0`,
      this.pair.reviewer,
      { _status: 'published' },
      moved,
      `publish “${concept.title}”`,
    )
    if (!publish) return false
    this.recordMove('publish', this.pair.reviewer, moved)
    return true
  }

  /** A write that makes one version of each of `documents` once the server accepts it. */
  private async save<T>(
    kind: RequestKind,
    method: 'POST' | 'PATCH',
    path: string,
    actor: Staff,
    body: object,
    documents: DocumentRef[],
    what: string,
  ): Promise<T | undefined> {
    const answer = await this.client.request<T>(kind, method, path, { token: actor.token, body })
    if (!answer.ok) return this.stop(what, answer)
    for (const document of documents) this.ledger.saved(document)
    return answer.json ?? this.stop(what, answer)
  }

  private recordMove(action: AuditedMove, actor: Staff, documents: DocumentRef[]): void {
    this.ledger.did(action)
    for (const document of documents) this.ledger.expectAudit({ ...document, action, userId: actor.user.id })
  }

  /**
   * Ends the cycle. A refusal (4xx) wrote nothing; after no answer, a 5xx or a success without
   * the document in it, what was written is unknown.
   */
  private stop(what: string, answer: Answer<unknown>): undefined {
    const outcome = `${this.pair.name}: ${what} answered ${answer.status ?? 'nothing'} (${answer.reason ?? 'no body'})`
    if (answer.ok || answer.status === null || answer.status >= 500) this.ledger.unaccountedWrites.push(outcome)
    this.ledger.interruptedCycles.push(outcome)
    return undefined
  }
}
