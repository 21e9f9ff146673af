// An editorial pair's shift: it alternates between writing a new concept and revising one of
// its published concepts (the one furthest from Payload's version cap), until the clock runs
// out; the cycle under way when it does is finished.
import type { EditorialDesk } from './editorialDesk'
import type { Ledger, PublishedConcept } from './ledger'
import { pause } from './pause'
import type { ReaderCatalogue } from './readers'

/** Edit, submit, approval and publish: one version each. */
const SAVES_PER_REVISION = 4

export async function workShift(
  desk: EditorialDesk,
  ownConcepts: PublishedConcept[],
  { ledger, catalogue, until }: { ledger: Ledger; catalogue: ReaderCatalogue; until: number },
): Promise<void> {
  const concepts = [...ownConcepts]
  const headroom = (concept: PublishedConcept) => ledger.headroom({ collection: 'concepts', id: concept.id })
  for (let round = 0; Date.now() < until; round++) {
    const revisable = concepts.filter((concept) => headroom(concept) >= SAVES_PER_REVISION)
    if (round % 2 === 1 && revisable.length > 0) {
      const target = revisable.reduce((roomiest, concept) =>
        headroom(concept) > headroom(roomiest) ? concept : roomiest,
      )
      const revised = await desk.reviseConcept(target)
      if (revised) concepts[concepts.indexOf(target)] = revised
      else await pause(1000)
    } else {
      const written = await desk.writeConcept()
      if (written) {
        concepts.push(written)
        catalogue.addConcept(written.slug)
      } else await pause(1000)
    }
  }
}
