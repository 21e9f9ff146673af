// The confirm page's button posts here (see src/newsletter/subscribe/confirmRoute.ts).
import { answerConfirm } from '@/newsletter/subscribe/confirmRoute'

export const dynamic = 'force-dynamic'

export const POST = answerConfirm
