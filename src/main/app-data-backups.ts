import path from 'node:path';
import type {
  BackupInfo,
  BackupProgress,
  BackupStatus,
  DataUpdateProgress,
} from '../shared/domain/backup.ts';
import { createBackup, listBackups, runDailyBackup, type DailyBackupResult } from './db/backups.ts';
import {
  copyToSecondFolder,
  readSecondFolderStatus,
  recordSecondFolderAttempt,
  SecondFolderMissing,
} from './db/second-folder.ts';
import { getSettings } from './db/repositories/settings.ts';
import type { OpenData } from './app-data-state.ts';

type Phase = BackupProgress['phase'];
type Make<T> = (onProgress: (e: { phase: Phase; fraction: number }) => void) => Promise<T>;

// Each phase's share of the progress bar Settings shows.
const WEIGHT: Record<Phase, [number, number]> = {
  reading: [0, 5],
  writing: [5, 60],
  checking: [60, 95],
  copying: [95, 100],
};

/** The app's backups: each made on a worker with its progress shown, then copied on. */
export class Backups {
  // The backup being made now (Settings shows its progress) and the last one's problem.
  private running: BackupProgress | null = null;
  private lastProblem: string | null = null;
  /** The background update of the data (app-data.ts), shown beside the backups' progress. */
  dataUpdate: DataUpdateProgress | null = null;

  private readonly data: OpenData;

  constructor(data: OpenData) {
    this.data = data;
  }

  /**
   * Makes one backup (on a worker thread, see makeBackup) with its progress shown, then
   * copies it to the second backup folder if one is named. A second folder that is missing
   * or failing is reported in Settings, never an error of the backup itself.
   */
  async backUp<T extends { file: string | null }>(
    kind: BackupProgress['kind'],
    make: Make<T>,
  ): Promise<T> {
    const startedAt = this.data.clock().toISOString();
    const show = (phase: Phase, fraction: number) => {
      const [from, to] = WEIGHT[phase];
      this.running = { kind, phase, percent: Math.round(from + (to - from) * fraction), startedAt };
    };
    show('reading', 0);
    try {
      const made = await make((e) => show(e.phase, e.fraction));
      this.lastProblem = null;
      const folder = getSettings(this.data.db).secondBackupFolder;
      if (made.file && folder && kind !== 'before-restore') {
        show('copying', 0);
        await this.copySecond(made.file, folder);
      }
      return made;
    } catch (error) {
      this.lastProblem = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      this.running = null;
    }
  }

  /** A backup of the data as it is now, named for `kind`; the caller waits for it. */
  async make(kind: 'manual' | 'before-restore'): Promise<BackupInfo> {
    const { data } = this;
    const { made } = await this.backUp(kind, async (onProgress) => {
      const info = await createBackup(data.db, data.backupDir, kind, data.clock(), {
        key: data.liveKey(),
        onProgress,
      });
      return { file: path.join(data.backupDir, info.name), made: info };
    });
    return made;
  }

  /** The first start of a day's backup; the database is not closed under it. */
  daily(): Promise<DailyBackupResult> {
    const { data } = this;
    // Until the user has chosen whether to restore, new daily copies would push out good ones.
    if (data.recovery?.newestBackup) {
      return Promise.resolve({ made: false, reason: 'recovery-pending' });
    }
    const job = this.backUp('daily', async (onProgress) => {
      const kept = getSettings(data.db).backupsKept;
      const result = await runDailyBackup(data.db, data.backupDir, data.clock(), kept, {
        key: data.liveKey(),
        onProgress,
      });
      return { file: result.made ? result.file : null, result };
    }).then(({ result }) => result);
    data.dailyBackup = job.catch(() => {});
    return job;
  }

  /** What the API's `backups.*` methods are served by. */
  readonly service = {
    create: (): Promise<BackupInfo> => this.make('manual'),
    status: (): BackupStatus => ({
      running: this.running,
      dataUpdate: this.dataUpdate,
      lastProblem: this.lastProblem,
      secondFolder: readSecondFolderStatus(
        this.data.backupDir,
        getSettings(this.data.db).secondBackupFolder,
      ),
    }),
    list: () => listBackups(this.data.backupDir, this.data.liveKey()),
  };

  private async copySecond(file: string, folder: string): Promise<void> {
    const { data } = this;
    let problem: string | null = null;
    try {
      await copyToSecondFolder(file, folder, getSettings(data.db).backupsKept);
    } catch (error) {
      problem =
        error instanceof SecondFolderMissing
          ? `The second backup folder ${folder} was not found: is the drive plugged in, or the network share reachable? Your backups are still kept in JointPlan’s data folder.`
          : `The copy in the second backup folder could not be made (${error instanceof Error ? error.message : String(error)}). Your backups are still kept in JointPlan’s data folder.`;
      console.error(`[backup] ${problem}`);
    }
    await recordSecondFolderAttempt(data.backupDir, folder, data.clock().toISOString(), problem);
  }
}
