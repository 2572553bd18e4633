import { useEffect } from 'react';

export const SERVICE_NAME = 'Steerline';

export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} - ${SERVICE_NAME}`;
  }, [pageTitle]);
}
