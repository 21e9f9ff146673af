// (2) Every version accounted for: each document the ledger tracks has exactly the versions
// it had before the run plus one for each save the soak made, as an admin reads them.
import type { SoakClient } from '../http'
import type { Ledger } from '../ledger'
import type { Staff } from '../staff'
import { VERSION_CAPS } from '../versionCaps'
import { countVersions } from '../versions'
import { checkResult, type CheckResult } from './checkResult'

export async function checkVersionsAccounted(client: SoakClient, admin: Staff, ledger: Ledger): Promise<CheckResult> {
  const problems = ledger.unaccountedWrites.map((write) => `Outcome unknown: ${write}`)
  let saves = 0
  for (const document of ledger.documents.values()) {
    saves += document.saves
    const expected = document.versionsBefore + document.saves
    const found = await countVersions(client, admin, document)
    const name = `${document.collection} ${document.id} “${document.label}”`
    if (expected > VERSION_CAPS[document.collection]) {
      problems.push(`${name}: ${expected} versions exceed the cap of ${VERSION_CAPS[document.collection]}`)
    }
    if (found !== expected) {
      problems.push(
        `${name}: ${found ?? 'unreadable'} versions, expected ${document.versionsBefore} before + ${document.saves} saves`,
      )
    }
  }
  return checkResult(
    'Every version accounted for',
    `${ledger.documents.size} documents, ${saves} saves by the soak`,
    problems,
  )
}
