// The parts of Apache ECharts the widget uses, exposed as the global `echarts` that charming calls.
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([GaugeChart, BarChart, AriaComponent, GridComponent, TooltipComponent, CanvasRenderer]);

window.echarts = echarts;
