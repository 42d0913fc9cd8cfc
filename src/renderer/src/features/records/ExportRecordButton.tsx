import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ExportRecordDialog } from './ExportRecordDialog.tsx';

/** Saves the patient's whole record as one file, to import on another computer. */
export function ExportRecordButton({ patientId }: { patientId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>
        Export record…
      </Button>
      <ExportRecordDialog patientId={patientId} isOpen={open} onClose={() => setOpen(false)} />
    </>
  );
}
