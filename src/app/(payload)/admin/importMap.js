import { ReviewNotice as ReviewNotice_87ae7ae5869e9892537292818fd84797 } from '../../../../src/components/ReviewNotice'
import { WorkflowPanel as WorkflowPanel_1ed821aee007f45761041bd89fbaa4a6 } from '../../../../src/components/WorkflowPanel'
import { SourceText as SourceText_45ae596d9383e4ffcb56f05c83c80139 } from '../../../../src/components/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CharacterCount as CharacterCount_54d9e20b130ba9c90f4588f3c8d12479 } from '../../../../src/components/CharacterCount'
import { DiscardUntouched as DiscardUntouched_6ebf59cfd0d8e4dd0d7b321f8ca3bcd3 } from '../../../../src/components/DiscardUntouched'
import { GuardedPublishButton as GuardedPublishButton_e419ddeb5c89386e8ee2cfedce629a1c } from '../../../../src/components/GuardedPublishButton'
import { EditorialStatus as EditorialStatus_40e61994339568a4eff92bbc6c5b0216 } from '../../../../src/components/EditorialStatus'
import { NoUnpublishButton as NoUnpublishButton_e419ddeb5c89386e8ee2cfedce629a1c } from '../../../../src/components/GuardedPublishButton'
import { ReleaseItems as ReleaseItems_2be2729cc856c5e9673637164197b0bd } from '../../../../src/components/ReleaseItems'
import { InvitationAgain as InvitationAgain_725498112e14008412cc669d23c76a13 } from '../../../../src/components/StaffInvitation'
import { InviteStaff as InviteStaff_725498112e14008412cc669d23c76a13 } from '../../../../src/components/StaffInvitation'
import { JsonDetails as JsonDetails_069c2dbf22975e1f6e291b979ec7b46f } from '../../../../src/components/JsonDetails'
import { TranslationsNavLink as TranslationsNavLink_10b1cd9704dbe5b3589473d2af59eccd } from '../../../../src/components/TranslationsNavLink'
import { LanguageKeeper as LanguageKeeper_8fdfa5b1727f0f7da7dfa69ca136c3c5 } from '../../../../src/components/LanguageKeeper'
import { TranslatorLanding as TranslatorLanding_6960d6f4f8a26f7c88855fcaf42cdc93 } from '../../../../src/components/TranslatorLanding'
import { NewsroomDesk as NewsroomDesk_7723ed4964a8b788180fcf7cd606e02d } from '../../../../src/components/NewsroomDesk'
import { TranslationsDashboard as TranslationsDashboard_a0ee86a813d2c6f33dc87132c099104c } from '../../../../src/components/TranslationsDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/ReviewNotice#ReviewNotice": ReviewNotice_87ae7ae5869e9892537292818fd84797,
  "/src/components/WorkflowPanel#WorkflowPanel": WorkflowPanel_1ed821aee007f45761041bd89fbaa4a6,
  "/src/components/SourceText#SourceText": SourceText_45ae596d9383e4ffcb56f05c83c80139,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/CharacterCount#CharacterCount": CharacterCount_54d9e20b130ba9c90f4588f3c8d12479,
  "/src/components/DiscardUntouched#DiscardUntouched": DiscardUntouched_6ebf59cfd0d8e4dd0d7b321f8ca3bcd3,
  "/src/components/GuardedPublishButton#GuardedPublishButton": GuardedPublishButton_e419ddeb5c89386e8ee2cfedce629a1c,
  "/src/components/EditorialStatus#EditorialStatus": EditorialStatus_40e61994339568a4eff92bbc6c5b0216,
  "/src/components/GuardedPublishButton#NoUnpublishButton": NoUnpublishButton_e419ddeb5c89386e8ee2cfedce629a1c,
  "/src/components/ReleaseItems#ReleaseItems": ReleaseItems_2be2729cc856c5e9673637164197b0bd,
  "/src/components/StaffInvitation#InvitationAgain": InvitationAgain_725498112e14008412cc669d23c76a13,
  "/src/components/StaffInvitation#InviteStaff": InviteStaff_725498112e14008412cc669d23c76a13,
  "/src/components/JsonDetails#JsonDetails": JsonDetails_069c2dbf22975e1f6e291b979ec7b46f,
  "/src/components/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_10b1cd9704dbe5b3589473d2af59eccd,
  "/src/components/LanguageKeeper#LanguageKeeper": LanguageKeeper_8fdfa5b1727f0f7da7dfa69ca136c3c5,
  "/src/components/TranslatorLanding#TranslatorLanding": TranslatorLanding_6960d6f4f8a26f7c88855fcaf42cdc93,
  "/src/components/NewsroomDesk#NewsroomDesk": NewsroomDesk_7723ed4964a8b788180fcf7cd606e02d,
  "/src/components/TranslationsDashboard#TranslationsDashboard": TranslationsDashboard_a0ee86a813d2c6f33dc87132c099104c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
