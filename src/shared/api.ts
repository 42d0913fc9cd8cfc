import { z } from 'zod';
import {
  patientIdSchema,
  patientInputSchema,
  patientSearchSchema,
  type Patient,
  type PatientPage,
} from './domain/patient.ts';
import type { MethodName } from './api-methods.ts';
import type { Result } from './result.ts';

export { METHOD_NAMES, type MethodName } from './api-methods.ts';

/** A method's input schema and, as a type only, its output. */
function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: undefined as unknown as O }) };
}

const byId = z.strictObject({ id: patientIdSchema });

export interface AppInfo {
  version: string;
  dataDir: string;
  schemaVersion: number;
}

/**
 * The whole app API, declared once. The preload, the IPC binding, the web host and the
 * renderer's client are all derived from this object's keys and types.
 */
export const contract = {
  'app.info': method(z.strictObject({})).returns<AppInfo>(),
  'patients.search': method(patientSearchSchema).returns<PatientPage>(),
  'patients.get': method(byId).returns<Patient>(),
  'patients.create': method(z.strictObject({ patient: patientInputSchema })).returns<Patient>(),
  'patients.update': method(
    z.strictObject({ id: patientIdSchema, patient: patientInputSchema }),
  ).returns<Patient>(),
  'patients.archive': method(byId).returns<Patient>(),
  'patients.restore': method(byId).returns<Patient>(),
  'patients.delete': method(
    z.strictObject({
      id: patientIdSchema,
      confirm: z.literal(true, { error: 'Deleting a patient must be confirmed' }),
    }),
  ).returns<{ deleted: true }>(),
} as const satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'];

/** What the main process implements: validated input in, a value (or AppError) out. */
export type AppApi = {
  [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

/** What the renderer sees as `window.api`: raw input in, an envelope out. */
export type BridgeApi = {
  [M in MethodName]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
