import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { MediaFiles } from '../services/media/ports.js';

/** Uploaded files in a folder on disk (`MEDIA_DIR`); a name may hold a subfolder (`cards/…`). */
export function mediaFolder(dir: string): MediaFiles {
  let written = 0;
  return {
    async write(name, bytes) {
      const target = join(dir, name);
      await mkdir(dirname(target), { recursive: true });
      // Written aside, then renamed: a reader never sees half a file. The aside name is the
      // writer's own (process, thread, count), so two export workers writing one card do not collide.
      const temporary = join(dirname(target), `.${basename(name)}.${process.pid}-${threadId}-${++written}.tmp`);
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    },
    async open(name) {
      const path = join(dir, name);
      try {
        const info = await stat(path);
        if (!info.isFile()) return null;
        return { stream: createReadStream(path), size: info.size };
      } catch {
        return null;
      }
    },
    async read(name) {
      try {
        return await readFile(join(dir, name));
      } catch {
        return null;
      }
    },
  };
}
