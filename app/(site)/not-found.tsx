import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or it has not been published yet.</p>
      <p>
        <Link href="/">Browse all concepts</Link>
      </p>
    </>
  )
}
