import type { ImportResponse } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postFile } from './post-file';

/** Creates every action of the file, or none if any row has a problem. */
export const runImport = (file: File) => postFile<ImportResponse>('/import', file);

export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runImport,
    // New actions change lists, dashboards and coverage, whose queries belong to other features: mark them all stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
