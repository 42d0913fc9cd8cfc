import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Control, type Resolver } from 'react-hook-form';
import {
  BODY_REGION_LABELS,
  BODY_REGIONS,
  principleContentSchema,
  type BodyRegion,
  type CatalogueContent,
} from '../../../../../shared/domain/catalogue.ts';
import { TextFieldControl } from '../../../components/TextFieldControl.tsx';
import { CatalogueFormShell, type CatalogueFormProps } from './CatalogueFormShell.tsx';
import { IconSelectControl } from './IconSelectControl.tsx';
import { ParagraphFieldControl } from './ParagraphFieldControl.tsx';
import { useIntl } from 'react-intl';

type PrincipleContent = Extract<CatalogueContent, { kind: 'principle' }>;
/** In the form every region has a box; an empty one means "no example for this region". */
export type PrincipleInput = Omit<PrincipleContent, 'examples'> & {
  examples: Record<BodyRegion, string>;
};

export function toPrincipleInput(content: PrincipleContent): PrincipleInput {
  const examples = Object.fromEntries(BODY_REGIONS.map((r) => [r, content.examples[r] ?? '']));
  return { ...content, examples: examples as Record<BodyRegion, string> };
}

const schemaResolver = zodResolver(principleContentSchema);
const resolver: Resolver<PrincipleInput, unknown, PrincipleContent> = (
  values,
  context,
  options,
) => {
  const examples = Object.fromEntries(
    Object.entries(values.examples).filter(([, text]) => text.trim() !== ''),
  );
  return schemaResolver({ ...values, examples }, context, options as never) as ReturnType<
    Resolver<PrincipleInput, unknown, PrincipleContent>
  >;
};

export function PrincipleForm({ defaultValues, ...shell }: CatalogueFormProps<PrincipleInput>) {
  const intl = useIntl();
  const form = useForm<PrincipleInput, unknown, PrincipleContent>({
    resolver,
    defaultValues,
    mode: 'onTouched',
  });
  // The controls know only the form's own values, not what the resolver turns them into.
  const control = form.control as unknown as Control<PrincipleInput>;
  return (
    <CatalogueFormShell form={form} {...shell}>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.principleForm.principle',
            defaultMessage: 'Principle',
          })}
        </legend>
        <TextFieldControl
          control={control}
          name="title"
          label={intl.formatMessage({
            id: 'catalogue.form.principleForm.title',
            defaultMessage: 'Title',
          })}
          isRequired
        />
        <ParagraphFieldControl
          control={control}
          name="explanation"
          label={intl.formatMessage({
            id: 'catalogue.form.principleForm.explanation',
            defaultMessage: 'Explanation',
          })}
          isRequired
          description={intl.formatMessage({
            id: 'catalogue.form.principleForm.upTo600Characters',
            defaultMessage: 'Up to 600 characters.',
          })}
        />
        <IconSelectControl control={control} name="icon" />
      </fieldset>
      <fieldset>
        <legend>
          {intl.formatMessage({
            id: 'catalogue.form.principleForm.examplesByBodyRegion',
            defaultMessage: 'Examples by body region',
          })}
        </legend>
        <p className="form-hint">
          {intl.formatMessage({
            id: 'catalogue.form.principleForm.optionalAPlanShows',
            defaultMessage:
              'Optional. A plan shows the examples for the regions a patient’s affected joints are in.',
          })}
        </p>
        {BODY_REGIONS.map((region) => (
          <TextFieldControl
            key={region}
            control={control}
            name={`examples.${region}`}
            label={BODY_REGION_LABELS[region]}
          />
        ))}
      </fieldset>
    </CatalogueFormShell>
  );
}
