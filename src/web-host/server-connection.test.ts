import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ada,
  AUTH,
  host,
  patientCount,
  post,
  request,
  SECRET,
  useWebHost,
} from '../test-support/web-host-harness.ts';

useWebHost();

describe('malformed addresses', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers a broken percent-escape in a file path with 4xx, not a server error', async () => {
    const reply = await request('/assets/%E0%A4%A.js', { headers: AUTH });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('answers a broken percent-escape in a method name with an envelope, not a server error', async () => {
    const reply = await post('patients%ZZ', {});
    expect(reply.status).toBeLessThan(500);
  });
});

describe('the connection', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Sends raw bytes and gathers everything the host answers until it closes the connection. */
  function raw(
    head: string,
    body: Buffer,
    hangUp = false,
  ): Promise<{ text: string; closed: boolean }> {
    return new Promise((resolve) => {
      const socket = connect(host.port, '127.0.0.1');
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
      // A reset or a broken pipe is not a clean close.
      socket.on('error', () => resolve({ text, closed: false }));
      socket.on('end', () => resolve({ text, closed: true }));
      socket.write(head);
      socket.write(body, () => {
        if (!hangUp) return;
        socket.destroy();
        setTimeout(() => resolve({ text, closed: true }), 300);
      });
    });
  }

  const head = (length: number) =>
    `POST /api/patients.create HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-JointPlan-Secret: ${SECRET}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it('answers a body over the limit with 413 and Connection: close, then closes cleanly', async () => {
    const body = Buffer.alloc(13 * 1024 * 1024, 0x20);
    const reply = await raw(head(body.length), body);
    expect(reply.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.text).toMatch(/\r\nConnection: close\r\n/i);
    expect(reply.text).toContain('The request is too large.');
    expect(reply.closed).toBe(true);
    expect(console.error).not.toHaveBeenCalled();
    expect(patientCount()).toBe(0);
  });

  it('refuses a body that says it is over the limit before reading it', async () => {
    const reply = await raw(head(64 * 1024 * 1024), Buffer.from('{"patient":'));
    expect(reply.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.closed).toBe(true);
  });

  it('does not log a client that hangs up mid-request as an error', async () => {
    await raw(head(1000), Buffer.from('{"patient":{"givenName":"Ada"'), true);
    await new Promise((r) => setTimeout(r, 200));
    expect(console.error).not.toHaveBeenCalled();
    // …and goes on serving.
    expect((await post('patients.search', {})).status).toBe(200);
  });

  it('refuses text with a lone surrogate as invalid, storing nothing', async () => {
    // JSON can carry half a character as an escape; the body is sent exactly as written.
    const body = JSON.stringify(ada).replace('Lovelace', 'Love\\ud800lace');
    const reply = await request('/api/patients.create', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body,
    });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: { 'patient.familyName': expect.stringMatching(/^Family name has invalid text/) },
      },
    });
    expect(patientCount()).toBe(0);
  });
});
