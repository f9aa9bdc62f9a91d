/** Simple logos drawn for the seed: an organisation's initials in a coloured disc (not their trademarks). */
export function initialsLogo(initials: string, colour: string): string {
  const size = initials.length > 3 ? 30 : 38
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">',
    `<title>${initials}</title>`,
    `<circle cx="60" cy="60" r="56" fill="${colour}"/>`,
    `<text x="60" y="60" dy="0.35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="${size}" font-weight="700" fill="#ffffff">${initials}</text>`,
    '</svg>',
  ].join('')
}
