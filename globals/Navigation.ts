import type { GlobalConfig } from 'payload'
import { anyone, editorsAndAdmins } from '../src/access/staff'
import { menuItems } from '../src/fields/menuItems'

/** The header and footer menus every front end draws. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { en: 'Navigation', fr: 'Navigation', ar: 'التنقل' },
  access: { read: anyone, update: editorsAndAdmins },
  admin: { group: { en: 'Site', fr: 'Site', ar: 'الموقع' } },
  fields: [
    menuItems('header', { en: 'Header menu', fr: 'Menu principal', ar: 'القائمة الرئيسية' }),
    menuItems('footer', { en: 'Footer menu', fr: 'Menu de pied de page', ar: 'قائمة التذييل' }),
  ],
}
