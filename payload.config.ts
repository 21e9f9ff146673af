import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { AuditLog } from './collections/AuditLog'
import { Categories } from './collections/Categories'
import { Concepts } from './collections/Concepts'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { NewsletterIssues } from './collections/NewsletterIssues'
import { Subscribers } from './collections/Subscribers'
import { UseCases } from './collections/UseCases'
import { Users } from './collections/Users'
import { withBoundApiReads } from '@/api/boundApiReads'
import { graphqlValidationRules } from '@/api/graphql/limits'
import { keepPublicErrorDetails } from '@/api/keepPublicErrorDetails'
import { explainDatabaseErrors } from '@/api/databaseErrors'
import { quietRefusalsLogger } from '@/api/quietRefusalsLogger'
import { guardDocumentLocks } from '@/access/documentLocks'
import { guardEndpointParams } from '@/api/guardEndpointParams'
import { adminRequestsOnly } from '@/access/predicates'
import { reviewMutations, reviewQueries } from '@/review/api/reviewGraphQL'
import { emailAdapter } from '@/email/emailAdapter'
import { editor } from '@/fields/editor'
import { CONNECTION_TIMEOUT_MS, survivePoolErrors } from '@/db/survivePoolErrors'
import { allowedOrigins } from '@/security/allowedOrigins'
import { withCheckedFields } from '@/fields/checks/checkedFields'
import { withServerOwnedFields } from '@/fields/checks/serverOwnedFields'
import { declareSearchTables } from '@/search/schema/searchTables'
import { adminMeta } from '@/admin/brand/adminMeta'
import { sendNewsletterIssueTask } from '@/newsletter/sending/sendTask'
import { resumeSendsAtStart } from '@/newsletter/sending/resumeInterruptedSends'
import { jobRunnerElection } from '@/db/jobRunnerLock'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

const jobRunner = jobRunnerElection(process.env.DATABASE_URL)

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SITE_URL,
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  admin: {
    user: Users.slug,
    meta: adminMeta,
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    components: {
      beforeDashboard: ['/src/review/admin/ReviewDashboard#ReviewDashboard'],
      afterNavLinks: ['/src/review/admin/ReviewQueueLink#ReviewQueueLink'],
      graphics: { Logo: '/src/admin/brand/AdminLogo#AdminLogo', Icon: '/src/admin/brand/AdminIcon#AdminIcon' },
      views: {
        reviewQueue: { Component: '/src/review/admin/ReviewQueueView#ReviewQueueView', path: '/review-queue' },
        reviewChanges: { Component: '/src/review/admin/ReviewView#ReviewView', path: '/review/:collection/:id' },
      },
    },
  },
  collections: [
    Concepts,
    Categories,
    UseCases,
    Faqs,
    Media,
    NewsletterIssues,
    Subscribers,
    NewsletterDeliveries,
    Users,
    AuditLog,
  ]
    .map(withCheckedFields)
    .map(withServerOwnedFields)
    .map(withBoundApiReads),
  jobs: {
    tasks: [sendNewsletterIssueTask],
    // Runs scheduled publishing (and any queued job) in the server process: in one instance at a time.
    autoRun: [{ cron: process.env.JOBS_CRON || '* * * * *', queue: 'default' }],
    shouldAutoRun: () => jobRunner.isRunner(),
    // Running, queueing or cancelling jobs through the API is for admins; the runner above needs no request.
    access: { run: adminRequestsOnly, queue: adminRequestsOnly, cancel: adminRequestsOnly },
  },
  graphQL: { mutations: reviewMutations, queries: reviewQueries, validationRules: graphqlValidationRules },
  editor,
  email: emailAdapter,
  hooks: { afterError: [explainDatabaseErrors, keepPublicErrorDetails] },
  logger: quietRefusalsLogger,
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS },
    push: false,
    beforeSchemaInit: [declareSearchTables],
    migrationDir: path.join(projectRoot, 'src/migrations'),
  }),
  sharp,
  typescript: {
    outputFile: path.join(projectRoot, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  telemetry: false,
  onInit: async (payload) => {
    survivePoolErrors(payload)
    await resumeSendsAtStart(payload)
  },
})
  .then(guardDocumentLocks)
  .then(guardEndpointParams)
