import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MediaFiles } from '../services/media/ports.js';

/** Uploaded files in a folder on disk (`MEDIA_DIR`). */
export function mediaFolder(dir: string): MediaFiles {
  return {
    async write(name, bytes) {
      await mkdir(dir, { recursive: true });
      // Written aside, then renamed: a reader never sees half a file.
      const temporary = join(dir, `.${name}.${process.pid}.tmp`);
      await writeFile(temporary, bytes);
      await rename(temporary, join(dir, name));
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
  };
}
