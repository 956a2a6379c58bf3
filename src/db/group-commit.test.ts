import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

/** A flush the test completes by hand, recording how many commits had been made when it started. */
function manualFlush() {
  const started: number[] = [];
  const pending: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  let group: GroupCommit;
  let commits = 0;
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      started.push(commits);
      pending.push({ resolve, reject });
    });
  return {
    started,
    make(fatalErrors = true) {
      group = new GroupCommit({ flush, fatalErrors });
      return group;
    },
    commit() {
      commits++;
      group.committed();
    },
    finish: () => pending.shift()!.resolve(),
    fail: (e: Error) => pending.shift()!.reject(e),
  };
}

/** Whether a promise has settled, after letting pending callbacks run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  p.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('GroupCommit', () => {
  it('has nothing to wait for when nothing was committed, and flushes nothing', async () => {
    const f = manualFlush();
    const g = f.make();
    await g.sync();
    expect(f.started).toEqual([]);
    expect(g.idle).toBe(true);
  });

  it('answers a sync only once a flush that started after the commit has finished', async () => {
    const f = manualFlush();
    const g = f.make();
    f.commit();
    const s = g.sync();
    expect(f.started).toEqual([1]);
    expect(await settled(s)).toBe(false);
    f.finish();
    expect(await settled(s)).toBe(true);
    expect(g.idle).toBe(true);
  });

  it('makes a commit that arrives during a flush wait for the next flush, which covers all of them', async () => {
    const f = manualFlush();
    const g = f.make();
    f.commit();
    const first = g.sync();
    // Ten more commits while the first flush runs: it may have started before them.
    const later = Array.from({ length: 10 }, () => {
      f.commit();
      return g.sync();
    });
    f.finish();
    expect(await settled(first)).toBe(true);
    for (const s of later) expect(await settled(s)).toBe(false);
    // One more flush, started after all eleven commits, answers all ten.
    expect(f.started).toEqual([1, 11]);
    f.finish();
    for (const s of later) expect(await settled(s)).toBe(true);
    expect(g.stats).toEqual({ flushes: 2, commits: 11 });
  });

  it('shares one flush among every sync waiting for the same commits', async () => {
    const f = manualFlush();
    const g = f.make();
    for (let i = 0; i < 100; i++) f.commit();
    const syncs = Array.from({ length: 100 }, () => g.sync());
    f.finish();
    await Promise.all(syncs);
    expect(f.started).toEqual([100]);
  });

  it('refuses the waiters of a failed flush and, when failures are fatal, every later sync', async () => {
    const f = manualFlush();
    const g = f.make(true);
    f.commit();
    const s = g.sync();
    f.fail(new Error('EIO: fsync failed'));
    await expect(s).rejects.toThrow('EIO');
    f.commit();
    await expect(g.sync()).rejects.toThrow('EIO');
    expect(f.started).toHaveLength(1);
  });

  it('tries again after a failed flush when failures are not fatal', async () => {
    const f = manualFlush();
    const g = f.make(false);
    f.commit();
    const s = g.sync();
    f.fail(new Error('connection terminated'));
    await expect(s).rejects.toThrow('connection terminated');
    f.commit();
    const again = g.sync();
    f.finish();
    await expect(again).resolves.toBeUndefined();
    expect(g.idle).toBe(true);
  });

  it('tells when the flush under way has ended, whether it worked or not', async () => {
    const f = manualFlush();
    const g = f.make(false);
    expect(await settled(g.flushEnded())).toBe(true);
    f.commit();
    const first = g.sync();
    const ended = g.flushEnded();
    expect(await settled(ended)).toBe(false);
    f.finish();
    await first;
    expect(await settled(ended)).toBe(true);
    f.commit();
    const failing = g.sync();
    const endedToo = g.flushEnded();
    f.fail(new Error('disk gone'));
    await expect(failing).rejects.toThrow('disk gone');
    expect(await settled(endedToo)).toBe(true);
    await endedToo;
  });
});
