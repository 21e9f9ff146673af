import type { DeliveryFigures } from './deliveryFigures'

const ROWS: { key: keyof DeliveryFigures; label: string }[] = [
  { key: 'recipients', label: 'Recipients' },
  { key: 'sent', label: 'Sent' },
  { key: 'pending', label: 'Waiting (or retrying)' },
  { key: 'failed', label: 'Failed after retries' },
  { key: 'bounced', label: 'Bounced' },
  { key: 'unknown', label: 'Unknown (interrupted mid-send)' },
  { key: 'skipped', label: 'Skipped (left before their turn)' },
  { key: 'unsubscribedSince', label: 'Unsubscribed since' },
]

export function DeliveryFiguresTable({ figures }: { figures: DeliveryFigures }) {
  return (
    <table className="gw-newsletter__table">
      <tbody>
        {ROWS.map(({ key, label }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{figures[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
