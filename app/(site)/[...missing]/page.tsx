import { notFound } from 'next/navigation'

/** Any address the site does not know renders the site's own 404 page. */
export default function MissingPage() {
  notFound()
}
