/**
 * The MoroccoTech launch of 14 January 2022, as seed content: the facts of the founding article
 * (../shared/seed/moroccotech-launch-article.txt), told in the newsroom's own words.
 */
import type { ContentLocale } from '../localization'

type Localized = Partial<Record<ContentLocale, string>> & { fr: string }

export type SeedOrganisation = {
  key: string
  acronym: string
  name: Localized
  kind: 'ministry' | 'agency' | 'federation' | 'employers-confederation' | 'technopark' | 'company' | 'other'
  colour: string
  website?: string
  partnerRole?: 'close-collaboration' | 'partner'
}

export const organisations: SeedOrganisation[] = [
  {
    key: 'ministry',
    acronym: 'MTNRA',
    kind: 'ministry',
    colour: '#8a1538',
    name: {
      fr: "Ministère de la Transition numérique et de la Réforme de l'administration",
      ar: 'وزارة الانتقال الرقمي وإصلاح الإدارة',
      en: 'Ministry of Digital Transition and Administrative Reform',
    },
  },
  {
    key: 'apebi',
    acronym: 'APEBI',
    kind: 'federation',
    colour: '#0b5394',
    partnerRole: 'close-collaboration',
    name: {
      fr: "Fédération des Technologies de l'Information, des Télécommunications et de l'Offshoring",
      ar: 'الفيدرالية المغربية لتكنولوجيا المعلومات والاتصالات والأوفشورينغ',
      en: 'Federation of Information Technology, Telecommunications and Offshoring',
    },
  },
  {
    key: 'amdie',
    acronym: 'AMDIE',
    kind: 'agency',
    colour: '#b45f06',
    partnerRole: 'partner',
    name: {
      fr: "Agence marocaine de développement des investissements et des exportations",
      ar: 'الوكالة المغربية لتنمية الاستثمارات والصادرات',
      en: 'Moroccan Investment and Export Development Agency',
    },
  },
  {
    key: 'add',
    acronym: 'ADD',
    kind: 'agency',
    colour: '#38761d',
    partnerRole: 'partner',
    name: { fr: 'Agence de développement du digital', ar: 'وكالة التنمية الرقمية', en: 'Digital Development Agency' },
  },
  {
    key: 'cgem',
    acronym: 'CGEM',
    kind: 'employers-confederation',
    colour: '#134f5c',
    partnerRole: 'partner',
    name: {
      fr: 'Confédération générale des entreprises du Maroc',
      ar: 'الاتحاد العام لمقاولات المغرب',
      en: 'General Confederation of Moroccan Enterprises',
    },
  },
  {
    key: 'ausim',
    acronym: 'AUSIM',
    kind: 'other',
    colour: '#674ea7',
    partnerRole: 'partner',
    name: {
      fr: "Association des utilisateurs des systèmes d'information au Maroc",
      ar: 'جمعية مستعملي نظم المعلومات بالمغرب',
      en: 'Moroccan Association of Information Systems Users',
    },
  },
  {
    key: 'technopark',
    acronym: 'TP',
    kind: 'technopark',
    colour: '#cc0000',
    partnerRole: 'partner',
    name: { fr: 'Technopark', ar: 'تكنوبارك', en: 'Technopark' },
  },
  {
    key: 'inclusion',
    acronym: 'MIEPEEC',
    kind: 'ministry',
    colour: '#45818e',
    name: {
      fr: "Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
      ar: 'وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات',
      en: 'Ministry of Economic Inclusion, Small Business, Employment and Skills',
    },
  },
]

export type SeedOfficial = {
  key: string
  slug: string
  fullName: Localized
  honorific: Localized
  appointment: { roleTitle: Localized; organisation: string; startDate: string }
}

export const officials: SeedOfficial[] = [
  {
    key: 'mezzour',
    slug: 'ghita-mezzour',
    fullName: { fr: 'Ghita Mezzour', ar: 'غيثة مزور', en: 'Ghita Mezzour' },
    honorific: { fr: 'Mme', ar: 'السيدة', en: 'Ms' },
    appointment: {
      organisation: 'ministry',
      startDate: '2021-10-07',
      roleTitle: {
        fr: "Ministre déléguée chargée de la Transition numérique et de la Réforme de l'administration",
        ar: 'الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة',
        en: 'Minister Delegate for Digital Transition and Administrative Reform',
      },
    },
  },
  {
    key: 'alj',
    slug: 'chakib-alj',
    fullName: { fr: 'Chakib Alj', ar: 'شكيب لعلج', en: 'Chakib Alj' },
    honorific: { fr: 'M.', ar: 'السيد', en: 'Mr' },
    appointment: {
      organisation: 'cgem',
      startDate: '2020-05-16',
      roleTitle: { fr: 'Président de la CGEM', ar: 'رئيس الاتحاد العام لمقاولات المغرب', en: 'President of CGEM' },
    },
  },
  {
    key: 'sekkouri',
    slug: 'younes-sekkouri',
    fullName: { fr: 'Younes Sekkouri', ar: 'يونس السكوري', en: 'Younes Sekkouri' },
    honorific: { fr: 'M.', ar: 'السيد', en: 'Mr' },
    appointment: {
      organisation: 'inclusion',
      startDate: '2021-10-07',
      roleTitle: {
        fr: "Ministre de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
        ar: 'وزير الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات',
        en: 'Minister of Economic Inclusion, Small Business, Employment and Skills',
      },
    },
  },
]

