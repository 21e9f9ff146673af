import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, LinkJSXConverter, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
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
