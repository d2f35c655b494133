import type { Glossary } from './glossary';
import type { FrontMatter } from './schema';

export interface BuiltPage extends FrontMatter {
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
