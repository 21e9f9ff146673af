// Structured data for a concept page (schema.org, read by search engines).
// No I/O: everything comes from the concept passed in, and addresses from siteUrl() (SITE_URL).
import type { ConceptPage } from '@/content/cached'
import { lexicalPlainText } from '@/fields/lexicalPlainText'
import { absoluteUrl, siteUrl } from './siteUrl'
import { categoryPath, conceptPath, CONCEPTS_PATH, HOME_PATH } from '@/routes'

export type JsonLdObject = { '@context'?: 'https://schema.org'; '@type': string; [property: string]: unknown }

/** The parts of a concept page its structured data is made from. */
export type JsonLdConcept = Pick<
  ConceptPage,
  | 'title'
  | 'slug'
  | 'summary'
  | 'aliases'
  | 'category'
  | 'faqs'
  | 'firstPublishedAt'
  | 'lastUpdatedAt'
  | 'createdAt'
  | 'updatedAt'
>

const SITE_NAME = 'Groundwork'
const GLOSSARY_NAME = 'Groundwork AI glossary'

function conceptUrl(concept: JsonLdConcept): string {
  return absoluteUrl(conceptPath(concept.slug))
}

function termId(concept: JsonLdConcept): string {
  return `${conceptUrl(concept)}#term`
}

function organization(): JsonLdObject {
  return { '@type': 'Organization', name: SITE_NAME, url: siteUrl() }
}

function definedTerm(concept: JsonLdConcept): JsonLdObject {
  const aliases = concept.aliases?.filter((alias) => alias.trim() !== '') ?? []
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': termId(concept),
    name: concept.title,
    description: concept.summary,
    url: conceptUrl(concept),
    ...(aliases.length > 0 ? { alternateName: aliases } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: GLOSSARY_NAME, url: absoluteUrl(CONCEPTS_PATH) },
  }
}

/** Undefined when the concept has no FAQ with an answer: an empty FAQPage is invalid. */
function faqPage(concept: JsonLdConcept): JsonLdObject | undefined {
  const questions = concept.faqs
    .map((faq) => ({ question: faq.question, answer: lexicalPlainText(faq.answer).trim() }))
    .filter(({ answer }) => answer !== '')
  if (questions.length === 0) return undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: conceptUrl(concept),
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  }
}

function breadcrumbList(concept: JsonLdConcept): JsonLdObject {
  const crumbs = [
    { name: 'Home', url: absoluteUrl(HOME_PATH) },
    { name: 'Concepts', url: absoluteUrl(CONCEPTS_PATH) },
    ...(concept.category
      ? [{ name: concept.category.name, url: absoluteUrl(categoryPath(concept.category.slug)) }]
      : []),
    { name: concept.title, url: conceptUrl(concept) },
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}

export function article(concept: JsonLdConcept): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: concept.title,
    description: concept.summary,
    url: conceptUrl(concept),
    mainEntityOfPage: conceptUrl(concept),
    // Published concepts always carry both stamps; the fallbacks keep the dates valid for older rows.
    datePublished: concept.firstPublishedAt ?? concept.createdAt,
    dateModified: concept.lastUpdatedAt ?? concept.updatedAt,
    ...(concept.category ? { articleSection: concept.category.name } : {}),
    // Google asks for an author; the explanations are written and reviewed by the Groundwork team.
    author: organization(),
    publisher: organization(),
    about: { '@type': 'DefinedTerm', '@id': termId(concept), name: concept.title },
  }
}

export function conceptJsonLd(concept: JsonLdConcept): JsonLdObject[] {
  const faq = faqPage(concept)
  return [definedTerm(concept), ...(faq ? [faq] : []), breadcrumbList(concept), article(concept)]
}
