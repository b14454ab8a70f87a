// Chart.js with only what a line chart needs, registered once. Loaded on demand by CheckinChart,
// so the library is a separate chunk that only the pair page fetches.
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip);

export { Chart };
