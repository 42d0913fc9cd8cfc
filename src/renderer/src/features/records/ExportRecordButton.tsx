import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ExportRecordDialog } from './ExportRecordDialog.tsx';
import { useIntl } from 'react-intl';

/** Saves the patient's whole record as one file, to import on another computer. */
export function ExportRecordButton({ patientId }: { patientId: string }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>
        {intl.formatMessage({
          id: 'records.exportRecordButton.exportRecord',
          defaultMessage: 'Export record…',
        })}
      </Button>
      <ExportRecordDialog patientId={patientId} isOpen={open} onClose={() => setOpen(false)} />
    </>
  );
}
