/**
 * A child process for the crash-safety tests: writes patients one transaction at a time and
 * prints each id only after its commit returned. The parent kills it at a random moment.
 * Usage: node src/main/db/crash-writer.ts DATABASE_FILE
 */
import { emptyPatientInput, patientInputSchema } from '../shared/domain/patient.ts';
import { openDatabase } from '../main/db/open.ts';
import { insertPatient } from '../main/db/repositories/patients.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: crash-writer.ts DATABASE_FILE');
  process.exit(2);
}
const db = await openDatabase(file);
const fields = patientInputSchema.parse({
  ...emptyPatientInput(),
  givenName: 'Crash',
  familyName: 'Test',
  notes: 'Some text so each commit writes a little more than a row header. '.repeat(8),
});
process.stdout.write('ready\n');
for (;;) {
  const id = crypto.randomUUID();
  insertPatient(db, id, fields, new Date().toISOString());
  // Written only after the commit returned: a reported id must survive the kill.
  process.stdout.write(`${id}\n`);
}
