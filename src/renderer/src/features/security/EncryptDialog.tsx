import { toast } from 'sonner';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useEncryptData } from './queries.ts';

/** Asks before encrypting data an earlier version kept plain, saying what happens. */
export function EncryptDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const encrypt = useEncryptData();
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Encrypt your data?"
      confirmLabel={encrypt.isPending ? 'Encrypting…' : 'Encrypt my data'}
      onCancel={onClose}
      onConfirm={() => {
        if (encrypt.isPending) return;
        encrypt.mutateAsync().then(
          () => {
            toast.success('Your data is now encrypted.');
            onClose();
          },
          (error: Error) => {
            toast.error(`${error.message} Your data was left as it was.`);
            onClose();
          },
        );
      }}
    >
      <p>
        JointPlan will make an encrypted copy of your data, check that every patient, plan and visit
        came across, and only then use it in place of the unencrypted file.
      </p>
      <p>
        You will then be shown a <strong>recovery key</strong> to print or write down. The
        unencrypted copy is kept as a backup until you remove it under Settings.
      </p>
    </ConfirmDialog>
  );
}
