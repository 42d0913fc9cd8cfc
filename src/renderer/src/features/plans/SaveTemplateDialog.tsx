import { useState } from 'react';
import {
  Button,
  Dialog,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import { toast } from 'sonner';
import type { Plan } from '../../../../shared/domain/plan.ts';
import { useSaveTemplate } from './queries.ts';

/** Names a template made from this plan's clinical content (not the patient or dates). */
export function SaveTemplateDialog({
  plan,
  isOpen,
  onClose,
}: {
  plan: Plan;
  isOpen: boolean;
  onClose(): void;
}) {
  const [name, setName] = useState(plan.content.title);
  const saveTemplate = useSaveTemplate();
  const save = () =>
    saveTemplate.mutate(
      { planId: plan.id, name, description: null },
      {
        onSuccess: (t) => {
          toast.success(`Saved template “${t.name}”`);
          onClose();
        },
        onError: (e) => toast.error(e.message),
      },
    );
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => !open && onClose()}
      isDismissable
      className="modal-overlay"
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Save as template
          </Heading>
          <p>
            The template keeps the splints, equipment, rest advice, principles and goals. It leaves
            out the patient and the dates.
          </p>
          <TextField className="field" value={name} onChange={setName} autoFocus>
            <Label className="field-label">Template name</Label>
            <Input />
          </TextField>
          <div className="dialog-actions">
            <Button className="button" onPress={onClose}>
              Cancel
            </Button>
            <Button className="button primary" onPress={save} isDisabled={name.trim() === ''}>
              Save template
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
