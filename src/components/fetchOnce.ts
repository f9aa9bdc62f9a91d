/**
 * A JSON GET shared by the components that ask for it at the same moment (the document header and the sidebar,
 * every translated field), and asked again afterwards: nothing outlives the request, so nothing goes stale.
 */
const inFlight = new Map<string, Promise<unknown>>()

export function fetchOnce<T>(address: string): Promise<T | null> {
  let pending = inFlight.get(address) as Promise<T | null> | undefined
  if (!pending) {
    pending = fetch(address, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<T>) : null))
      .finally(() => inFlight.delete(address))
    inFlight.set(address, pending)
  }
  return pending
}
