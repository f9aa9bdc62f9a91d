import type { CollectionConfig } from 'payload'
import { adminLanguages } from '../src/workflow/words'
import { adminOnlyField, allow } from '../src/access/permissions'
import { contentLocales } from '../src/localization'
import { isAdmin, roleOptions } from '../src/access/roles'
import { updateSelfOrAdmin } from '../src/access/users'
import { inviteEndpoint, reinviteEndpoint } from '../src/staff/invitation'
import { auditChanges, auditDeletion } from '../src/hooks/audit/auditChanges'
import {
  appointFirstAdminAndKeepOne,
  keepLastAdmin,
  refuseRoleChangeByNonAdmin,
} from '../src/hooks/users/guardRoles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'Staff member', fr: 'Membre de la rédaction', ar: 'عضو هيئة التحرير' },
    plural: { en: 'Staff', fr: 'Équipe', ar: 'هيئة التحرير' },
  },
  access: {
    admin: ({ req }) => allow('users', 'read')({ req }) === true,
    create: allow('users', 'create'),
    read: allow('users', 'read'),
    update: updateSelfOrAdmin,
    delete: allow('users', 'delete'),
    unlock: ({ req }) => isAdmin(req.user),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'updatedAt'],
    listSearchableFields: ['name', 'email'],
    group: { en: 'Administration', fr: 'Administration', ar: 'الإدارة' },
    components: { beforeListTable: ['/src/components/StaffInvitation#InviteStaff'] },
  },
  endpoints: [inviteEndpoint, reinviteEndpoint],
  auth: {
    // No account lockout: anyone could lock the administrator out by failing on purpose. Failed sign-ins are
    // limited per address and per account from that address instead (src/http/rateLimits.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  fields: [
    {
      name: 'invitation',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/StaffInvitation#InvitationAgain' } },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { en: 'Full name', fr: 'Nom complet', ar: 'الاسم الكامل' },
    },
    {
      // Kept with the account, so the admin speaks the person's language on any browser, after any sign-in.
      name: 'adminLanguage',
      type: 'select',
      options: adminLanguages.map((value) => ({ value, label: { fr: 'Français', ar: 'العربية', en: 'English' }[value] })),
      label: { en: 'Admin language', fr: 'Langue de l’administration', ar: 'لغة لوحة الإدارة' },
      saveToJWT: true,
      admin: { position: 'sidebar', hidden: true },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'author',
      options: roleOptions,
      index: true,
      saveToJWT: true,
      label: { en: 'Role', fr: 'Rôle', ar: 'الدور' },
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        // The first account is always the administrator: its form offers no role to choose.
        condition: (_data, _siblingData, { user }) => Boolean(user),
        description: {
          en: 'Only an administrator can change a role.',
          fr: 'Seul un administrateur peut changer un rôle.',
          ar: 'لا يمكن تغيير الدور إلا من طرف مسؤول النظام.',
        },
      },
    },
    {
      name: 'translatorLocales',
      type: 'select',
      hasMany: true,
      options: contentLocales.map(({ code, label }) => ({ value: code, label })),
      label: { en: 'Locales this translator writes', fr: 'Langues de traduction', ar: 'لغات الترجمة' },
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar', condition: (data) => data?.role === 'translator' },
    },
  ],
  hooks: {
    beforeOperation: [refuseRoleChangeByNonAdmin],
    beforeChange: [appointFirstAdminAndKeepOne],
    afterChange: [auditChanges],
    beforeDelete: [keepLastAdmin],
    afterDelete: [auditDeletion],
  },
  timestamps: true,
}