export type SeedQuote = { key: string; speaker: string; text: Localized }

export const quotes: SeedQuote[] = [
  {
    key: 'celebration',
    speaker: 'mezzour',
    text: {
      fr: 'Cette journée est une célébration du digital Made in Morocco.',
      ar: 'هذا اليوم احتفاء بالرقمي المصنوع في المغرب.',
      en: 'Today is a celebration of digital made in Morocco.',
    },
  },
  {
    key: 'governance',
    speaker: 'alj',
    text: {
      fr: 'La marque MoroccoTech sera aussi bien portée par le secteur public que par les acteurs privés, dans le cadre d’une gouvernance efficace et orientée résultats.',
      ar: 'علامة MoroccoTech سيحملها القطاع العام والفاعلون الخواص على حد سواء، في إطار حكامة ناجعة موجهة نحو النتائج.',
      en: 'The MoroccoTech brand will be carried by the public sector and private players alike, under effective, results-driven governance.',
    },
  },
  {
    key: 'destination',
    speaker: 'alj',
    text: {
      fr: 'Nous travaillerons, avec et à travers l’APEBI, en étroite collaboration avec le ministère de la Transition numérique, l’AMDIE et l’AUSIM pour positionner notre pays comme l’une des meilleures destinations de technologie et d’innovation.',
      ar: 'سنعمل، مع الفيدرالية ومن خلالها، بتعاون وثيق مع وزارة الانتقال الرقمي والوكالة المغربية لتنمية الاستثمارات والصادرات وجمعية AUSIM، لجعل بلدنا من أفضل وجهات التكنولوجيا والابتكار.',
      en: 'Together with and through APEBI, we will work closely with the Ministry of Digital Transition, AMDIE and AUSIM to place our country among the best destinations for technology and innovation.',
    },
  },
]

export const LAUNCH_DAY = '2022-01-14'

export const section = {
  slug: 'actu-maroc',
  name: { fr: 'Actu Maroc', ar: 'أخبار المغرب', en: 'Morocco News' },
  description: {
    fr: 'Les nouvelles du numérique marocain.',
    ar: 'أخبار القطاع الرقمي المغربي.',
    en: 'News from Morocco’s digital sector.',
  },
}

export const event = {
  slug: 'lancement-moroccotech',
  title: { fr: 'Lancement de la marque MoroccoTech', ar: 'إطلاق علامة MoroccoTech', en: 'Launch of the MoroccoTech brand' },
  summary: {
    fr: 'Le ministère de la Transition numérique présente MoroccoTech, la marque nationale qui porte le numérique marocain, avec la fédération APEBI et ses partenaires publics et privés.',
    ar: 'وزارة الانتقال الرقمي تقدم MoroccoTech، العلامة الوطنية للقطاع الرقمي المغربي، بتعاون مع فيدرالية APEBI وشركائها من القطاعين العام والخاص.',
    en: 'The Ministry of Digital Transition unveils MoroccoTech, the national brand for Morocco’s digital sector, with the APEBI federation and its public and private partners.',
  },
}

