// Every test process signs sessions with a throwaway secret; nothing here is a real credential.
process.env.PAYLOAD_SECRET ??= `test-secret-${process.pid}-${Date.now()}-0123456789abcdef`
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.DISABLE_PAYLOAD_HMR = 'true'
