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

// Anything else the page might offer is saved and left alone: opening a saved file by itself
// is for a PDF only, never a web page or a program, whatever name the file was given.
const OTHER: DownloadKind = {
  title: 'Save the file',
  filter: { name: 'All files', extensions: ['*'] },
  openAfterSave: false,
};

/** The kind of a download by its extension (of the name offered, or of the path saved to). */
export function downloadKindOf(fileName: string): DownloadKind {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.pdf') return HANDOUT;
  if (extension === '.json') return RECORD;
  return OTHER;
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
