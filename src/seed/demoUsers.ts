import type { Role } from '@/access/roles'

/** Accounts for trying the admin locally; the README lists the same table. */
export const demoUsers: { name: string; email: string; password: string; roles: Role[] }[] = [
  { name: 'Ada Admin', email: 'admin@groundwork.test', password: 'groundwork-admin', roles: ['admin'] },
  { name: 'Eli Editor', email: 'editor@groundwork.test', password: 'groundwork-editor', roles: ['editor'] },
  { name: 'Rae Reviewer', email: 'reviewer@groundwork.test', password: 'groundwork-reviewer', roles: ['reviewer'] },
]

export function demoCredentialsTable(): string {
  const rows = demoUsers.map((user) => `  ${user.roles.join(', ').padEnd(9)} ${user.email.padEnd(26)} ${user.password}`)
  return ['  role      email                      password', ...rows].join('\n')
}
