import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import {
  catalogueItemName,
  ENERGY_P_LABELS,
  ENERGY_P_VARIANTS,
  type CatalogueItem,
  type EnergyP,
} from '../../../../../shared/domain/catalogue.ts';
import type { PlanContentInput } from '../../../../../shared/domain/plan.ts';
import { RadioGroupControl } from '../../../components/RadioGroupControl.tsx';
import { useIntl } from 'react-intl';

const VARIANT_OPTIONS = Object.entries(ENERGY_P_VARIANTS).map(([value, v]) => ({
  value,
  label: v.label,
}));

/**
 * Energy-saving strategies, grouped under the "Ps" this plan teaches. Clinics teach different
 * versions of the Ps, so the therapist picks one and sees the strategies for those Ps.
 */
export function StrategyFields({ strategies }: { strategies: readonly CatalogueItem[] }) {
  const intl = useIntl();
  const { control } = useFormContext<PlanContentInput>();
  const variant = useWatch({ control, name: 'rest.energyPs' }) ?? 'four-ps';
  const chosen = new Set(
    (useWatch({ control, name: 'rest.strategies' }) ?? []).map((s) => s.catalogueId),
  );
  const ps: readonly EnergyP[] = ENERGY_P_VARIANTS[variant].ps;
  const pOf = (item: CatalogueItem) => (item.content.kind === 'strategy' ? item.content.p : null);
  // A strategy already chosen stays visible even when the variant no longer lists its P.
  const others = strategies.filter((s) => !ps.includes(pOf(s) as EnergyP) && chosen.has(s.id));
  const groups = [
    ...ps.map((p) => ({
      title: ENERGY_P_LABELS[p],
      items: strategies.filter((s) => pOf(s) === p),
    })),
    ...(others.length > 0 ? [{ title: 'Other strategies', items: others }] : []),
  ];

  return (
    <>
      <RadioGroupControl
        control={control}
        name="rest.energyPs"
        label={intl.formatMessage({
          id: 'plans.editor.strategyFields.teachEnergySavingAs',
          defaultMessage: 'Teach energy saving as',
        })}
        options={VARIANT_OPTIONS}
        vertical
      />
      <Controller
        control={control}
        name="rest.strategies"
        render={({ field }) => (
          <CheckboxGroup
            className="field strategy-groups"
            value={(field.value ?? []).map((s) => s.catalogueId)}
            onChange={(ids) => field.onChange(ids.map((catalogueId) => ({ catalogueId })))}
          >
            <Label className="field-label">
              {intl.formatMessage({
                id: 'plans.editor.strategyFields.strategiesToTeach',
                defaultMessage: 'Strategies to teach',
              })}
            </Label>
            {groups.map((g) => (
              <div key={g.title} className="strategy-group" role="group" aria-label={g.title}>
                <span className="strategy-group-title" aria-hidden="true">
                  {g.title}
                </span>
                {g.items.map((item) => (
                  <Checkbox key={item.id} value={item.id} className="checkbox">
                    <span className="checkbox-box" aria-hidden="true" />
                    {catalogueItemName(item.content)}
                  </Checkbox>
                ))}
              </div>
            ))}
          </CheckboxGroup>
        )}
      />
    </>
  );
}
