import type { DemoAuthor, DemoPage, DemoSection, DemoTag } from './types.js';

/**
 * Sections of the demo site. `water-treatment` is nested under `water`.
 * Kessmere is an invented mid-sized city; everything said about it is fiction.
 */
export const demoSections: DemoSection[] = [
  {
    slug: 'water',
    name: 'Water Supply',
    description:
      'How the invented city of Kessmere finds, stores, prices and delivers its drinking water, and what that costs.',
    translations: {
      fr: { name: 'Eau potable', slug: 'eau-potable', description: 'Comment la ville imaginaire de Kessmere trouve, stocke, facture et distribue son eau potable, et ce que cela coûte.' },
      ar: { name: 'إمدادات المياه', description: 'كيف تجد مدينة كِسمير المتخيَّلة مياه الشرب وتخزّنها وتسعّرها وتوزّعها، وكم يكلّف ذلك.' },
    },
  },
  {
    slug: 'water-treatment',
    name: 'Treatment',
    description:
      'What happens to Kessmere’s water between the intake and the tap: filtration, disinfection and corrosion control.',
    parent: 'water',
  },
  {
    slug: 'timekeeping',
    name: 'Timekeeping',
    description:
      'A sourced history of how people have measured and agreed on the time, from shadow sticks to caesium fountains.',
    translations: {
      fr: { name: 'La mesure du temps', slug: 'mesure-du-temps', description: 'Une histoire sourcée de la façon dont on a mesuré l’heure et s’est accordé sur elle, du gnomon aux fontaines à césium.' },
      ar: { name: 'قياس الوقت' },
    },
  },
  {
    slug: 'maps',
    name: 'Maps & Surveying',
    description:
      'How land gets measured, drawn and argued over: triangulation, projections, datums and the people who did the fieldwork.',
    translations: {
      fr: { name: 'Cartes et arpentage', slug: 'cartes-et-arpentage', description: 'Comment on mesure la terre, la dessine et se la dispute : triangulation, projections, systèmes géodésiques et ceux qui ont fait le terrain.' },
      ar: { name: 'الخرائط والمساحة', description: 'كيف تُقاس الأرض وتُرسم ويُختلف عليها: التثليث والإسقاطات والمراجع الجيوديسية ومن قاموا بالعمل الميداني.' },
    },
  },
];

export const demoAuthors: DemoAuthor[] = [
  {
    slug: 'maren-oduya',
    name: 'Maren Oduya',
    bio: 'Maren Oduya has covered Kessmere’s utilities and city council for eleven years, most of them from the back row of board meetings that run long. She reads rate filings for fun and keeps a spreadsheet of every main break reported since 2015.',
  },
  {
    slug: 'tobias-rendle',
    name: 'Tobias Rendle',
    bio: 'Tobias Rendle spent two decades as a curator of scientific instruments before turning to writing full time. He is interested in the gap between how accurate a clock is and how accurate people need it to be, and he still winds a longcase clock every Sunday.',
  },
  {
    slug: 'ines-calloway',
    name: 'Inés Calloway',
    bio: 'Inés Calloway worked as a licensed land surveyor for fifteen years, running traverses through farmland, subdivisions and one memorable cemetery. She now writes about the history of mapping and teaches an evening course on reading old plats.',
    translations: {
      fr: { bio: 'Inés Calloway a été géomètre-expert pendant quinze ans, menant des cheminements à travers champs, lotissements et un cimetière mémorable. Elle écrit aujourd’hui sur l’histoire de la cartographie et donne un cours du soir sur la lecture des anciens plans cadastraux.' },
    },
  },
  {
    slug: 'desmond-achterberg',
    name: 'Desmond Achterberg',
    bio: 'Desmond Achterberg is the data editor, which means he is the person who asks where a number came from. Before joining he built dashboards for a regional transit agency and learned to distrust any chart without a footnote.',
  },
];

export const demoTags: DemoTag[] = [
  { slug: 'infrastructure', name: 'Infrastructure' },
  { slug: 'public-health', name: 'Public health' },
  { slug: 'local-government', name: 'Local government' },
  { slug: 'history-of-science', name: 'History of science', translations: { fr: { name: 'Histoire des sciences', slug: 'histoire-des-sciences' }, ar: { name: 'تاريخ العلوم' } } },
  { slug: 'navigation', name: 'Navigation' },
  { slug: 'standards', name: 'Standards' },
  { slug: 'measurement', name: 'Measurement', translations: { fr: { name: 'Mesure', slug: 'mesure' }, ar: { name: 'القياس' } } },
  { slug: 'instruments', name: 'Instruments' },
  { slug: 'engineering', name: 'Engineering' },
  { slug: 'open-data', name: 'Open data' },
];

export const demoPages: DemoPage[] = [
  {
    slug: 'about',
    title: 'About this site',
    body: `This is a demonstration site for **Dossier**, a self-hosted publishing platform for sourced writing: articles that make claims and back each one with a numbered note.

Everything you see here is demo content, bundled with Dossier so that a fresh installation has something to show. It exists to exercise the platform’s features — sections and subsections, bylines with more than one author, tags, footnotes that are cited more than once, long references that need to wrap — rather than to inform anyone about anything in particular.

## What is real and what is not

- **Kessmere is invented.** The city, its river, its reservoir, its utility and every document attributed to them are fiction. Any resemblance to a real place is an accident.
- **The history is real.** The articles on timekeeping and surveying describe real people and events and cite real books, but they are short summaries written for the demo and should not be relied on as scholarship.
- **The authors are invented.** Their names and biographies were made up for this site.
- **Links go nowhere.** Every URL in a note uses a reserved example domain, so no demo link points at a real server.

## Making it your own

Once you have looked around, you can delete the demo content from the admin area and start publishing your own work. The demo can be seeded again at any time.`,
  },
  {
    slug: 'contact',
    title: 'Contact',
    body: `This site is a demonstration of Dossier and has no real editorial staff, but the contact page is here so you can see how a standalone page looks.

If this were a real publication, you might write to:

> The Editors, editors@dossier-demo.example.org

Corrections are the lifeblood of sourced writing. A real Dossier site would list here how readers can report an error, how quickly the editors aim to respond, and where corrected articles are noted.

For questions about the Dossier software itself, see the documentation that shipped with your installation.`,
  },
];
