import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const postgres = fileURLToPath(new URL('../../scripts/postgres.ts', import.meta.url));

describe('un test qui échoue fait échouer la commande', () => {
  it('le PostgreSQL embarqué chargé, un code de sortie posé par les tests reste le code de sortie', () => {
    // What vitest does on a failure: set the exit code, then let the process end by itself.
    const script = `const { loadEmbeddedPostgres } = await import(${JSON.stringify(postgres)});
await loadEmbeddedPostgres();
process.exitCode = 3;`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});
