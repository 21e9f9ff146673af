import type { ConceptPage } from '@/content/cached'
import { RichText } from '@/components/RichText'

/** Questions readers ask, as an accordion that opens by mouse, keyboard or without JavaScript. */
export function Faqs({ concept, preview }: { concept: ConceptPage; preview: boolean }) {
  if (concept.faqs.length === 0) return null
  return (
    <section aria-labelledby="faq">
      <h2 id="faq">Frequently asked questions</h2>
      <div className="faqs">
        {concept.faqs.map((faq, index) => (
          <details key={faq.id} className="faq">
            <summary>{faq.question}</summary>
            <RichText data={faq.answer} className="faq-answer" anchorPrefix={`faq-${index + 1}`} preview={preview} />
          </details>
        ))}
      </div>
    </section>
  )
}
