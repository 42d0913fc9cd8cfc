import path from 'node:path';

/** What the app offers as a download, by the file's extension. */
interface DownloadKind {
  title: string;
  filter: { name: string; extensions: string[] };
  /** A handout opens in the PDF viewer, ready to print; a record file is only kept. */
  openAfterSave: boolean;
}

const HANDOUT: DownloadKind = {
  title: 'Save the handout',
  filter: { name: 'PDF', extensions: ['pdf'] },
  openAfterSave: true,
};
const RECORD: DownloadKind = {
  title: 'Save the patient record',
  filter: { name: 'JointPlan patient record', extensions: ['json'] },
  openAfterSave: false,
};

export function downloadKindOf(fileName: string): DownloadKind {
  return fileName.toLowerCase().endsWith('.json') ? RECORD : HANDOUT;
}

/** The system save dialog's options: the last folder used, the file's own name and type. */
export function saveDialogOptions(fileName: string, lastFolder: string) {
  const kind = downloadKindOf(fileName);
  return {
    title: kind.title,
    defaultPath: path.join(lastFolder, path.basename(fileName)),
    filters: [kind.filter],
  };
}
