import type { CollectionConfig } from 'payload'
import { accessFor } from '../src/access/permissions'
import { slugField } from '../src/fields/slug'
import { refuseDeleteWhileUsed } from '../src/hooks/refuseDeleteWhileUsed'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import { explainRefusal } from '../src/hooks/explainRefusal'

/** The rubrics an article is filed under, such as "Actu Maroc". */
export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: {
    singular: { en: 'Section', fr: 'Rubrique', ar: 'قسم' },
    plural: { en: 'Sections', fr: 'Rubriques', ar: 'الأقسام' },
  },
  access: accessFor('sections'),
  defaultPopulate: { name: true, slug: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    group: { en: 'Newsroom', fr: 'Rédaction', ar: 'التحرير' },
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', fr: 'Nom', ar: 'الاسم' } },
    slugField({ from: 'name' }),
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', fr: 'Description', ar: 'الوصف' } },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { en: 'Order in menus', fr: 'Ordre dans les menus', ar: 'الترتيب' },
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeOperation: [explainRefusal('sections')],
    afterChange: [auditChanges],
    afterDelete: [auditDeletion],
    beforeDelete: [refuseDeleteWhileUsed([{ collection: 'articles', field: 'section' }])],
  },
}
