// `npm run brand:icons`: draws the mark (src/components/brand/markShape.ts) into the icon files at
// the root of app/. Run it after changing the mark or the brand's colours, and commit what it writes.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { ICON_FILES } from '@/components/brand/iconFiles'
import { MARK_GRID, SQUARE_PATH, STRATA_PATH, TILE_PATH } from '@/components/brand/markShape'
import { BRAND_COLORS } from '@/components/brand/palette'
import { runScript } from './runScript'

const APP_DIR = new URL('../../app/', import.meta.url)
const VIEWBOX = `0 0 ${MARK_GRID} ${MARK_GRID}`
const { light, dark } = BRAND_COLORS

/** The mark in the light theme's colours, `size` pixels square, on the rounded tile or a full square. */
function markSvg(size: number, background: string = TILE_PATH): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${VIEWBOX}">` +
    `<path fill="${light.brand}" d="${background}"/><path fill="${light.onBrand}" d="${STRATA_PATH}"/></svg>`
  )
}

/** The SVG favicon, which switches to the dark theme's colours when the system is dark. */
const themedSvg =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${VIEWBOX}"><style>` +
  `.tile{fill:${light.brand}}.strata{fill:${light.onBrand}}` +
  `@media (prefers-color-scheme:dark){.tile{fill:${dark.brand}}.strata{fill:${dark.onBrand}}}` +
  `</style><path class="tile" d="${TILE_PATH}"/><path class="strata" d="${STRATA_PATH}"/></svg>\n`

const png = (svg: string) => sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()

/** An .ico file holding PNG images, the form every current browser and OS reads. */
function icoFile(images: { size: number; png: Buffer }[]): Buffer {
  const directory = Buffer.alloc(6 + 16 * images.length)
  directory.writeUInt16LE(1, 2) // resource type: icon
  directory.writeUInt16LE(images.length, 4)
  let offset = directory.length
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index
    directory.writeUInt8(size, entry) // width and height; these sizes are all below 256
    directory.writeUInt8(size, entry + 1)
    directory.writeUInt16LE(1, entry + 4) // colour planes
    directory.writeUInt16LE(32, entry + 6) // bits per pixel
    directory.writeUInt32LE(png.length, entry + 8)
    directory.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([directory, ...images.map((image) => image.png)])
}

runScript(async () => {
  const faviconImages = await Promise.all(
    ICON_FILES.favicon.sizes.map(async (size) => ({ size, png: await png(markSvg(size)) })),
  )
  const appIcons = await Promise.all(
    ICON_FILES.app.map(async ({ file, size }) => ({ file, contents: await png(markSvg(size)) })),
  )
  const files: { file: string; contents: string | Buffer }[] = [
    { file: ICON_FILES.svg, contents: themedSvg },
    { file: ICON_FILES.favicon.file, contents: icoFile(faviconImages) },
    { file: ICON_FILES.apple.file, contents: await png(markSvg(ICON_FILES.apple.size, SQUARE_PATH)) },
    ...appIcons,
  ]
  for (const { file, contents } of files) {
    await writeFile(fileURLToPath(new URL(file, APP_DIR)), contents)
    console.log(`Wrote app/${file}`)
  }
})
