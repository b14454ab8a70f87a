// Chart.js with what the outcome charts need (bars, lines, filled confidence bands), registered
// once. Loaded on demand by OutcomeChart, so the library is a separate chunk that only the
// dashboards (and the pair page's own chart) fetch.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
);

export { Chart };
