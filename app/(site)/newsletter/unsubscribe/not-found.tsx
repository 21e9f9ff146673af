/** An unsubscribe link that was cut short, changed or made up (a 404 that says what to do). */
export default function UnsubscribeLinkNotValid() {
  return (
    <div className="page reading">
      <h1>This unsubscribe link is not valid</h1>
      <p className="lead">It may have been cut short when it was copied.</p>
      <p>
        Open the unsubscribe link at the bottom of any issue exactly as it is: every issue’s link works, however old.
        Many mail apps also show an Unsubscribe button beside the sender’s name, which works the same way.
      </p>
    </div>
  )
}
