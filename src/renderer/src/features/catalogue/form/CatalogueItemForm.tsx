import type { CatalogueContent } from '../../../../../shared/domain/catalogue.ts';
import type { CatalogueFormProps } from './CatalogueFormShell.tsx';
import { EquipmentForm } from './EquipmentForm.tsx';
import { OrthosisForm } from './OrthosisForm.tsx';
import { PacingForm } from './PacingForm.tsx';
import { PrincipleForm, toPrincipleInput } from './PrincipleForm.tsx';
import { StrategyForm } from './StrategyForm.tsx';

type Props = Omit<CatalogueFormProps<unknown>, 'defaultValues'> & { content: CatalogueContent };

/** The form for an item's kind, starting from the given content. */
export function CatalogueItemForm({ content, ...shell }: Props) {
  switch (content.kind) {
    case 'orthosis':
      return <OrthosisForm defaultValues={content} {...shell} />;
    case 'equipment':
      return <EquipmentForm defaultValues={content} {...shell} />;
    case 'principle':
      return <PrincipleForm defaultValues={toPrincipleInput(content)} {...shell} />;
    case 'strategy':
      return <StrategyForm defaultValues={content} {...shell} />;
    case 'pacing':
      return <PacingForm defaultValues={content} {...shell} />;
  }
}