export const article = {
  slug: { fr: 'moroccotech-le-maroc-lance-sa-marque-numerique', ar: 'المغرب-يطلق-علامته-الرقمية-moroccotech', en: 'morocco-launches-moroccotech-digital-brand' },
  title: {
    fr: 'MoroccoTech : le Maroc lance sa marque numérique nationale',
    ar: 'MoroccoTech: المغرب يطلق علامته الرقمية الوطنية',
    en: 'MoroccoTech: Morocco launches its national digital brand',
  },
  standfirst: {
    fr: 'Le 14 janvier 2022, le ministère de la Transition numérique a lancé MoroccoTech, une marque nationale destinée à faire connaître le savoir-faire numérique marocain et à installer le Royaume comme pôle digital régional.',
    ar: 'في 14 يناير 2022، أطلقت وزارة الانتقال الرقمي علامة MoroccoTech، وهي علامة وطنية تهدف إلى التعريف بالخبرة الرقمية المغربية وترسيخ مكانة المملكة قطبًا رقميًا إقليميًا.',
    en: 'On 14 January 2022 the Ministry of Digital Transition launched MoroccoTech, a national brand meant to showcase Moroccan digital expertise and establish the Kingdom as a regional digital hub.',
  },
  headings: {
    brand: { fr: 'Une marque pour le numérique « made in Morocco »', ar: 'علامة للرقمي «صنع في المغرب»', en: 'A brand for digital “made in Morocco”' },
    ambition: { fr: 'L’ambition : devenir une place digitale mondiale', ar: 'الطموح: أن يصبح المغرب منصة رقمية عالمية', en: 'The ambition: a global digital marketplace' },
  },
  paragraphs: {
    partners: {
      fr: 'La marque a été conçue en étroite collaboration avec la fédération APEBI et en partenariat avec l’AMDIE, l’ADD, la CGEM, l’AUSIM et le Technopark. Elle doit faire du Maroc une destination numérique de premier plan et entraîner l’ensemble des secteurs dans leur transformation.',
      ar: 'صُممت العلامة بتعاون وثيق مع فيدرالية APEBI وبشراكة مع الوكالة المغربية لتنمية الاستثمارات والصادرات ووكالة التنمية الرقمية والاتحاد العام لمقاولات المغرب وجمعية AUSIM وتكنوبارك، بهدف جعل المغرب وجهة رقمية رائدة ومواكبة مختلف القطاعات في تحولها.',
      en: 'The brand was designed in close collaboration with the APEBI federation and in partnership with AMDIE, ADD, CGEM, AUSIM and Technopark. It aims to make Morocco a leading digital destination and to carry every sector through its transformation.',
    },
    talent: {
      fr: 'Devant le ministre Younes Sekkouri, la ministre déléguée Ghita Mezzour a mis en avant le vivier de talents du pays, la qualité de ses infrastructures et ses entreprises innovantes, notamment dans l’offshoring.',
      ar: 'بحضور الوزير يونس السكوري، أبرزت الوزيرة المنتدبة غيثة مزور ما يزخر به البلد من كفاءات وجودة بنياته التحتية ومقاولاته المبتكرة، لا سيما في مجال ترحيل الخدمات.',
      en: 'With minister Younes Sekkouri in attendance, Minister Delegate Ghita Mezzour highlighted the country’s talent pool, the quality of its infrastructure and its innovative companies, offshoring among them.',
    },
    ambition: {
      fr: 'Les débats ont porté sur la gouvernance de la marque, le financement, les talents et le rôle de la diaspora, tandis que start-up, PME et grands groupes présentaient leurs innovations.',
      ar: 'تناولت النقاشات حكامة العلامة والتمويل والكفاءات ودور مغاربة العالم، فيما عرضت مقاولات ناشئة وصغرى وكبرى ابتكاراتها الرقمية.',
      en: 'Discussions covered the brand’s governance, funding, talent and the role of the diaspora, while start-ups, SMEs and large companies showed their digital innovations.',
    },
  },
  partnerStripHeading: { fr: 'Les partenaires de MoroccoTech', ar: 'شركاء MoroccoTech', en: 'MoroccoTech’s partners' },
  heroAlt: {
    fr: 'Bannière MoroccoTech aux couleurs de la marque, datée du 14 janvier 2022',
    ar: 'لافتة MoroccoTech بألوان العلامة، مؤرخة في 14 يناير 2022',
    en: 'MoroccoTech banner in the brand colours, dated 14 January 2022',
  },
  heroCaption: { fr: 'Le lancement de MoroccoTech', ar: 'إطلاق MoroccoTech', en: 'The launch of MoroccoTech' },
  tags: { fr: ['MoroccoTech', 'numérique', 'offshoring'], ar: ['MoroccoTech', 'الرقمي', 'ترحيل الخدمات'], en: ['MoroccoTech', 'digital', 'offshoring'] },
  coverage: {
    outlet: "L'Opinion",
    headline: 'MoroccoTech : Coup d’envoi de la marque digitale « made in Morocco »',
    url: 'https://www.lopinion.ma/',
    date: LAUNCH_DAY,
    language: 'fr' as const,
  },
}

export const siteSettings = {
  siteName: { fr: 'MoroccoTech', ar: 'MoroccoTech', en: 'MoroccoTech', zgh: 'MoroccoTech' },
  tagline: { fr: 'Le numérique made in Morocco', ar: 'الرقمي صنع في المغرب', en: 'Digital, made in Morocco' },
  social: {
    facebook: 'https://www.facebook.com/MoroccoTech',
    x: 'https://x.com/MoroccoTech',
    youtube: 'https://www.youtube.com/@MoroccoTech',
    instagram: 'https://www.instagram.com/moroccotech',
    linkedin: 'https://www.linkedin.com/company/moroccotech',
  },
}
