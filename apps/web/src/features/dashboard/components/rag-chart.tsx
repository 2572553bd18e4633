import { RAG_LABELS, type PriorityRagCounts } from '@steerline/contracts';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { chartSummary, priorityLabel, RAG_COLOURS, RAG_ORDER } from '../rag-summary';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const BAR_HEIGHT = 44;
const AXES_HEIGHT = 70;

/**
 * The RAG counts as a horizontal stacked bar chart. Loaded on its own (React.lazy), so chart.js is not part of the
 * first page load. The canvas is an image with a summary for its name; the table beside it holds the same figures.
 * Chart.js draws no legend: the page shows one in HTML, where each colour has its word.
 */
export default function RagChart({ rows }: { rows: PriorityRagCounts[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    // The page's own typeface, not chart.js's default.
    const font = { family: getComputedStyle(canvas.current).fontFamily, size: 14 };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map(priorityLabel),
        datasets: RAG_ORDER.map((rag) => ({
          label: RAG_LABELS[rag],
          data: rows.map((row) => row[rag]),
          backgroundColor: RAG_COLOURS[rag],
          borderColor: '#ffffff',
          borderWidth: 1,
          stack: 'rag',
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: '#0b0c0c', font }, title: { display: true, text: 'Number of actions', color: '#0b0c0c', font } },
          y: { stacked: true, ticks: { color: '#0b0c0c', font } },
        },
        plugins: { legend: { display: false }, tooltip: { titleFont: font, bodyFont: font } },
      },
    });
    return () => chart.destroy();
  }, [rows]);

  return (
    <div className="app-rag-chart govuk-body" style={{ height: rows.length * BAR_HEIGHT + AXES_HEIGHT }}>
      <canvas ref={canvas} role="img" aria-label={chartSummary(rows)}>
        <p>{chartSummary(rows)}</p>
      </canvas>
    </div>
  );
}
