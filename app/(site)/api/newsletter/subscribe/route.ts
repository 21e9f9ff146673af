// The newsletter's sign-up form posts here (see src/newsletter/subscribe/signUpRoute.ts).
import { answerSignUp } from '@/newsletter/subscribe/signUpRoute'

export const dynamic = 'force-dynamic'

export const POST = answerSignUp
