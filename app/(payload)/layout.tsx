/* Payload's admin shell, with scheduling routed through the review rules. */
import config from '@payload-config'
import '@payloadcms/next/css'
import '@fontsource-variable/inter/wght.css'
import './brand.css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type React from 'react'
import { schedulePublishServerFunction } from '@/review/schedule/schedulePublishServerFunction'
import { importMap } from './admin/importMap.js'

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'schedule-publish': schedulePublishServerFunction },
  })
}

export default function PayloadLayout({ children }: { children: React.ReactNode }) {
  return (
    <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}
