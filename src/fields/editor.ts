import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/** The rich-text editor every collection uses; internal links may point at concepts only. */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'link'),
    LinkFeature({ enabledCollections: ['concepts'] }),
  ],
})
