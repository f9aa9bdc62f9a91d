import sharp from 'sharp'

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

/** A banner drawn for the seed's hero image (no photograph of the real event is shipped). */
export async function launchBanner(): Promise<Buffer> {
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">',
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">',
    '<stop offset="0" stop-color="#8a1538"/><stop offset="1" stop-color="#0b5394"/></linearGradient></defs>',
    '<rect width="1600" height="900" fill="url(#sky)"/>',
    '<text x="800" y="450" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="140" font-weight="700" fill="#ffffff">MoroccoTech</text>',
    '<text x="800" y="560" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="48" fill="#ffffff">14.01.2022</text>',
    '</svg>',
  ].join('')
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
