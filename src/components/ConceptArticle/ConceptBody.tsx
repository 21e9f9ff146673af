import type { ConceptPage } from '@/content/cached'
import { whatIsQuestion } from '@/content/nameInSentence'
import { RichText } from '@/components/RichText'
import { linkMentions, type LexicalDocument } from '@/search/mentions/linkMentions'
import type { MentionDictionary } from '@/search/mentions/mentionDictionary'

/**
 * The "What is …?" explanation: the first mention of each other published concept links
 * to it (unless its editors turned that off), and every link to a concept has a preview.
 */
export function ConceptBody({
  concept,
  mentions,
  preview,
}: {
  concept: ConceptPage
  mentions: MentionDictionary
  preview: boolean
}) {
  if (!concept.body) return null
  const body = concept.body as unknown as LexicalDocument
  return (
    <section aria-labelledby="what-is">
      <h2 id="what-is">{whatIsQuestion(concept)}</h2>
      <RichText
        data={concept.linkMentions === false ? body : linkMentions(body, mentions.matcher, concept.slug)}
        className="prose"
        previews={mentions.previews}
        preview={preview}
      />
    </section>
  )
}
