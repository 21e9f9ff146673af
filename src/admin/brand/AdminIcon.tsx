// The mark in the admin header's link to the dashboard (Payload's admin.components.graphics.Icon).
import { BrandMark } from '@/components/brand/BrandMark'

export function AdminIcon() {
  return <BrandMark size={18} className="admin-icon" />
}
