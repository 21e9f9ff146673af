// One-click unsubscribe, and the unsubscribe page's button (see src/newsletter/subscribe/unsubscribeRoute.ts).
import { answerUnsubscribe, showUnsubscribePage } from '@/newsletter/subscribe/unsubscribeRoute'

export const dynamic = 'force-dynamic'

export const POST = answerUnsubscribe
export const GET = showUnsubscribePage
