import type { ImportDryRunResponse } from '@steerline/contracts';
import { useMutation } from '@tanstack/react-query';
import { postFile } from './post-file';

/** Checks every row of the file and previews the first ones; the API writes nothing. */
export const checkImport = (file: File) => postFile<ImportDryRunResponse>('/import/dry-run', file);

export const useCheckImport = () => useMutation({ mutationFn: checkImport });
