import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Every test process signs sessions with a throwaway secret; nothing here is a real credential.
process.env.PAYLOAD_SECRET ??= `test-secret-${process.pid}-${Date.now()}-0123456789abcdef`
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.DISABLE_PAYLOAD_HMR = 'true'

// Uploads made by a test process (seed images and logos included) go to a temporary folder, never to media/.
process.env.MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'newsroom-test-media-'))
