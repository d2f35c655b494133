import { describe, expect, it } from 'vitest';
import { POST as checklist } from '../../src/routes/api/v1/checklist/+server';
import { POST as deadlines } from '../../src/routes/api/v1/deadlines/+server';
import { POST as letters } from '../../src/routes/api/v1/letters/[kind]/+server';
import { POST as summary } from '../../src/routes/api/v1/summary/+server';
import { example } from './helpers';

const situation = example('03-refugee-spouse-and-children');

function call(
  handler: (e: never) => Response | Promise<Response>,
  path: string,
  body: unknown,
  params = {},
) {
  const url = new URL(`http://localhost${path}`);
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return Promise.resolve(handler({ request, url, params } as never));
}

describe('dossier API', () => {
  it('POST /api/v1/checklist gives the checklist and the steps', async () => {
    const res = await call(checklist, '/api/v1/checklist', { situation });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.checklist.procedures[0].id).toBe('reunification_familiale');
    expect(body.steps[0].steps[2].fee.value).toBe(99);
  });

  it('POST /api/v1/deadlines?format=ics gives a calendar', async () => {
    const res = await call(deadlines, '/api/v1/deadlines?format=ics', {
      situation,
      events: { visaRefusalNotified: '2026-09-15', visaApplicationLodged: '2026-03-10' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(await res.text()).toContain('BEGIN:VEVENT');
  });

  it('bad event dates are 400 with {errors:[{path,message}]}', async () => {
    const res = await call(deadlines, '/api/v1/deadlines', {
      situation,
      events: { arrival: 'yesterday' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        { path: 'events.arrival', message: 'expected a real calendar date written YYYY-MM-DD' },
      ],
    });
  });

  it('POST /api/v1/letters/crrv-appeal gives a PDF, or says what is missing', async () => {
    const ok = await call(
      letters,
      '/api/v1/letters/crrv-appeal',
      {
        situation,
        events: { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
      },
      { kind: 'crrv-appeal' },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    const missing = await call(
      letters,
      '/api/v1/letters/crrv-appeal',
      { situation },
      { kind: 'crrv-appeal' },
    );
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].path).toBe('events.visaRefusalNotified');
    const unknown = await call(letters, '/api/v1/letters/nope', { situation }, { kind: 'nope' });
    expect(unknown.status).toBe(404);
  });

  it('POST /api/v1/summary gives a PDF', async () => {
    const res = await call(summary, '/api/v1/summary?lang=en', { situation });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
  });
});
