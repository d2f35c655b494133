/**
 * The workspace's services on both storages, embedded PGlite (PostgreSQL 18) and a PostgreSQL 15
 * server: accounts and sign-in (argon2id, the failure limit with an injected clock, TOTP), cases
 * scoped by organisation (another organisation's case is not found), the file recomputed from the
 * data, the board and the calendar feed, the audit log (append-only, content-free), erasure, the
 * retention purge at a given date, the answers-file import, key rotation, and a dump that shows no
 * name, address or note.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedFile } from '../../src/lib/interview/answers';
import { generateKey, parseKeys } from '../../src/lib/server/workspace/crypto';
import { rotateKeys } from '../../src/lib/server/workspace/rotation';
import { totpCode } from '../../src/lib/server/workspace/auth';
import {
  type Actor,
  actorFromSession,
  addMember,
  calendarFeed,
  caseAudit,
  caseFile,
  caseFromSavedFile,
  createCalendarToken,
  createCase,
  createUser,
  deadlinesBoard,
  enableTotp,
  eraseCase,
  exportCase,
  getCase,
  listCases,
  listMembers,
  newTotpSecret,
  openWorkspace,
  purgeExpiredCases,
  removeMember,
  revokeCalendarToken,
  setRetention,
  signIn,
  updateCase,
  type Workspace,
} from '../../src/lib/server/workspace';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { EVENTS, newCase, PASSWORD, SECRET_WORDS, SITUATION, TODAY } from './fixtures';

/** Every byte of the files under a directory. */
function bytesUnder(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) parts.push(readFileSync(path));
  }
  return Buffer.concat(parts);
}

const BACKENDS = ['pglite', 'postgres'] as const;

