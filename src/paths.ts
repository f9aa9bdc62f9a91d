import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, wherever the process was started from. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where uploaded photos are stored: `media/` unless MEDIA_DIR names a volume. */
export const mediaDir = process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(projectRoot, 'media')

/** Where organisation logos are stored: `media/logos` unless LOGOS_DIR names a volume. */
export const logosDir = process.env.LOGOS_DIR ? path.resolve(process.env.LOGOS_DIR) : path.join(mediaDir, 'logos')
