import type { AppApi } from '../../shared/api.ts';
import { AppError } from '../../shared/app-error.ts';
import type { SecurityStatus } from '../../shared/domain/security.ts';

/** What only the owner of the open data (app-data.ts) can do: it holds the keys. */
export interface SecurityDeps {
  status(): SecurityStatus;
  confirmRecoveryKey(groups: [string, string]): Promise<SecurityStatus>;
  encrypt(): Promise<SecurityStatus>;
  removePlainOriginals(): SecurityStatus;
}

const NO_KEY_STORE: SecurityStatus = {
  encrypted: false,
  canEncrypt: false,
  protection: null,
  recoveryKey: null,
  plainOriginals: [],
};

export function securityMethods(
  deps: SecurityDeps | undefined,
): Pick<
  AppApi,
  | 'security.status'
  | 'security.confirmRecoveryKey'
  | 'security.encrypt'
  | 'security.removePlainOriginals'
> {
  const needed = () => {
    if (!deps) throw new AppError('conflict', 'Encryption cannot be changed from here.');
    return deps;
  };
  return {
    'security.status': () => deps?.status() ?? NO_KEY_STORE,
    'security.confirmRecoveryKey': ({ groups }) => needed().confirmRecoveryKey(groups),
    'security.encrypt': () => needed().encrypt(),
    'security.removePlainOriginals': () => needed().removePlainOriginals(),
  };
}
