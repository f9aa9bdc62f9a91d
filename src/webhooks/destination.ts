import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP } from 'node:net'

/**
 * Where webhooks may go: the public internet only. Loopback, private, carrier-grade NAT, link-local (cloud metadata
 * at 169.254.169.254 included), multicast and reserved ranges are refused, in IPv4, IPv6 and IPv4-mapped IPv6.
 * WEBHOOK_ALLOWED_HOSTS names host:port pairs on a private network that an operator allows on purpose (a front end
 * inside the ministry's network, a test receiver); nothing an admin types in the panel can add one.
 */
const forbidden = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv6')
}

/** An IPv4 address carried in IPv6 (::ffff:a.b.c.d or its hexadecimal form), which reaches the IPv4 host. */
function embeddedIPv4(address: string): string | undefined {
  const mapped = /^::ffff:(?:0:)?(.+)$/i.exec(address)?.[1]
  if (!mapped) return undefined
  if (isIP(mapped) === 4) return mapped
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(mapped)
  if (!hex) return undefined
  const high = Number.parseInt(hex[1] as string, 16)
  const low = Number.parseInt(hex[2] as string, 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 0) return true
  if (family === 4) return forbidden.check(address, 'ipv4')
  const inner = embeddedIPv4(address)
  return inner ? forbidden.check(inner, 'ipv4') : forbidden.check(address, 'ipv6')
}

const allowedHosts = (env = process.env): Set<string> =>
  new Set((env.WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean))

const hostAndPort = (url: URL): string => `${url.hostname.replace(/^\[|\]$/g, '')}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`

export const isAllowedPrivately = (url: URL): boolean => allowedHosts().has(hostAndPort(url).toLowerCase())

export class ForbiddenDestination extends Error {}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))))
}

/** Why a subscriber URL may not be delivered to, after resolving its host now; undefined when it may. */
export async function destinationProblem(raw: string): Promise<string | undefined> {
  if (!URL.canParse(raw)) return `"${raw}" is not a web address.`
  const url = new URL(raw)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Webhooks are delivered over https:// or http:// only.'
  if (url.username || url.password) return 'Put no credentials in the address: deliveries are signed with the subscriber secret.'
  if (isAllowedPrivately(url)) return undefined
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await resolveAll(host)).map((entry) => entry.address)
  } catch {
    return `The host "${host}" cannot be resolved.`
  }
  const refused = addresses.find(isForbiddenAddress)
  return refused ? `"${host}" leads to ${refused}, a private, local or reserved address: webhooks go to the public internet only.` : undefined
}

/**
 * A `lookup` for outgoing connections that refuses forbidden addresses at the moment of connecting, so a host that
 * resolved to a public address when it was checked cannot be switched to an internal one for the delivery.
 */
export function guardedLookup(allowedPrivately: boolean) {
  return (hostname: string, options: object, callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const refused = allowedPrivately ? undefined : addresses.find((entry) => isForbiddenAddress(entry.address))
      if (refused) return callback(new ForbiddenDestination(`${hostname} resolved to ${refused.address}, a private, local or reserved address`), [])
      if ((options as { all?: boolean }).all) return callback(null, addresses)
      const first = addresses[0] as LookupAddress
      callback(null, first.address, first.family)
    })
  }
}
