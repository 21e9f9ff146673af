import type { ConceptPage } from '@/content/cached'
import { whatIsQuestion } from '@/content/nameInSentence'
import { RichText, type Previews } from '@/components/RichText'
import { linkMentions, type LexicalDocument } from '@/search/mentions/linkMentions'
import type { MentionTarget } from '@/search/mentions/mentionTargets'

/**
 * The "What is …?" explanation: the first mention of each other published concept links
 * to it (unless its editors turned that off), and every link to a concept has a preview.
 */
export function ConceptBody({ concept, mentions }: { concept: ConceptPage; mentions: MentionTarget[] }) {
  if (!concept.body) return null
  const body = concept.body as unknown as LexicalDocument
  const previews: Previews = new Map(mentions.map((target) => [target.slug, target]))
  return (
    <section aria-labelledby="what-is">
      <h2 id="what-is">{whatIsQuestion(concept)}</h2>
      <RichText
        data={concept.linkMentions === false ? body : linkMentions(body, mentions, concept.slug)}
        className="prose"
        previews={previews}
      />
    </section>
  )
}
