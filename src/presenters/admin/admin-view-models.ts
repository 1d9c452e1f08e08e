import type { DateView, LinkView, NoteView } from '../view-models.js';

/** Shapes the admin views receive: plain, formatted data. */

export interface AdminNavLink extends LinkView {
  current: boolean;
}

/** What surrounds every admin screen. */
export interface AdminChromeView {
  title: string;
  siteTitle: string;
  user: { name: string; role: string } | null;
  nav: AdminNavLink[];
  csrfToken: string;
  /** A one-line message after a redirect ("Saved."). */
  flash: string | null;
  /** The site's time zone: admin times are shown and entered in it. */
  timeZone: string;
  /** The admin's locale (the site's language, with its calendar and digit settings). */
  locale: string;
  /** `<html lang>` and `<html dir>` of admin screens. */
  language: string;
  dir: 'ltr' | 'rtl';
}

/** A form's state: what the user typed and what was wrong, per field. */
export interface FormView {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  /** Problems not tied to one field. */
  summary: string[];
}

export interface OptionView {
  value: string;
  label: string;
  /** The option's own language, when its label is written in one other than the page's. */
  lang?: string;
}

export interface SignInView {
  chrome: AdminChromeView;
  form: FormView;
  next: string;
}

export interface ArticleRowView {
  title: string;
  editHref: string;
  status: string;
  date: DateView | null;
  dateLabel: string;
  authors: string;
  lint: string | null;
}

export interface DashboardView {
  chrome: AdminChromeView;
  counts: Array<{ label: string; value: number; href: string }>;
  drafts: ArticleRowView[];
  scheduled: ArticleRowView[];
  pendingComments: number;
  citationHealth: ArticleRowView[];
  linkHealth: string;
  failedJobs: Array<{ kind: string; error: string; when: DateView | null }>;
  failedJobsTotal: number;
}

export interface ArticleListView {
  chrome: AdminChromeView;
  heading: string;
  filters: AdminNavLink[];
  rows: ArticleRowView[];
}

export interface DiagnosticView {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  rule: string;
}

export interface CorrectionView {
  label: string;
  date: DateView;
  text: string;
}

export interface EditorView {
  chrome: AdminChromeView;
  heading: string;
  action: string;
  id: number | null;
  version: number | null;
  status: string;
  form: FormView;
  conflict: string | null;
  buttons: Array<{ action: string; label: string; primary: boolean }>;
  sections: OptionView[];
  authors: OptionView[];
  tags: OptionView[];
  media: OptionView[];
  /** Article types (news, opinion…); the blank option is none. */
  articleTypes?: OptionView[];
  diagnostics: DiagnosticView[];
  warnings: string[];
  preview: PreviewView;
  links: LinkView[];
  corrections: CorrectionView[];
  /** The correction form, when the user may add one. */
  correctionForm: FormView | null;
  correctionAction: string;
  /** The language select: the site's languages. */
  languages: Array<{ value: string; label: string }>;
  /** The Translations box: its linked translations, and where to link another (null for a new article). */
  translations: { items: Array<{ language: string; title: string; href: string; status: string }>; linkAction: string; unlinkAction: string } | null;
}

export interface PreviewView {
  bodyHtml: string;
  notes: NoteView[];
  idPrefix: string;
}

export interface RevisionRowView {
  id: number;
  version: number;
  kind: string;
  who: string;
  when: DateView | null;
  title: string;
  restoreAction: string;
}

export interface RevisionsView {
  chrome: AdminChromeView;
  heading: string;
  editHref: string;
  compareAction: string;
  version: number;
  rows: RevisionRowView[];
  defaultFrom: number | null;
  defaultTo: number | null;
}

export interface DiffView {
  chrome: AdminChromeView;
  heading: string;
  backHref: string;
  fromLabel: string;
  toLabel: string;
  title: { before: string; after: string } | null;
  fields: Array<{ field: string; before: string; after: string }>;
  body: Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
}

export interface MediaItemView {
  id: number;
  src: string;
  filename: string;
  size: string;
  alt: string;
  /** Where the alt text form posts, or null when the viewer may not change this image. */
  altAction: string | null;
}

export interface MediaLibraryView {
  chrome: AdminChromeView;
  form: FormView;
  items: MediaItemView[];
}

export interface SectionRowView {
  id: number;
  name: string;
  slug: string;
  description: string;
  depth: number;
  /** The parent's id, or '' at the top level. */
  parent: string;
  /** Where it sits, in words ("in Water › Treatment"), for everyone, screen readers included. */
  place: string;
  moveAction: string;
  updateAction: string;
  translation: TranslationFormView;
  deleteAction: string;
}

/** One item's translations form: where it posts and the values of its fields (`name@fr`…). */
export interface TranslationFormView {
  action: string;
  values: Record<string, string>;
  /** The form sent last was this one's and was refused: open it, with its errors (else null). */
  failed: FormView | null;
}

export interface StructureView {
  chrome: AdminChromeView;
  screen: 'sections' | 'tags' | 'authors' | 'redirects';
  tabs: AdminNavLink[];
  form: FormView;
  sections: SectionRowView[];
  sectionOptions: OptionView[];
  tags: Array<{ id: number; name: string; slug: string; action: string; deleteAction: string; translation: TranslationFormView }>;
  authors: Array<{ id: number; name: string; slug: string; bio: string; fediverse: string; avatar: string; action: string; deleteAction: string; avatarSrc: string | null; translation: TranslationFormView }>;
  /** The site's other languages (code, own name): translation fields show only when there is one. */
  languages: OptionView[];
  redirects: Array<{ from: string; to: string; status: number }>;
  media: OptionView[];
}

export interface SettingsView {
  chrome: AdminChromeView;
  form: FormView;
  styles: OptionView[];
  permalinks: OptionView[];
  moderation: OptionView[];
  orders: OptionView[];
  /** Digits of Arabic-script pages (the `digits` setting). */
  digits: OptionView[];
  /** Whether a Save Page Now secret is stored (it is never shown). */
  captureSecretSet: boolean;
}

export interface UsersView {
  chrome: AdminChromeView;
  form: FormView;
  roles: Array<OptionView & { description: string }>;
  authors: OptionView[];
  /** "Site default (…)", the first choice of each admin-language select. */
  siteDefault: string;
  /** The admin languages, each named in itself. */
  languages: OptionView[];
  users: Array<{ id: number; name: string; email: string; role: string; author: string; adminLanguage: string; action: string }>;
}

/** "Your account": the signed-in user, and the admin language they choose. */
export interface AccountView {
  chrome: AdminChromeView;
  form: FormView;
  name: string;
  email: string;
  /** The role's name in the admin's language. */
  role: string;
  siteDefault: string;
  languages: OptionView[];
}
