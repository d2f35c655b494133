import type { Glossary } from './glossary';
import type { FrontMatter } from './schema';

/** A rendered page; its section keywords serve the search index only and are not kept. */
export interface BuiltPage extends Omit<FrontMatter, 'sectionKeywords'> {
  html: string;
  sections: { id: string; heading: string }[];
  links: string[];
  terms: string[];
}

/** What the content build writes for one language: its pages, ordered, and its own glossary. */
export interface BuiltLanguage {
  pages: BuiltPage[];
  glossary: Glossary;
}
