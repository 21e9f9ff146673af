import { nodePlainText } from '../fields/lexicalPlainText'
import { slugify } from '../fields/slugify'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  heading: ({ node, nodesToJSX }) => {
    const Tag = node.tag
    const id = slugify(nodePlainText(node))
    return (
      <Tag id={id}>
        {nodesToJSX({ nodes: node.children })}
        <a href={`#${id}`} className="heading-anchor" aria-label="Link to this section">
          #
        </a>
      </Tag>
    )
  },
  ...LinkJSXConverter({
    internalDocToHref: ({ linkNode }) => {
      const target = linkNode.fields.doc?.value
      const slug = typeof target === 'object' && target !== null ? target.slug : undefined
      return typeof slug === 'string' ? `/concepts/${slug}` : '/'
    },
  }),
})

type Props = { data: unknown; className?: string }

/** Renders a Lexical document stored by Payload. */
export function RichText({ data, className }: Props) {
  if (!data) return null
  return <LexicalRichText data={data as SerializedEditorState} converters={converters} className={className} disableContainer={!className} />
}
