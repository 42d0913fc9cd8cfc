import { Button } from 'react-aria-components';
import { toast } from 'sonner';
import { downloadJson } from '../../lib/download.ts';
import { useExportRecord } from './queries.ts';

/** Saves the patient's whole record as one file, to import on another computer. */
export function ExportRecordButton({ patientId }: { patientId: string }) {
  const exportRecord = useExportRecord();
  const save = () =>
    exportRecord.mutate(patientId, {
      onSuccess: ({ fileName, text }) => {
        downloadJson(fileName, text);
        toast.success(`Record exported as ${fileName}`);
      },
      onError: (e) => toast.error(`The record could not be exported. ${e.message}`),
    });
  return (
    <Button className="button" onPress={save} isPending={exportRecord.isPending}>
      Export record…
    </Button>
  );
}
