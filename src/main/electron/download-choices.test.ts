import path from 'node:path';
import { expect, it } from 'vitest';
import { downloadKindOf, saveDialogOptions } from './download-choices.ts';

it('asks where to save a handout as a PDF, in the last folder used, and opens it afterwards', () => {
  expect(saveDialogOptions('handout-garcia-jose-v2-2026-03-14.pdf', '/home/jo/Handouts')).toEqual({
    title: 'Save the handout',
    defaultPath: path.join('/home/jo/Handouts', 'handout-garcia-jose-v2-2026-03-14.pdf'),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  expect(downloadKindOf('x.pdf').openAfterSave).toBe(true);
});

it('saves a patient record as a JSON record file and does not open it', () => {
  const options = saveDialogOptions('Okafor-Margaret-record.jointplan.json', '/tmp');
  expect(options.title).toBe('Save the patient record');
  expect(options.filters).toEqual([{ name: 'JointPlan patient record', extensions: ['json'] }]);
  expect(downloadKindOf('/tmp/Okafor-Margaret-record.jointplan.json').openAfterSave).toBe(false);
});

it('never lets a suggested name climb out of the chosen folder', () => {
  expect(saveDialogOptions('../../etc/handout.pdf', '/home/jo').defaultPath).toBe(
    path.join('/home/jo', 'handout.pdf'),
  );
});

it.each(['report.html', 'handout.pdf.exe', 'setup.exe', 'notes.txt', 'handout', 'script.sh'])(
  'never opens %s after saving: only a PDF opens by itself',
  (name) => {
    expect(downloadKindOf(name).openAfterSave).toBe(false);
    expect(downloadKindOf(`/home/jo/Downloads/${name}`).openAfterSave).toBe(false);
  },
);

it('opens a PDF whatever the case of its extension', () => {
  expect(downloadKindOf('/home/jo/Handout.PDF').openAfterSave).toBe(true);
});
