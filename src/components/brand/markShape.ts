// The geometry of the Groundwork mark, the one copy every rendering reads: the header's
// BrandMark, the admin's logo and icon, the OG image and the icon files (npm run brand:icons).
// Three strata climb as steps to the upper right, from the basics up, inside a rounded tile.

/** The mark is drawn on a square grid of this many units: its viewBox is `0 0 MARK_GRID MARK_GRID`. */
export const MARK_GRID = 32

const TILE_RADIUS = 7
// Even numbers of units land on whole pixels at 16 px, where the favicon is drawn.
const STRATUM = { width: 12, height: 6, radius: 1.5 }
const STRATA_CORNERS = [
  { left: 14, top: 6 },
  { left: 10, top: 14 },
  { left: 6, top: 22 },
]

function roundedRect(x: number, y: number, width: number, height: number, radius: number): string {
  const straightX = width - 2 * radius
  const straightY = height - 2 * radius
  const corner = (dx: number, dy: number) => `a${radius} ${radius} 0 0 1 ${dx} ${dy}`
  return (
    `M${x + radius} ${y}h${straightX}${corner(radius, radius)}v${straightY}${corner(-radius, radius)}` +
    `h${-straightX}${corner(-radius, -radius)}v${-straightY}${corner(radius, -radius)}Z`
  )
}

/** The rounded square the strata stand on. */
export const TILE_PATH = roundedRect(0, 0, MARK_GRID, MARK_GRID, TILE_RADIUS)

/** A full square instead of the tile, for icons a platform rounds itself (Apple's home screen). */
export const SQUARE_PATH = `M0 0H${MARK_GRID}V${MARK_GRID}H0Z`

/** The three strata, as one path. */
export const STRATA_PATH = STRATA_CORNERS.map(({ left, top }) =>
  roundedRect(left, top, STRATUM.width, STRATUM.height, STRATUM.radius),
).join('')

const lefts = STRATA_CORNERS.map(({ left }) => left)
const tops = STRATA_CORNERS.map(({ top }) => top)

/** The box around the strata alone (in grid units), for drawing them without their tile. */
export const STRATA_BOX = {
  x: Math.min(...lefts),
  y: Math.min(...tops),
  width: Math.max(...lefts) + STRATUM.width - Math.min(...lefts),
  height: Math.max(...tops) + STRATUM.height - Math.min(...tops),
}

/** Tile and strata in one path: filled with the even-odd rule, the strata are cut out of the tile. */
export const MARK_PATH = TILE_PATH + STRATA_PATH
