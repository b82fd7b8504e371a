// ECharts' per-type modules register themselves on import and ship no declarations of their own.
declare module 'echarts/lib/chart/*';
