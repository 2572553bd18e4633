import { RAG_LABELS } from '@steerline/contracts';
import { RAG_COLOURS, RAG_ORDER } from '../rag-summary';

/** The chart's key: each colour beside its word. */
export function RagLegend() {
  return (
    <ul className="govuk-body-s app-rag-legend" aria-label="Key to the chart">
      {RAG_ORDER.map((rag) => (
        <li key={rag} className="app-rag-legend__item">
          <span className="app-rag-legend__swatch" style={{ backgroundColor: RAG_COLOURS[rag] }} aria-hidden="true" />
          {RAG_LABELS[rag]}
        </li>
      ))}
    </ul>
  );
}
