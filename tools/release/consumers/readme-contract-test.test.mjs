import { describe, expect, it } from 'vitest';
import { README_VIN, readmeContractTest } from './readme-contract-test.mjs';

describe('readmeContractTest', () => {
  it("takes the README's contract test, usePaveMock and the app included", async () => {
    const block = await readmeContractTest();
    expect(block).toContain("from '@pave-kit/mock/vitest'");
    expect(block).toContain('usePaveMock(');
    expect(block).toContain("from '../src/app.js'");
    expect(block).toContain(`'${README_VIN}'`);
  });

  it('refuses a README without the section, or whose test no longer sends the VIN', async () => {
    await expect(readmeContractTest('# x\n\n## Other\n')).rejects.toThrow(
      'no "Contract-test your app"',
    );
    await expect(
      readmeContractTest("## Contract-test your app\n\n```ts\nconst vin = 'X';\n```\n"),
    ).rejects.toThrow('no longer sends the VIN');
  });
});
