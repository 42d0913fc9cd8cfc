import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { DISEASE_STAGES } from '../../../../shared/domain/patient.ts';
import { planSearchSchema, type PlanSearch } from '../../../../shared/domain/review.ts';
import { SelectControl } from '../../components/SelectControl.tsx';
import { TextFieldControl } from '../../components/TextFieldControl.tsx';
import { CatalogueItemField } from './CatalogueItemField.tsx';
import { FoundPatients } from './FoundPatients.tsx';
import { useFoundPatients } from './queries.ts';
import {
  NO_SEARCH,
  searchFromParams,
  searchParamsOf,
  withParams,
  type SearchValues,
} from './search-params.ts';
import { useIntl, type IntlShape } from 'react-intl';
import { DISEASE_STAGE_MESSAGES } from '../../lib/domain-messages.ts';

const stageOptions = (intl: IntlShape) =>
  DISEASE_STAGES.map((value) => ({
    value,
    label: intl.formatMessage(DISEASE_STAGE_MESSAGES[value]),
  }));

/** Everyone whose active plan holds an item, at a disease stage, or due a review in a range. */
export function FindPatients() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const asked = searchFromParams(params);
  // The search alone as address text: it changes only when the search does.
  const askedKey = asked ? withParams(new URLSearchParams(), searchParamsOf(asked)).toString() : '';
  const found = useFoundPatients(asked);
  const form = useForm<PlanSearch, unknown, SearchValues>({
    resolver: zodResolver(planSearchSchema),
    defaultValues: asked ?? NO_SEARCH,
  });
  const { reset } = form;
  // Back and Forward change the address: show the search it holds.
  useEffect(() => {
    reset(searchFromParams(new URLSearchParams(askedKey)) ?? NO_SEARCH);
  }, [askedKey, reset]);

  const show = (search: SearchValues) => void setParams(withParams(params, searchParamsOf(search)));
  // A problem with the search as a whole (no filter at all) has no field of its own.
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const overall = errors['']?.message ?? errors.root?.message;

  return (
    <section aria-labelledby="find-heading" className="review-section">
      <h2 id="find-heading">
        {intl.formatMessage({
          id: 'review.findPatients.findPatients',
          defaultMessage: 'Find patients',
        })}
      </h2>
      <p className="form-hint">
        {intl.formatMessage({
          id: 'review.findPatients.byWhatTheirActive',
          defaultMessage:
            'By what their active plan holds, their disease stage or their review date. Every filter you fill in must match.',
        })}
      </p>
      <form className="find-form" noValidate onSubmit={(e) => void form.handleSubmit(show)(e)}>
        <div className="field-row">
          <CatalogueItemField control={form.control} />
          <SelectControl
            control={form.control}
            name="stage"
            label={intl.formatMessage({
              id: 'review.findPatients.diseaseStage',
              defaultMessage: 'Disease stage',
            })}
            options={stageOptions(intl)}
            noneLabel={intl.formatMessage({
              id: 'review.findPatients.anyStage',
              defaultMessage: 'Any stage',
            })}
          />
        </div>
        <div className="field-row">
          <TextFieldControl
            control={form.control}
            name="reviewFrom"
            label={intl.formatMessage({
              id: 'review.findPatients.reviewFrom',
              defaultMessage: 'Review from',
            })}
            type="date"
            emptyAsNull
          />
          <TextFieldControl
            control={form.control}
            name="reviewTo"
            label={intl.formatMessage({
              id: 'review.findPatients.reviewTo',
              defaultMessage: 'Review to',
            })}
            type="date"
            emptyAsNull
          />
        </div>
        {overall && (
          <p role="alert" className="field-error-text">
            {overall}
          </p>
        )}
        <div className="form-actions">
          <Button type="submit" className="button primary">
            {intl.formatMessage({
              id: 'review.findPatients.findPatients',
              defaultMessage: 'Find patients',
            })}
          </Button>
          <Button
            className="button"
            onPress={() => {
              reset(NO_SEARCH);
              show(NO_SEARCH);
            }}
          >
            {intl.formatMessage({ id: 'review.findPatients.clear', defaultMessage: 'Clear' })}
          </Button>
        </div>
      </form>
      {asked && <FoundPatients result={found} />}
    </section>
  );
}
