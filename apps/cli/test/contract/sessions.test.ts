import { describe, expect, test } from 'vitest';
import { everyCreateFlag } from '../create-flags.js';
import { useMockedCli } from './harness.js';

const cli = useMockedCli();
const vin = 'JN1CV6AR9BMXXXXXX';

describe('pave sessions, against the mock', () => {
  test('create --vin prints the capture URL and the session key (the issue acceptance)', async () => {
    const { code, stdout, stderr } = await cli.pave(['sessions', 'create', '--vin', vin]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [url, key] = stdout.trimEnd().split('\n');
    expect(url).toMatch(/^Capture URL: https:\/\/\S+$/);
    expect(key).toMatch(/^Session key: \S+$/);
  });

  test('create with every flag is accepted by the spec-checking mock', async () => {
    const { code, stderr } = await cli.pave(['sessions', 'create', ...everyCreateFlag]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('create --json prints the response as it came', async () => {
    const { code, stdout } = await cli.pave(['sessions', 'create', '--vin', vin, '--json']);
    expect(code).toBe(0);
    const body = JSON.parse(stdout);
    expect(body).toMatchObject({
      session_key: expect.any(String),
      capture_url: expect.any(String),
    });
  });

  test('create --body - takes the body from stdin, flags merged in', async () => {
    const stdin = JSON.stringify({ vehicle: { vin, year: '2011' }, sms: { to: '647-455-0000' } });
    const { code } = await cli.pave(['sessions', 'create', '--body', '-', '--theme', 'LITE'], {
      stdin,
    });
    expect(code).toBe(0);
  });

  test('get shows status, vehicle and dates', async () => {
    const { code, stdout } = await cli.pave(
      '--prefer example=complete sessions get XXX-ABCDE12345'.split(' '),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Session key: +XXX-ABCDE12345$/m);
    expect(stdout).toMatch(/^Status: +COMPLETE$/m);
    expect(stdout).toMatch(/^Vehicle: +2017 Nissan Rogue \(VIN 5N1AT2MV0HCXXXXXX\)$/m);
  });

  test('photos is one line per photo with its verdict', async () => {
    const { code, stdout } = await cli.pave(['sessions', 'photos', 'XXX-ABCDE12345']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ 1 {2}VIN +ACCEPTED +https:\/\//m);
    expect(stdout).toMatch(/REJECTED: Wrong View/);
  });

  test('notes are printed as JSON, their shape being undocumented', async () => {
    const { code, stdout } = await cli.pave(['sessions', 'notes', 'XXX-ABCDE12345']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toBeTypeOf('object');
  });

  test('results summarise and point to --json', async () => {
    const { code, stdout } = await cli.pave(['sessions', 'results', 'UNG-5IXXXXXXXX']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Event: +SESSION:COMPLETE$/m);
    expect(stdout).toMatch(/--json$/m);
  });

  test('update prints the session after the change', async () => {
    const { code, stdout } = await cli.pave(
      'sessions update XXX-ABCDE12345 --redirect-url https://example.com/done --language EN'.split(
        ' ',
      ),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Status: +IDLE$/m);
  });

  test("delete prints PAVE's confirmation", async () => {
    const { code, stdout } = await cli.pave(['sessions', 'delete', 'XXX-ABCDE12345']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/has been successfully removed\.\n$/);
  });
});