describe.each(BACKENDS)('workspace services on %s', (backend) => {
  let ws: Workspace;
  let pg: TestPostgres | undefined;
  let dataDir: string | undefined;
  let now = new Date(`${TODAY}T08:00:00Z`);
  let admin: Actor;
  let worker: Actor;
  let foreign: Actor;
  let keys = parseKeys(generateKey());

  const actorOf = async (email: string) => {
    const signed = await signIn(ws, { email, password: PASSWORD });
    if (!signed.ok) throw new Error(`cannot sign in ${email}: ${signed.reason}`);
    return signed.actor;
  };

  beforeAll(async () => {
    if (backend === 'postgres') pg = startPostgres();
    else dataDir = mkdtempSync(join(tmpdir(), 'reunir-ws-'));
    ws = await openWorkspace({
      store: pg ? { kind: 'postgres', url: pg.url } : { kind: 'pglite', dataDir: dataDir! },
      keys,
      now: () => now,
    });
    for (const [org, email, role] of [
      ['Accueil Réfugiés', 'admin@a.example', 'admin'],
      ['Accueil Réfugiés', 'worker@a.example', 'worker'],
      ['Autre Association', 'admin@b.example', 'admin'],
    ] as const) {
      const created = await createUser(ws, { org, email, role, password: PASSWORD });
      expect(created.ok).toBe(true);
    }
    admin = await actorOf('admin@a.example');
    worker = await actorOf('worker@a.example');
    foreign = await actorOf('admin@b.example');
  }, 60_000);

  afterAll(async () => {
    await ws?.close();
    pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('accounts', () => {
    it('the bootstrap puts both members in one organisation, the third in another', () => {
      expect(worker.orgId).toBe(admin.orgId);
      expect(foreign.orgId).not.toBe(admin.orgId);
      expect([admin.role, worker.role]).toEqual(['admin', 'worker']);
    });

    it('passwords are stored as argon2id hashes', async () => {
      const row = await ws.db
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'worker@a.example')
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(PASSWORD);
    });

    it('refuses a taken address (409), a short password and an unknown role (400)', async () => {
      const again = await createUser(ws, {
        org: 'X',
        email: 'ADMIN@a.example',
        role: 'worker',
        password: PASSWORD,
      });
      expect(again.ok || again.status).toBe(409);
      const short = await createUser(ws, {
        org: 'X',
        email: 'x@x.example',
        role: 'worker',
        password: 'short',
      });
      expect(short.ok || short.status).toBe(400);
      const role = await createUser(ws, {
        org: 'X',
        email: 'x@x.example',
        role: 'boss',
        password: PASSWORD,
      });
      expect(role.ok || role.status).toBe(400);
    });

    it('only an administrator adds and removes members, of their own organisation', async () => {
      const byWorker = await addMember(ws, worker, {
        email: 'new@a.example',
        role: 'worker',
        password: PASSWORD,
      });
      expect(byWorker.ok || byWorker.status).toBe(403);
      const added = await addMember(ws, admin, {
        email: 'new@a.example',
        role: 'worker',
        password: PASSWORD,
      });
      expect(added.ok).toBe(true);
      if (!added.ok) return;
      expect((await listMembers(ws, admin)).map((m) => m.email)).toContain('new@a.example');
      expect((await listMembers(ws, foreign)).map((m) => m.email)).not.toContain('new@a.example');
      const signed = await signIn(ws, { email: 'new@a.example', password: PASSWORD });
      expect((await removeMember(ws, foreign, added.value.userId)).ok || 404).toBe(404);
      expect((await removeMember(ws, admin, added.value.userId)).ok).toBe(true);
      // the removed member's session ends with them
      expect(signed.ok && (await actorFromSession(ws, signed.token))).toBe(null);
    });
  });

  describe('signing in', () => {
    it('a session token opens the actor until it expires', async () => {
      const signed = await signIn(ws, { email: 'Worker@A.example ', password: PASSWORD });
      expect(signed.ok).toBe(true);
      if (!signed.ok) return;
      expect(await actorFromSession(ws, signed.token)).toEqual(worker);
      const stored = await ws.db.selectFrom('sessions').select('token_hash').execute();
      expect(stored.map((s) => s.token_hash)).not.toContain(signed.token);
      const saved = now;
      now = new Date(signed.expiresAt.getTime() + 1000);
      expect(await actorFromSession(ws, signed.token)).toBe(null);
      now = saved;
    });

    it('ten failures lock the account for fifteen minutes, then the password works again', async () => {
      await createUser(ws, {
        org: 'Accueil Réfugiés',
        email: 'limited@a.example',
        role: 'worker',
        password: PASSWORD,
      });
      const start = now;
      for (let i = 0; i < 10; i++) {
        now = new Date(start.getTime() + i * 1000);
        const r = await signIn(ws, { email: 'limited@a.example', password: 'wrong password!' });
        expect(r.ok || r.reason).toBe('invalid');
      }
      const locked = await signIn(ws, { email: 'limited@a.example', password: PASSWORD });
      expect(locked.ok || locked.reason).toBe('limited');
      now = new Date(start.getTime() + 15 * 60_000 - 1);
      const still = await signIn(ws, { email: 'limited@a.example', password: PASSWORD });
      expect(still.ok || still.reason).toBe('limited');
      now = new Date(start.getTime() + 15 * 60_000 + 10_000);
      expect((await signIn(ws, { email: 'limited@a.example', password: PASSWORD })).ok).toBe(true);
      // another account was never limited
      expect((await signIn(ws, { email: 'worker@a.example', password: PASSWORD })).ok).toBe(true);
      now = start;
    });

    it('with TOTP on, the password alone is not enough', async () => {
      await createUser(ws, {
        org: 'Accueil Réfugiés',
        email: 'totp@a.example',
        role: 'worker',
        password: PASSWORD,
      });
      const actor = await actorOf('totp@a.example');
      const { secret, uri } = newTotpSecret(actor);
      expect(uri).toContain('otpauth://totp/');
      expect((await enableTotp(ws, actor, secret, '000000')).ok).toBe(false);
      expect((await enableTotp(ws, actor, secret, totpCode(secret, now))).ok).toBe(true);
      const bare = await signIn(ws, { email: 'totp@a.example', password: PASSWORD });
      expect(bare.ok || bare.reason).toBe('totp_required');
      const wrong = await signIn(ws, {
        email: 'totp@a.example',
        password: PASSWORD,
        totp: '123456' === totpCode(secret, now) ? '654321' : '123456',
      });
      expect(wrong.ok || wrong.reason).toBe('invalid');
      const good = await signIn(ws, {
        email: 'totp@a.example',
        password: PASSWORD,
        totp: totpCode(secret, now),
      });
      expect(good.ok).toBe(true);
    });
  });

  describe('cases', () => {
    let caseId: string;

    beforeAll(async () => {
      const created = await createCase(ws, worker, newCase());
      if (!created.ok) throw new Error(JSON.stringify(created.errors));
      caseId = created.value.id;
    });

    it('a case keeps what was given, follows its worker, and opens its file', async () => {
      const read = await getCase(ws, admin, caseId);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.value).toMatchObject({
        status: 'open',
        workerId: worker.userId,
        situation: SITUATION,
        events: EVENTS,
        names: { spouse: SECRET_WORDS.spouse },
        sponsor: { name: SECRET_WORDS.sponsor, address: SECRET_WORDS.address },
      });
      expect(read.value.notes.map((n) => n.text)).toEqual([SECRET_WORDS.note]);
      const file = caseFile(read.value, TODAY);
      expect(file.ok && file.value.deadlines.deadlines.length).toBeGreaterThan(0);
    });

    it('refuses a situation the simulator would refuse, with the path of the fault', async () => {
      const bad = await createCase(ws, worker, {
        situation: { sponsor: { status: 'king' }, members: [] },
      });
      expect(bad.ok || bad.status).toBe(400);
      expect(!bad.ok && bad.errors[0]!.path).toBe('situation.sponsor.status');
      const events = await createCase(ws, worker, {
        situation: SITUATION,
        events: { arrival: 'soon' },
      });
      expect(!events.ok && events.errors[0]!.path).toMatch(/^events\.arrival/);
      const document = await updateCase(ws, worker, caseId, {
        documents: [{ document: 'no-such-paper', memberId: null, status: 'sent', date: TODAY }],
      });
      expect(document.ok || document.status).toBe(400);
    });

    it('changes only what is sent, adds notes, records documents and closes', async () => {
      const patched = await updateCase(ws, worker, caseId, {
        note: 'Second appel',
        documents: [{ document: 'passport', memberId: 'spouse', status: 'obtained', date: TODAY }],
      });
      expect(patched.ok).toBe(true);
      if (!patched.ok) return;
      expect(patched.value.notes.map((n) => n.text)).toEqual([SECRET_WORDS.note, 'Second appel']);
      expect(patched.value.names).toEqual({ spouse: SECRET_WORDS.spouse });
      expect(patched.value.documents).toHaveLength(1);
    });

    it('notes added at the same moment are all kept', async () => {
      const texts = ['un', 'deux', 'trois', 'quatre', 'cinq'];
      const results = await Promise.all(
        texts.map((note) => updateCase(ws, worker, caseId, { note })),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const read = await getCase(ws, worker, caseId);
      const notes = read.ok ? read.value.notes.map((n) => n.text) : [];
      for (const text of texts) expect(notes).toContain(text);
    });

    it('another organisation finds none of it (404), whatever it asks', async () => {
      for (const outcome of [
        await getCase(ws, foreign, caseId),
        await updateCase(ws, foreign, caseId, { note: 'x' }),
        await eraseCase(ws, foreign, caseId),
        await exportCase(ws, foreign, caseId),
        await caseAudit(ws, foreign, caseId),
      ])
        expect(outcome.ok || outcome.status).toBe(404);
      expect(await listCases(ws, foreign)).toEqual([]);
      expect(await deadlinesBoard(ws, foreign)).toEqual([]);
      expect((await getCase(ws, admin, 'not-a-uuid')).ok).toBe(false);
    });

    it('lists open cases with the next deadline, and the board has every deadline', async () => {
      const list = await listCases(ws, admin, { today: TODAY });
      const mine = list.find((c) => c.id === caseId);
      expect(mine?.sponsorName).toBe(SECRET_WORDS.sponsor);
      expect((mine?.nextDeadline?.date ?? '') >= TODAY).toBe(true);
      const board = await deadlinesBoard(ws, admin, { today: TODAY });
      expect(board.filter((e) => e.caseId === caseId).length).toBeGreaterThan(0);
      expect(board.map((e) => e.deadline.date)).toEqual(
        [...board.map((e) => e.deadline.date)].sort(),
      );
      expect(await deadlinesBoard(ws, admin, { today: TODAY, workerId: admin.userId })).toEqual([]);
    });

    it("a worker's calendar feed lists their deadlines, without names, until revoked", async () => {
      const token = await createCalendarToken(ws, worker);
      const feed = await calendarFeed(ws, token, { today: TODAY });
      expect(feed).toContain('BEGIN:VEVENT');
      expect(feed).not.toContain(SECRET_WORDS.spouse);
      expect(feed).not.toContain(SECRET_WORDS.sponsor);
      const stored = await ws.db.selectFrom('calendar_tokens').select('token_hash').execute();
      expect(stored.map((s) => s.token_hash)).not.toContain(token);
      await revokeCalendarToken(ws, worker);
      expect(await calendarFeed(ws, token, { today: TODAY })).toBe(null);
    });

    it('exports the case with its summary PDF', async () => {
      const exported = await exportCase(ws, worker, caseId, { today: TODAY });
      expect(exported.ok).toBe(true);
      if (!exported.ok) return;
      expect(exported.value.case.id).toBe(caseId);
      const summary = exported.value.documents.find((d) => d.name === 'summary.pdf');
      expect(Buffer.from(summary!.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }, 60_000);

    it('the audit trail names who did what, for administrators only, and holds no content', async () => {
      expect((await caseAudit(ws, worker, caseId)).ok || 403).toBe(403);
      const trail = await caseAudit(ws, admin, caseId);
      expect(trail.ok).toBe(true);
      if (!trail.ok) return;
      const actions = trail.value.map((l) => l.action);
      expect(actions.slice(0, 3)).toEqual(['case.create', 'case.read', 'case.update']);
      expect(actions).toContain('case.export');
      expect(trail.value[0]!.userId).toBe(worker.userId);
      const all = JSON.stringify(await ws.db.selectFrom('audit').selectAll().execute());
      for (const word of Object.values(SECRET_WORDS)) expect(all).not.toContain(word);
    });

    it('the audit log cannot be changed or deleted', async () => {
      await expect(sql`update audit set action = 'x'`.execute(ws.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`delete from audit`.execute(ws.db)).rejects.toThrow(/append-only/);
    });

    it('a database dump shows no name, address or note', async () => {
      let dump: string;
      if (pg) dump = pg.run('pg_dump', ['app']);
      else {
        await ws.store.checkpoint();
        dump = bytesUnder(dataDir!).toString('latin1');
      }
      // the dump is of the right data: the organisation's name and the ciphertexts are in it
      expect(dump.includes('Autre Association')).toBe(true);
      expect(dump.includes(`v1.${keys.current}.`)).toBe(true);
      for (const word of Object.values(SECRET_WORDS))
        expect(dump.includes(Buffer.from(word, 'utf8').toString('latin1')), word).toBe(false);
    });

    it('erasure deletes the content and keeps the audit line', async () => {
      const created = await createCase(ws, worker, newCase());
      if (!created.ok) throw new Error('not created');
      expect((await eraseCase(ws, worker, created.value.id)).ok).toBe(true);
      expect((await getCase(ws, admin, created.value.id)).ok || 404).toBe(404);
      const row = await ws.db
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', created.value.id)
        .executeTakeFirstOrThrow();
      expect([row.status, row.content]).toEqual(['erased', null]);
      const trail = await caseAudit(ws, admin, created.value.id);
      expect(trail.ok && trail.value.map((l) => l.action)).toContain('case.erase');
    });
  });

  it('closed cases are purged once the retention period has passed since closing', async () => {
    expect((await setRetention(ws, worker, { retentionDays: 30 })).ok || 403).toBe(403);
    expect((await setRetention(ws, admin, { retentionDays: 30 })).ok).toBe(true);
    const created = await createCase(ws, worker, newCase());
    if (!created.ok) throw new Error('not created');
    const closedAt = now;
    expect((await updateCase(ws, worker, created.value.id, { status: 'closed' })).ok).toBe(true);
    const day = 86_400_000;
    expect(await purgeExpiredCases(ws, new Date(closedAt.getTime() + 29 * day))).toEqual([]);
    expect(await purgeExpiredCases(ws, new Date(closedAt.getTime() + 30 * day))).toEqual([
      created.value.id,
    ]);
    expect((await getCase(ws, admin, created.value.id)).ok).toBe(false);
    const trail = await caseAudit(ws, admin, created.value.id);
    expect(trail.ok && trail.value.map((l) => l.action)).toContain('case.purge');
  });

  it('a case starts from an answers file saved by the simulator', async () => {
    const file = savedFile({
      sponsor: { status: { status: 'refugee' } },
      members: [{ key: 'm1', answers: { relation: { relation: 'spouse', name: 'Amal' } } }],
      dates: { visaApplicationLodged: '2026-03-20' },
    });
    const read = caseFromSavedFile(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.names).toEqual({ m1: 'Amal' });
    const created = await createCase(ws, worker, read.value);
    expect(created.ok).toBe(true);
    expect(caseFromSavedFile('{"not":"answers"}').ok).toBe(false);
  });

  it.runIf(backend === 'postgres')(
    'another instance with a key that does not read the data refuses to start, naming the key',
    async () => {
      const other = openWorkspace({
        store: { kind: 'postgres', url: pg!.url },
        keys: parseKeys(generateKey()),
      });
      await expect(other).rejects.toThrow(new RegExp(`key ${keys.current}`));
    },
  );

  it('rotating the key re-encrypts everything: the old key can then go', async () => {
    const fresh = parseKeys(generateKey());
    const both = parseKeys(
      [fresh, keys].map((r) => r.keys.get(r.current)!.toString('base64')).join(','),
    );
    ws.keys = both;
    const { rewritten } = await rotateKeys(ws);
    expect(rewritten).toBeGreaterThan(0);
    ws.keys = fresh;
    keys = fresh;
    const list = await listCases(ws, admin, { today: TODAY });
    expect(list.length).toBeGreaterThan(0);
    expect(
      (await signIn(ws, { email: 'totp@a.example', password: PASSWORD, totp: totpCode('x', now) }))
        .ok,
    ).toBe(false);
  });
});
