import { getImageProps } from 'next/image'
import { nodePlainText } from '@/fields/lexicalPlainText'
import type { Media } from '@/payload-types'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import { isHeadingTag, isSafeHref } from '@/fields/checks/richTextSafety'
import { conceptPath, HOME_PATH } from '@/routes'
import { sitePath } from '@/seo/siteUrl'
import type { MentionTarget } from '@/search/mentions/mentionTargets'
import { ConceptPreviewLink } from './ConceptPreviewLink'
import { headingIds } from './headingIds'

/** Concepts whose links show a preview card, by slug. */
export type Previews = Map<string, MentionTarget>

const CONCEPT_HREF = /^\/concepts\/([a-z0-9-]+)$/

function linkHref(node: SerializedLinkNode | SerializedAutoLinkNode): string | undefined {
  if (node.fields.linkType !== 'internal') return node.fields.url
  const target = 'doc' in node.fields ? node.fields.doc?.value : undefined
  const slug = typeof target === 'object' && target !== null ? target.slug : undefined
  return typeof slug === 'string' ? conceptPath(slug) : HOME_PATH
}

/**
 * A link, or its text alone when its address could run code (a `data:` or `javascript:` link
 * stored before the check); a link to a concept in `previews` comes with its preview card.
 */
function linkWith(previews: Previews): JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> {
  return function link({ node, nodesToJSX }) {
    const children = nodesToJSX({ nodes: node.children })
    const href = linkHref(node)
    if (!isSafeHref(href)) return <span>{children}</span>
    const previewed = previews.get(CONCEPT_HREF.exec(href ?? '')?.[1] ?? '')
    if (previewed && !node.fields.newTab) {
      return (
        <ConceptPreviewLink href={href!} target={previewed}>
          {children}
        </ConceptPreviewLink>
      )
    }
    const newTab = node.fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {}
    return (
      <a href={href} {...newTab}>
        {children}
      </a>
    )
  }
}

/**
 * An image in the text. Readers get next/image's optimized srcset (without its client
 * component). A draft preview loads the file as it is, with the staff member's session: the
 * optimizer fetches without one, and an image only a draft shows is for staff alone.
 */
function ArticleImage({ media, preview }: { media: Media; preview: boolean }) {
  if (!media.url || !media.width || !media.height) return null
  const { alt, width, height } = media
  // next/image optimizes this site's own paths only (next.config.mjs).
  const src = sitePath(media.url)
  const props = preview
    ? { src, width, height }
    : getImageProps({ src, alt, width, height, sizes: '(max-width: 48rem) 100vw, 48rem' }).props
  return (
    <figure>
      <img {...props} alt={alt} />
    </figure>
  )
}

const convertersWith =
  (previews: Previews, headingId: (text: string) => string, preview: boolean): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    upload: ({ node }) =>
      node.value && typeof node.value === 'object' ? (
        <ArticleImage media={node.value as Media} preview={preview} />
      ) : null,
    heading: ({ node, nodesToJSX }) => {
      if (!isHeadingTag(node.tag)) return <p>{nodesToJSX({ nodes: node.children })}</p>
      // The page's title is its one h1: one stored in the text shows a level below it.
      const Tag = node.tag === 'h1' ? 'h2' : node.tag
      const id = headingId(nodePlainText(node))
      // A pointer's shortcut to the section's address: kept out of the heading's name, and
      // out of the tab order, so each heading reads as its text alone.
      return (
        <Tag id={id}>
          {nodesToJSX({ nodes: node.children })}
          <a href={`#${id}`} className="heading-anchor" aria-hidden="true" tabIndex={-1}>
            #
          </a>
        </Tag>
      )
    },
    link: linkWith(previews),
    autolink: linkWith(previews),
  })

type Props = {
  data: unknown
  className?: string
  previews?: Previews
  /** Starts each heading's id; documents shown on one page need prefixes of their own. */
  anchorPrefix?: string
  /** A signed-in staff member's draft preview. */
  preview?: boolean
}

const NO_PREVIEWS: Previews = new Map()

/** Renders a Lexical document stored by Payload. */
export function RichText({
  data,
  className,
  previews = NO_PREVIEWS,
  anchorPrefix = 'section',
  preview = false,
}: Props) {
  if (!data) return null
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={convertersWith(previews, headingIds(anchorPrefix), preview)}
      className={className}
      disableContainer={!className}
    />
  )
}
