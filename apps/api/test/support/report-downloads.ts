import type { CorporatePlanReport } from '@steerline/contracts';
import type { Response } from 'superagent';
import type { TestApp } from './test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

export interface ReportDownloads {
  json: CorporatePlanReport;
  html: Buffer;
  pdf: Buffer;
  docx: Buffer;
  xlsx: Buffer;
  csv: Buffer;
  headers: Record<string, Record<string, string>>;
}

export const FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'csv'] as const;

/** Reads the whole response body as bytes, whatever its content type. */
export const asBuffer = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = response as unknown as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** The cycle's report as JSON and in every download format, as a user would fetch them. */
export async function downloadAll(agent: Agent, cycleId: string): Promise<ReportDownloads> {
  const json = (await agent.get(`/api/reviews/cycles/${cycleId}/report`).expect(200)).body as CorporatePlanReport;
  const result = { json, headers: {} } as ReportDownloads;
  for (const format of FORMATS) {
    const response = await agent.get(`/api/reviews/cycles/${cycleId}/report.${format}`).buffer(true).parse(asBuffer).expect(200);
    result[format] = response.body as Buffer;
    result.headers[format] = response.headers as Record<string, string>;
  }
  return result;
}
