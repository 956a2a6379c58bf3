/**
 * Makes SQLite's committed transactions durable with one fsync of the write-ahead log.
 *
 * In WAL mode with `synchronous = NORMAL` a commit appends its frames to the -wal file (a write
 * into the OS page cache: it survives the process being killed, not a power cut) and returns
 * without an fsync; SQLite syncs the log only before a checkpoint copies it into the database
 * (and syncs the database after). An fsync of the -wal file that starts after a commit returned
 * therefore makes that commit as durable as `synchronous = FULL` would have, and one fsync covers
 * every commit before it. It runs on libuv's thread pool, so the event loop keeps serving requests
 * (and committing the next group) meanwhile, where `FULL` blocks it for every commit.
 *
 * The log's directory entry must be durable too: the directory is synced whenever the log file
 * is (re)opened. Should the log be replaced (a new inode at the same path) or gone (every
 * connection closed, its content checkpointed into the database), the fsync follows it: the new
 * file, or the database file itself.
 */
import fs from 'node:fs';
import path from 'node:path';

const fsync = (fd: number) =>
  new Promise<void>((resolve, reject) => fs.fsync(fd, (err) => (err ? reject(err) : resolve())));

export function walSync(databaseFile: string): { flush(): Promise<void>; close(): void } {
  const wal = `${databaseFile}-wal`;
  let open: { fd: number; ino: number } | null = null;

  const syncDirectory = () => {
    const dir = fs.openSync(path.dirname(path.resolve(databaseFile)), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  };

  const current = (): number => {
    let ino: number;
    try {
      ino = fs.statSync(wal).ino;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      ino = -1;
    }
    if (open && open.ino === ino) return open.fd;
    if (open) fs.closeSync(open.fd);
    open = null;
    if (ino === -1) return -1;
    const fd = fs.openSync(wal, 'r');
    open = { fd, ino: fs.fstatSync(fd).ino };
    syncDirectory();
    return fd;
  };

  return {
    async flush() {
      const fd = current();
      if (fd !== -1) return fsync(fd);
      const db = fs.openSync(databaseFile, 'r');
      try {
        await fsync(db);
      } finally {
        fs.closeSync(db);
      }
    },
    close() {
      if (open) fs.closeSync(open.fd);
      open = null;
    },
  };
}
