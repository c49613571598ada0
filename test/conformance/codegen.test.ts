import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

/**
 * The published codegen.ts (examples/codegen.ts), run with the CLI as a client runs it, generates the operation types of
 * every example with `strictScalars`, and the generated file type-checks under `strict`.
 */
const ROOT = path.join(__dirname, '../..');
const CLI = path.join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');

describe('GraphQL Code Generator with the published configuration', () => {
  let dir: string;
  let files: { filename: string; content: string }[];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    execFileSync(process.execPath, [CLI, '--config', 'examples/codegen.ts', '--silent'], { cwd: ROOT });
    const filename = path.join(ROOT, 'examples/generated/operations.ts');
    files = [{ filename, content: fs.readFileSync(filename, 'utf8') }];
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generates the types of every example operation, each scalar mapped', () => {
    expect(files).toHaveLength(1);
    const [{ content }] = files;
    for (const operation of ['Controller', 'ControllersByDataCategory', 'DpvExport', 'Processors', 'Search'])
      expect(content).toContain(`export type ${operation}Query =`);
    expect(content).toContain('dpv: Record<string, unknown>');
    expect(content).toContain('lastUpdated: string | null');
  });

  it('fails without the scalar mappings (strictScalars), so the published ones are needed', () => {
    const bare = path.join(dir, 'codegen.json');
    fs.writeFileSync(
      bare,
      JSON.stringify({
        schema: path.join(ROOT, 'schema.graphql'),
        documents: [path.join(ROOT, 'examples/*.graphql')],
        generates: {
          [path.join(dir, 'bare.ts')]: { plugins: ['typescript-operations'], config: { strictScalars: true } },
        },
      }),
    );
    let output = '';
    try {
      // Under NODE_ENV=test (jest's) the CLI prints nothing.
      const env = { ...process.env, NODE_ENV: 'development' };
      execFileSync(process.execPath, [CLI, '--config', bare], { cwd: ROOT, stdio: 'pipe', env });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
      output = `${stdout}${stderr}`;
    }
    expect(output).toMatch(/Unknown scalar type (Date|JSONObject)/);
  });

  it('type-checks under strict, with a use of the generated types', () => {
    const generated = path.join(dir, 'operations.ts');
    fs.writeFileSync(generated, files[0].content);
    const usage = path.join(dir, 'usage.ts');
    fs.writeFileSync(
      usage,
      `import type { ControllerQuery, DpvExportQuery } from './operations';
       export const evidence = (data: ControllerQuery): string[] =>
         data.controller?.rights.flatMap((r) => r.evidence.map((e) => e.quote)) ?? [];
       export const updated = (data: ControllerQuery): string | null | undefined => data.controller?.document.lastUpdated;
       export const context = (data: DpvExportQuery): unknown => data.controller?.dpv['@context'];`,
    );
    const program = ts.createProgram([generated, usage], { strict: true, noEmit: true, skipLibCheck: true });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
