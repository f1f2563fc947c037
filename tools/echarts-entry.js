// The parts of Apache ECharts the widget uses, exposed as the global `echarts` the app draws with.
// Charts are drawn as SVG: on a phone, the first drawing of a gauge costs less than on a canvas.
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GaugeChart, BarChart, AriaComponent, GridComponent, TooltipComponent, SVGRenderer]);

window.echarts = echarts;
