import { useEffect, useId, useRef, useState } from 'react';
import { domainErrorText } from '../lib/domain-errors.ts';
import { Button, FileTrigger } from 'react-aria-components';
import {
  Controller,
  useWatch,
  type Control,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { MAX_PHOTO_FILE_BYTES, type Photo } from '../../../shared/domain/photo.ts';
import { call } from '../lib/api.ts';
import { TextFieldControl } from './TextFieldControl.tsx';
import './PhotoFieldControl.css';
import { useIntl } from 'react-intl';

interface Props<T extends FieldValues> {
  control: Control<T>;
  /** Where the photo lives in the form: a Photo, or null (or absent) for none. */
  name: FieldPath<T>;
  /** "Photo", "Photo of the splint on the patient's hand". */
  label: string;
  /** What the photo is for, said under the buttons. */
  description: string;
}

/** The file's bytes as base64 (without the data-URL prefix). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * A photo printed beside an item on the handout: choose a PNG or JPEG (the app checks it by its
 * bytes and makes it print-sized), see it, describe it (required: the words are printed beside
 * it and read out in its place), replace or remove it. Works by keyboard: the buttons and the
 * description are ordinary focusable controls, and a new photo moves focus to its description.
 */
export function PhotoFieldControl<T extends FieldValues>(props: Props<T>) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field }) => (
        <PhotoFieldBody
          {...props}
          photo={(field.value as Photo | null | undefined) ?? null}
          onChange={field.onChange}
          buttonRef={field.ref}
        />
      )}
    />
  );
}

function PhotoFieldBody<T extends FieldValues>({
  control,
  name,
  label,
  description,
  photo,
  onChange,
  buttonRef,
}: Props<T> & {
  photo: Photo | null;
  onChange: (value: Photo | null) => void;
  buttonRef: (element: HTMLButtonElement | null) => void;
}) {
  const intl = useIntl();
  const labelId = useId();
  const hintId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const describeRef = useRef<HTMLDivElement>(null);
  // Typed into its own field: watched here so the preview's name follows it.
  const typed = useWatch({ control, name: `${name}.description` as FieldPath<T> }) as unknown;
  const alt = typeof typed === 'string' && typed.trim() ? typed : null;
  const focusDescription = useRef(false);
  // The description is required: once a new photo shows, take the therapist straight to it.
  useEffect(() => {
    if (!focusDescription.current || !photo) return;
    focusDescription.current = false;
    describeRef.current?.querySelector('input')?.focus();
  }, [photo]);

  const choose = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (file.size > MAX_PHOTO_FILE_BYTES) {
      setProblem(
        intl.formatMessage(
          {
            id: 'components.photoFieldControl.isLargerThan8',
            defaultMessage: '“{name}” is larger than 8 MB. Choose a smaller picture.',
          },
          { name: file.name },
        ),
      );
      return;
    }
    setBusy(true);
    try {
      const prepared = await call('photos.prepare', { dataBase64: await readAsBase64(file) });
      setProblem(null);
      const next: Photo = { ...prepared, description: photo?.description ?? '' };
      focusDescription.current = true;
      onChange(next);
    } catch (error) {
      setProblem(
        error instanceof Error
          ? domainErrorText(intl, error.message)
          : intl.formatMessage({
              id: 'components.photoFieldControl.thatPictureCannotBe',
              defaultMessage: 'That picture cannot be used.',
            }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="field photo-field"
      role="group"
      aria-labelledby={labelId}
      aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
      aria-busy={busy}
    >
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <div className="photo-box">
        {photo ? (
          <img
            className="photo-preview"
            src={`data:image/jpeg;base64,${photo.jpegBase64}`}
            alt={
              alt ??
              intl.formatMessage({
                id: 'components.photoFieldControl.theChosenPhotoNot',
                defaultMessage: 'The chosen photo, not yet described',
              })
            }
          />
        ) : (
          <span className="photo-empty">
            {busy
              ? intl.formatMessage({
                  id: 'components.photoFieldControl.preparingThePhoto',
                  defaultMessage: 'Preparing the photo…',
                })
              : intl.formatMessage({
                  id: 'components.photoFieldControl.noPhoto',
                  defaultMessage: 'No photo',
                })}
          </span>
        )}
      </div>
      {photo && (
        <div ref={describeRef}>
          <TextFieldControl
            control={control}
            name={`${name}.description` as FieldPath<T>}
            label={intl.formatMessage({
              id: 'components.photoFieldControl.photoDescription',
              defaultMessage: 'Photo description',
            })}
            description={intl.formatMessage({
              id: 'components.photoFieldControl.aShortSentencePrinted',
              defaultMessage:
                'A short sentence printed beside the photo, and read out in its place.',
            })}
            isRequired
          />
        </div>
      )}
      <div className="photo-actions">
        <FileTrigger
          acceptedFileTypes={['image/png', 'image/jpeg']}
          onSelect={(files) => void choose(files)}
        >
          <Button className="button" isDisabled={busy} ref={buttonRef}>
            {photo
              ? intl.formatMessage({
                  id: 'components.photoFieldControl.replacePhoto',
                  defaultMessage: 'Replace photo…',
                })
              : intl.formatMessage({
                  id: 'components.photoFieldControl.addPhoto',
                  defaultMessage: 'Add photo…',
                })}
          </Button>
        </FileTrigger>
        {photo && (
          <Button
            className="button"
            isDisabled={busy}
            onPress={() => {
              setProblem(null);
              onChange(null);
            }}
          >
            {intl.formatMessage({
              id: 'components.photoFieldControl.removePhoto',
              defaultMessage: 'Remove photo',
            })}
          </Button>
        )}
      </div>
      <span slot="description" id={hintId}>
        {description}
      </span>
      {problem && (
        <span slot="errorMessage" id={errorId} role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
