import { useId, useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import type { Logo, SettingsFormInput } from '../../../../shared/domain/settings.ts';
import { logoSrc, readLogo } from './read-logo.ts';
import { useIntl } from 'react-intl';

/** The clinic's logo: choose a PNG or JPEG, see it, or remove it. */
export function LogoField({ control }: { control: Control<SettingsFormInput> }) {
  const intl = useIntl();
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  const [readError, setReadError] = useState<string | null>(null);
  return (
    <Controller
      control={control}
      name="logo"
      render={({ field, fieldState }) => {
        const logo = field.value as Logo | null;
        const error = readError ?? fieldState.error?.message ?? null;
        const choose = async (files: FileList | null) => {
          const file = files?.[0];
          if (!file) return;
          const read = await readLogo(file);
          if ('error' in read) return setReadError(read.error);
          setReadError(null);
          field.onChange(read.logo);
        };
        return (
          <div
            className="field logo-field"
            role="group"
            aria-labelledby={labelId}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          >
            <span className="field-label" id={labelId}>
              {intl.formatMessage({ id: 'settings.logoField.logo', defaultMessage: 'Logo' })}
            </span>
            <div className="logo-box">
              {logo ? (
                <img
                  className="logo-preview"
                  src={logoSrc(logo)}
                  alt={intl.formatMessage({
                    id: 'settings.logoField.clinicLogoPreview',
                    defaultMessage: 'Clinic logo preview',
                  })}
                />
              ) : (
                <span className="logo-empty">
                  {intl.formatMessage({
                    id: 'settings.logoField.noLogo',
                    defaultMessage: 'No logo',
                  })}
                </span>
              )}
            </div>
            <div className="logo-actions">
              <FileTrigger
                acceptedFileTypes={['image/png', 'image/jpeg']}
                onSelect={(files) => void choose(files)}
              >
                <Button className="button" ref={field.ref}>
                  {logo
                    ? intl.formatMessage({
                        id: 'settings.logoField.changeLogo',
                        defaultMessage: 'Change logo…',
                      })
                    : intl.formatMessage({
                        id: 'settings.logoField.chooseLogo',
                        defaultMessage: 'Choose logo…',
                      })}
                </Button>
              </FileTrigger>
              {logo && (
                <Button
                  className="button"
                  onPress={() => {
                    setReadError(null);
                    field.onChange(null);
                  }}
                >
                  {intl.formatMessage({
                    id: 'settings.logoField.removeLogo',
                    defaultMessage: 'Remove logo',
                  })}
                </Button>
              )}
            </div>
            <span slot="description" id={hintId}>
              {intl.formatMessage({
                id: 'settings.logoField.aPngOrJpeg',
                defaultMessage:
                  'A PNG or JPEG picture of up to 1 MB, printed at the top of each handout.',
              })}
            </span>
            {error && (
              <span slot="errorMessage" id={errorId} role="alert">
                {error}
              </span>
            )}
          </div>
        );
      }}
    />
  );
}
