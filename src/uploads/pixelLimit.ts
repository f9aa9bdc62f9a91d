import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp, { type SharpOptions } from 'sharp'

/** The largest image the newsroom decodes: 40 megapixels (a 7,700 × 5,200 photo), far above any camera's JPEG. */
export const MAX_IMAGE_PIXELS = 40_000_000

/**
 * Sharp for Payload, refusing to decode more pixels than the limit: a small file can declare a huge image (a
 * 144-megapixel PNG of a few hundred KB takes a minute and most of a gigabyte to resize).
 */
export const limitedSharp = ((input?: Parameters<typeof sharp>[0], options?: SharpOptions) =>
  sharp(input as never, { ...options, limitInputPixels: MAX_IMAGE_PIXELS })) as unknown as typeof sharp

const megapixels = (pixels: number) => `${Math.round(pixels / 100_000) / 10} megapixels`

/** Refuses an image whose dimensions are over the limit, from its header alone, before anything is decoded or written. */
export const refuseOversizedImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const file = req.file
  if (!file?.data || !file.mimetype?.startsWith('image/')) return args
  const { width = 0, height = 0 } = await sharp(file.data, { limitInputPixels: false }).metadata().catch(() => ({ width: 0, height: 0 }))
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new APIError(
      `This image is ${width} × ${height} pixels (${megapixels(width * height)}); images are limited to ${megapixels(MAX_IMAGE_PIXELS)}. Export it smaller and upload it again.`,
      413,
      { errors: [{ path: 'file', message: `Image too large: ${width} × ${height}` }] },
      true,
    )
  }
  return args
}
