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
import { EventCardBlock } from '../blocks/EventCard/config'
import { ImageBlock } from '../blocks/Image/config'
import { OfficialQuoteBlock } from '../blocks/OfficialQuote/config'
import { PartnerStripBlock } from '../blocks/PartnerStrip/config'

const textFeatures = () => [
  ParagraphFeature(),
  BoldFeature(),
  ItalicFeature(),
  UnderlineFeature(),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3'] }),
  UnorderedListFeature(),
  OrderedListFeature(),
  BlockquoteFeature(),
  LinkFeature({ enabledCollections: ['articles', 'launch-events'] }),
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
