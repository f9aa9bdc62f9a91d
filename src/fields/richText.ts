import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnderlineFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { FieldHook, RichTextField, Validate } from 'payload'
import { richText as validateRichText } from 'payload/shared'
import { EventCardBlock } from '../blocks/EventCard/config'
import { ImageBlock } from '../blocks/Image/config'
import { OfficialQuoteBlock } from '../blocks/OfficialQuote/config'
import { PartnerStripBlock } from '../blocks/PartnerStrip/config'
import { unsafeLinkReason, unsafeLinks, withoutUnsafeLinks } from '../richText/links'
import type { RichText } from '../richText/walk'

const linkAddress: Validate = (value, { siblingData }) =>
  (siblingData as { linkType?: string }).linkType === 'internal' ? true : (unsafeLinkReason(value) ?? true)

const textFeatures = () => [
  ParagraphFeature(),
  BoldFeature(),
  ItalicFeature(),
  UnderlineFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  LinkFeature({
    enabledCollections: ['articles', 'launch-events'],
    fields: ({ defaultFields }) => defaultFields.map((field) => (field.name === 'url' ? ({ ...field, validate: linkAddress } as typeof field) : field)),
  }),
  FixedToolbarFeature(),
  InlineToolbarFeature(),
]

/** The article body: H2/H3 headings, links, lists, quotes, and the newsroom's own blocks. */
export const articleBodyEditor = lexicalEditor({
  features: () => [
    ...textFeatures(),
    BlocksFeature({ blocks: [OfficialQuoteBlock, PartnerStripBlock, EventCardBlock, ImageBlock] }),
  ],
})

/** Plain formatted prose (biographies, event programmes): no newsroom blocks. */
export const proseEditor = lexicalEditor({ features: textFeatures })

/** Refuses a rich text with a link to anything but the web, e-mail, the telephone or a document of the newsroom. */
const refuseUnsafeLinks: Validate = async (value, options) => {
  const reasons = unsafeLinks(value as RichText)
  if (reasons.length > 0) return reasons.join(' ')
  return validateRichText(value, options as never)
}

const serveSafeLinksOnly: FieldHook = ({ value }) => withoutUnsafeLinks(value as RichText)

/** A rich-text field whose links are checked on save and, for anything stored before, made harmless when read. */
export const richTextField = (field: Omit<RichTextField, 'type'> & { name: string }): RichTextField => ({
  ...field,
  type: 'richText',
  validate: refuseUnsafeLinks,
  hooks: { ...field.hooks, afterRead: [...(field.hooks?.afterRead ?? []), serveSafeLinksOnly] },
})
