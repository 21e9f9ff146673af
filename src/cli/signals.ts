// Ctrl-C (SIGINT) and SIGTERM end a launcher in order: first the children it runs, which
// the signal is passed to, then the launcher itself, once its work is over. Held signals
// do not end this process, so it can stop what must stop last (the database).

type PassOn = (signal: NodeJS.Signals) => void

const children = new Set<PassOn>()
let received: NodeJS.Signals | undefined
let holders = 0

function onSignal(signal: NodeJS.Signals): void {
  received = signal
  for (const passOn of children) passOn(signal)
}

/** Keeps SIGINT and SIGTERM from ending this process until the returned release is called. */
export function holdSignals(): () => void {
  if (holders++ === 0) {
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  }
  return () => {
    if (--holders > 0) return
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Passes SIGINT and SIGTERM on to a child until the returned release is called; a child
 * started after one arrived gets it at once, so an interrupted run does not carry on.
 */
export function passSignalsTo(passOn: PassOn): () => void {
  const release = holdSignals()
  children.add(passOn)
  if (received) passOn(received)
  return () => {
    children.delete(passOn)
    release()
  }
}
