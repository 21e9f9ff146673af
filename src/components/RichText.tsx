import { getImageProps } from 'next/image'
import { nodePlainText } from '@/fields/lexicalPlainText'
import type { Media } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import { conceptPath, HOME_PATH } from '@/routes'

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  upload: ({ node }) => {
    const media = node.value as Media | number
    if (typeof media !== 'object' || !media.url || !media.width || !media.height) return null
    // getImageProps gives next/image's optimized srcset without its client component.
    const { props } = getImageProps({
      src: media.url,
      alt: media.alt,
      width: media.width,
      height: media.height,
      sizes: '(max-width: 48rem) 100vw, 48rem',
    })
    return (
      <figure>
        <img {...props} alt={media.alt} />
      </figure>
    )
  },
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
      return typeof slug === 'string' ? conceptPath(slug) : HOME_PATH
    },
  }),
})

type Props = { data: unknown; className?: string }

/** Renders a Lexical document stored by Payload. */
export function RichText({ data, className }: Props) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters}
      className={className}
      disableContainer={!className}
    />
  )
}
