import { openDatabase } from './src/main/db/open.ts';
const file = process.argv[2]!;
const t0 = performance.now();
let first = 0;
const db = await openDatabase(file, {
  backupDir: '/tmp/snapshots/mig-backups',
  quickCheckUpTo: 0,
  onUpdateProgress: ({ done, total }) => {
    if (done === 0) { first = performance.now(); console.error(`schema+backup ${Math.round(first - t0)} ms; to pack ${total}`); }
    else if (done % 25000 < 500 || done === total) console.error(`${done}/${total} ${Math.round((performance.now() - first) / 1000)} s`);
  },
});
const t1 = performance.now();
console.error(`opened in ${Math.round(t1 - t0)} ms; packing ${Math.round(t1 - first)} ms`);
db.close();
