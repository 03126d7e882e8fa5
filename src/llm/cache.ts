/** A content-addressed cache of model replies on disk, so a second compile or audit makes no model calls. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class LlmCache {
  constructor(readonly dir: string) {}

  static key(parts: unknown): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  get(key: string): string | undefined {
    const p = this.path(key);
    if (!existsSync(p)) return undefined;
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { reply: string }).reply;
    } catch {
      return undefined;
    }
  }

  set(key: string, reply: string): void {
    const p = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${p}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ reply }) + '\n');
    renameSync(tmp, p);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
