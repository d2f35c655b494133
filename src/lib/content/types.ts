import type { FrontMatter } from './schema';

export interface BuiltPage extends FrontMatter {
  html: string;
  sections: { id: string; heading: string }[];
  links: string[];
  terms: string[];
}

export type BuiltGuide = Record<'fr' | 'en', BuiltPage[]>;
