/**
 * The WAL checkpointer's thread (src/db/sqlite-checkpointer.ts): its own better-sqlite3
 * connection, which runs `PRAGMA wal_checkpoint(<mode>)` when asked and answers with SQLite's
 * result and the time it took. Plain CommonJS run with `new Worker(source, { eval: true })`, so
 * it works alike from the TypeScript sources (tsx, Vitest) and from the bundled build (dist/),
 * with no file of its own to find at run time.
 *
 * `synchronous = FULL` on this connection: a checkpoint syncs the log before copying it into the
 * database and the database before the log may be reused, whatever the serving connection's
 * setting.
 */
export const CHECKPOINT_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = ' + Number(workerData.busyMs));
db.pragma('synchronous = FULL');
parentPort.on('message', (msg) => {
  if (msg.mode === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  const started = performance.now();
  try {
    const [row] = db.pragma('wal_checkpoint(' + msg.mode + ')');
    parentPort.postMessage({ id: msg.id, busy: row.busy, log: row.log, checkpointed: row.checkpointed,
      ms: performance.now() - started });
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: String((err && err.message) || err) });
  }
});
`;
