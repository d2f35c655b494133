/** The front matter every guide page carries, checked when the content is built. */
import { z } from 'zod';

export const TOPICS = [
  'start',
  'procedures',
  'who',
  'conditions',
  'documents',
  'steps',
  'after',
  'problems',
  'help',
] as const;

export const PROCEDURES = [
  'reunification_familiale',
  'regroupement_familial',
  'famille_ue',
  'famille_accompagnante',
  'other',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
  /** Translations keep the French name of a procedure beside theirs: room for both. */
  title: z.string().min(3).max(140),
  summary: z.string().min(10).max(240),
  topics: z.array(z.enum(TOPICS)).min(1),
  procedures: z.array(z.enum(PROCEDURES)).min(1),
  /** Words people use for this page that the text may not contain (search only). */
  keywords: z.array(z.string().min(2)).default([]),
  /**
   * Words people use for the question one section answers, by the section's anchor (search only): the
   * section is found by them even where its text says it otherwise ("how long" for "length of stay").
   */
  sectionKeywords: z.record(z.string(), z.array(z.string().min(2))).default({}),
  sources: z
    .array(
      z.strictObject({
        title: z.string().min(3),
        url: z.url({ protocol: /^https$/ }),
      }),
    )
    .min(1),
  verified: isoDate,
  translation: z.enum(['source', 'draft', 'reviewed']),
  order: z.number().int().min(0),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * Questions people ask, for one page (`asked/<lang>/<page>.yaml`, search only): each item a passage of
 * the page (`page` for its introduction, `page#anchor` for a section) and questions it answers, written
 * as people write them.
 */
export const askedFileSchema = z.array(
  z.strictObject({
    a: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'page or page#section'),
    q: z.array(z.string().min(2)).min(1),
  }),
);
