/** The newsletter promise; the sign-up form arrives with the newsletter itself. */
export function NewsletterCallout() {
  return (
    <aside className="callout" aria-labelledby="newsletter">
      <h2 id="newsletter">One concept and one use case, every week</h2>
      <p>
        The Groundwork newsletter sends one clearly explained concept and one real-world use case each Tuesday. Sign-up
        opens soon.
      </p>
    </aside>
  )
}
