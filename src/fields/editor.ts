import { HeadingFeature, LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * The rich-text editor every collection uses: internal links may point at concepts only, and
 * headings run from h2 to h4, as the page's title is its one h1 (RichText.tsx shows any h1
 * stored before as an h2).
 */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link' && feature.key !== 'heading'),
    LinkFeature({ enabledCollections: ['concepts'] }),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  ],
})
