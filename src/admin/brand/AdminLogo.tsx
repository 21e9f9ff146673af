// The logo on the admin's sign-in page (Payload's admin.components.graphics.Logo): the mark and
// the name, coloured by app/(payload)/brand.css.
import { BrandMark } from '@/components/brand/BrandMark'

export function AdminLogo() {
  return (
    <span className="admin-logo">
      <BrandMark size={44} />
      <span className="admin-logo-name">Groundwork</span>
    </span>
  )
}
