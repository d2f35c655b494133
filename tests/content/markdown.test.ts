import { describe, expect, it } from 'vitest';
import { readGlossaries } from '../../src/lib/content/glossary';
import { MarkdownError, renderMarkdown as render } from '../../src/lib/content/markdown';
import type { Locale } from '../../src/lib/i18n';

const glossaries = readGlossaries();
const renderMarkdown = (locale: Locale, source: string) =>
  render(locale, source, glossaries[locale] ?? {});

describe('guide Markdown', () => {
  it('splits sections on ## headings with their ids, and keeps plain text for search', () => {
    const r = renderMarkdown(
      'en',
      'Intro **bold**.\n\n## First {#first}\n\n- one\n- two\n  more\n',
    );
    expect(r.sections).toEqual([
      { id: '', heading: '', text: 'Intro bold.', passages: ['Intro bold.'] },
      { id: 'first', heading: 'First', text: 'one. two more.', passages: ['one. two more.'] },
    ]);
    expect(r.html).toContain('<h2 id="first">First</h2>');
    expect(r.html).toContain('<li>two more</li>');
  });

  it('cuts each section into passages: a paragraph, a note, a list with the lead-in that ends in a colon, a sub-heading with what follows', () => {
    const r = renderMarkdown(
      'en',
      [
        '## Who {#who}',
        '',
        'Only one wife can come.',
        '',
        'These can come:',
        '',
        '- the wife',
        '- the children',
        '',
        '> Ask for help.',
        '',
        '### Children',
        '',
        'Under the age limit.',
      ].join('\n'),
    );
    expect(r.sections[1]?.passages).toEqual([
      'Only one wife can come.',
      'These can come: the wife. the children.',
      'Ask for help.',
      'Children. Under the age limit.',
    ]);
  });

  it('links the first mention of a glossary word only', () => {
    const r = renderMarkdown('fr', "L'OFPRA décide. Puis l'OFPRA écrit.");
    expect(r.html.match(/glossary#ofpra/g)).toHaveLength(1);
    expect(r.terms).toEqual(['ofpra']);
  });

  it('does not link a glossary word inside a link or a heading', () => {
    const r = renderMarkdown('fr', '## OFII {#x}\n\n[voir OFII](guide:steps-regroupement)');
    expect(r.html).not.toContain('glossary#ofii');
  });

  it('resolves guide and glossary links and records them', () => {
    const r = renderMarkdown(
      'en',
      '[a](guide:fees#visa-fee) [b](glossary:ofii) [c](https://www.ofii.fr)',
    );
    expect(r.html).toContain('href="/en/guide/fees#visa-fee"');
    expect(r.html).toContain('href="/en/glossary#ofii"');
    expect(r.links).toEqual(['guide:fees#visa-fee', 'glossary:ofii']);
    const tool = renderMarkdown('ar', '[appeal](simulator:refused)');
    expect(tool.html).toContain('href="/ar/simulator/refused"');
    expect(tool.links).toEqual(['simulator:refused']);
    expect(() => renderMarkdown('en', '[a](simulator:unknown)')).toThrow(MarkdownError);
  });

  it('escapes HTML and refuses unknown link targets and headings without an id', () => {
    expect(renderMarkdown('en', '<script>x</script>').html).toContain('&lt;script&gt;');
    expect(() => renderMarkdown('en', '[a](javascript:alert)')).toThrow(MarkdownError);
    expect(() => renderMarkdown('en', '## Heading')).toThrow(MarkdownError);
    expect(() => renderMarkdown('en', '# Title')).toThrow(MarkdownError);
  });

  it('links glossary words written in right-to-left and Ethiopic scripts, as whole words only', () => {
    const glossary = {
      recepisse: { term: 'récépissé (رسید)', definition: 'یک سند موقت.', forms: ['رسید'] },
      visa: { term: 'ቪዛ', definition: 'ፍቓድ ምእታው።', forms: ['ቪዛ'] },
    };
    const fa = render('fa', 'شما یک رسیدِ موقت می‌گیرید. رسیدها', glossary);
    expect(fa.html).toContain('<a class="term" href="/fa/glossary#recepisse">رسیدِ</a>');
    expect(fa.terms).toEqual(['recepisse']);
    expect(render('fa', 'رسیدها', glossary).terms).toEqual([]);
    const ti = render('ti', 'ናይ ቪዛ ሕቶ፡ ቪዛ።', glossary);
    expect(ti.html.match(/glossary#visa/g)).toHaveLength(1);
    expect(render('ti', 'ናይ ቪዛታት', glossary).terms).toEqual([]);
  });
});
